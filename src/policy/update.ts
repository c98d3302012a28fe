/**
 * The background's side of an organisation's packs: validating the inline
 * packs of a policy, and checking the signed pack at `packUrl`. Each step is
 * pure over the stored state, with the network passed in, so every failure
 * path is unit-tested.
 *
 * A failed check (network, signature, schema, an older version than the one
 * active) never removes the last good pack: it only records what failed and
 * when, for the options page.
 */
import { loadPacks } from '../packs/load';
import { verifySignedPack } from '../packs/signature';
import { formatProblem } from '../packs/validate';
import type { OrganisationPacks } from './packs';
import type { Policy } from './read';

/** The largest signed pack accepted (the nationwide 500-race lexicon is ~1 MB). */
export const PACK_MAX_BYTES = 5 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 30_000;
/** How often the background checks packUrl. */
export const UPDATE_PERIOD_MINUTES = 6 * 60;

/**
 * The state for a (new) policy: inline packs validated, and a signed pack
 * kept only while it belongs to the same packUrl and key.
 */
export function applyPolicyPacks(policy: Policy, previous: OrganisationPacks): OrganisationPacks {
  const { packs, problems } = loadPacks(policy.packs, policy.packs.map((_, i) => `packs[${i}]`));
  const next: OrganisationPacks = {
    inline: packs,
    problems: problems.map((p) => ({ key: 'packs', code: 'invalid-pack' as const, detail: formatProblem(p) })),
  };
  const sameSource = previous.signed && previous.signed.url === policy.packUrl && previous.signed.publicKey === policy.packPublicKey;
  if (sameSource) next.signed = previous.signed;
  if (policy.packUrl && previous.lastCheck) next.lastCheck = previous.lastCheck;
  return next;
}

export type Fetcher = (url: string, init: RequestInit) => Promise<Response>;

/** Reads a response body, refusing more than PACK_MAX_BYTES without buffering it all. */
async function boundedText(response: Response): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > PACK_MAX_BYTES) return undefined;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > PACK_MAX_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/**
 * One check of packUrl. Never throws; returns the next state. The request
 * carries no cookies and no referrer: the agency's file host learns only
 * that some Netral asked for the file.
 */
export async function checkPackUpdate(policy: Policy, state: OrganisationPacks, fetcher: Fetcher, now: Date = new Date()): Promise<OrganisationPacks> {
  const { packUrl, packPublicKey } = policy;
  if (!packUrl || !packPublicKey) return state;
  const at = now.toISOString();
  const fail = (reason: string, message: string): OrganisationPacks => ({ ...state, lastCheck: { at, ok: false, reason, message } });
  let body: string | undefined;
  try {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
    try {
      const response = await fetcher(packUrl, { cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'follow', signal: controller.signal });
      if (!response.ok) return fail('http', `HTTP ${response.status} from ${packUrl}`);
      body = await boundedText(response);
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    return fail('network', error instanceof Error ? error.message : String(error));
  }
  if (body === undefined) return fail('too-large', `the file is larger than ${PACK_MAX_BYTES} bytes`);
  const active = state.signed && state.signed.url === packUrl && state.signed.publicKey === packPublicKey ? state.signed.pack : undefined;
  const result = await verifySignedPack(body, packPublicKey, active ? { active: { id: active.id, version: active.version } } : {});
  if (!result.ok) return fail(result.reason, result.message);
  const signed = result.unchanged && state.signed ? state.signed : { url: packUrl, publicKey: packPublicKey, pack: result.pack, fetchedAt: at };
  return { ...state, signed, lastCheck: { at, ok: true, version: result.pack.version, unchanged: result.unchanged } };
}
