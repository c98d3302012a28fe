/**
 * The popup, options and rules pages of the built extension in Chromium:
 * the self-check rates a draft, a setting changed in options is obeyed by
 * the guard on the Facebook fixture, the history exports, and screenshots
 * of every page in both languages and colour schemes land in test/artifacts/.
 */
import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, dialogOpen, extensionStorage, launch, logged, type Session } from './harness';

let session: Session;
let worker: Worker;
let base: string;

async function setStorage(values: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(v);
  }, values);
}

async function openPage(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${base}/${path}`);
  await page.waitForSelector('main');
  return page;
}

async function settingsMode(): Promise<unknown> {
  return ((await extensionStorage(session, 'settings')) as { mode?: unknown } | undefined)?.mode;
}

beforeAll(async () => {
  session = await launch({ locale: 'id-ID' });
  worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  base = `chrome-extension://${new URL(worker.url()).host}`;
});
afterAll(async () => {
  await session?.close();
});

describe('popup, options and rules pages in Chromium', () => {
  it("lets the popup learn a guarded tab's address from Netral's content script (no tabs permission)", async () => {
    const page = await session.open('https://www.facebook.com/', 'facebook/feed.id.html');
    const replies = await worker.evaluate(async () => {
      const api = (globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>>; sendMessage(id: number, m: object): Promise<unknown> } };
      }).chrome;
      const tabs = await api.tabs.query({});
      const hidden = tabs.every((t) => !t.url);
      const answers = await Promise.all(tabs.map((t) => api.tabs.sendMessage(t.id, { type: 'netral:where' }).catch(() => null)));
      return { hidden, answers };
    });
    expect(replies.hidden).toBe(true);
    expect(replies.answers).toContainEqual({ url: 'https://www.facebook.com/' });
    await page.close();
  });

  it('counts held actions on the toolbar badge of that tab', async () => {
    await setStorage({ settings: { mode: 'warn' } });
    const page = await session.open('https://www.facebook.com/', 'facebook/feed.id.html');
    // The badge text of every tab the background has counted (session storage keys the counts by tab id).
    const badge = () =>
      worker.evaluate(async () => {
        const api = (globalThis as unknown as {
          chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } }; action: { getBadgeText(d: object): Promise<string> } };
        }).chrome;
        const counts = ((await api.storage.session.get('badge')).badge ?? {}) as Record<string, unknown>;
        const texts = await Promise.all(Object.keys(counts).map((tabId) => api.action.getBadgeText({ tabId: Number(tabId) })));
        return texts.join(',');
      });
    expect(await badge()).toBe('');
    for (let i = 0; i < 2; i++) {
      await page.click('[aria-posinset="1"] [data-ad-rendering-role="like_button"]');
      await page.waitForSelector('netral-warning', { state: 'attached' });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => !document.querySelector('netral-warning'));
    }
    await expect.poll(badge, { timeout: 5000 }).toBe('2');
    await page.close();
  });

  it('self-checks a draft in the popup: political is risk with highlights, neutral is none', async () => {
    const page = await openPage('popup.html');
    await page.fill('#check-text', 'Ayo coblos Prabowo-Gibran nomor 2 tanggal 14 Februari!');
    await page.waitForSelector('[data-level="risk"]');
    expect(await page.locator('[data-testid="check-highlight"] mark').count()).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid="check-result"]')).toContain('PP 94/2021');
    await page.fill('#check-text', 'Rapat koordinasi pelayanan publik besok pukul sembilan.');
    await page.waitForSelector('[data-level="none"]');
    await page.close();
  });

  it('changes the mode in options to "audit": the guard records without a dialog, and the history exports as JSON', async () => {
    await setStorage({ history: [] }); // earlier tests in this browser left entries
    const options = await openPage('options.html');
    await options.check('input[name="mode"][value="audit"]');
    await expect.poll(settingsMode).toBe('audit');

    const fb = await session.open('https://www.facebook.com/', 'facebook/feed.id.html');
    await fb.click('[aria-posinset="1"] [data-ad-rendering-role="like_button"]');
    await expect.poll(() => logged(fb, 'like:')).toHaveLength(1);
    expect(await dialogOpen(fb)).toBe(false);
    await expect.poll(async () => ((await extensionStorage(session, 'history')) as unknown[] | undefined)?.length ?? 0).toBe(1);
    await fb.close();

    await options.reload();
    await options.waitForSelector('[data-testid="history-count"]');
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Ekspor JSON' }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Array<Record<string, unknown>>;
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ platform: 'facebook', action: 'like', level: 'risk', decision: 'audited' });
    expect(exported[0]!.terms).toEqual(expect.arrayContaining([expect.any(String)]));
    await options.close();
  });

  it('switching Facebook off in options lets the like through; back to warn shows the dialog again', async () => {
    const options = await openPage('options.html');
    await options.check('input[name="mode"][value="warn"]');
    await options.uncheck('#setting-sites-facebook');
    await expect.poll(async () => ((await extensionStorage(session, 'settings')) as { sites?: Record<string, boolean> }).sites?.facebook).toBe(false);
    let fb = await session.open('https://www.facebook.com/', 'facebook/feed.id.html');
    await fb.click('[aria-posinset="1"] [data-ad-rendering-role="like_button"]');
    await expect.poll(() => logged(fb, 'like:')).toHaveLength(1);
    expect(await dialogOpen(fb)).toBe(false);
    await fb.close();

    await options.check('#setting-sites-facebook');
    await expect.poll(async () => ((await extensionStorage(session, 'settings')) as { sites?: Record<string, boolean> }).sites?.facebook).toBe(true);
    fb = await session.open('https://www.facebook.com/', 'facebook/feed.id.html');
    await fb.click('[aria-posinset="1"] [data-ad-rendering-role="like_button"]');
    await fb.waitForSelector('netral-warning', { state: 'attached' });
    await fb.close();
    await options.close();
  });

  it('saves screenshots of popup, options and rules in both languages and colour schemes', async () => {
    for (const language of ['id', 'en'] as const) {
      await setStorage({ settings: { language } });
      for (const colorScheme of ['light', 'dark'] as const) {
        const popup = await session.context.newPage();
        await popup.setViewportSize({ width: 420, height: 900 });
        await popup.emulateMedia({ colorScheme });
        await popup.goto(`${base}/popup.html`);
        await popup.fill('#check-text', 'Salam tiga jari! Ganjar-Mahfud Sat Set, coblos nomor 3.');
        await popup.waitForSelector('[data-level="risk"]');
        expect(await popup.getAttribute('html', 'lang')).toBe(language);
        await popup.screenshot({ path: artifact(`popup-${language}-${colorScheme}.png`), fullPage: true });
        await popup.close();
        for (const name of ['options', 'rules'] as const) {
          const page = await session.context.newPage();
          await page.emulateMedia({ colorScheme });
          await page.goto(`${base}/${name}.html`);
          await page.waitForSelector('main h1');
          expect(await page.getAttribute('html', 'lang')).toBe(language);
          await page.screenshot({ path: artifact(`${name}-${language}-${colorScheme}.png`), fullPage: true });
          await page.close();
        }
      }
    }
  });

  it('filters the rules explorer', async () => {
    await setStorage({ settings: { language: 'id' } });
    const page = await openPage('rules.html');
    await page.fill('#rules-search', 'honorer');
    await page.waitForSelector('[data-statement="ppnpn"]');
    expect(await page.locator('[data-statement="skb-2022-a5-b7"]').count()).toBe(0);
    expect(await page.locator('[data-testid="revoked-note"]').isVisible()).toBe(true);
    await page.close();
  });
});
