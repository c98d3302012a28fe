/**
 * Facebook in real Chromium with the built extension: fixture pages served
 * at https://www.facebook.com/, the fixture's site.js standing in for
 * Facebook's own handlers (it logs what the "site" did to window.__site).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelDialog as cancel, checkHeldAction, dialogOpen, dialogText, extensionStorage, launch, logged, waitForDialog, type ActionCase, type Session } from './harness';

const LANGUAGES = [
  { ui: 'id', locale: 'id-ID', about: 'Anda akan menyukai postingan ini', rule: 'SKB 22 September 2022', share: 'Bagikan sekarang (Teman)', shareLabel: 'Kirim ini ke teman atau posting di profil Anda.', reaction: 'Super', post: 'Posting', mind: 'Apa yang Anda pikirkan' },
  { ui: 'en', locale: 'en-US', about: 'You are about to like this post', rule: 'Joint Decree of 22 September 2022', share: 'Share now', shareLabel: 'Send this to friends or post it on your profile.', reaction: 'Love', post: 'Post', mind: "What's on your mind" },
] as const;

const post = (n: number) => `[aria-posinset="${n}"]`;
const likeIn = (n: number) => `${post(n)} [data-ad-rendering-role="like_button"]`;

type Case = ActionCase<(typeof LANGUAGES)[number]> & { page?: 'feed' | 'post' };

const CASES: Case[] = [
  { name: 'like on a candidate post', act: (page) => page.click(likeIn(1)), logs: 'like:', shot: 'risk' },
  {
    name: 'reaction from the picker',
    prepare: (page) => page.hover(likeIn(2)),
    act: (page, lang) => page.locator(`[role="dialog"] [role="button"][aria-label="${lang.reaction}"]`).click(),
    logs: 'react:',
  },
  {
    name: 'share from the share dialog',
    prepare: (page, lang) => page.click(`${post(2)} [aria-label="${lang.shareLabel}"]`),
    act: (page, lang) => page.locator('[role="dialog"] [role="button"]', { hasText: lang.share }).first().click(),
    logs: 'share:',
  },
  {
    name: 'comment sent with Enter (keyboard path)',
    prepare: async (page) => {
      await page.locator(`${post(1)} [data-lexical-editor="true"]`).click();
      await page.keyboard.type('Coblos nomor 1, Bu Airin!');
    },
    act: (page) => page.keyboard.press('Enter'),
    logs: 'comment:',
    shot: 'comment',
  },
  {
    name: 'new post with election words (caution)',
    prepare: async (page, lang) => {
      await page.locator('[role="button"]', { hasText: lang.mind }).first().click();
      await page.locator('[role="dialog"] [data-lexical-editor="true"]').click();
      await page.keyboard.type('Jangan lupa cek DPT sebelum pilkada ya');
    },
    act: (page, lang) => page.locator(`[role="dialog"] [role="button"][aria-label="${lang.post}"]`).click(),
    logs: 'post:',
    shot: 'caution',
  },
  {
    name: "follow of a candidate's page",
    page: 'post',
    act: (page) => page.locator('[role="button"][aria-label="Ikuti"], [role="button"][aria-label="Follow"]').first().click(),
    logs: 'follow:',
  },
];

for (const lang of LANGUAGES) {
  describe(`Facebook (${lang.ui} interface) in Chromium`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch({ locale: lang.locale });
    });
    afterAll(async () => {
      await session?.close();
    });
    const open = (which: 'feed' | 'post' = 'feed') =>
      which === 'feed'
        ? session.open('https://www.facebook.com/', `facebook/feed.${lang.ui}.html`)
        : session.open('https://www.facebook.com/AirinRachmiDiany', `facebook/post.${lang.ui}.html`);
    for (const c of CASES) {
      it(`holds a ${c.name}: the dialog explains, cancel leaves the site untouched, proceed acts once`, async () => {
        const page = await open(c.page);
        await checkHeldAction(page, 'facebook', lang, c);
        await page.close();
      });
    }

    it('says what was about to happen, in the browser language', async () => {
      const page = await open();
      await page.click(likeIn(1));
      await waitForDialog(page);
      expect(await dialogText(page)).toContain(lang.about);
      await cancel(page);
      await page.close();
    });

    it('lets a like on a non-political post through with no dialog', async () => {
      const page = await open();
      await page.click(likeIn(7));
      // The page's first action waits for the guard's core (longer just after the browser starts): then it goes through.
      await expect.poll(() => logged(page, 'like:')).toHaveLength(1);
      expect(await dialogOpen(page)).toBe(false);
      await page.close();
    });

    it('lets a neutral comment on a candidate post through', async () => {
      const page = await open();
      await page.locator(`${post(1)} [data-lexical-editor="true"]`).click();
      await page.keyboard.type('Terima kasih infonya');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(150);
      expect(await dialogOpen(page)).toBe(false);
      expect(await logged(page, 'comment:')).toHaveLength(1);
      await page.close();
    });

    it('keeps each decision in the local history, without the post text', async () => {
      const page = await open();
      await page.click(likeIn(1));
      await waitForDialog(page);
      await cancel(page);
      const history = await extensionStorage(session, 'history');
      expect(history).toEqual(expect.arrayContaining([expect.objectContaining({ platform: 'facebook', action: 'like', decision: 'cancelled', level: 'risk' })]));
      expect(JSON.stringify(history)).not.toContain('untuk Banten');
      await page.close();
    });
  });
}
