/**
 * TikTok in real Chromium with the built extension: fixture pages served at
 * https://www.tiktok.com/, the fixture's site.js standing in for TikTok's own
 * handlers (it logs what the "site" did to window.__site).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelDialog as cancel, checkHeldAction, dialogOpen, dialogText, launch, logged, proceedDialog, RULE_TITLE, waitForDialog, type ActionCase, type Session } from './harness';

const LANGUAGES = [
  { ui: 'id', locale: 'id-ID', rule: RULE_TITLE.id, about: 'Anda akan menyukai postingan ini', repost: 'Posting ulang', copy: 'Salin tautan', friends: 'Kirim ke teman' },
  { ui: 'en', locale: 'en-US', rule: RULE_TITLE.en, about: 'You are about to like this post', repost: 'Repost', copy: 'Copy link', friends: 'Send to friends' },
] as const;
type Lang = (typeof LANGUAGES)[number];
type Case = ActionCase<Lang> & { page?: 'feed' | 'video' };

// Feed fixture, by card: 0 = "Ayo coblos nomor 2, Prabowo-Gibran!", 1 = food,
// 2 = "Pak Anies keren di debat", 3 = traffic (already liked), 4 = "Dukung Bu
// Airin nomor 1", 5 = football, 6 = a prayer ("aamiin").
const card = (page: Page, index: number): Locator => page.locator('[data-e2e="recommend-list-item-container"]').nth(index);
const button = (page: Page, index: number, icon: string): Locator => card(page, index).locator(`button:has([data-e2e="${icon}"])`);
const shareItem = (page: Page, e2e: string) => page.locator(`#tt-share-panel [data-e2e="${e2e}"]`);

/** Opens the share panel of card `index` (the opener itself is never held). */
const openShare = (index: number) => async (page: Page) => {
  await button(page, index, 'share-icon').click();
  expect(await dialogOpen(page)).toBe(false);
};

/** Opens it by hovering Share alone, as TikTok does: the post is then found by where the panel sits. */
const hoverShare = (index: number) => async (page: Page) => {
  await button(page, index, 'share-icon').hover();
  await shareItem(page, 'share-copy').waitFor();
};

const typeComment = (text: string) => async (page: Page) => {
  await page.locator('[data-e2e="comment-input"] [contenteditable="true"]').click();
  await page.keyboard.type(text);
};

const CASES: Case[] = [
  { name: 'like on a candidate video (heart button)', act: (page) => button(page, 0, 'like-icon').click(), logs: 'like:', shot: 'risk' },
  { name: 'like by double-clicking the video', act: (page) => card(page, 2).locator('[id^="xgwrapper-"]').dblclick(), logs: 'like:' },
  { name: 'like with the L shortcut (keyboard path)', page: 'video', act: (page) => page.keyboard.press('l'), logs: 'like:' },
  { name: 'repost from the share panel', prepare: openShare(0), act: (page) => shareItem(page, 'share-repost').click(), logs: 'share:repost:' },
  { name: 'share to WhatsApp', prepare: openShare(2), act: (page) => shareItem(page, 'share-whatsapp').click(), again: openShare(2), logs: 'share:whatsapp:' },
  { name: 'share to Facebook', prepare: openShare(4), act: (page) => shareItem(page, 'share-facebook').click(), again: openShare(4), logs: 'share:facebook:' },
  { name: 'copy link', prepare: openShare(0), act: (page) => shareItem(page, 'share-copy').click(), again: openShare(0), logs: 'share:copy:' },
  { name: 'copy link from the panel opened by hover', prepare: hoverShare(4), act: (page) => shareItem(page, 'share-copy').click(), again: hoverShare(4), logs: 'share:copy:' },
  { name: 'send to friends', prepare: openShare(2), act: (page) => shareItem(page, 'share-friends').click(), again: openShare(2), logs: 'share:friends:' },
  { name: 'follow of a campaign account (feed "+")', act: (page) => card(page, 0).locator('[data-e2e="feed-follow"]').click(), logs: 'follow:' },
  { name: 'follow from the video page', page: 'video', act: (page) => page.locator('[data-e2e="browse-follow"]').click(), logs: 'follow:' },
  {
    name: 'comment sent with the Post button',
    page: 'video',
    prepare: typeComment('Setuju, coblos nomor 1!'),
    act: (page) => page.locator('[data-e2e="comment-post"]').click(),
    logs: 'comment:',
    shot: 'comment',
  },
  { name: 'comment sent with Enter (keyboard path)', page: 'video', prepare: typeComment('Coblos Anies nomor 1!'), act: (page) => page.keyboard.press('Enter'), logs: 'comment:' },
  {
    name: 'comment from the feed comment panel (two-step)',
    prepare: async (page) => {
      await button(page, 4, 'comment-icon').click();
      await typeComment('Dukung Bu Airin, coblos nomor 1!')(page);
    },
    act: (page) => page.keyboard.press('Enter'),
    logs: 'comment:',
  },
];

for (const lang of LANGUAGES) {
  describe(`TikTok (${lang.ui} interface) in Chromium`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch({ locale: lang.locale });
    });
    afterAll(async () => {
      await session?.close();
    });
    const open = (which: 'feed' | 'video' = 'feed') =>
      which === 'feed'
        ? session.open('https://www.tiktok.com/foryou', `tiktok/feed.${lang.ui}.html`)
        : session.open('https://www.tiktok.com/@relawan.amin/video/7330000000000000101', `tiktok/video.${lang.ui}.html`);

    for (const c of CASES) {
      it(`holds a ${c.name}: the dialog explains, cancel leaves the site untouched, proceed acts once`, async () => {
        const page = await open(c.page);
        await checkHeldAction(page, 'tiktok', lang, c);
        await page.close();
      });
    }

    it('says what was about to happen, in the browser language', async () => {
      const page = await open();
      await button(page, 0, 'like-icon').click();
      await waitForDialog(page);
      expect(await dialogText(page)).toContain(lang.about);
      await cancel(page);
      await page.close();
    });

    it('lets non-political videos through with no dialog (like, double-click, share, follow)', async () => {
      const page = await open();
      await button(page, 1, 'like-icon').click();
      await card(page, 5).locator('[id^="xgwrapper-"]').dblclick();
      await openShare(6)(page);
      await shareItem(page, 'share-copy').click();
      await card(page, 1).locator('[data-e2e="feed-follow"]').click();
      await page.waitForTimeout(150);
      expect(await dialogOpen(page)).toBe(false);
      expect(await logged(page, 'like:')).toHaveLength(2);
      expect(await logged(page, 'share:copy:')).toHaveLength(1);
      expect(await logged(page, 'follow:dapurbudi')).toHaveLength(1);
      await page.close();
    });

    it('does not hold undo controls: unlike and remove repost', async () => {
      const page = await open();
      await button(page, 3, 'like-icon').click(); // the traffic card is already liked
      expect(await logged(page, 'unlike:')).toHaveLength(1);
      await openShare(0)(page);
      await shareItem(page, 'share-repost').click();
      await waitForDialog(page);
      await proceedDialog(page);
      await openShare(0)(page);
      await shareItem(page, 'share-repost').click(); // now "Remove repost"
      await page.waitForTimeout(150);
      expect(await dialogOpen(page)).toBe(false);
      expect(await logged(page, 'unrepost:')).toHaveLength(1);
      await page.close();
    });

    it('lets a neutral comment on a candidate video through', async () => {
      const page = await open('video');
      await typeComment('Terima kasih infonya')(page);
      await page.keyboard.press('Enter');
      // The page's first action waits for the guard's core (longer just after the browser starts): then it goes through.
      await expect.poll(() => logged(page, 'comment:')).toHaveLength(1);
      expect(await dialogOpen(page)).toBe(false);
      await page.close();
    });

    it('still holds, exactly once, after the SPA navigates to another video', async () => {
      const page = await open();
      // TikTok's router: pushState, then the new card is rendered into the same document.
      await page.evaluate(() => {
        const first = document.querySelector('[data-e2e="recommend-list-item-container"]')!;
        const next = first.cloneNode(true) as Element;
        next.querySelector('[id^="xgwrapper-"]')!.id = 'xgwrapper-9-7330000000000000999';
        next.querySelector('[data-e2e="video-author-uniqueid"]')!.textContent = 'airin.banten';
        next.querySelector('[data-e2e="video-author-nickname"]')!.textContent = 'Airin Rachmi Diany';
        next.querySelector('[data-e2e="video-desc"]')!.textContent = 'Dukung Bu Airin nomor 1 #pilkadabanten';
        next.setAttribute('data-scroll-index', '9');
        history.pushState({}, '', '/@airin.banten/video/7330000000000000999');
        document.querySelector('[data-e2e="recommend-list"]')!.prepend(next);
      });
      await button(page, 0, 'like-icon').click();
      await waitForDialog(page);
      expect(await page.locator('netral-warning').count()).toBe(1);
      await cancel(page);
      expect(await logged(page, 'like:')).toEqual([]);
      await button(page, 0, 'like-icon').click();
      await waitForDialog(page);
      expect(await page.locator('netral-warning').count()).toBe(1);
      await proceedDialog(page);
      expect(await logged(page, 'like:')).toEqual(['like:7330000000000000999']);
      await page.close();
    });
  });
}
