/**
 * Nothing lost, in real Chromium: the history survives a browser restart
 * (persistent profile), many tabs deciding at once lose no entry, the cap
 * drops the oldest first, and a corrupt stored value is replaced (with a
 * diagnostic) instead of breaking anything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { extensionStorage, launch, logged, waitForDialog, type Session } from './harness';

interface Entry {
  time: string;
  decision: string;
  platform: string;
}

const profiles: string[] = [];
afterAll(() => {
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

async function workerOf(session: Session): Promise<Worker> {
  return session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
}

/** Likes X's candidate post and cancels with the keyboard (Cancel has focus). */
async function likeAndCancel(page: Page): Promise<void> {
  await page.locator('article[data-testid="tweet"]').nth(0).locator('[data-testid="like"]').click();
  await waitForDialog(page);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('netral-warning'));
}

async function history(session: Session): Promise<Entry[]> {
  return ((await extensionStorage(session, 'history')) ?? []) as Entry[];
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  const end = Date.now() + 15_000;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

async function setLocal(worker: Worker, items: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(v);
  }, items);
}

describe('the local history in Chromium', () => {
  it('survives a browser restart on the same profile', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'netral-profile-'));
    profiles.push(profile);
    let session = await launch({ userDataDir: profile });
    let page = await session.open('https://x.com/home', 'x/home.id.html');
    await likeAndCancel(page);
    await likeAndCancel(page);
    await until(() => history(session), (h) => h.length === 2, 'two entries');
    await session.close();

    session = await launch({ userDataDir: profile });
    try {
      expect(await history(session)).toHaveLength(2);
      page = await session.open('https://x.com/home', 'x/home.id.html');
      await likeAndCancel(page);
      const after = await until(() => history(session), (h) => h.length === 3, 'a third entry');
      expect(after.every((e) => e.decision === 'cancelled' && e.platform === 'x')).toBe(true);
    } finally {
      await session.close();
    }
  });

  it('loses no entry when many tabs decide at the same moment', async () => {
    const session = await launch({});
    try {
      const TABS = 6;
      const ROUNDS = 2;
      const pages = await Promise.all(Array.from({ length: TABS }, () => session.open('https://x.com/home', 'x/home.id.html')));
      for (let round = 0; round < ROUNDS; round++) {
        // Each tab's dialog is its own: open all, then cancel all, at once.
        await Promise.all(pages.map((page) => page.locator('article[data-testid="tweet"]').nth(0).locator('[data-testid="like"]').click()));
        await Promise.all(pages.map((page) => waitForDialog(page)));
        await Promise.all(pages.map((page) => page.keyboard.press('Enter')));
      }
      const entries = await until(() => history(session), (h) => h.length >= TABS * ROUNDS, `${TABS * ROUNDS} entries`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await history(session)).toHaveLength(TABS * ROUNDS);
      expect(new Set(entries.map((e) => e.time)).size).toBeGreaterThan(1);
      for (const page of pages) expect(await logged(page, 'like:')).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('replaces a corrupt stored history with the new entry, logs a diagnostic, and the options page still works', async () => {
    const session = await launch({});
    try {
      const worker = await workerOf(session);
      await setLocal(worker, { history: 'rusak' });
      const page = await session.open('https://x.com/home', 'x/home.id.html');
      await likeAndCancel(page);
      const list = await until(() => extensionStorage(session, 'history'), (h) => Array.isArray(h), 'a list again');
      expect(list).toHaveLength(1);
      const diagnostics = (await extensionStorage(session, 'diagnostics')) as Array<{ where: string; message: string }>;
      expect(diagnostics).toContainEqual(expect.objectContaining({ where: 'history', message: expect.stringContaining('corrupt') }));
      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
      await options.waitForSelector('[data-testid=history-count]');
      expect(await options.locator('[data-testid=history-count]').textContent()).toContain('1');
      expect(await options.locator('[data-testid=diagnostics-errors]').textContent()).toContain('history');
    } finally {
      await session.close();
    }
  });

  it('keeps at most 1,000 entries, dropping the oldest first', async () => {
    const session = await launch({});
    try {
      const worker = await workerOf(session);
      const base = Date.now() - 3_600_000;
      const seeded = Array.from({ length: 1000 }, (_, i) => ({
        time: new Date(base + i * 1000).toISOString(),
        platform: 'facebook',
        action: 'like',
        level: 'risk',
        terms: [`seed ${i}`],
        decision: 'cancelled',
      }));
      await setLocal(worker, { history: seeded });
      const page = await session.open('https://x.com/home', 'x/home.id.html');
      await likeAndCancel(page);
      const list = await until(() => history(session), (h) => h[h.length - 1]?.platform === 'x', 'the new entry');
      expect(list).toHaveLength(1000);
      expect((list[0] as unknown as { terms: string[] }).terms).toEqual(['seed 1']);
    } finally {
      await session.close();
    }
  });
});
