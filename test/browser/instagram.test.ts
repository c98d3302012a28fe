/**
 * Instagram in real Chromium with the built extension: fixture pages served
 * at https://www.instagram.com/, the fixture's site.js standing in for
 * Instagram's own handlers (it logs what the "site" did to window.__site).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelDialog as cancel, checkHeldAction, dialogOpen, dialogText, launch, logged, proceedDialog, waitForDialog, type ActionCase, type Session } from './harness';

const LANGUAGES = [
  { ui: 'id', locale: 'id-ID', about: 'Anda akan menyukai postingan ini', rule: 'SKB 22 September 2022', like: 'Suka', share: 'Bagikan Postingan', send: 'Kirim', copy: 'Salin tautan', follow: 'Ikuti', submit: 'Kirim', add: 'Tambahkan komentar…' },
  { ui: 'en', locale: 'en-US', about: 'You are about to like this post', rule: 'Joint Decree of 22 September 2022', like: 'Like', share: 'Share Post', send: 'Send', copy: 'Copy link', follow: 'Follow', submit: 'Post', add: 'Add a comment…' },
] as const;
type Lang = (typeof LANGUAGES)[number];

// Feed fixture: 0 = prabowo "Ayo coblos nomor 2, Prabowo-Gibran!", 1 = food, 2 = reel "Pak Anies keren di debat",
// 3 = traffic (already liked), 4 = football, 5 = airin.rachmi "Dukung Bu Airin nomor 1", 6 = prayer "aamiin".
const post = (page: Page, index: number): Locator => page.locator('main article').nth(index);
const heart = (scope: Locator, lang: Lang): Locator => scope.locator(`section [role="button"]:has(svg[aria-label="${lang.like}"][height="24"])`).first();
const textButton = (scope: Locator, text: string): Locator => scope.locator('[role="button"]', { hasText: new RegExp(`^\\s*${text}\\s*$`) }).first();
const photo = (scope: Locator): Locator => scope.locator('._aagv img');

type Case = ActionCase<Lang> & { page?: 'feed' | 'post' };

const CASES: Case[] = [
  { name: 'like on a candidate post', act: (page, lang) => heart(post(page, 0), lang).click(), logs: 'like:', shot: 'risk' },
  { name: 'like by double-clicking the photo', act: (page) => photo(post(page, 5)).dblclick(), logs: 'like:' },
  { name: 'like by double-clicking a reel', act: (page) => post(page, 2).locator('video').dblclick(), logs: 'like:' },
  {
    name: 'like by Enter on the focused heart (keyboard path)',
    prepare: (page, lang) => heart(post(page, 0), lang).focus(),
    act: (page) => page.keyboard.press('Enter'),
    again: (page, lang) => heart(post(page, 0), lang).focus(),
    logs: 'like:',
  },
  {
    name: 'comment sent with the Post/Kirim button',
    prepare: async (page) => {
      await post(page, 5).locator('textarea').click();
      await page.keyboard.type('Coblos nomor 1, Bu Airin!');
    },
    act: (page, lang) => textButton(post(page, 5).locator('form'), lang.submit).click(),
    logs: 'comment:',
    shot: 'comment',
  },
  {
    name: 'comment sent with Enter (keyboard path)',
    prepare: async (page) => {
      await post(page, 1).locator('textarea').click();
      await page.keyboard.type('Enak, tapi tetap coblos nomor 2 ya');
    },
    act: (page) => page.keyboard.press('Enter'),
    again: (page) => post(page, 1).locator('textarea').focus(),
    logs: 'comment:',
  },
  {
    name: 'share: Send in the share dialog (not the opener)',
    prepare: async (page, lang) => {
      await post(page, 2).locator(`svg[aria-label="${lang.share}"]`).click();
      expect(await dialogOpen(page)).toBe(false);
      await page.locator('body > [role="dialog"] [data-recipient]').first().click();
    },
    act: (page, lang) => textButton(page.locator('body > [role="dialog"]'), lang.send).click(),
    logs: 'share:send:',
  },
  {
    name: 'share: Copy link in the share dialog',
    prepare: (page, lang) => post(page, 0).locator(`svg[aria-label="${lang.share}"]`).click(),
    act: (page, lang) => textButton(page.locator('body > [role="dialog"]'), lang.copy).click(),
    logs: 'share:copy:',
  },
  { name: "follow of a candidate's account from a post", act: (page, lang) => textButton(post(page, 0), lang.follow).click(), logs: 'follow:' },
  { name: 'follow of a suggested candidate account', act: (page, lang) => textButton(page.locator('[role="complementary"]'), lang.follow).click(), logs: 'follow:gibran_rakabuming' },
  { name: 'like on a post page', page: 'post', act: (page, lang) => heart(page.locator('article'), lang).click(), logs: 'like:C2PrbwGbrn1' },
  {
    name: 'like on a candidate comment on a post page',
    page: 'post',
    act: (page, lang) => page.locator(`article ul ul li [role="button"]:has(svg[aria-label="${lang.like}"])`).first().click(),
    logs: 'like:17900000000000001',
  },
];

for (const lang of LANGUAGES) {
  describe(`Instagram (${lang.ui} interface) in Chromium`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch({ locale: lang.locale });
    });
    afterAll(async () => {
      await session?.close();
    });
    const open = (which: 'feed' | 'post' = 'feed') =>
      which === 'feed'
        ? session.open('https://www.instagram.com/', `instagram/feed.${lang.ui}.html`)
        : session.open('https://www.instagram.com/p/C2PrbwGbrn1/', `instagram/post.${lang.ui}.html`);

    for (const c of CASES) {
      it(`holds a ${c.name}: the dialog explains, cancel leaves the site untouched, proceed acts once`, async () => {
        const page = await open(c.page);
        await checkHeldAction(page, 'instagram', lang, c);
        await page.close();
      });
    }

    it('says what was about to happen, in the browser language', async () => {
      const page = await open();
      await heart(post(page, 0), lang).click();
      await waitForDialog(page);
      expect(await dialogText(page)).toContain(lang.about);
      await cancel(page);
      await page.close();
    });

    it('lets a like, a double-click and a comment on non-political posts through with no dialog', async () => {
      const page = await open();
      await heart(post(page, 1), lang).click();
      await photo(post(page, 6)).dblclick();
      await post(page, 4).locator('textarea').click();
      await page.keyboard.type('Mantap Persija!');
      await page.keyboard.press('Enter');
      await page.waitForTimeout(150);
      expect(await dialogOpen(page)).toBe(false);
      expect(await logged(page, 'like:')).toEqual(['like:C2NasiGrg02', 'like:C2Doa000007']);
      expect(await logged(page, 'comment:')).toEqual(['comment:C2Bola00005:Mantap Persija!']);
      await page.close();
    });

    it('lets opening the share dialog, saving, and un-liking through', async () => {
      const page = await open();
      await post(page, 0).locator(`svg[aria-label="${lang.share}"]`).click();
      await page.keyboard.press('Escape');
      await post(page, 0).locator('section svg[aria-label="Simpan"], section svg[aria-label="Save"]').click();
      await post(page, 3).locator('section svg[aria-label="Tidak Suka"], section svg[aria-label="Unlike"]').click();
      await page.waitForTimeout(150);
      expect(await dialogOpen(page)).toBe(false);
      expect(await logged(page, 'unlike:')).toEqual(['unlike:C2Lalin0004']);
      await page.close();
    });

    it('still holds an action exactly once after SPA navigation to a post (pushState, post dialog)', async () => {
      const page = await open();
      await post(page, 5).locator('a[href="/p/C2AirinBtn6/"]:has(time)').click();
      await page.waitForFunction(() => location.pathname === '/p/C2AirinBtn6/');
      const modal = page.locator('body > [role="dialog"] article');
      await heart(modal, lang).click();
      await waitForDialog(page);
      expect(await page.locator('netral-warning').count()).toBe(1);
      await cancel(page);
      expect(await logged(page, 'like:')).toEqual([]);
      await heart(modal, lang).click();
      await waitForDialog(page);
      expect(await page.locator('netral-warning').count()).toBe(1);
      await proceedDialog(page);
      expect(await logged(page, 'like:')).toEqual(['like:C2AirinBtn6']);
      await page.close();
    });
  });
}
