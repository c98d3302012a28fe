/**
 * YouTube in real Chromium with the built extension: fixture pages served at
 * https://www.youtube.com/, the fixture's site.js standing in for YouTube's
 * own handlers (it logs what the "site" did to window.__site).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelDialog as cancel, checkHeldAction, dialogOpen, dialogText, launch, logged, proceedDialog, RULE_TITLE, waitForDialog, type ActionCase, type Session } from './harness';

const LANGUAGES = [
  { ui: 'id', locale: 'id-ID', about: 'Anda akan menyukai postingan ini', rule: RULE_TITLE.id, share: 'Bagikan', reply: 'Balas' },
  { ui: 'en', locale: 'en-US', about: 'You are about to like this post', rule: RULE_TITLE.en, share: 'Share', reply: 'Reply' },
] as const;
type Lang = (typeof LANGUAGES)[number];
type Page_ = 'watch' | 'shorts';
type Case = ActionCase<Lang> & { page?: Page_ };

// Watch fixture: the video "Ayo coblos nomor 2, Prabowo-Gibran!" by @relawanprabowogibran;
// comments "Pak Anies keren di debat…" (with a reply "Dukung Bu Airin nomor 1"), food, football (liked), "aamiin".
// Shorts fixture: reel 0 (active) "Ayo coblos nomor 2…" by @prabowogibran.id, reel 1 traffic (subscribed), reel 2 football.
const comment = (page: Page, text: string): Locator => page.locator('ytd-comment-view-model', { has: page.locator('#content-text', { hasText: text }) });
const reel = (page: Page, n: number): Locator => page.locator(`.reel-video-in-sequence-new[id="${n}"] ytd-reel-video-renderer`);
const mainEditor = (page: Page): Locator => page.locator('ytd-comment-simplebox-renderer ytd-commentbox #contenteditable-root');
const shareOpener = (scope: Page | Locator, lang: Lang): Locator => scope.locator(`button[aria-label="${lang.share}"]`).first();

async function typeIn(editor: Locator, page: Page, text: string): Promise<void> {
  await editor.click();
  await page.keyboard.type(text);
}

async function openShare(page: Page, scope: Page | Locator, lang: Lang): Promise<void> {
  await shareOpener(scope, lang).click();
  await page.locator('ytd-popup-container ytd-unified-share-panel-renderer').waitFor();
  expect(await dialogOpen(page)).toBe(false); // the opener only shows the panel
}

const CASES: Case[] = [
  { name: 'like of a candidate video', act: (page) => page.locator('like-button-view-model button').first().click(), logs: 'like:', shot: 'risk' },
  { name: 'like of a political comment', act: (page) => comment(page, 'Pak Anies').locator('#like-button button').click(), logs: 'like:' },
  {
    name: 'comment sent with the Comment button',
    prepare: (page) => typeIn(mainEditor(page), page, 'Coblos nomor 2, Prabowo-Gibran!'),
    act: (page) => page.locator('ytd-comment-simplebox-renderer #submit-button button').click(),
    logs: 'comment:',
    shot: 'comment',
  },
  {
    name: 'comment sent with Ctrl+Enter (keyboard path)',
    prepare: (page) => typeIn(mainEditor(page), page, 'Pak Anies keren di debat'),
    act: (page) => page.keyboard.press('Control+Enter'),
    again: (page) => mainEditor(page).click(),
    logs: 'comment:',
  },
  {
    name: 'reply to a comment',
    prepare: async (page) => {
      await comment(page, 'Pak Anies').locator('#reply-button-end button').click();
      await typeIn(comment(page, 'Pak Anies').locator('#reply-dialog #contenteditable-root'), page, 'Dukung Bu Airin nomor 1');
    },
    act: (page) => comment(page, 'Pak Anies').locator('#reply-dialog #submit-button button').click(),
    logs: 'comment:',
  },
  {
    name: 'share to WhatsApp from the share panel (not the opener)',
    prepare: (page, lang) => openShare(page, page.locator('ytd-watch-metadata'), lang),
    act: (page) => page.locator('yt-share-target-renderer[data-which="whatsapp"] button').click(),
    logs: 'share:',
  },
  {
    name: 'copy link from the share panel',
    prepare: (page, lang) => openShare(page, page.locator('ytd-watch-metadata'), lang),
    act: (page) => page.locator('yt-copy-link-renderer #copy-button button').click(),
    logs: 'share:',
  },
  { name: 'subscribe to a campaign channel', act: (page) => page.locator('ytd-subscribe-button-renderer button').click(), logs: 'follow:' },
  { name: 'like of a candidate Short', page: 'shorts', act: (page) => reel(page, 0).locator('like-button-view-model button').click(), logs: 'like:' },
  { name: 'subscribe on a Short', page: 'shorts', act: (page) => reel(page, 0).locator('yt-subscribe-button-view-model button').click(), logs: 'follow:' },
  {
    name: 'share of a Short',
    page: 'shorts',
    prepare: (page, lang) => openShare(page, reel(page, 0), lang),
    act: (page) => page.locator('yt-share-target-renderer[data-which="x"] button').click(),
    logs: 'share:',
  },
  {
    name: 'comment on a Short sent with Ctrl+Enter (keyboard path)',
    page: 'shorts',
    prepare: (page) => typeIn(page.locator('ytd-engagement-panel-section-list-renderer ytd-commentbox #contenteditable-root'), page, 'Semoga menang nomor 2'),
    act: (page) => page.keyboard.press('Control+Enter'),
    again: (page) => page.locator('ytd-engagement-panel-section-list-renderer ytd-commentbox #contenteditable-root').click(),
    logs: 'comment:',
  },
];

for (const lang of LANGUAGES) {
  describe(`YouTube (${lang.ui} interface) in Chromium`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch({ locale: lang.locale });
    });
    afterAll(async () => {
      await session?.close();
    });
    const open = (which: Page_ = 'watch') =>
      which === 'watch'
        ? session.open('https://www.youtube.com/watch?v=Yt0PrbGbrn2', `youtube/watch.${lang.ui}.html`)
        : session.open('https://www.youtube.com/shorts/YtS1Coblos2', `youtube/shorts.${lang.ui}.html`);

    for (const c of CASES) {
      it(`holds a ${c.name}: the dialog explains, cancel leaves the site untouched, proceed acts once`, async () => {
        const page = await open(c.page);
        await checkHeldAction(page, 'youtube', lang, c);
        await page.close();
      });
    }

    it('says what was about to happen, in the browser language', async () => {
      const page = await open();
      await page.locator('like-button-view-model button').first().click();
      await waitForDialog(page);
      expect(await dialogText(page)).toContain(lang.about);
      await cancel(page);
      await page.close();
    });

    it('lets non-political actions through with no dialog: likes, a neutral comment, "l" (seek, not like)', async () => {
      const page = await open();
      await comment(page, 'nasi goreng').locator('#like-button button').click();
      await comment(page, 'aamiin').locator('#like-button button').click();
      await typeIn(mainEditor(page), page, 'Terima kasih infonya');
      await page.locator('ytd-comment-simplebox-renderer #submit-button button').click();
      await page.locator('#movie_player').click();
      await page.keyboard.press('l');
      await page.waitForTimeout(150);
      expect(await dialogOpen(page)).toBe(false);
      expect(await logged(page, 'like:')).toHaveLength(2);
      expect(await logged(page, 'comment:')).toHaveLength(1);
      expect(await logged(page, 'seek:')).toEqual(['seek:+10']);
      await page.close();
    });

    it('lets a like of a non-political Short through', async () => {
      const page = await open('shorts');
      await reel(page, 2).locator('like-button-view-model button').click();
      // The page's first action waits for the guard's core (longer just after the browser starts): then it goes through.
      await expect.poll(() => logged(page, 'like:')).toEqual(['like:reel-2']);
      expect(await dialogOpen(page)).toBe(false);
      await page.close();
    });

    it('after an SPA navigation (pushState, new video in the same page) holds a like exactly once', async () => {
      const page = await open();
      await page.locator('ytd-compact-video-renderer .details a[href="/watch?v=Yt1AniesDbt"]').click();
      await page.waitForURL('https://www.youtube.com/watch?v=Yt1AniesDbt');
      expect(await logged(page, 'navigate:')).toEqual(['navigate:Yt1AniesDbt']);
      const like = page.locator('like-button-view-model button').first();
      await like.click();
      await waitForDialog(page);
      expect(await page.locator('netral-warning').count()).toBe(1); // one guard, one dialog
      await cancel(page);
      expect(await logged(page, 'like:')).toEqual([]);
      await like.click();
      await waitForDialog(page);
      expect(await page.locator('netral-warning').count()).toBe(1);
      await proceedDialog(page);
      expect(await logged(page, 'like:')).toEqual(['like:Yt1AniesDbt']);
      // A second navigation to a non-political video: its like passes.
      await page.locator('ytd-compact-video-renderer .details a[href="/watch?v=Yt2MacetTol"]').click();
      await page.waitForURL('https://www.youtube.com/watch?v=Yt2MacetTol');
      await like.click();
      await page.waitForTimeout(150);
      expect(await dialogOpen(page)).toBe(false);
      expect(await logged(page, 'like:')).toEqual(['like:Yt1AniesDbt', 'like:Yt2MacetTol']);
      await page.close();
    });
  });
}
