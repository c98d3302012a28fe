/**
 * What the extension pages need from the browser, behind one interface so
 * components can be tested with an in-memory store (memoryStore) and run
 * against `browser.*` in the extension (browser-store.ts).
 */
import type { HistoryEntry } from '../../history/history';
import type { SettingsValues } from '../../settings/schema';

export interface StoredState {
  /** The user's own values as stored (validated on resolve). */
  user: Record<string, unknown>;
  /** The organisation's policy: all of managed storage. */
  managed: Record<string, unknown>;
  /** The organisation's validated packs and update status, as the background stored them. */
  organisationPacks?: unknown;
  history: HistoryEntry[];
}

export interface PageStore {
  read(): Promise<StoredState>;
  /** Stores the user's values for these keys (other keys untouched). */
  saveUser(patch: Partial<SettingsValues>): Promise<void>;
  clearHistory(): Promise<void>;
  /** Asks the background to check the organisation's signed pack now. */
  checkPackUpdate(): Promise<void>;
  /** Called whenever stored settings or history change. */
  subscribe(listener: () => void): () => void;
  /** The active tab's address, when the browser lets us see it (supported sites only). */
  activeTabUrl(): Promise<string | undefined>;
  /** Address of an extension page ("/options.html#history"). */
  pageUrl(path: string): string;
  browserLanguage: string;
}

/** An in-memory store for tests and previews. */
export function memoryStore(initial: Partial<StoredState> = {}, options: { tabUrl?: string; browserLanguage?: string } = {}): PageStore & { state: StoredState } {
  const state: StoredState = { user: {}, managed: {}, history: [], ...initial };
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  return {
    state,
    read: async () => ({ ...state, user: { ...state.user }, history: [...state.history] }),
    saveUser: async (patch) => {
      state.user = { ...state.user, ...patch };
      notify();
    },
    clearHistory: async () => {
      state.history = [];
      notify();
    },
    checkPackUpdate: async () => {},
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    activeTabUrl: async () => options.tabUrl,
    pageUrl: (path) => path,
    browserLanguage: options.browserLanguage ?? 'id-ID',
  };
}
