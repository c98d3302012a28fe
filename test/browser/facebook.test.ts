/**
 * Facebook in real Chromium with the built extension: fixture pages served
 * at https://www.facebook.com/, the fixture's site.js standing in for
 * Facebook's own handlers (it logs what the "site" did to window.__site).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifact, dialogOpen, dialogText, launch, siteLog, type Session } from './harness';

const LANGUAGES = [
  { ui: 'id', locale: 'id-ID', about: 'Anda akan menyukai postingan ini', rule: 'SKB 22 September 2022', share: 'Bagikan sekarang (Teman)', shareLabel: 'Kirim ini ke teman atau posting di profil Anda.', reaction: 'Super', post: 'Posting', mind: 'Apa yang Anda pikirkan' },
  { ui: 'en', locale: 'en-US', about: 'You are about to like this post', rule: 'Joint Decree of 22 September 2022', share: 'Share now', shareLabel: 'Send this to friends or post it on your profile.', reaction: 'Love', post: 'Post', mind: "What's on your mind" },
] as const;

const post = (n: number) => `[aria-posinset="${n}"]`;
const likeIn = (n: number) => `${post(n)} [data-ad-rendering-role="like_button"]`;

/** Cancel is focused when the dialog opens: Enter cancels, Tab then Enter proceeds (keyboard only). */
async function cancel(page: Page) {
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('netral-warning'));
}
async function proceed(page: Page) {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('netral-warning'));
}
async function waitForDialog(page: Page) {
  await page.waitForSelector('netral-warning', { state: 'attached', timeout: 5000 });
}

for (const lang of LANGUAGES) {
  describe(`Facebook (${lang.ui} interface) in Chromium`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch({ locale: lang.locale });
    });
    afterAll(async () => {
      await session?.close();
    });
    const feed = () => session.open('https://www.facebook.com/', `facebook/feed.${lang.ui}.html`);

    it('holds a like on a candidate post: the dialog explains, cancel leaves the site untouched, proceed likes once', async () => {
      const page = await feed();
      await page.click(likeIn(1));
      await waitForDialog(page);
      const text = await dialogText(page);
      expect(text).toContain(lang.about);
      expect(text).toContain(lang.rule);
      expect(text).toContain('PP 94/2021');
      await page.screenshot({ path: artifact(`facebook-dialog-risk-${lang.ui}.png`) });
      await cancel(page);
      expect(await siteLog(page)).toEqual([]);

      await page.click(likeIn(1));
      await waitForDialog(page);
      await proceed(page);
      expect((await siteLog(page)).filter((e) => e.startsWith('like:'))).toHaveLength(1);
      await page.close();
    });

    it('lets a like on a non-political post through with no dialog', async () => {
      const page = await feed();
      await page.click(likeIn(7));
      await page.waitForTimeout(150);
      expect(await dialogOpen(page)).toBe(false);
      expect((await siteLog(page)).filter((e) => e.startsWith('like:'))).toHaveLength(1);
      await page.close();
    });

    it('holds a reaction chosen in the picker', async () => {
      const page = await feed();
      await page.hover(likeIn(2));
      const reaction = page.locator(`[role="dialog"] [role="button"][aria-label="${lang.reaction}"]`);
      await reaction.click();
      await waitForDialog(page);
      await cancel(page);
      expect((await siteLog(page)).filter((e) => e.startsWith('react:'))).toEqual([]);
      await page.close();
    });

    it('holds a share from the share dialog, and proceed shares once', async () => {
      const page = await feed();
      await page.click(`${post(2)} [aria-label="${lang.shareLabel}"]`);
      expect(await dialogOpen(page)).toBe(false);
      await page.locator(`[role="dialog"] [role="button"]`, { hasText: lang.share }).first().click();
      await waitForDialog(page);
      await proceed(page);
      expect((await siteLog(page)).filter((e) => e.startsWith('share:'))).toHaveLength(1);
      await page.close();
    });

    it('holds a political comment sent with Enter (keyboard path), and lets a neutral one through', async () => {
      const page = await feed();
      const editor = page.locator(`${post(1)} [data-lexical-editor="true"]`);
      await editor.click();
      await page.keyboard.type('Coblos nomor 1, Bu Airin!');
      await page.keyboard.press('Enter');
      await waitForDialog(page);
      await page.screenshot({ path: artifact(`facebook-dialog-comment-${lang.ui}.png`) });
      await cancel(page);
      expect((await siteLog(page)).filter((e) => e.startsWith('comment:'))).toEqual([]);

      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Terima kasih infonya');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(150);
      expect(await dialogOpen(page)).toBe(false);
      expect((await siteLog(page)).filter((e) => e.startsWith('comment:'))).toHaveLength(1);
      await page.close();
    });

    it('holds a new post about a campaign, with the caution title for election words only', async () => {
      const page = await feed();
      await page.locator('[role="button"]', { hasText: lang.mind }).first().click();
      const editor = page.locator('[role="dialog"] [data-lexical-editor="true"]');
      await editor.click();
      await page.keyboard.type('Jangan lupa cek DPT sebelum pilkada ya');
      await page.locator(`[role="dialog"] [role="button"][aria-label="${lang.post}"]`).click();
      await waitForDialog(page);
      await page.screenshot({ path: artifact(`facebook-dialog-caution-${lang.ui}.png`) });
      await proceed(page);
      expect((await siteLog(page)).filter((e) => e.startsWith('post:'))).toHaveLength(1);
      await page.close();
    });

    it("holds following a candidate's page", async () => {
      const page = await session.open('https://www.facebook.com/AirinRachmiDiany', `facebook/post.${lang.ui}.html`);
      await page.locator('[role="button"][aria-label="Ikuti"], [role="button"][aria-label="Follow"]').first().click();
      await waitForDialog(page);
      await cancel(page);
      expect((await siteLog(page)).filter((e) => e.startsWith('follow:'))).toEqual([]);
      await page.close();
    });
  });
}
