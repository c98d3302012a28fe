/**
 * WhatsApp Web in real Chromium with the built extension: the chat fixture
 * served at https://web.whatsapp.com/, the fixture's site.js standing in for
 * WhatsApp's own handlers (it logs what the "site" did to window.__site).
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelDialog as cancel, checkHeldAction, dialogOpen, dialogText, launch, logged, proceedDialog, RULE_TITLE, waitForDialog, type ActionCase, type Session } from './harness';

const LANGUAGES = [
  { ui: 'id', locale: 'id-ID', rule: RULE_TITLE.id, about: 'Anda akan membagikan postingan ini', forward: 'Teruskan', reply: 'Balas', send: 'Kirim' },
  { ui: 'en', locale: 'en-US', rule: RULE_TITLE.en, about: 'You are about to share this post', forward: 'Forward', reply: 'Reply', send: 'Send' },
] as const;
type Lang = (typeof LANGUAGES)[number];

// Group chat fixture: A1 "Ayo coblos nomor 2, Prabowo-Gibran!", A2 food, A3 "Pak Anies keren di debat",
// A4 photo captioned "Dukung Bu Airin nomor 1" (quick forward), A5 traffic, A6 "aamiin" quoting A1,
// A7 football (quick forward).
const message = (page: Page, n: number): Locator => page.locator(`#main div[data-id*="_3EB0A1000000000000A${n}"]`);
const editor = (page: Page): Locator => page.locator('#main footer [contenteditable="true"][role="textbox"]');
const footerSend = (page: Page, lang: Lang): Locator => page.locator(`#main footer button[aria-label="${lang.send}"]`);
const dialogSend = (page: Page): Locator => page.locator('[role="dialog"] [data-icon="wds-ic-send-filled"]');

/** Chevron → menu item (Forward / Reply): what WhatsApp shows on a message's menu. */
async function menu(page: Page, target: Locator, item: string): Promise<void> {
  await target.locator('[data-icon="down-context"]').click();
  expect(await dialogOpen(page)).toBe(false);
  await page.locator(`[role="application"] li[role="button"] [aria-label="${item}"]`).click();
  expect(await dialogOpen(page)).toBe(false);
}

/** Ticks a chat in the forward dialog. */
async function tick(page: Page, chat: string): Promise<void> {
  await page.locator('[role="dialog"] [role="listitem"] [role="button"]', { hasText: chat }).click();
  expect(await dialogOpen(page)).toBe(false);
}

async function type(page: Page, text: string): Promise<void> {
  await editor(page).click();
  await page.keyboard.type(text);
}

const CASES: ActionCase<Lang>[] = [
  {
    name: 'forward of a candidate message (menu → Forward → chat → dialog Send)',
    prepare: async (page, lang) => {
      await menu(page, message(page, 1), lang.forward);
      await tick(page, 'Keluarga Besar');
    },
    act: (page) => dialogSend(page).click(),
    logs: 'share:forward:',
    shot: 'forward',
  },
  {
    name: 'quick forward of a captioned candidate photo',
    prepare: async (page) => {
      await message(page, 4).locator('[data-icon="forward-refreshed"]').click();
      await tick(page, 'Kantor Dinas');
    },
    act: (page) => dialogSend(page).click(),
    logs: 'share:forward:',
  },
  {
    name: 'message sent with the send button (risk)',
    prepare: (page) => type(page, 'Siap, coblos nomor 2!'),
    act: (page, lang) => footerSend(page, lang).click(),
    logs: 'post:',
    shot: 'post',
  },
  {
    name: 'message sent with Enter (keyboard path, caution)',
    prepare: (page) => type(page, 'Jangan lupa cek DPT sebelum pilkada ya'),
    act: (page) => page.keyboard.press('Enter'),
    again: (page) => editor(page).focus(),
    logs: 'post:',
    shot: 'caution',
  },
  {
    name: 'reply to a candidate message sent with Enter (comment)',
    prepare: async (page, lang) => {
      await menu(page, message(page, 3), lang.reply);
      await type(page, 'Setuju, Pak Anies memang keren!');
    },
    act: (page) => page.keyboard.press('Enter'),
    again: (page) => editor(page).focus(),
    logs: 'comment:',
  },
];

for (const lang of LANGUAGES) {
  describe(`WhatsApp Web (${lang.ui} interface) in Chromium`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await launch({ locale: lang.locale });
    });
    afterAll(async () => {
      await session?.close();
    });
    const open = () => session.open('https://web.whatsapp.com/', `whatsapp/chat.${lang.ui}.html`);

    for (const c of CASES) {
      it(`holds a ${c.name}: the dialog explains, cancel leaves the site untouched, proceed acts once`, async () => {
        const page = await open();
        await checkHeldAction(page, 'whatsapp', lang, c);
        await page.close();
      });
    }

    it('says what was about to happen, in the browser language', async () => {
      const page = await open();
      await menu(page, message(page, 1), lang.forward);
      await tick(page, 'Warga RT 05');
      await dialogSend(page).click();
      await waitForDialog(page);
      expect(await dialogText(page)).toContain(lang.about);
      await cancel(page);
      await page.close();
    });

    it('lets non-political forwards and messages through with no dialog, also by keyboard', async () => {
      const page = await open();
      await menu(page, message(page, 2), lang.forward);
      await tick(page, 'Keluarga Besar');
      await dialogSend(page).click();
      await message(page, 7).locator('[data-icon="forward-refreshed"]').click();
      await tick(page, 'Kantor Dinas');
      await dialogSend(page).click();
      await menu(page, message(page, 6), lang.forward); // "aamiin", quoting a candidate message
      await tick(page, 'Kantor Dinas');
      await dialogSend(page).click();
      await type(page, 'Terima kasih infonya');
      await page.keyboard.press('Enter');
      await type(page, 'Nanti sore hujan');
      await footerSend(page, lang).click();
      // The page's first action waits for the guard's core (longer just after the browser starts): then all go through.
      await expect.poll(() => logged(page, 'post:')).toHaveLength(2);
      expect(await dialogOpen(page)).toBe(false);
      expect(await logged(page, 'share:forward:')).toEqual([
        'share:forward:3EB0A1000000000000A2',
        'share:forward:3EB0A1000000000000A7',
        'share:forward:3EB0A1000000000000A6',
      ]);
      expect(await logged(page, 'post:')).toEqual(['post:Terima kasih infonya', 'post:Nanti sore hujan']);
      await page.close();
    });

    it('lets Shift+Enter (a new line) through in a political draft', async () => {
      const page = await open();
      await type(page, 'Coblos nomor 2');
      await page.keyboard.press('Shift+Enter');
      await page.waitForTimeout(150);
      expect(await dialogOpen(page)).toBe(false);
      expect(await logged(page, 'post:')).toEqual([]);
      await page.close();
    });

    it('still holds a forward exactly once after switching chats (SPA: pushState, new chat rendered)', async () => {
      const page = await open();
      await page.locator('#pane-side [role="listitem"]', { hasText: 'Kantor Dinas' }).click();
      await page.waitForFunction(() => location.pathname.startsWith('/chat/'));
      const fresh = page.locator('#main div[data-id]').first();
      await menu(page, fresh, lang.forward);
      await tick(page, 'Keluarga Besar');
      await dialogSend(page).click();
      await waitForDialog(page);
      await page.waitForTimeout(200);
      expect(await page.locator('netral-warning').count()).toBe(1);
      await cancel(page);
      expect(await logged(page, 'share:')).toEqual([]);
      await dialogSend(page).click();
      await waitForDialog(page);
      expect(await page.locator('netral-warning').count()).toBe(1);
      await proceedDialog(page);
      expect(await logged(page, 'share:')).toEqual(['share:forward:3EB0D1A0000000000901']);
      await page.close();
    });
  });
}
