import browser from 'webextension-polyfill';
import { bump, type BadgeCounts } from '../src/history/badge';
import { logDiagnostic } from '../src/diagnostics/log';
import type { HistoryEntry } from '../src/history/history';
import { addToHistory, clearHistory } from '../src/history/store';
import { isNetralMessage } from '../src/messages';
import { refreshOrganisationPacks, startPolicyService } from '../src/policy/service';
import { readStoredInputs } from '../src/settings/browser-storage';
import { inForce } from '../src/settings/in-force';
import { migrateSettings } from '../src/settings/migrate';
import { SETTINGS_KEY } from '../src/settings/schema';

const BADGE_KEY = 'badge';

// One writer for the history: entries from every tab go through this queue,
// so concurrent read-modify-write cycles cannot lose an entry.
let queue: Promise<void> = Promise.resolve();
function serially(task: () => Promise<void>): Promise<void> {
  queue = queue.then(task, task).catch((error: unknown) => console.error('[netral] storage', error));
  return queue;
}

async function currentSettings() {
  return inForce(await readStoredInputs()).values;
}

/** Rewrites the user's settings in the current version's shape (readers migrate on the fly until then). */
function migrateStoredSettings(): Promise<void> {
  return serially(async () => {
    const got = await browser.storage.local.get(SETTINGS_KEY);
    if (got[SETTINGS_KEY] === undefined) return;
    const { settings, changed } = migrateSettings(got[SETTINGS_KEY]);
    if (changed) await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  });
}

// Session storage survives the service worker sleeping but not the browser
// closing: right for "today, in this tab". Firefox MV2 may lack it: memory then.
const session = (browser.storage as { session?: browser.Storage.StorageArea }).session;
let memoryCounts: BadgeCounts = {};

async function countHeld(tabId: number): Promise<void> {
  const counts = session ? (((await session.get(BADGE_KEY))[BADGE_KEY] as BadgeCounts | undefined) ?? {}) : memoryCounts;
  const next = bump(counts, tabId, Date.now());
  if (session) await session.set({ [BADGE_KEY]: next.counts });
  else memoryCounts = next.counts;
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeBackgroundColor({ tabId, color: '#8a1c1c' });
  await action.setBadgeText({ tabId, text: next.text });
}

export default defineBackground(() => {
  startPolicyService();
  browser.runtime.onInstalled.addListener(() => void migrateStoredSettings());
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
    if (!isNetralMessage(message)) return undefined;
    if (message.type === 'netral:pack-check') {
      // Only the extension's own pages may ask, not a content script on a web page.
      if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
      return refreshOrganisationPacks({ check: true }).then((state) => state.lastCheck ?? null);
    }
    if (message.type === 'netral:history-add') {
      const entry: HistoryEntry = message.entry;
      const tabId = sender.tab?.id;
      return serially(async () => {
        // The badge counts what was held (a dialog shown), kept history or not.
        if (tabId !== undefined && entry.decision !== 'audited') await countHeld(tabId).catch(() => {});
        const settings = await currentSettings();
        await addToHistory(browser.storage.local, [entry], { keep: settings.historyKeep, days: settings.historyDays });
      });
    }
    if (message.type === 'netral:history-clear') {
      return serially(() => clearHistory(browser.storage.local));
    }
    if (message.type === 'netral:error') {
      return serially(() => logDiagnostic(browser.storage.local, message.where, message.message));
    }
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void serially(async () => {
      if (!session) {
        delete memoryCounts[tabId];
        return;
      }
      const counts = ((await session.get(BADGE_KEY))[BADGE_KEY] as BadgeCounts | undefined) ?? {};
      delete counts[tabId];
      await session.set({ [BADGE_KEY]: counts });
    });
  });
});
