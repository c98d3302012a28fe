/**
 * Real-browser harness: Debian's Chromium driven by playwright-core, with
 * the built extension loaded and fixture pages served under the real site
 * addresses, so content scripts inject exactly as on the live site. No
 * request leaves the machine: anything that is not a fixture is aborted.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'test/fixtures');
export const ARTIFACTS_DIR = join(ROOT, 'test/artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

export interface Session {
  context: BrowserContext;
  /** Serves `fixture` (a path under test/fixtures) for `url`. */
  serve(url: string, fixture: string): void;
  /** Opens a new page at `url` showing `fixture` (loaded: the content script is listening). */
  open(url: string, fixture: string, options?: { locale?: string }): Promise<Page>;
  close(): Promise<void>;
}

/** The sites whose fixtures we serve; everything else is aborted. */
const SITES: Record<string, string> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'www.instagram.com': 'instagram',
  'www.tiktok.com': 'tiktok',
  'www.youtube.com': 'youtube',
  'www.threads.com': 'threads',
  'www.threads.net': 'threads',
  'www.linkedin.com': 'linkedin',
  'web.whatsapp.com': 'whatsapp',
};

export interface LaunchOptions {
  locale?: string;
  withExtension?: boolean;
  userDataDir?: string;
  /**
   * No unpacked extension: extensions come only from policy (force-install).
   * Playwright's default --disable-extensions and --disable-background-networking
   * are dropped so that the extension installer may fetch from the loopback server.
   */
  policyInstalled?: boolean;
  /** Another build of the extension than .output/chrome-mv3 (a damaged copy, say). */
  extensionDir?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Session> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium" (see README)`);
  }
  const withExtension = !options.policyInstalled && (options.withExtension ?? true);
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first (npm test does)`);
  }
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'netral-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    ...(options.policyInstalled ? [] : ['--disable-background-networking']),
    '--disable-component-update',
    '--disable-sync',
    `--lang=${options.locale ?? 'id-ID'}`,
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ...(options.policyInstalled ? { ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'] } : {}),
    locale: options.locale ?? 'id-ID',
    viewport: { width: 1280, height: 900 },
  });
  const fixtures = new Map<string, string>();
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    // The extension's own pages and scripts load from the extension, as in use.
    if (url.protocol === 'chrome-extension:') return route.continue();
    // The tests' own loopback servers (signed packs, update manifests).
    if (url.hostname === '127.0.0.1') return route.continue();
    const site = SITES[url.hostname];
    if (!site || (url.protocol !== 'https:' && url.protocol !== 'http:')) return route.abort();
    const key = `${url.origin}${url.pathname}`;
    // Pages by their registered address; assets (site.js) by name from the site's folder, whatever the page path.
    const fixture = fixtures.get(key) ?? (extname(url.pathname) ? `${site}/${basename(url.pathname)}` : undefined);
    const file = fixture ? join(FIXTURES_DIR, fixture) : undefined;
    if (!file || !file.startsWith(FIXTURES_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not a fixture' });
    return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
  const serve = (url: string, fixture: string) => {
    const u = new URL(url);
    fixtures.set(`${u.origin}${u.pathname}`, fixture);
  };
  return {
    context,
    serve,
    async open(url, fixture) {
      serve(url, fixture);
      const page = await context.newPage();
      // The guard runs at document_start; by the load event it is listening.
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close() {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** What the fixture's simulated site did (its own handlers push to window.__site). */
export function siteLog(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __site?: string[] }).__site ?? [])]);
}

/** Whether Netral's dialog host is in the page. */
export async function dialogOpen(page: Page): Promise<boolean> {
  return (await page.locator('netral-warning').count()) > 0;
}

/**
 * The dialog's text as assistive technology reads it. The dialog lives in a
 * closed shadow root that page scripts (and Playwright selectors) cannot
 * enter; the accessibility tree can.
 */
export async function dialogText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ ignored?: boolean; role?: { value?: string }; name?: { value?: string } }> };
  await cdp.detach();
  // What assistive technology is given: nodes the browser ignores (hidden, aria-hidden) are left out.
  return nodes
    .filter((n) => !n.ignored)
    .map((n) => n.name?.value ?? '')
    .filter(Boolean)
    .join('\n');
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}

/** A value from the extension's own storage, read in its service worker (pages cannot reach it). */
export async function extensionStorage(session: Session, key: string): Promise<unknown> {
  const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  // The background writes through a queue (and, just after start, waits for
  // Chromium's policy to load before it knows the settings): give it time.
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = await worker.evaluate(async (k) => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
      return (await api.storage.local.get(k))[k];
    }, key);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

/** Waits for Netral's dialog host to appear. */
export async function waitForDialog(page: Page): Promise<void> {
  await page.waitForSelector('netral-warning', { state: 'attached', timeout: 5000 });
  // Focus is inside the dialog (on Cancel): the document sees the shadow host as active.
  await page.waitForFunction(() => document.activeElement?.tagName === 'NETRAL-WARNING', null, { timeout: 5000 });
}

/** Cancel has focus when the dialog opens: Enter cancels (keyboard only, trusted key events). */
export async function cancelDialog(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('netral-warning'));
}

/** Tab moves from Cancel to "Tetap lanjutkan"; Enter proceeds. */
export async function proceedDialog(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('netral-warning'));
}

/** Entries of the fixture site's log starting with `prefix`. */
export async function logged(page: Page, prefix: string): Promise<string[]> {
  return (await siteLog(page)).filter((entry) => entry.startsWith(prefix));
}

/** One action on a site: how to set it up, how to do it, what the site logs when it happens. */
export interface ActionCase<L> {
  name: string;
  /** Fixture page to open (defaults to the suite's first page). */
  page?: string;
  prepare?(page: Page, lang: L): Promise<void>;
  act(page: Page, lang: L): Promise<void>;
  /** Run again before the second attempt (e.g. re-focus a post for a shortcut). */
  again?(page: Page, lang: L): Promise<void>;
  logs: string;
  /** Saves a screenshot of the dialog as test/artifacts/<site>-dialog-<shot>-<lang>.png. */
  shot?: string;
}

/**
 * The core browser check for one action: it is held and the dialog shows the
 * rule; cancel leaves the site's handler unfired; proceed fires it once.
 */
export async function checkHeldAction<L extends { ui: string; rule: string }>(
  page: Page,
  site: string,
  lang: L,
  c: ActionCase<L>,
): Promise<void> {
  await c.prepare?.(page, lang);
  await c.act(page, lang);
  await waitForDialog(page);
  const text = await dialogText(page);
  expect(text).toContain(lang.rule);
  expect(text).toMatch(/94\/2021/);
  if (c.shot) await page.screenshot({ path: artifact(`${site}-dialog-${c.shot}-${lang.ui}.png`) });
  await cancelDialog(page);
  expect(await logged(page, c.logs)).toEqual([]);
  await c.again?.(page, lang);
  await c.act(page, lang);
  await waitForDialog(page);
  await proceedDialog(page);
  expect(await logged(page, c.logs)).toHaveLength(1);
}

/** The rule's title in the dialog, per interface language. */
export const RULE_TITLE = { id: 'SKB 22 September 2022', en: 'Joint Decree of 22 September 2022' } as const;
