/**
 * The local history of decisions: platform, action, level, matched words,
 * decision and time — never the post's text. Kept in extension storage,
 * capped, oldest dropped first. Pure helpers here; storage access is in the
 * background, which serialises writes from every tab.
 */
import type { GuardRecord } from '../guard/guard';

export interface HistoryEntry extends GuardRecord {
  /** ISO date-time of the decision. */
  time: string;
}

export const HISTORY_KEY = 'history';
/** Entries kept at most; the oldest go first (src/history/store.ts writes). */
export const HISTORY_LIMIT = 1000;

const DECISIONS = new Set(['cancelled', 'proceeded', 'audited']);
const LEVELS = new Set(['caution', 'risk']);

/** True for a well-formed entry; anything else in storage is dropped, not trusted. */
export function isHistoryEntry(value: unknown): value is HistoryEntry {
  if (!value || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return (
    typeof e.time === 'string' &&
    !Number.isNaN(Date.parse(e.time)) &&
    typeof e.platform === 'string' &&
    typeof e.action === 'string' &&
    typeof e.level === 'string' &&
    LEVELS.has(e.level) &&
    typeof e.decision === 'string' &&
    DECISIONS.has(e.decision) &&
    Array.isArray(e.terms) &&
    e.terms.every((t) => typeof t === 'string') &&
    (e.reason === undefined || typeof e.reason === 'string')
  );
}
