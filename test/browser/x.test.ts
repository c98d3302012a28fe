/**
 * X in real Chromium with the built extension: fixture pages served at
 * https://x.com/, the fixture's site.js standing in for X's own handlers (it
 * logs what the "site" did to window.__site).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelDialog as cancel, checkHeldAction, dialogOpen, dialogText, launch, logged, waitForDialog, type ActionCase, type Session } from './harness';

const LANGUAGES = [
  { ui: 'id', locale: 'id-ID', about: 'Anda akan menyukai postingan ini', rule: 'SKB 22 September 2022', copy: 'Salin tautan', quote: 'Kutipan' },
  { ui: 'en', locale: 'en-US', about: 'You are about to like this post', rule: 'Joint Decree of 22 September 2022', copy: 'Copy link', quote: 'Quote' },
] as const;
type Lang = (typeof LANGUAGES)[number];

// Home timeline fixture: 0 = "Ayo coblos nomor 2, Prabowo-Gibran!", 1 = food,
// 3 = "Pak Anies keren di debat", 4 = neutral quote of a Ganjar–Mahfud post.
const tweet = (page: Page, index: number): Locator => page.locator('article[data-testid="tweet"]').nth(index);

const focusTweet = (page: Page, index: number) => tweet(page, index).evaluate((article) => (article as HTMLElement).focus());

type Case = ActionCase<Lang>;

const CASES: Case[] = [
  { name: 'like on a candidate post', act: (page) => tweet(page, 0).locator('[data-testid="like"]').click(), logs: 'like:', shot: 'risk' },
  { name: 'reply to a candidate post', act: (page) => tweet(page, 3).locator('[data-testid="reply"]').click(), logs: 'reply-open:' },
  {
    name: 'repost (the menu confirm, not the opener)',
    prepare: async (page) => {
      await tweet(page, 0).locator('[data-testid="retweet"]').click();
      expect(await dialogOpen(page)).toBe(false);
    },
    act: (page) => page.locator('#layers [data-testid="retweetConfirm"]').click(),
    logs: 'repost:',
  },
  {
    name: 'quote from the repost menu',
    prepare: (page) => tweet(page, 3).locator('[data-testid="retweet"]').click(),
    act: (page, lang) => page.locator('#layers a[role="menuitem"]', { hasText: lang.quote }).click(),
    logs: 'quote-open:',
  },
  {
    name: 'share (copy link from the share menu)',
    prepare: (page) => tweet(page, 0).locator('div[role="group"] button[aria-haspopup="menu"]').last().click(),
    act: (page, lang) => page.locator('#layers [role="menuitem"]', { hasText: lang.copy }).click(),
    logs: 'share:',
  },
  { name: 'follow of a campaign account', act: (page) => page.locator('[data-testid$="-follow"]').first().click(), logs: 'follow:' },
  {
    name: 'new post about a candidate',
    prepare: async (page) => {
      await page.locator('[data-testid="tweetTextarea_0"]').first().click();
      await page.keyboard.type('Pilih Ganjar-Mahfud nomor 3!');
    },
    act: (page) => page.locator('[data-testid="tweetButtonInline"]').click(),
    logs: 'post:',
  },
  {
    name: 'post sent with Ctrl+Enter (keyboard path, caution)',
    prepare: async (page) => {
      await page.locator('[data-testid="tweetTextarea_0"]').first().click();
      await page.keyboard.type('Jangan lupa cek DPT sebelum pilkada');
    },
    act: (page) => page.keyboard.press('Control+Enter'),
    logs: 'post:',
    shot: 'caution',
  },
  {
    name: 'like with the "l" shortcut (keyboard path)',
    prepare: (page) => focusTweet(page, 0),
    act: (page) => page.keyboard.press('l'),
    again: (page) => focusTweet(page, 0),
    logs: 'like:',
  },
  { name: 'like on a neutral quote of a candidate post', act: (page) => tweet(page, 4).locator('[data-testid="like"]').click(), logs: 'like:' },
];

for (const lang of LANGUAGES) {
  describe(`X (${lang.ui} interface) in Chromium`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch({ locale: lang.locale });
    });
    afterAll(async () => {
      await session?.close();
    });
    const home = () => session.open('https://x.com/home', `x/home.${lang.ui}.html`);
    for (const c of CASES) {
      it(`holds a ${c.name}: the dialog explains, cancel leaves the site untouched, proceed acts once`, async () => {
        const page = await home();
        await checkHeldAction(page, 'x', lang, c);
        await page.close();
      });
    }

    it('says what was about to happen, in the browser language', async () => {
      const page = await home();
      await tweet(page, 0).locator('[data-testid="like"]').click();
      await waitForDialog(page);
      expect(await dialogText(page)).toContain(lang.about);
      await cancel(page);
      await page.close();
    });

    it('lets a like on a non-political post through, also by keyboard', async () => {
      const page = await home();
      await tweet(page, 1).locator('[data-testid="like"]').click();
      await focusTweet(page, 5);
      await page.keyboard.press('l');
      // The page's first action waits for the guard's core (longer just after the browser starts): then it goes through.
      await expect.poll(() => logged(page, 'like:')).toHaveLength(2);
      expect(await dialogOpen(page)).toBe(false);
      await page.close();
    });

    it('holds a political reply on a status page and lets a neutral one through', async () => {
      const page = await session.open('https://x.com/someone/status/1749000000000000201', `x/status.${lang.ui}.html`);
      const editor = page.locator('[data-testid="tweetTextarea_0"]').first();
      await editor.click();
      await page.keyboard.type('Setuju, coblos nomor 2!');
      await page.locator('[data-testid="tweetButtonInline"]').click();
      await waitForDialog(page);
      await cancel(page);
      expect(await logged(page, 'reply:')).toEqual([]);
      await editor.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Terima kasih infonya');
      await page.locator('[data-testid="tweetButtonInline"]').click();
      await page.waitForTimeout(150);
      expect(await dialogOpen(page)).toBe(false);
      expect(await logged(page, 'reply:')).toHaveLength(1);
      await page.close();
    });
  });
}
