/**
 * Threads in real Chromium with the built extension: fixture pages served at
 * https://www.threads.com/, the fixture's site.js standing in for Threads'
 * own handlers (it logs what the "site" did to window.__site).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelDialog as cancel, checkHeldAction, dialogOpen, dialogText, launch, logged, proceedDialog, RULE_TITLE, waitForDialog, type ActionCase, type Session } from './harness';

const LANGUAGES = [
  { ui: 'id', locale: 'id-ID', rule: RULE_TITLE.id, about: 'Anda akan menyukai postingan ini', like: 'Suka', reply: 'Balas', repost: 'Posting ulang', quote: 'Kutip', share: 'Bagikan', copy: 'Salin tautan', follow: 'Ikuti', post: 'Posting' },
  { ui: 'en', locale: 'en-US', rule: RULE_TITLE.en, about: 'You are about to like this post', like: 'Like', reply: 'Reply', repost: 'Repost', quote: 'Quote', share: 'Share', copy: 'Copy link', follow: 'Follow', post: 'Post' },
] as const;
type Lang = (typeof LANGUAGES)[number];

// Feed fixture: 0 = prabowo "Ayo coblos nomor 2, Prabowo-Gibran!", 1 = food, 2 = "Pak Anies keren di debat",
// 3 = traffic (liked, reposted), 4 = football, 5 = airin.rachmi "Dukung Bu Airin nomor 1", 6 = prayer "aamiin",
// 7 = neutral post quoting prabowo. Thread fixture: 0 = prabowo's post, 1 = budi.santoso's political reply.
const post = (page: Page, index: number): Locator => page.locator('main [data-pressable-container="true"]:not([data-pressable-container] *)').nth(index);
const control = (scope: Locator, label: string): Locator => scope.locator(`[role="button"]:has(svg[aria-label="${label}"])`).first();
const menuItem = (page: Page, text: string): Locator => page.locator('body > [role="menu"] [role="menuitem"]', { has: page.locator('span', { hasText: new RegExp(`^${text}$`) }) });
const modal = (page: Page): Locator => page.locator('body > [role="dialog"]');
const sendIn = (scope: Locator, lang: Lang): Locator => scope.locator('[role="button"]', { hasText: new RegExp(`^\\s*${lang.post}\\s*$`) });

/** Opens the reply dialog of a non-political post (no warning) and types a political reply. */
async function draftReply(page: Page, lang: Lang, index: number, text: string): Promise<void> {
  await control(post(page, index), lang.reply).click();
  await modal(page).locator('[contenteditable="true"]').click();
  await page.keyboard.type(text);
}

type Case = ActionCase<Lang> & { page?: 'feed' | 'thread' };

const CASES: Case[] = [
  { name: 'like on a candidate post', act: (page, lang) => control(post(page, 0), lang.like).click(), logs: 'like:', shot: 'risk' },
  {
    name: 'like by Enter on the focused heart (keyboard path)',
    prepare: (page, lang) => control(post(page, 5), lang.like).focus(),
    act: (page) => page.keyboard.press('Enter'),
    again: (page, lang) => control(post(page, 5), lang.like).focus(),
    logs: 'like:C2AirinBtn6',
  },
  { name: 'like on a neutral post quoting a candidate post', act: (page, lang) => control(post(page, 7), lang.like).click(), logs: 'like:C2Quote0008' },
  { name: 'reply opener on a candidate post (intent to comment)', act: (page, lang) => control(post(page, 5), lang.reply).click(), logs: 'reply-open:C2AirinBtn6' },
  {
    name: 'reply sent with the Post button',
    prepare: (page, lang) => draftReply(page, lang, 1, 'Coblos nomor 2, Prabowo-Gibran!'),
    act: (page, lang) => sendIn(modal(page), lang).click(),
    logs: 'comment:C2NasiGrg02:',
    shot: 'comment',
  },
  {
    name: 'reply sent with Ctrl+Enter (keyboard path)',
    prepare: (page, lang) => draftReply(page, lang, 4, 'Pak Anies keren di debat'),
    act: (page) => page.keyboard.press('Control+Enter'),
    again: (page) => modal(page).locator('[contenteditable="true"]').focus(),
    logs: 'comment:C2Bola00005:',
  },
  {
    name: 'repost (the menu item, not the opener)',
    prepare: async (page, lang) => {
      await control(post(page, 2), lang.repost).click();
      expect(await dialogOpen(page)).toBe(false);
    },
    act: (page, lang) => menuItem(page, lang.repost).click(),
    logs: 'repost:C2AniesDbt3',
  },
  {
    name: 'quote from the repost menu',
    prepare: (page, lang) => control(post(page, 0), lang.repost).click(),
    act: (page, lang) => menuItem(page, lang.quote).click(),
    logs: 'quote-open:C2PrbwThr01',
  },
  {
    name: 'share (Copy link in the share menu)',
    prepare: async (page, lang) => {
      await control(post(page, 5), lang.share).click();
      expect(await dialogOpen(page)).toBe(false);
    },
    act: (page, lang) => menuItem(page, lang.copy).click(),
    logs: 'share:copy:C2AirinBtn6',
  },
  { name: "follow of a candidate's account (avatar badge)", act: (page, lang) => control(post(page, 0), lang.follow).click(), logs: 'follow:prabowo' },
  {
    name: 'reply in the inline box of a thread page, Ctrl+Enter (keyboard path)',
    page: 'thread',
    prepare: async (page) => {
      await page.locator('main [contenteditable="true"]').click();
      await page.keyboard.type('Setuju, nomor 2 menang!');
    },
    act: (page) => page.keyboard.press('Control+Enter'),
    again: (page) => page.locator('main [contenteditable="true"]').focus(),
    logs: 'comment:C2PrbwThr01:',
  },
  { name: 'like on a political reply on a thread page', page: 'thread', act: (page, lang) => control(post(page, 1), lang.like).click(), logs: 'like:C2Reply0001' },
];

for (const lang of LANGUAGES) {
  describe(`Threads (${lang.ui} interface) in Chromium`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch({ locale: lang.locale });
    });
    afterAll(async () => {
      await session?.close();
    });
    const open = (which: 'feed' | 'thread' = 'feed') =>
      which === 'feed'
        ? session.open('https://www.threads.com/', `threads/feed.${lang.ui}.html`)
        : session.open('https://www.threads.com/@prabowo/post/C2PrbwThr01', `threads/thread.${lang.ui}.html`);

    for (const c of CASES) {
      it(`holds a ${c.name}: the dialog explains, cancel leaves the site untouched, proceed acts once`, async () => {
        const page = await open(c.page);
        await checkHeldAction(page, 'threads', lang, c);
        await page.close();
      });
    }

    it('says what was about to happen, in the browser language', async () => {
      const page = await open();
      await control(post(page, 0), lang.like).click();
      await waitForDialog(page);
      expect(await dialogText(page)).toContain(lang.about);
      await cancel(page);
      await page.close();
    });

    it('lets likes, a reply, a repost and a share on non-political posts through with no dialog', async () => {
      const page = await open();
      await control(post(page, 1), lang.like).click();
      await control(post(page, 6), lang.like).focus();
      await page.keyboard.press('Enter');
      await draftReply(page, lang, 4, 'Mantap Persija!');
      await sendIn(modal(page), lang).click();
      await control(post(page, 6), lang.repost).click();
      await menuItem(page, lang.repost).click();
      await control(post(page, 1), lang.share).click();
      await menuItem(page, lang.copy).click();
      await page.waitForTimeout(150);
      expect(await dialogOpen(page)).toBe(false);
      expect(await logged(page, 'like:')).toEqual(['like:C2NasiGrg02', 'like:C2Doa000007']);
      expect(await logged(page, 'comment:')).toEqual(['comment:C2Bola00005:Mantap Persija!']);
      expect(await logged(page, 'repost:')).toEqual(['repost:C2Doa000007']);
      expect(await logged(page, 'share:')).toEqual(['share:copy:C2NasiGrg02']);
      await page.close();
    });

    it('lets the openers, un-liking and undoing a repost through', async () => {
      const page = await open();
      await control(post(page, 0), lang.repost).click();
      await page.keyboard.press('Escape');
      await control(post(page, 0), lang.share).click();
      await page.keyboard.press('Escape');
      await post(page, 3).locator('[role="button"]:has(svg[aria-label="Unlike"]), [role="button"]:has(svg[aria-label="Batal suka"])').click();
      await control(post(page, 3), lang.repost).click();
      await page.locator('body > [role="menu"] [role="menuitem"]').first().click(); // "Remove"
      await page.waitForTimeout(150);
      expect(await dialogOpen(page)).toBe(false);
      expect(await logged(page, 'un')).toEqual(['unlike:C2Lalin0004', 'unrepost:C2Lalin0004']);
      await page.close();
    });

    it('still holds an action exactly once after SPA navigation (pushState, new post rendered)', async () => {
      const page = await open();
      await post(page, 0).locator('time').click();
      await page.waitForFunction(() => location.pathname === '/@prabowo/post/C2PrbwThr01');
      const fresh = post(page, 1);
      await control(fresh, lang.like).click();
      await waitForDialog(page);
      expect(await page.locator('netral-warning').count()).toBe(1);
      await cancel(page);
      expect(await logged(page, 'like:')).toEqual([]);
      await control(fresh, lang.like).click();
      await waitForDialog(page);
      expect(await page.locator('netral-warning').count()).toBe(1);
      await proceedDialog(page);
      expect(await logged(page, 'like:')).toEqual(['like:C2SpaRply99']);
      await page.close();
    });
  });
}
