/**
 * A hostile page, in real Chromium: while Netral holds a like on X's
 * candidate post, the page's own scripts (main world) try to press Proceed,
 * to hide the dialog, to close it into a proceed, and to find Netral or read
 * its storage. None of it works; a real user still decides with the keyboard.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ID } from '../../src/identity';
import { dialogOpen, dialogText, launch, logged, waitForDialog, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch({ locale: 'id-ID' });
});
afterAll(async () => {
  await session?.close();
});

async function heldLike(): Promise<Page> {
  const page = await session.open('https://x.com/home', 'x/home.id.html');
  await page.locator('article[data-testid="tweet"]').nth(0).locator('[data-testid="like"]').click();
  await waitForDialog(page);
  return page;
}

describe('a hostile page', () => {
  it('cannot press Proceed: the root is closed and synthetic events do not count', async () => {
    const page = await heldLike();
    const seen = await page.evaluate(() => {
      const host = document.querySelector('netral-warning') as HTMLElement;
      const shadow = host.shadowRoot;
      const targets: EventTarget[] = [host, document, window, document.body];
      for (const target of targets) {
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        for (const key of ['Enter', ' ', 'Tab']) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      }
      host.click();
      host.focus();
      return { shadow: shadow === null, buttons: document.querySelectorAll('button.proceed').length };
    });
    expect(seen).toEqual({ shadow: true, buttons: 0 });
    await page.waitForTimeout(200);
    expect(await dialogOpen(page)).toBe(true);
    expect(await logged(page, 'like:')).toEqual([]);
    await page.close();
  });

  it('cannot hide the dialog: it stays displayed and on top of the page', async () => {
    const page = await heldLike();
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'netral-warning{display:none!important;visibility:hidden!important;opacity:0!important;transform:translateX(-9999px)!important}';
      document.head.append(style);
      const host = document.querySelector('netral-warning') as HTMLElement;
      host.style.display = 'none';
      host.hidden = true;
      host.setAttribute('style', 'display:none');
      host.style.setProperty('opacity', '0', 'important');
      host.inert = true;
    });
    await page.waitForTimeout(100);
    const state = await page.evaluate(() => {
      const host = document.querySelector('netral-warning') as HTMLElement;
      const css = getComputedStyle(host);
      // What is under the centre and each corner: the dialog's backdrop (seen from the page as its host).
      const points = [[innerWidth / 2, innerHeight / 2], [2, 2], [innerWidth - 3, 2], [2, innerHeight - 3], [innerWidth - 3, innerHeight - 3]];
      return {
        covered: points.every(([x, y]) => document.elementFromPoint(x!, y!) === host),
        hidden: css.display === 'none' || css.visibility === 'hidden' || css.opacity !== '1',
        deaf: host.inert || host.hasAttribute('hidden'),
      };
    });
    expect(state).toEqual({ covered: true, hidden: false, deaf: false });
    expect(await dialogText(page)).toContain('Konten ini tentang calon atau kampanye');
    await page.close();
  });

  it('cannot close it into a proceed: removing it cancels, and the next like is held again', async () => {
    const page = await heldLike();
    await page.evaluate(() => document.querySelector('netral-warning')?.remove());
    await page.waitForTimeout(200);
    expect(await logged(page, 'like:')).toEqual([]);
    await page.evaluate(() => document.body.replaceChildren(...document.body.children));
    await page.locator('article[data-testid="tweet"]').nth(0).locator('[data-testid="like"]').click();
    await waitForDialog(page);
    expect(await logged(page, 'like:')).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('netral-warning'));
    await page.close();
  });

  it('cannot find Netral or reach its storage', async () => {
    const page = await heldLike();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('netral-warning'));
    const found = await page.evaluate(async (id) => {
      const w = window as unknown as Record<string, unknown>;
      const chromeApi = w.chrome as { storage?: unknown; runtime?: { id?: string } } | undefined;
      let fetched = 'blocked';
      try {
        await fetch(`chrome-extension://${id}/manifest.json`);
        fetched = 'read';
      } catch {
        // expected: nothing of Netral is web-accessible
      }
      const html = document.documentElement.outerHTML.toLowerCase();
      return {
        storage: typeof chromeApi?.storage,
        runtimeId: chromeApi?.runtime?.id ?? null,
        globals: Object.keys(w).filter((k) => /netral/i.test(k)),
        inDom: html.includes('netral'),
        fetched,
      };
    }, CHROMIUM_ID);
    expect(found).toEqual({ storage: 'undefined', runtimeId: null, globals: [], inDom: false, fetched: 'blocked' });
    await page.close();
  });

  it('leaves the decision to the real user: Enter cancels, Tab then Enter proceeds exactly once', async () => {
    const page = await heldLike();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('netral-warning'));
    expect(await logged(page, 'like:')).toEqual([]);
    await page.locator('article[data-testid="tweet"]').nth(0).locator('[data-testid="like"]').click();
    await waitForDialog(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('netral-warning'));
    expect(await logged(page, 'like:')).toHaveLength(1);
    await page.close();
  });
});
