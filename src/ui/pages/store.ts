/**
 * What the extension pages need from the browser, behind one interface so
 * components can be tested with an in-memory store (memoryStore) and run
 * against `browser.*` in the extension (browser-store.ts).
 */
import type { AdapterHealth } from '../../diagnostics/health';
import type { HistoryEntry } from '../../history/history';

/** One recorded error of Netral's own (the background keeps the last 50). */
export interface DiagnosticEntry {
  time: string;
  where: string;
  message: string;
}
import type { SettingsValues } from '../../settings/schema';

export interface StoredState {
  /** The user's own values as stored (validated on resolve). */
  user: Record<string, unknown>;
  /** The organisation's policy: all of managed storage. */
  managed: Record<string, unknown>;
  /** The organisation's validated packs and update status, as the background stored them. */
  organisationPacks?: unknown;
  history: HistoryEntry[];
  diagnostics?: DiagnosticEntry[];
}

export interface PageStore {
  read(): Promise<StoredState>;
  /** Stores the user's values for these keys (other keys untouched). */
  saveUser(patch: Partial<SettingsValues>): Promise<void>;
  clearHistory(): Promise<void>;
  /** Asks the background to check the organisation's signed pack now. */
  checkPackUpdate(): Promise<void>;
  clearDiagnostics(): Promise<void>;
  /** Asks Netral in every open guarded tab how its selectors fare there. */
  checkHealth(): Promise<AdapterHealth[]>;
  /** Called whenever stored settings or history change. */
  subscribe(listener: () => void): () => void;
  /** The active tab's address, when the browser lets us see it (supported sites only). */
  activeTabUrl(): Promise<string | undefined>;
  /** Address of an extension page ("/options.html#history"). */
  pageUrl(path: string): string;
  browserLanguage: string;
}

/** An in-memory store for tests and previews. */
export function memoryStore(initial: Partial<StoredState> = {}, options: { tabUrl?: string; browserLanguage?: string; health?: AdapterHealth[] } = {}): PageStore & { state: StoredState } {
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
    clearDiagnostics: async () => {
      state.diagnostics = [];
      notify();
    },
    checkHealth: async () => options.health ?? [],
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    activeTabUrl: async () => options.tabUrl,
    pageUrl: (path) => path,
    browserLanguage: options.browserLanguage ?? 'id-ID',
  };
}
