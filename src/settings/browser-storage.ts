/**
 * Reading and following the stored inputs of `inForce` through the browser's
 * storage. Managed storage may be missing (Firefox without a policy rejects
 * the read): that is "no policy", not an error. The browser's own API, not
 * the polyfill: the guard's content script uses this on every page load.
 */
import { browser } from 'wxt/browser';
import { ORGANISATION_PACKS_KEY } from '../policy/packs';
import type { StoredInputs } from './in-force';
import { SETTINGS_KEY } from './schema';

/** How long the guard's core waits for managed storage before it goes without the policy until it answers. */
export const MANAGED_WAIT_MS = 100;

/** The two storage areas read, as the browser's API has them (tests pass their own). */
export interface StorageAreas {
  local: { get(keys: string[]): Promise<Record<string, unknown>> };
  managed: { get(): Promise<Record<string, unknown> | undefined> };
}

export interface ReadOptions {
  /**
   * At most this long for managed storage. Chromium answers its first read
   * only once its policy service is up, seconds after the browser starts
   * (2.8–4.8 s measured here, on every start; 1–11 ms once it is up): the
   * guard's first action must not wait that long. Unbounded by default.
   */
  managedWaitMs?: number;
  /** Called once managed storage does answer, when that was too late (then read again). */
  onLateManaged?: () => void;
}

/** All of managed storage; a read that fails is no policy (Firefox without one rejects it). */
async function readManagedFrom(areas: StorageAreas): Promise<Record<string, unknown>> {
  try {
    const got = await areas.managed.get();
    return got && typeof got === 'object' ? got : {};
  } catch {
    return {};
  }
}

/**
 * What `inForce` needs, from storage. With `managedWaitMs`, managed storage
 * that has not answered in time counts as no policy yet (the user's or the
 * default settings apply, as docs/deployment.md §7 says), and the caller
 * is told when it answers, to read again. The policy is never copied out of
 * managed storage: a copy in storage.local could be edited (docs/security.md).
 */
export async function readInputsFrom(areas: StorageAreas, options: ReadOptions = {}): Promise<Required<StoredInputs>> {
  const managed = readManagedFrom(areas);
  const local = await areas.local.get([SETTINGS_KEY, ORGANISATION_PACKS_KEY]);
  const inputs = { user: local[SETTINGS_KEY], organisationPacks: local[ORGANISATION_PACKS_KEY] };
  const wait = options.managedWaitMs;
  if (wait === undefined) return { ...inputs, managed: await managed };
  const late = Symbol('late');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answer = await Promise.race([managed, new Promise<typeof late>((resolve) => (timer = setTimeout(() => resolve(late), wait)))]);
  clearTimeout(timer);
  if (answer !== late) return { ...inputs, managed: answer };
  void managed.then(() => options.onLateManaged?.());
  return { ...inputs, managed: {} };
}

/** The browser's own storage areas (the shape StorageAreas names). */
const browserAreas = (): StorageAreas => browser.storage as unknown as StorageAreas;

/** All of managed storage ({} when there is no policy). */
export function readManaged(): Promise<Record<string, unknown>> {
  return readManagedFrom(browserAreas());
}

export function readStoredInputs(options: ReadOptions = {}): Promise<Required<StoredInputs>> {
  return readInputsFrom(browserAreas(), options);
}

/**
 * Calls `listener` whenever an input changes: the user's settings, the
 * organisation's packs, or the policy (Chromium reports policy changes while
 * running; Firefox reads policies at start). Returns the unsubscribe.
 */
export function watchStoredInputs(listener: () => void, extraLocalKeys: readonly string[] = []): () => void {
  const keys = [SETTINGS_KEY, ORGANISATION_PACKS_KEY, ...extraLocalKeys];
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && keys.some((k) => k in changes))) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    try {
      browser.storage.onChanged.removeListener(onChanged);
    } catch {
      // The extension context may already be gone.
    }
  };
}
