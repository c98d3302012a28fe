/** Messages between content scripts and the background. */
import type { HistoryEntry } from './history/history';

export type NetralMessage =
  | { type: 'netral:history-add'; entry: HistoryEntry }
  | { type: 'netral:history-clear' }
  | { type: 'netral:error'; where: string; message: string }
  /** Popup → content script: which page is this? (the popup cannot read tab addresses). */
  | { type: 'netral:where' }
  /** Options page → content script: how do the adapter's selectors fare on this page? */
  | { type: 'netral:health' }
  /** Options page → background: check the organisation's signed pack now. */
  | { type: 'netral:pack-check' };

export function isNetralMessage(value: unknown): value is NetralMessage {
  return !!value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string' && (value as { type: string }).type.startsWith('netral:');
}
