/**
 * Never leak: every request made while Netral is used in earnest — the eight
 * sites' fixture pages with every action control pressed, held and released
 * actions, the popup's self-check,
 * the options page, the rules page — is recorded (pages, content scripts
 * and the extension's service worker alike), once without Netral and once
 * with it. With no packUrl, Netral adds no request at all beyond loading its
 * own files; with a packUrl, the only addition is that address. Extension
 * pages also refuse eval.
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { generateKeyPair, signPack } from '../../src/packs/signature';
import { cancelDialog, dialogOpen, launch, proceedDialog, waitForDialog, type Session } from './harness';
import { startLoopback, type Loopback } from './loopback';
import { netralPolicy, removePolicy, writePolicy } from './policy-file';

const POLICY = 'netral-network-test';

/** Each site's main fixture, in both interface languages. */
const PAGES: Array<[string, string]> = [
  ['https://x.com/home', 'x/home'],
  ['https://www.facebook.com/', 'facebook/feed'],
  ['https://www.instagram.com/', 'instagram/feed'],
  ['https://www.tiktok.com/foryou', 'tiktok/feed'],
  ['https://www.youtube.com/watch?v=Yt0BnchVd01', 'youtube/watch'],
  ['https://www.threads.com/', 'threads/feed'],
  ['https://www.linkedin.com/feed/', 'linkedin/feed'],
  ['https://web.whatsapp.com/', 'whatsapp/chat'],
];

interface Recorded {
  /** Requests of web pages and content scripts: neither chrome-extension:// nor from a worker. */
  page: string[];
  /** Requests of the extension's service worker. */
  worker: string[];
  /** Requests from extension pages to anything but the extension itself. */
  extensionPages: string[];
}

function record(context: BrowserContext): Recorded {
  const recorded: Recorded = { page: [], worker: [], extensionPages: [] };
  context.on('request', (request) => {
    const url = request.url();
    if (request.serviceWorker()) {
      recorded.worker.push(url);
      return;
    }
    const frameUrl = (() => {
      try {
        return request.frame().url();
      } catch {
        return '';
      }
    })();
    if (frameUrl.startsWith('chrome-extension:')) {
      if (!url.startsWith('chrome-extension:')) recorded.extensionPages.push(url);
    } else if (!url.startsWith('chrome-extension:')) recorded.page.push(url);
  });
  return recorded;
}

/** Likes the X candidate post: cancel once, proceed once; posts a political draft and cancels. */
async function actOnX(page: Page, withNetral: boolean): Promise<void> {
  const like = page.locator('article[data-testid="tweet"]').first().locator('[data-testid="like"]');
  await like.click();
  if (withNetral) {
    await waitForDialog(page);
    await cancelDialog(page);
    await like.click();
    await waitForDialog(page);
    await proceedDialog(page);
  }
  await page.locator('[data-testid="tweetTextarea_0"]').first().click();
  await page.keyboard.type('Pilih Ganjar-Mahfud nomor 3!');
  await page.locator('[data-testid="tweetButtonInline"]').click();
  if (withNetral) {
    await waitForDialog(page);
    await cancelDialog(page);
  }
}

async function extensionPages(session: Session, worker: Worker): Promise<void> {
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  const popup = await session.context.newPage();
  await popup.goto(`${base}/popup.html`);
  await popup.locator('#check-text').fill('Ayo dukung Pak Anies, coblos nomor 1!');
  await popup.waitForSelector('[data-level]');
  await popup.close();
  const options = await session.context.newPage();
  await options.goto(`${base}/options.html`);
  await options.locator('input[name=sensitivity][value=risk]').check();
  await options.locator('input[name=sensitivity][value=caution]').check();
  await options.close();
  const rules = await session.context.newPage();
  await rules.goto(`${base}/rules.html`);
  await rules.waitForSelector('main');
  await rules.close();
}

/**
 * Every action control of the page, as a user would press it: up to 25
 * buttons outside links (likes, reactions, shares, follows, comment and send
 * buttons), each a trusted click; a dialog Netral opens is cancelled.
 */
async function pressEverything(page: Page): Promise<void> {
  const count = await page.evaluate(() => {
    const buttons = [...document.querySelectorAll('button, [role="button"]')].filter((b) => !b.closest('a')).slice(0, 25);
    buttons.forEach((b, i) => b.setAttribute('data-press', String(i)));
    return buttons.length;
  });
  for (let i = 0; i < count; i++) {
    const control = page.locator(`[data-press="${i}"]`);
    if ((await control.count()) === 0) continue;
    await control.click({ timeout: 500, noWaitAfter: true }).catch(() => {});
    // Actions pressed before the page's core was loaded are decided one after
    // another: cancel each dialog as it comes.
    while (await dialogOpen(page)) {
      await page.keyboard.press('Escape');
      await page.waitForTimeout(50);
    }
  }
}

/** One full session; returns what was requested. */
async function fullSession(options: { withNetral: boolean }): Promise<Recorded> {
  const session = await launch({ locale: 'id-ID', withExtension: options.withNetral });
  try {
    const recorded = record(session.context);
    const worker = options.withNetral ? (session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'))) : undefined;
    for (const lang of ['id', 'en']) {
      for (const [url, fixture] of PAGES) {
        const page = await session.open(url, `${fixture}.${lang}.html`);
        if (fixture === 'x/home') await actOnX(page, options.withNetral);
        await pressEverything(page);
        await page.mouse.move(300, 300);
        await page.mouse.wheel(0, 800);
        await page.waitForTimeout(100);
        await page.close();
      }
    }
    if (worker) await extensionPages(session, worker);
    // Give the service worker time for anything it might do in the background.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return recorded;
  } finally {
    await session.close();
  }
}

const sorted = (list: string[]) => [...new Set(list)].sort();

let server: Loopback | undefined;
afterAll(async () => {
  removePolicy(POLICY);
  await server?.close();
});

describe('network use', () => {
  it('adds no request at all to a full session when no packUrl is configured', async () => {
    const without = await fullSession({ withNetral: false });
    const withNetral = await fullSession({ withNetral: true });
    // The sessions did the same things on the same pages.
    expect(without.page.length).toBeGreaterThan(8);
    expect(sorted(withNetral.page)).toEqual(sorted(without.page));
    expect(withNetral.worker).toEqual([]);
    expect(withNetral.extensionPages).toEqual([]);
  }, 240_000);

  it('with a packUrl, requests that address and nothing else', async () => {
    server = await startLoopback();
    const keys = await generateKeyPair();
    const pack = { id: 'contoh', version: '1.0.0', title: { id: 'Contoh', en: 'Example' }, sources: [{ id: 's', title: 'S', url: 'https://www.kpu.go.id/' }] };
    server.serve('/pack.signed.json', { body: JSON.stringify(await signPack(JSON.stringify(pack), keys.privateKeyPem)), type: 'application/json' });
    writePolicy(POLICY, netralPolicy({ packUrl: server.url('/pack.signed.json'), packPublicKey: keys.publicKeyBase64 }));
    const without = await fullSession({ withNetral: false });
    const withNetral = await fullSession({ withNetral: true });
    expect(sorted(withNetral.page)).toEqual(sorted(without.page));
    expect(withNetral.extensionPages).toEqual([]);
    expect(withNetral.worker.length).toBeGreaterThan(0);
    expect(sorted(withNetral.worker)).toEqual([server.url('/pack.signed.json')]);
    expect(new Set(server.requests)).toEqual(new Set(['/pack.signed.json']));
  }, 240_000);

  it('refuses eval and inline code on its own pages', async () => {
    const session = await launch({ locale: 'id-ID' });
    try {
      const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
      // (Code run through the DevTools protocol is exempt from CSP, so the page's
      // own script machinery is what is tested: a string timer and an inline script.)
      await page.evaluate(() => {
        const w = window as unknown as { __violations: string[] };
        w.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.effectiveDirective));
        (setTimeout as unknown as (code: string, ms: number) => void)('window.__timer = true', 0);
        const script = document.createElement('script');
        script.textContent = 'window.__inline = true';
        document.head.append(script);
      });
      await page.waitForTimeout(200);
      const result = await page.evaluate(() => {
        const w = window as unknown as { __timer?: boolean; __inline?: boolean; __violations: string[] };
        return { timer: w.__timer === true, inline: w.__inline === true, violations: [...new Set(w.__violations)].sort() };
      });
      expect(result).toEqual({ timer: false, inline: false, violations: ['script-src-elem', 'script-src'].sort() });
    } finally {
      await session.close();
    }
  });
});
