/**
 * Writing the local history, from the background's serial queue (one writer
 * for every tab, so concurrent decisions lose nothing). Whatever is stored
 * is read defensively: a value that is not a list, or entries that are not
 * well formed, are replaced or dropped and the fact is logged in the
 * diagnostics — never a crash, and the new entries are always kept.
 */
import { logDiagnostic, type StorageArea } from '../diagnostics/log';
import { HISTORY_KEY, HISTORY_LIMIT, isHistoryEntry, type HistoryEntry } from './history';
import { retained } from './summary';

export interface HistoryPolicy {
  keep: boolean;
  days: number;
  limit?: number;
  now?: Date;
}

/** What one write did, for tests and logs. */
export interface HistoryWrite {
  written: number;
  dropped: number;
  corrupt: boolean;
}

export async function addToHistory(area: StorageArea, added: readonly HistoryEntry[], policy: HistoryPolicy): Promise<HistoryWrite> {
  if (!policy.keep) return { written: 0, dropped: 0, corrupt: false };
  const now = policy.now ?? new Date();
  const stored = (await area.get(HISTORY_KEY))[HISTORY_KEY];
  const corrupt = stored !== undefined && !Array.isArray(stored);
  const list = Array.isArray(stored) ? stored : [];
  const existing = list.filter(isHistoryEntry);
  const dropped = list.length - existing.length;
  const fresh = added.filter(isHistoryEntry);
  const all = [...existing, ...fresh];
  const limit = policy.limit ?? HISTORY_LIMIT;
  const capped = all.length > limit ? all.slice(all.length - limit) : all;
  await area.set({ [HISTORY_KEY]: retained(capped, policy.days, now.getTime()) });
  if (corrupt) await logDiagnostic(area, 'history', `stored history was corrupt (${typeof stored}, not a list); replaced with the new entries`, now);
  if (dropped > 0) await logDiagnostic(area, 'history', `${dropped} malformed history ${dropped === 1 ? 'entry' : 'entries'} dropped`, now);
  return { written: fresh.length, dropped, corrupt };
}

export async function clearHistory(area: StorageArea): Promise<void> {
  await area.set({ [HISTORY_KEY]: [] });
}
