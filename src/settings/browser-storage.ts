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

export async function readManaged(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get()) ?? {};
  } catch {
    return {};
  }
}

export async function readStoredInputs(): Promise<Required<StoredInputs>> {
  const [local, managed] = await Promise.all([browser.storage.local.get([SETTINGS_KEY, ORGANISATION_PACKS_KEY]), readManaged()]);
  return { user: local[SETTINGS_KEY], organisationPacks: local[ORGANISATION_PACKS_KEY], managed };
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
