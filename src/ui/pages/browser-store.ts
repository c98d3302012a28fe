/** The PageStore of the extension pages: extension storage, the active tab, the background. */
import browser from 'webextension-polyfill';
import { HISTORY_KEY, isHistoryEntry } from '../../history/history';
import type { NetralMessage } from '../../messages';
import { organisationFrom } from '../../settings/resolve';
import { ORGANISATION_KEY, SETTINGS_KEY } from '../../settings/schema';
import type { PageStore } from './store';

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export const browserStore: PageStore = {
  async read() {
    const got = await browser.storage.local.get([SETTINGS_KEY, ORGANISATION_KEY, HISTORY_KEY]);
    return {
      user: isRecord(got[SETTINGS_KEY]) ? got[SETTINGS_KEY] : {},
      organisation: organisationFrom(got[ORGANISATION_KEY]),
      history: Array.isArray(got[HISTORY_KEY]) ? got[HISTORY_KEY].filter(isHistoryEntry) : [],
    };
  },
  async saveUser(patch) {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    const current = isRecord(got[SETTINGS_KEY]) ? got[SETTINGS_KEY] : {};
    await browser.storage.local.set({ [SETTINGS_KEY]: { ...current, ...patch } });
  },
  async clearHistory() {
    // Through the background, which serialises every history write.
    const message: NetralMessage = { type: 'netral:history-clear' };
    await browser.runtime.sendMessage(message);
  },
  subscribe(listener) {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && [SETTINGS_KEY, ORGANISATION_KEY, HISTORY_KEY].some((k) => k in changes)) listener();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
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
