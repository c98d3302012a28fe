/**
 * The dialog staged during a press, in real Chromium (X's home timeline):
 * when the mouse button goes down on a candidate post's like, Netral mounts
 * the dialog's host unseen, so that the click only has to show it. Staged,
 * it is invisible, cannot be hit, holds no focus, and goes away when no
 * click comes; shown, it is the dialog as always, and a page that tampers
 * with the staged host gets a working dialog all the same.
 *
 * Page-side code is passed as strings (see hostile.test.ts).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelDialog, dialogText, launch, logged, waitForDialog, type Session } from './harness';

let session: Session;
beforeAll(async () => {
  session = await launch({ locale: 'id-ID' });
});
afterAll(async () => {
  await session?.close();
});

const DIALOG_LEAD = 'Konten ini tentang calon atau kampanye';
// x/home.id.html: post 0 is about a candidate, post 1 about food.
const like = (page: Page, post: number) => page.locator('article[data-testid="tweet"]').nth(post).locator('[data-testid="like"]');

/** Counts the hosts the page ever sees inserted, and the changes to their attributes. */
const COUNT_HOSTS = `(() => {
  window.__hosts = 0;
  window.__hostAttributeChanges = 0;
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'attributes' && r.target.nodeName === 'NETRAL-WARNING') window.__hostAttributeChanges++;
      for (const n of r.addedNodes) if (n.nodeName === 'NETRAL-WARNING') window.__hosts++;
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true });
})()`;

/** The host as the page sees it, or null. */
const HOST = `(() => {
  const host = document.querySelector('netral-warning');
  if (!host) return null;
  return {
    // Staged, it is clipped to nothing (from inside its shadow root); shown, nothing clips it.
    visible: getComputedStyle(host).visibility === 'visible' && getComputedStyle(host).clipPath === 'none',
    hit: document.elementFromPoint(innerWidth / 2, innerHeight / 2) === host,
    focused: document.activeElement === host,
  };
})()`;

async function pressOn(page: Page, post: number): Promise<void> {
  await like(page, post).scrollIntoViewIfNeeded();
  const box = (await like(page, post).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
}

async function open(): Promise<Page> {
  const page = await session.open('https://x.com/home', 'x/home.id.html');
  await page.evaluate(COUNT_HOSTS);
  return page;
}

/** A fresh page whose candidate like is pressed and held, with the dialog staged by then. */
async function staged(): Promise<Page> {
  const page = await open();
  await pressOn(page, 0);
  await page.waitForSelector('netral-warning', { state: 'attached', timeout: 5000 });
  await page.waitForTimeout(100);
  return page;
}

describe('the dialog staged during a press', () => {
  it("mounts the host unseen while a candidate post's like is pressed, and the click shows that same host", async () => {
    const page = await staged();
    expect(await page.evaluate(HOST)).toEqual({ visible: false, hit: false, focused: false });
    // Unseen by assistive technology too, until it is shown.
    expect(await dialogText(page)).not.toContain(DIALOG_LEAD);
    expect(await logged(page, 'like:')).toEqual([]);
    await page.mouse.up();
    await waitForDialog(page);
    expect(await page.evaluate(HOST)).toEqual({ visible: true, hit: true, focused: true });
    expect(await dialogText(page)).toContain(DIALOG_LEAD);
    expect(await page.evaluate('window.__hosts')).toBe(1);
    await cancelDialog(page);
    expect(await logged(page, 'like:')).toEqual([]);
    await page.close();
  });

  it('shows a staged dialog without a change the page could lay out again: no attribute of the host changes, and the host is laid out on its own', async () => {
    const page = await staged();
    const changesWhenStaged = await page.evaluate('window.__hostAttributeChanges');
    await page.mouse.up();
    await waitForDialog(page);
    expect(await page.evaluate(HOST)).toEqual({ visible: true, hit: true, focused: true });
    // Showing takes the veil off inside the closed shadow root: nothing the page's layout depends on.
    expect(await page.evaluate('window.__hostAttributeChanges')).toBe(changesWhenStaged);
    // A relayout boundary: the dialog's own changes are laid out from the host, not the page's root.
    // No style containment, which made Chromium walk the page's style scopes at each mount and removal.
    expect(await page.evaluate(`getComputedStyle(document.querySelector('netral-warning')).contain`)).toBe('size layout paint');
    await cancelDialog(page);
    await page.close();
  });

  it("puts the staged host in the browser's top layer, not among the page's own boxes, before the click", async () => {
    const page = await staged();
    // A host among the page's boxes made Chromium update the whole feed's compositing inputs when it came and went.
    expect(await page.evaluate(`document.querySelector('netral-warning').matches(':popover-open')`)).toBe(true);
    expect(await page.evaluate(HOST)).toEqual({ visible: false, hit: false, focused: false });
    await page.mouse.up();
    await waitForDialog(page);
    expect(await page.evaluate(`document.querySelector('netral-warning').matches(':popover-open')`)).toBe(true);
    expect(await page.evaluate(HOST)).toEqual({ visible: true, hit: true, focused: true });
    await cancelDialog(page);
    await page.close();
  });

  it('leaves nothing behind when the press ends elsewhere, and the next click is held as usual', async () => {
    const page = await open();
    await pressOn(page, 0);
    await page.waitForSelector('netral-warning', { state: 'attached', timeout: 5000 });
    // Slide off the button before letting go: no click on the like.
    await page.mouse.move(5, 5, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => !document.querySelector('netral-warning'), null, { timeout: 3000 });
    expect(await logged(page, 'like:')).toEqual([]);
    await like(page, 0).click();
    await waitForDialog(page);
    expect(await page.evaluate('window.__hosts')).toBe(2);
    await cancelDialog(page);
    expect(await logged(page, 'like:')).toEqual([]);
    await page.close();
  });

  it('mounts nothing for a press on a post about something else', async () => {
    const page = await open();
    await pressOn(page, 1);
    await page.waitForTimeout(150);
    expect(await page.evaluate('window.__hosts')).toBe(0);
    await page.mouse.up();
    // The page's first click waits for the guard's core (longer just after the browser starts): then it goes through.
    await expect.poll(() => logged(page, 'like:')).toHaveLength(1);
    expect(await page.evaluate('window.__hosts')).toBe(0);
    await page.close();
  });

  const TAMPER = {
    removed: `document.querySelector('netral-warning').remove()`,
    'hidden and inert': `(() => { const h = document.querySelector('netral-warning'); h.hidden = true; h.inert = true; h.setAttribute('style', 'display:none'); })()`,
    'moved into a hidden box': `(() => {
      const box = document.createElement('div');
      box.style.display = 'none';
      document.body.append(box);
      box.append(document.querySelector('netral-warning'));
    })()`,
  };

  for (const [name, tamper] of Object.entries(TAMPER)) {
    it(`shows a working dialog when the page tampers with the staged host (${name})`, async () => {
      const page = await open();
      await pressOn(page, 0);
      await page.waitForSelector('netral-warning', { state: 'attached', timeout: 5000 });
      await page.evaluate(tamper);
      await page.mouse.up();
      await waitForDialog(page);
      await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
      const shown = await page.evaluate(`[...document.querySelectorAll('netral-warning')].filter((h) => getComputedStyle(h).visibility === 'visible' && h.getClientRects().length > 0 && !h.inert && !h.hidden).length`);
      expect(shown).toBe(1);
      expect(await dialogText(page)).toContain(DIALOG_LEAD);
      await cancelDialog(page);
      expect(await logged(page, 'like:')).toEqual([]);
      await page.close();
    });
  }
});
