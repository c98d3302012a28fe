/** Pure views of the history for the popup and the options page: retention, counts, export. */
import type { HistoryEntry } from './history';

const DAY_MS = 86_400_000;

/** Entries within the last `days` days (what the retention setting keeps). */
export function retained(entries: readonly HistoryEntry[], days: number, now = Date.now()): HistoryEntry[] {
  const since = now - days * DAY_MS;
  return entries.filter((e) => Date.parse(e.time) >= since);
}

export interface HistoryCounts {
  total: number;
  cancelled: number;
  proceeded: number;
  audited: number;
}

export function countsSince(entries: readonly HistoryEntry[], days: number, now = Date.now()): HistoryCounts {
  const counts: HistoryCounts = { total: 0, cancelled: 0, proceeded: 0, audited: 0 };
  for (const e of retained(entries, days, now)) {
    counts.total++;
    counts[e.decision]++;
  }
  return counts;
}

/** Newest first. */
export function latest(entries: readonly HistoryEntry[], n: number): HistoryEntry[] {
  return [...entries].sort((a, b) => Date.parse(b.time) - Date.parse(a.time)).slice(0, n);
}

const CSV_COLUMNS = ['time', 'platform', 'action', 'level', 'terms', 'decision'] as const;

function csvCell(value: string): string {
  // Quote everything that could break a row, and defuse spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function historyCsv(entries: readonly HistoryEntry[]): string {
  const rows = entries.map((e) => CSV_COLUMNS.map((c) => csvCell(c === 'terms' ? e.terms.join('; ') : String(e[c]))).join(','));
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

export function historyJson(entries: readonly HistoryEntry[]): string {
  return JSON.stringify(entries, null, 2) + '\n';
}
