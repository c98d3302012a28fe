/**
 * Nothing lost, in real Chromium: the history survives a browser restart
 * (persistent profile), many tabs deciding at once lose no entry and
 * duplicate none, the cap drops the oldest first, and a corrupt stored value
 * is replaced (with a diagnostic) instead of breaking anything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page, Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionStorage, launch, logged, waitForDialog, type Session } from './harness';

interface Entry {
  time: string;
  platform: string;
  action: string;
  level: string;
  terms: string[];
  decision: string;
  [extra: string]: unknown;
}
interface Diagnostic {
  time: string;
  where: string;
  message: string;
}

const HOME = 'https://x.com/home';
const FIXTURE = 'x/home.id.html';
// Home timeline fixture: 0 = "Ayo coblos nomor 2, Prabowo-Gibran!", 3 = "Pak Anies keren di debat",
// 4 = neutral quote of a Ganjar–Mahfud post; each holds a like and a reply ("comment").
const tweet = (page: Page, index: number): Locator => page.locator('article[data-testid="tweet"]').nth(index);

async function workerOf(session: Session): Promise<Worker> {
  return session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
}

/** Cancel has focus when the dialog opens: Enter cancels; waits until the dialog is gone. */
async function cancelOpenDialog(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('netral-warning'), null, { timeout: 5000 });
}

/** Likes X's candidate post (Prabowo–Gibran) and cancels. */
async function likeAndCancel(page: Page): Promise<void> {
  await tweet(page, 0).locator('[data-testid="like"]').click();
  await waitForDialog(page);
  await cancelOpenDialog(page);
}

/** The stored history as is (possibly undefined or corrupt), read in the service worker. */
async function storedHistory(worker: Worker): Promise<unknown> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.local.get('history')).history;
  });
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)?.slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the stored history is a list of `n` entries, then checks that it stays so (no late or duplicate write). */
async function historyOf(worker: Worker, n: number): Promise<Entry[]> {
  await until(() => storedHistory(worker), (h) => Array.isArray(h) && h.length >= n, `${n} history entries`);
  await new Promise((resolve) => setTimeout(resolve, 400));
  const list = (await storedHistory(worker)) as Entry[];
  expect(list).toHaveLength(n);
  return list;
}

async function setLocal(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(v);
  }, items);
}

async function diagnostics(worker: Worker): Promise<Diagnostic[]> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    const list = (await api.storage.local.get('diagnostics')).diagnostics;
    return (Array.isArray(list) ? list : []) as Diagnostic[];
  });
}

/** A like on post 0 just made, cancelled, between `from` and `to` (ms). */
function expectFreshLike(e: Entry | undefined, from: number, to: number): void {
  expect(e).toEqual({ time: expect.any(String), platform: 'x', action: 'like', level: 'risk', terms: expect.arrayContaining(['Prabowo-Gibran']), decision: 'cancelled' });
  const at = Date.parse(e!.time);
  expect(at).toBeGreaterThanOrEqual(from);
  expect(at).toBeLessThanOrEqual(to);
}

const seed = (i: number, base: number): Entry => ({
  time: new Date(base + i * 1000).toISOString(),
  platform: 'facebook',
  action: 'like',
  level: 'risk',
  terms: [`seed ${i}`],
  decision: 'cancelled',
});

describe('the local history in Chromium', () => {
  it('survives a browser restart on the same profile', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'netral-profile-'));
    try {
      let before: Entry[];
      const first = await launch({ userDataDir: profile });
      try {
        const page = await first.open(HOME, FIXTURE);
        const from = Date.now();
        await likeAndCancel(page);
        await likeAndCancel(page);
        before = await historyOf(await workerOf(first), 2);
        expectFreshLike(before[0], from, Date.now());
        expectFreshLike(before[1], from, Date.now());
      } finally {
        await first.close();
      }

      const second = await launch({ userDataDir: profile });
      try {
        // Read through the harness's helper (which waits for the worker to be up), then directly.
        expect(await extensionStorage(second, 'history')).toEqual(before);
        const worker = await workerOf(second);
        const page = await second.open(HOME, FIXTURE);
        const from = Date.now();
        await likeAndCancel(page);
        const after = await historyOf(worker, 3);
        expect(after.slice(0, 2)).toEqual(before);
        expectFreshLike(after[2], from, Date.now());
      } finally {
        await second.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('loses no entry and duplicates none when many tabs decide at the same moment', async () => {
    const session = await launch({});
    try {
      const worker = await workerOf(session);
      // Six tabs, each with its own action, so that every entry says which tab made it.
      const TABS = [0, 3, 4].flatMap((post) => (['like', 'reply'] as const).map((control) => ({ post, control })));
      const ROUNDS = 3;
      const pages = await Promise.all(TABS.map(() => session.open(HOME, FIXTURE)));
      const keyOf = (e: { action: string; terms: string[] }) => `${e.action}|${[...e.terms].sort().join(',')}`;
      let expected: string[] | undefined;
      const windows: Array<[number, number]> = [];
      for (let round = 0; round < ROUNDS; round++) {
        const from = Date.now();
        // Each tab's dialog is its own: open all at once, then cancel all at once.
        await Promise.all(pages.map((page, i) => tweet(page, TABS[i]!.post).locator(`[data-testid="${TABS[i]!.control}"]`).click()));
        await Promise.all(pages.map((page) => waitForDialog(page)));
        await Promise.all(pages.map((page) => cancelOpenDialog(page)));
        const list = await until(() => storedHistory(worker), (h) => Array.isArray(h) && h.length >= TABS.length * (round + 1), `round ${round + 1}`);
        windows.push([from, Date.now()]);
        // The first round tells what each tab's entry looks like: six different ones.
        expected ??= (list as Entry[]).map(keyOf).sort();
        expect(expected).toHaveLength(TABS.length);
        expect(new Set(expected).size).toBe(TABS.length);
      }
      const entries = await historyOf(worker, TABS.length * ROUNDS);
      // Round by round (by time): exactly one entry from each tab.
      for (const [from, to] of windows) {
        const inRound = entries.filter((e) => Date.parse(e.time) >= from && Date.parse(e.time) <= to);
        expect(inRound.map(keyOf).sort()).toEqual(expected);
      }
      expect(entries.every((e) => e.decision === 'cancelled' && e.platform === 'x')).toBe(true);
      // Cancelled: the site's own handlers never ran.
      for (const page of pages) expect([...(await logged(page, 'like:')), ...(await logged(page, 'reply'))]).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('replaces a corrupt stored history, logs a diagnostic, and the options page keeps working', async () => {
    const session = await launch({});
    try {
      const worker = await workerOf(session);
      const extensionId = new URL(worker.url()).host;
      const page = await session.open(HOME, FIXTURE);
      await setLocal(worker, { history: 'rusak', diagnostics: [] });

      // The options page loads with a corrupt history (showing none) and follows the repair live.
      const options = await session.context.newPage();
      const pageErrors: string[] = [];
      options.on('pageerror', (error) => pageErrors.push(error.message));
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const count = options.locator('[data-testid=history-count]');
      await expect.poll(() => count.textContent()).toBe('Catatan tersimpan di perangkat ini: 0.');

      // A string: replaced with an empty history, then the new entry.
      let from = Date.now();
      await likeAndCancel(page);
      let list = await historyOf(worker, 1);
      expectFreshLike(list[0], from, Date.now());
      expect(await diagnostics(worker)).toEqual([
        { time: expect.any(String), where: 'history', message: 'stored history was corrupt (string, not a list); replaced with an empty history' },
      ]);
      await expect.poll(() => count.textContent()).toBe('Catatan tersimpan di perangkat ini: 1.');
      await expect.poll(() => options.locator('[data-testid=diagnostics-errors]').textContent()).toContain('stored history was corrupt');

      // An object: the same.
      await setLocal(worker, { history: {} });
      from = Date.now();
      await likeAndCancel(page);
      list = await historyOf(worker, 1);
      expectFreshLike(list[0], from, Date.now());
      expect((await diagnostics(worker)).map((d) => d.message)).toEqual([
        'stored history was corrupt (string, not a list); replaced with an empty history',
        'stored history was corrupt (object, not a list); replaced with an empty history',
      ]);

      // A list with junk: the valid entry stays (without the field it may not hold), the junk goes.
      const base = Date.now() - 60_000;
      await setLocal(worker, { history: [null, 'x', { ...seed(1, base), decision: 'maybe' }, { ...seed(2, base), text: 'Ayo coblos nomor 2!' }, { time: 'kemarin' }] });
      from = Date.now();
      await likeAndCancel(page);
      list = await historyOf(worker, 2);
      expect(list[0]).toEqual(seed(2, base));
      expectFreshLike(list[1], from, Date.now());
      expect((await diagnostics(worker)).slice(2).map((d) => d.message)).toEqual(['4 malformed history entries dropped', '1 history entry had unknown fields; removed']);
      await expect.poll(() => count.textContent()).toBe('Catatan tersimpan di perangkat ini: 2.');

      // Clearing a corrupt history (as the options page does, through the background) works too.
      await setLocal(worker, { history: 42 });
      await options.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'netral:history-clear' }));
      await until(() => storedHistory(worker), (h) => Array.isArray(h), 'a cleared history');
      expect(await storedHistory(worker)).toEqual([]);
      expect((await diagnostics(worker)).at(-1)).toMatchObject({ where: 'history', message: 'stored history was corrupt (number, not a list); cleared' });
      await expect.poll(() => count.textContent()).toBe('Catatan tersimpan di perangkat ini: 0.');

      // And the guard still works after all that.
      await likeAndCancel(page);
      await historyOf(worker, 1);
      expect(await logged(page, 'like:')).toEqual([]);
      expect(pageErrors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('keeps at most 1,000 entries, dropping the oldest first', async () => {
    const session = await launch({});
    try {
      const worker = await workerOf(session);
      const base = Date.now() - 3_600_000;
      const seeded = Array.from({ length: 1000 }, (_, i) => seed(i, base));
      await setLocal(worker, { history: seeded });
      const page = await session.open(HOME, FIXTURE);
      const from = Date.now();
      await likeAndCancel(page);
      await until(() => storedHistory(worker), (h) => Array.isArray(h) && (h as Entry[]).at(-1)?.platform === 'x', 'the new entry');
      const list = await historyOf(worker, 1000);
      // Seed 0 (the oldest) is gone; seeds 1–999 stay in order; the new entry is last.
      expect(list.slice(0, 999)).toEqual(seeded.slice(1));
      expectFreshLike(list[999], from, Date.now());
      expect(await diagnostics(worker)).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
