/** The PageStore of the extension pages: extension storage, the active tab, the background. */
import browser from 'webextension-polyfill';
import { HISTORY_KEY, isHistoryEntry } from '../../history/history';
import type { NetralMessage } from '../../messages';
import { readStoredInputs, watchStoredInputs } from '../../settings/browser-storage';
import { migrateSettings } from '../../settings/migrate';
import { SETTINGS_KEY } from '../../settings/schema';
import type { AdapterHealth } from '../../diagnostics/health';
import type { DiagnosticEntry, PageStore } from './store';

const DIAGNOSTICS_KEY = 'diagnostics';
const isDiagnostic = (v: unknown): v is DiagnosticEntry =>
  isRecord(v) && typeof v.time === 'string' && typeof v.where === 'string' && typeof v.message === 'string';

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export const browserStore: PageStore = {
  async read() {
    const [inputs, got] = await Promise.all([readStoredInputs(), browser.storage.local.get([HISTORY_KEY, DIAGNOSTICS_KEY])]);
    return {
      user: isRecord(inputs.user) ? inputs.user : {},
      managed: isRecord(inputs.managed) ? inputs.managed : {},
      organisationPacks: inputs.organisationPacks,
      history: Array.isArray(got[HISTORY_KEY]) ? got[HISTORY_KEY].filter(isHistoryEntry) : [],
      diagnostics: Array.isArray(got[DIAGNOSTICS_KEY]) ? got[DIAGNOSTICS_KEY].filter(isDiagnostic) : [],
    };
  },
  async saveUser(patch) {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    // Written in the current version's shape, whatever version was stored.
    const current = migrateSettings(got[SETTINGS_KEY]).settings;
    await browser.storage.local.set({ [SETTINGS_KEY]: { ...current, ...patch } });
  },
  async clearHistory() {
    // Through the background, which serialises every history write.
    const message: NetralMessage = { type: 'netral:history-clear' };
    await browser.runtime.sendMessage(message);
  },
  async checkPackUpdate() {
    const message: NetralMessage = { type: 'netral:pack-check' };
    await browser.runtime.sendMessage(message);
  },
  async clearDiagnostics() {
    await browser.storage.local.set({ [DIAGNOSTICS_KEY]: [] });
  },
  async checkHealth() {
    // Without the tabs permission addresses are hidden, but messages still reach
    // Netral's content scripts, which exist only on guarded sites.
    const tabs = await browser.tabs.query({});
    const message: NetralMessage = { type: 'netral:health' };
    const replies = await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : browser.tabs.sendMessage(tab.id, message).catch(() => null))));
    return replies.filter((r): r is AdapterHealth => isRecord(r) && typeof r.platform === 'string' && Array.isArray(r.selectors));
  },
  subscribe(listener) {
    return watchStoredInputs(listener, [HISTORY_KEY, DIAGNOSTICS_KEY]);
  },
  async activeTabUrl() {
    try {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.url || tab?.id === undefined) return tab?.url;
      // Without the "tabs" permission the address is hidden; Netral's own
      // content script, present only on guarded sites, tells it instead.
      const reply = (await browser.tabs.sendMessage(tab.id, { type: 'netral:where' })) as { url?: unknown } | undefined;
      return typeof reply?.url === 'string' ? reply.url : undefined;
    } catch {
      return undefined; // no content script: not a guarded site
    }
  },
  pageUrl: (path) => browser.runtime.getURL(path as '/popup.html'),
  browserLanguage: navigator.language,
};
