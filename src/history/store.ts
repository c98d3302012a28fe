/**
 * Writing the local history, from the background's serial queue (one writer
 * for every tab, so concurrent decisions lose nothing). Whatever is stored
 * is read defensively: a value that is not a list is replaced with an empty
 * history, entries that are not well formed are dropped, unknown fields are
 * stripped (an entry holds only what HistoryEntry names — never a post's
 * text), and each repair is noted in the diagnostics. Never a crash: the new
 * entries are always kept.
 *
 * Each call does one `set` holding the history and, if anything was
 * repaired, the diagnostics: storage is either fully updated or, if that
 * `set` fails, left exactly as it was. The error then propagates to the
 * caller (the background's queue logs it and carries on with the next task).
 */
import { DIAGNOSTICS_KEY, DIAGNOSTICS_LIMIT, type StorageArea } from '../diagnostics/log';
import { HISTORY_KEY, HISTORY_LIMIT, isHistoryEntry, type HistoryEntry } from './history';
import { retained } from './summary';

export interface HistoryPolicy {
  /** The user's (or organisation's) "keep a history" setting: off writes nothing. */
  keep: boolean;
  /** Retention: entries older than this many days are dropped. */
  days: number;
  limit?: number;
  now?: Date;
}

/** What one write did, for tests and logs. */
export interface HistoryWrite {
  /** New entries stored. */
  written: number;
  /** New entries refused as malformed. */
  rejected: number;
  /** Stored entries dropped as malformed. */
  dropped: number;
  /** Stored entries that had fields HistoryEntry does not name (removed). */
  stripped: number;
  /** Entries removed by the cap (oldest first) or by the retention in days. */
  expired: number;
  /** The stored value was not a list (and was replaced with an empty one). */
  corrupt: boolean;
  /** Messages added to the diagnostics (where: 'history'). */
  diagnostics: string[];
}

/** The fields an entry may hold; tsc fails below if HistoryEntry gains one not listed here. */
const FIELDS = ['time', 'platform', 'action', 'level', 'terms', 'decision', 'reason'] as const satisfies readonly (keyof HistoryEntry)[];
const allFieldsListed: [Exclude<keyof HistoryEntry, (typeof FIELDS)[number]>] extends [never] ? true : false = true;
void allFieldsListed;

/** A copy of a well-formed entry with only the known fields; `extra` tells whether anything was removed. */
function clean(entry: HistoryEntry): { entry: HistoryEntry; extra: boolean } {
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) if (entry[field] !== undefined) out[field] = field === 'terms' ? [...entry.terms] : entry[field];
  return { entry: out as unknown as HistoryEntry, extra: Object.keys(entry).some((k) => !(FIELDS as readonly string[]).includes(k)) };
}

/** The kind of a corrupt value, never its content (it could hold anything). */
function kind(value: unknown): string {
  return value === null ? 'null' : typeof value;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The diagnostics list with `messages` appended (where: 'history'), capped like src/diagnostics/log.ts does. */
async function withDiagnostics(area: StorageArea, messages: readonly string[], now: Date): Promise<Record<string, unknown>> {
  if (messages.length === 0) return {};
  const stored = (await area.get(DIAGNOSTICS_KEY))[DIAGNOSTICS_KEY];
  const list = Array.isArray(stored) ? stored : [];
  const added = messages.map((message) => ({ time: now.toISOString(), where: 'history', message }));
  return { [DIAGNOSTICS_KEY]: [...list, ...added].slice(-DIAGNOSTICS_LIMIT) };
}

export async function addToHistory(area: StorageArea, added: readonly unknown[], policy: HistoryPolicy): Promise<HistoryWrite> {
  const none: HistoryWrite = { written: 0, rejected: 0, dropped: 0, stripped: 0, expired: 0, corrupt: false, diagnostics: [] };
  // History off: storage is not touched at all (not even to repair it).
  if (!policy.keep) return none;
  const now = policy.now ?? new Date();
  const stored = (await area.get(HISTORY_KEY))[HISTORY_KEY];
  const corrupt = stored !== undefined && !Array.isArray(stored);
  const list: unknown[] = Array.isArray(stored) ? stored : [];

  const existing = list.filter(isHistoryEntry).map(clean);
  const dropped = list.length - existing.length;
  const stripped = existing.filter((e) => e.extra).length;
  const fresh = added.filter(isHistoryEntry).map((e) => clean(e).entry);
  const rejected = added.length - fresh.length;

  // Oldest first in storage: the cap keeps the last `limit`, then retention drops the too old.
  const all = [...existing.map((e) => e.entry), ...fresh];
  const limit = policy.limit ?? HISTORY_LIMIT;
  const capped = all.length > limit ? all.slice(all.length - limit) : all;
  const kept = retained(capped, policy.days, now.getTime());

  const diagnostics: string[] = [];
  if (corrupt) diagnostics.push(`stored history was corrupt (${kind(stored)}, not a list); replaced with an empty history`);
  if (dropped > 0) diagnostics.push(`${plural(dropped, 'malformed history entry', 'malformed history entries')} dropped`);
  if (stripped > 0) diagnostics.push(`${plural(stripped, 'history entry', 'history entries')} had unknown fields; removed`);
  if (rejected > 0) diagnostics.push(`${plural(rejected, 'malformed new entry', 'malformed new entries')} refused`);

  await area.set({ [HISTORY_KEY]: kept, ...(await withDiagnostics(area, diagnostics, now)) });
  const written = kept.filter((e) => fresh.includes(e)).length; // the same objects: slice and filter keep references
  return { written, rejected, dropped, stripped, expired: all.length - kept.length, corrupt, diagnostics };
}

/** Empties the history; a stored value that was not even a list is noted in the diagnostics (same single `set`). */
export async function clearHistory(area: StorageArea, now = new Date()): Promise<void> {
  const stored = (await area.get(HISTORY_KEY))[HISTORY_KEY];
  const corrupt = stored !== undefined && !Array.isArray(stored);
  const messages = corrupt ? [`stored history was corrupt (${kind(stored)}, not a list); cleared`] : [];
  await area.set({ [HISTORY_KEY]: [], ...(await withDiagnostics(area, messages, now)) });
}
