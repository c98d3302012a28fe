import browser from 'webextension-polyfill';
import { appendHistory, HISTORY_KEY, type HistoryEntry } from '../src/history/history';
import { isNetralMessage } from '../src/messages';

const ERRORS_KEY = 'diagnostics';
const ERRORS_LIMIT = 50;

// One writer for the history: entries from every tab go through this queue,
// so concurrent read-modify-write cycles cannot lose an entry.
let queue: Promise<void> = Promise.resolve();
function serially(task: () => Promise<void>): Promise<void> {
  queue = queue.then(task, task).catch((error: unknown) => console.error('[netral] storage', error));
  return queue;
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isNetralMessage(message)) return undefined;
    if (message.type === 'netral:history-add') {
      const entry: HistoryEntry = message.entry;
      return serially(async () => {
        const stored = await browser.storage.local.get(HISTORY_KEY);
        await browser.storage.local.set({ [HISTORY_KEY]: appendHistory(stored[HISTORY_KEY], [entry]) });
      });
    }
    if (message.type === 'netral:error') {
      return serially(async () => {
        const stored = await browser.storage.local.get(ERRORS_KEY);
        const list = Array.isArray(stored[ERRORS_KEY]) ? (stored[ERRORS_KEY] as unknown[]) : [];
        const entry = { time: new Date().toISOString(), where: String(message.where).slice(0, 200), message: String(message.message).slice(0, 500) };
        await browser.storage.local.set({ [ERRORS_KEY]: [...list, entry].slice(-ERRORS_LIMIT) });
      });
    }
    return undefined;
  });
});
