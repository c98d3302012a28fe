/**
 * LinkedIn in real Chromium with the built extension: fixture pages served
 * at https://www.linkedin.com/ (both the SDUI and the Ember feed, and an
 * Ember post page), the fixture's site.js standing in for LinkedIn's own
 * handlers (it logs what the "site" did to window.__site).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelDialog as cancel, checkHeldAction, dialogOpen, dialogText, launch, logged, proceedDialog, RULE_TITLE, waitForDialog, type ActionCase, type Session } from './harness';

const LANGUAGES = [
  { ui: 'id', locale: 'id-ID', rule: RULE_TITLE.id, about: 'Anda akan menyukai postingan ini', none: 'Status tombol reaksi: tidak ada reaksi', celebrate: 'Bereaksi Rayakan', follow: 'Ikuti ' },
  { ui: 'en', locale: 'en-US', rule: RULE_TITLE.en, about: 'You are about to like this post', none: 'Reaction button state: no reaction', celebrate: 'React Celebrate', follow: 'Follow ' },
] as const;
type Lang = (typeof LANGUAGES)[number];
type Which = 'feed' | 'legacy' | 'post';

// SDUI feed items: 1 = "Ayo coblos nomor 2, Prabowo-Gibran!" (campaign account), 2 = food,
// 3 = "Pak Anies keren di debat", 5 = "Dukung Bu Airin nomor 1". Ember feed posts: 1 = the
// Prabowo-Gibran post reposted, 2 = food, 3 = "Pak Anies keren di debat".
const item = (page: Page, n: number): Locator => page.locator('[data-testid="mainFeed"] [role="listitem"][componentkey^="expanded"]').nth(n - 1);
const ember = (page: Page, n: number): Locator => page.locator('div[data-urn]').nth(n - 1);
const icon = (page: Page, n: number, id: string): Locator => item(page, n).locator(`button:has(svg[id^="${id}"])`);

type Case = ActionCase<Lang> & { page?: Which };

const CASES: Case[] = [
  { name: 'like on a campaign post (SDUI)', act: (page, lang) => item(page, 1).locator(`button[aria-label="${lang.none}"]`).first().click(), logs: 'like:', shot: 'risk' },
  {
    name: 'reaction from the flyout (SDUI)',
    prepare: (page, lang) => item(page, 3).locator(`button[aria-label="${lang.none}"]`).hover(),
    act: (page, lang) => page.locator(`body > [role="toolbar"] button[aria-label="${lang.celebrate}"]`).click(),
    logs: 'like:',
  },
  {
    name: 'instant repost from the repost menu (SDUI)',
    prepare: async (page) => {
      await icon(page, 1, 'repost').click();
      expect(await dialogOpen(page)).toBe(false);
    },
    act: (page) => page.locator('body > [role="menu"] [role="menuitem"]').first().click(),
    logs: 'share:repost:',
  },
  {
    name: 'repost with your thoughts (quote, SDUI)',
    prepare: (page) => icon(page, 3, 'repost').click(),
    act: (page) => page.locator('body > [role="menu"] [role="menuitem"]').nth(1).click(),
    logs: 'share:quote:',
  },
  {
    name: 'send from the send dialog (SDUI)',
    prepare: async (page) => {
      await icon(page, 5, 'send').click();
      expect(await dialogOpen(page)).toBe(false);
    },
    act: (page) => page.locator('body > [role="dialog"] button').click(),
    logs: 'share:send:',
  },
  {
    name: 'comment submit (SDUI)',
    prepare: async (page) => {
      await item(page, 3).locator('[contenteditable="true"]').click();
      await page.keyboard.type('Setuju, coblos nomor 2!');
    },
    act: (page) => item(page, 3).locator('[componentkey*="commentButtonSection"] button').click(),
    logs: 'comment:',
    shot: 'comment',
  },
  {
    name: 'comment sent with Ctrl+Enter (keyboard path, SDUI)',
    prepare: async (page) => {
      await item(page, 1).locator('[contenteditable="true"]').click();
      await page.keyboard.type('Pak Anies keren di debat');
    },
    act: (page) => page.keyboard.press('Control+Enter'),
    again: (page) => item(page, 1).locator('[contenteditable="true"]').click(),
    logs: 'comment:',
  },
  { name: 'follow of a campaign account (SDUI)', act: (page, lang) => item(page, 1).locator(`button[aria-label^="${lang.follow}"]`).click(), logs: 'follow:' },
  { name: 'like on a reposted campaign post (Ember)', page: 'legacy', act: (page) => ember(page, 1).locator('.feed-shared-social-action-bar button.react-button__trigger').click(), logs: 'like:' },
  {
    name: 'reaction from the in-post flyout (Ember)',
    page: 'legacy',
    prepare: (page) => ember(page, 3).locator('.feed-shared-social-action-bar button.react-button__trigger').hover(),
    act: (page, lang) => ember(page, 3).locator(`.reactions-menu button[aria-label="${lang.celebrate}"]`).click(),
    logs: 'like:',
  },
  {
    name: 'instant repost (Ember)',
    page: 'legacy',
    prepare: (page) => ember(page, 1).locator('button.social-reshare-button').click(),
    act: (page) => ember(page, 1).locator('.social-reshare-button__sharing-as-is-dropdown-item').click(),
    logs: 'share:repost:',
  },
  {
    name: 'repost with your thoughts by keyboard (Enter on the menu item, Ember)',
    page: 'legacy',
    prepare: async (page) => {
      await ember(page, 3).locator('button.social-reshare-button').click();
      await ember(page, 3).locator('.social-reshare-button__share-with-thoughts-dropdown-item').focus();
    },
    act: (page) => page.keyboard.press('Enter'),
    again: (page) => ember(page, 3).locator('.social-reshare-button__share-with-thoughts-dropdown-item').focus(),
    logs: 'share:quote:',
  },
  {
    name: 'send (Ember)',
    page: 'legacy',
    prepare: (page) => ember(page, 1).locator('button.send-privately-button').click(),
    act: (page) => page.locator('body > [role="dialog"] button.msg-form__send-button').click(),
    logs: 'share:send:',
  },
  {
    name: 'comment with Ctrl+Enter on a post page (Ember)',
    page: 'post',
    prepare: async (page) => {
      await page.locator('.ql-editor').click();
      await page.keyboard.type('Coblos nomor 1, Bu Airin!');
    },
    act: (page) => page.keyboard.press('Control+Enter'),
    again: (page) => page.locator('.ql-editor').click(),
    logs: 'comment:',
  },
  { name: "follow of a candidate on a post page (Ember)", page: 'post', act: (page, lang) => page.locator(`button[aria-label^="${lang.follow}"]`).click(), logs: 'follow:' },
];

for (const lang of LANGUAGES) {
  describe(`LinkedIn (${lang.ui} interface) in Chromium`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch({ locale: lang.locale });
    });
    afterAll(async () => {
      await session?.close();
    });
    const open = (which: Which = 'feed') =>
      which === 'post'
        ? session.open('https://www.linkedin.com/feed/update/urn:li:activity:7150000000000000031/', `linkedin/post.${lang.ui}.html`)
        : session.open('https://www.linkedin.com/feed/', `linkedin/${which === 'feed' ? 'feed' : 'feed-legacy'}.${lang.ui}.html`);

    for (const c of CASES) {
      it(`holds a ${c.name}: the dialog explains, cancel leaves the site untouched, proceed acts once`, async () => {
        const page = await open(c.page);
        await checkHeldAction(page, 'linkedin', lang, c);
        await page.close();
      });
    }

    it('says what was about to happen, in the browser language', async () => {
      const page = await open();
      await item(page, 1).locator(`button[aria-label="${lang.none}"]`).first().click();
      await waitForDialog(page);
      expect(await dialogText(page)).toContain(lang.about);
      await cancel(page);
      await page.close();
    });

    it('lets likes on non-political posts through with no dialog, in both DOMs', async () => {
      const page = await open();
      await item(page, 2).locator(`button[aria-label="${lang.none}"]`).click();
      await item(page, 7).locator(`button[aria-label="${lang.none}"]`).click();
      // The page's first action waits for the guard's core (longer just after the browser starts): then it goes through.
      await expect.poll(() => logged(page, 'like:')).toHaveLength(2);
      expect(await dialogOpen(page)).toBe(false);
      await page.close();
      const legacy = await open('legacy');
      await ember(legacy, 2).locator('.feed-shared-social-action-bar button.react-button__trigger').click();
      await legacy.waitForTimeout(150);
      expect(await dialogOpen(legacy)).toBe(false);
      expect(await logged(legacy, 'like:')).toHaveLength(1);
      await legacy.close();
    });

    it('lets a neutral comment on a candidate post through (Ctrl+Enter)', async () => {
      const page = await open();
      await item(page, 1).locator('[contenteditable="true"]').click();
      await page.keyboard.type('Terima kasih infonya');
      await page.keyboard.press('Control+Enter');
      await page.waitForTimeout(150);
      expect(await dialogOpen(page)).toBe(false);
      expect(await logged(page, 'comment:')).toHaveLength(1);
      await page.close();
    });

    it('still holds exactly once after an in-page navigation (SPA)', async () => {
      const page = await open();
      // LinkedIn's router: push a post URL and render that post in place of the feed.
      await page.evaluate(() => {
        const feed = document.querySelector('[data-testid="mainFeed"]')!;
        const post = feed.querySelector('[role="listitem"][componentkey^="expanded"]')!.cloneNode(true) as Element;
        post.setAttribute('componentkey', 'expandedU1BBFeedType_MAIN_FEED_RELEVANCE');
        post.querySelector('[data-testid="expandable-text-box"]')!.firstChild!.textContent = 'Dukung Bu Airin nomor 1 untuk Banten! ';
        history.pushState({}, '', '/feed/update/urn:li:activity:7150000000000000099/');
        feed.replaceChildren(post);
      });
      const like = item(page, 1).locator(`button[aria-label="${lang.none}"]`).first();
      await like.click();
      await waitForDialog(page);
      await page.waitForTimeout(200);
      expect(await page.locator('netral-warning').count()).toBe(1);
      await cancel(page);
      expect(await logged(page, 'like:')).toEqual([]);
      await like.click();
      await waitForDialog(page);
      expect(await page.locator('netral-warning').count()).toBe(1);
      await proceedDialog(page);
      expect(await logged(page, 'like:')).toEqual(['like:U1BB']);
      await page.close();
    });
  });
}
