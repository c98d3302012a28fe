/**
 * A hostile page, in real Chromium: while Netral holds a like on X's
 * candidate post, the page's own scripts (main world) try to press Proceed,
 * to hide or cover the dialog, to close it into a proceed, and to find
 * Netral or read its storage. None of it works; a real user still decides
 * with the keyboard.
 *
 * Page-side code is passed as strings: the test runner's transpiler would
 * wrap functions with helpers the page does not have.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ID } from '../../src/identity';
import { dialogOpen, dialogText, FIXTURES_DIR, launch, logged, waitForDialog, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch({ locale: 'id-ID' });
});
afterAll(async () => {
  await session?.close();
});

const DIALOG_LEAD = 'Konten ini tentang calon atau kampanye';
const likeButton = (page: Page) => page.locator('article[data-testid="tweet"]').nth(0).locator('[data-testid="like"]');

async function heldLike(page?: Page): Promise<Page> {
  const p = page ?? (await session.open('https://x.com/home', 'x/home.id.html'));
  await likeButton(p).click();
  await waitForDialog(p);
  return p;
}

/** A real user's Enter on the focused Cancel. */
async function userCancels(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('netral-warning'));
}

/**
 * Whether the dialog is shown and on top, seen from the page: computed
 * style, attributes, box, and what is hit at the centre and the corners
 * (the dialog's backdrop, which the page sees as the host).
 */
const MEASURE = `(() => {
  const host = document.querySelector('netral-warning');
  if (!host) return { present: false };
  const css = getComputedStyle(host);
  const box = host.getBoundingClientRect();
  const points = [[innerWidth / 2, innerHeight / 2], [2, 2], [innerWidth - 3, 2], [2, innerHeight - 3], [innerWidth - 3, innerHeight - 3]];
  return {
    present: true,
    covered: points.every((p) => document.elementFromPoint(p[0], p[1]) === host),
    shown: css.display !== 'none' && css.visibility === 'visible' && css.opacity === '1' && css.transform === 'none' && css.filter === 'none' && css.clipPath === 'none',
    box: box.left <= 0 && box.top <= 0 && box.right >= innerWidth && box.bottom >= innerHeight,
    attributes: host.getAttributeNames().filter((name) => name !== 'style'),
    // In the browser's top layer, above anything the page has there too.
    topLayer: host.matches(':popover-open'),
    // Focus is in the dialog (the page sees its host as active): the keyboard still answers it.
    focused: document.activeElement === host,
  };
})()`;
const SHOWN = { present: true, covered: true, shown: true, box: true, attributes: ['popover'], topLayer: true, focused: true };

/** What a page can do to take the dialog out of sight; each is undone by UNDO before the next. */
const HIDE_ATTACKS: Record<string, string> = {
  'page stylesheet': `(() => {
    const style = document.createElement('style');
    style.className = 'attack';
    style.textContent = 'netral-warning{display:none!important;visibility:hidden!important;opacity:0!important}';
    document.head.append(style);
  })()`,
  'page stylesheet shrinking and moving it': `(() => {
    const style = document.createElement('style');
    style.className = 'attack';
    style.textContent = 'netral-warning{position:absolute!important;inset:auto!important;left:-9999px!important;width:0!important;height:0!important;transform:scale(0)!important;filter:opacity(0)!important;clip-path:inset(50%)!important;z-index:-1!important;pointer-events:none!important}';
    document.head.append(style);
  })()`,
  'host.style.display': `document.querySelector('netral-warning').style.display = 'none'`,
  'host.style with !important': `(() => {
    const host = document.querySelector('netral-warning');
    host.style.setProperty('display', 'none', 'important');
    host.style.setProperty('opacity', '0', 'important');
    host.style.setProperty('z-index', '-1', 'important');
  })()`,
  'host.hidden': `document.querySelector('netral-warning').hidden = true`,
  'host.inert': `document.querySelector('netral-warning').inert = true`,
  'popover and class attributes': `(() => {
    const host = document.querySelector('netral-warning');
    host.setAttribute('popover', 'auto');
    host.className = 'gone';
  })()`,
  'popover attribute removed': `document.querySelector('netral-warning').removeAttribute('popover')`,
  'hidePopover()': `document.querySelector('netral-warning').hidePopover()`,
  "a page popover in the top layer, shown after the host": `(() => {
    const cover = document.createElement('div');
    cover.className = 'attack';
    cover.setAttribute('popover', 'manual');
    cover.setAttribute('style', 'position:fixed;inset:0;width:100vw;height:100vh;margin:0;border:0;background:#fff');
    document.body.append(cover);
    cover.showPopover();
  })()`,
  "setAttribute('style')": `document.querySelector('netral-warning').setAttribute('style', 'display:none')`,
  'focus taken by the page': `(() => {
    const field = document.createElement('input');
    field.className = 'attack';
    document.body.append(field);
    field.focus();
  })()`,
  'a page overlay just below the maximum z-index, after the host': `(() => {
    const cover = document.createElement('div');
    cover.className = 'attack';
    cover.setAttribute('style', 'position:fixed;inset:0;z-index:2147483646;background:#fff');
    document.body.append(cover);
  })()`,
};
/** The page taking its own attack back (its nodes, and the host's attributes as they were), so each attack is judged alone. */
const SNAPSHOT = `window.__before = document.querySelector('netral-warning').getAttribute('style')`;
const UNDO = `(() => {
  document.querySelectorAll('.attack').forEach((node) => node.remove());
  const host = document.querySelector('netral-warning');
  for (const name of host.getAttributeNames()) host.removeAttribute(name);
  if (window.__before !== null) host.setAttribute('style', window.__before);
})()`;

describe('a hostile page', () => {
  it('cannot press Proceed: the root is closed and synthetic events do not count', async () => {
    const page = await heldLike();
    const seen = await page.evaluate(`(() => {
      const host = document.querySelector('netral-warning');
      const targets = [host, document.activeElement, document, window, document.body];
      for (const target of targets) {
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: innerWidth / 2, clientY: innerHeight / 2 }));
        for (const key of ['Enter', ' ', 'Tab']) {
          for (const type of ['keydown', 'keypress', 'keyup']) target.dispatchEvent(new KeyboardEvent(type, { key, code: key === ' ' ? 'Space' : key, bubbles: true, composed: true, cancelable: true }));
        }
      }
      host.click();
      host.focus();
      return { shadow: host.shadowRoot === null, buttons: document.querySelectorAll('button').length > 0 && [...document.querySelectorAll('button')].some((b) => /lanjut/i.test(b.textContent || '')) };
    })()`);
    expect(seen).toEqual({ shadow: true, buttons: false });
    await page.waitForTimeout(200);
    expect(await dialogOpen(page)).toBe(true);
    expect(await dialogText(page)).toContain(DIALOG_LEAD);
    expect(await logged(page, 'like:')).toEqual([]);
    // The real user still has the keyboard: Enter on the focused Cancel.
    await userCancels(page);
    expect(await logged(page, 'like:')).toEqual([]);
    await page.close();
  });

  it('cannot hide or cover the dialog: it stays displayed, full-screen and on top', async () => {
    const page = await heldLike();
    // Soft checks: a failure names every attack that got through, not just the first.
    expect.soft(await page.evaluate(MEASURE)).toEqual(SHOWN);
    await page.evaluate(SNAPSHOT);
    for (const [name, attack] of Object.entries(HIDE_ATTACKS)) {
      await page.evaluate(attack);
      // Let the page render (and Netral's observer answer).
      await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
      const measured = (await page.evaluate(MEASURE)) as object;
      expect.soft({ attack: name, ...measured }).toEqual({ attack: name, ...SHOWN });
      expect.soft(await dialogText(page), name).toContain(DIALOG_LEAD);
      await page.evaluate(UNDO);
    }
    // All at once, for good measure.
    await page.evaluate('delete window.__before');
    for (const attack of Object.values(HIDE_ATTACKS)) await page.evaluate(attack);
    await page.waitForTimeout(100);
    expect(await page.evaluate(MEASURE)).toEqual(SHOWN);
    // Still the user's decision, not the page's: nothing was liked, Enter cancels.
    expect(await logged(page, 'like:')).toEqual([]);
    await userCancels(page);
    expect(await logged(page, 'like:')).toEqual([]);
    await page.close();
  });

  it('cannot close it into a proceed: removing it cancels, and the next like is held again', async () => {
    const page = await heldLike();
    await page.evaluate(`document.querySelector('netral-warning').remove()`);
    await page.waitForTimeout(200);
    expect(await logged(page, 'like:')).toEqual([]);
    expect(await dialogOpen(page)).toBe(false);
    // Netral is not stuck "holding": a new trusted click opens a new dialog.
    await heldLike(page);
    expect(await logged(page, 'like:')).toEqual([]);
    await userCancels(page);
    expect(await logged(page, 'like:')).toEqual([]);
    await page.close();
  });

  it('cannot park it in a hidden container: moving it cancels and it is gone', async () => {
    const page = await heldLike();
    await page.evaluate(`(() => {
      const box = document.createElement('div');
      box.style.display = 'none';
      document.body.append(box);
      box.append(document.querySelector('netral-warning'));
    })()`);
    await page.waitForTimeout(200);
    expect(await dialogOpen(page)).toBe(false);
    expect(await logged(page, 'like:')).toEqual([]);
    await heldLike(page);
    await userCancels(page);
    expect(await logged(page, 'like:')).toEqual([]);
    await page.close();
  });

  it('cannot find Netral or reach its storage, with the dialog open or after', async () => {
    const page = await heldLike();
    const probe = `(async () => {
      const w = window;
      const read = async (file) => {
        try {
          await fetch('chrome-extension://${CHROMIUM_ID}/' + file);
          return 'read';
        } catch (error) {
          return 'blocked'; // expected: nothing at Netral's fixed address is web-accessible
        }
      };
      const fetched = [await read('manifest.json'), await read('guard-core.js')];
      const attributes = [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().map((name) => name + '=' + el.getAttribute(name)));
      return {
        storage: typeof w.chrome?.storage,
        runtimeId: w.chrome?.runtime?.id ?? null,
        globals: Object.getOwnPropertyNames(w).filter((k) => /netral/i.test(k)),
        // guard-core.js leaves its entry point on the isolated world's global, never on the page's.
        symbols: Object.getOwnPropertySymbols(w).map(String).filter((k) => /netral/i.test(k)),
        // Nor does its loading show in the page's resource timing.
        resources: performance.getEntriesByType('resource').map((e) => e.name).filter((name) => !name.startsWith('https://')),
        attributes: attributes.filter((a) => /netral/i.test(a)),
        fetched,
      };
    })()`;
    const expected = { storage: 'undefined', runtimeId: null, globals: [], symbols: [], resources: [], attributes: [], fetched: ['blocked', 'blocked'] };
    expect(await page.evaluate(probe)).toEqual(expected);
    await userCancels(page);
    expect(await page.evaluate(probe)).toEqual(expected);
    // Nothing left behind: no host, no stylesheet, no trace in the markup.
    expect(await page.evaluate(`document.documentElement.outerHTML.toLowerCase().includes('netral')`)).toBe(false);
    expect(await page.locator('netral-warning').count()).toBe(0);
    await page.close();
  });

  it("cannot keep the dialog out with its content security policy: the dialog file loads into Netral's world, not the page's", async () => {
    const page = await session.context.newPage();
    const html = readFileSync(join(FIXTURES_DIR, 'x/home.id.html'), 'utf8');
    await page.route('https://x.com/home', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:" },
        body: html,
      }),
    );
    await page.goto('https://x.com/home', { waitUntil: 'load' });
    await heldLike(page);
    expect(await dialogText(page)).toContain(DIALOG_LEAD);
    await userCancels(page);
    expect(await logged(page, 'like:')).toEqual([]);
    await page.close();
  });

  it('hears nothing from Netral: no window message or event names it, from load to a decision', async () => {
    const page = await session.context.newPage();
    // The page's first script, at the top of <head>: as early as a page can
    // listen (Netral's script runs at document_start, before any of it).
    const listen = `<script>
      window.__heard = [];
      addEventListener('message', (event) => {
        let data;
        try { data = JSON.stringify(event.data); } catch { data = String(event.data); }
        window.__heard.push('message ' + data);
      }, true);
      document.addEventListener('${CHROMIUM_ID}:guard-x:wxt:content-script-started', (event) => window.__heard.push('event ' + event.type), true);
    </script>`;
    const html = readFileSync(join(FIXTURES_DIR, 'x/home.id.html'), 'utf8').replace(/<head[^>]*>/i, (head) => head + listen);
    await page.route('https://x.com/home', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto('https://x.com/home', { waitUntil: 'load' });
    expect(await page.evaluate('Array.isArray(window.__heard)')).toBe(true);
    await heldLike(page);
    await userCancels(page);
    await page.waitForTimeout(200); // messages arrive as tasks
    const heard = (await page.evaluate('window.__heard')) as string[];
    expect(heard.filter((h) => /netral|wxt|content-script|${CHROMIUM_ID}/i.test(h))).toEqual([]);
    await page.close();
  });

  it('leaves the decision to the real user: Enter cancels, Tab then Enter proceeds exactly once', async () => {
    const page = await heldLike();
    await userCancels(page);
    expect(await logged(page, 'like:')).toEqual([]);
    await heldLike(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('netral-warning'));
    expect(await logged(page, 'like:')).toHaveLength(1);
    expect(await dialogOpen(page)).toBe(false);
    await page.close();
  });
});
