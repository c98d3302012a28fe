// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { whatsappAdapter as wa } from '../../src/platforms/whatsapp/index';
import { handleOf, parseDataId, parseMeta, parseStamp } from '../../src/platforms/whatsapp/post';
import { selectorList } from '../../src/platforms/types';
import { $, actor, fixtureSite, newMemory, selectorCountTests } from './kit';

const FIXTURES = ['chat.en.html', 'chat.id.html'] as const;
const GROUP = '120363025550000001@g.us';
const idOf = (n: number): string => `3EB0A1000000000000A${n}`;

const site = fixtureSite('whatsapp', () => 'https://web.whatsapp.com/');
const { load, siteLog } = site;

let memory = newMemory();
const act = actor(wa, () => memory);
beforeEach(() => {
  memory = newMemory();
  document.body.innerHTML = '';
});

const message = (n: number): Element => $(`[data-id*="_${idOf(n)}"]`);
const chevron = (n: number): Element => $('[data-icon="down-context"] path', message(n));
const editor = (): Element => $('#main footer [contenteditable="true"][role="textbox"]');
const typeInto = (box: Element, text: string): void => {
  box.innerHTML = `<p class="selectable-text copyable-text x15bjb6t"><span data-lexical-text="true">${text}</span></p>`;
  box.dispatchEvent(new Event('input', { bubbles: true }));
};
const menuItem = (label: string): Element => $(`[role="application"] li[role="button"] [aria-label="${label}"]`);
const tickChat = (name: string): void => void act($(`[role="dialog"] [role="listitem"] [role="button"]:has(span[title="${name}"])`));

describe('whatsapp selectors on fixtures', () => {
  selectorCountTests(wa, site, FIXTURES);
  it('finds the overlays site.js renders (menu, forward dialog, send button, reply panel)', () => {
    load('chat.en.html', true);
    const count = (name: string) => document.querySelectorAll(selectorList(wa, name)).length;
    act(chevron(1));
    expect([count('menuItem'), count('forwardItem'), count('replyItem')]).toEqual([5, 1, 1]);
    act(menuItem('Forward'));
    expect([count('dialog'), count('dialogCheck'), count('dialogSend')]).toEqual([1, 3, 0]);
    tickChat('Keluarga Besar');
    expect(count('dialogSend')).toBe(2); // the button and its icon
    typeInto(editor(), 'halo');
    expect(count('send')).toBe(2);
  });
});

describe('whatsapp pages and parsing', () => {
  it('detects the app and click-to-chat pages', () => {
    expect(wa.pages.app?.(new URL('https://web.whatsapp.com/'))).toBe(true);
    expect(wa.pages.send?.(new URL('https://web.whatsapp.com/send?phone=6281&text=halo'))).toBe(true);
    expect(wa.pages.app?.(new URL('https://www.whatsapp.com/'))).toBe(false);
  });
  it('parses data-id, data-pre-plain-text, stamps and phone handles', () => {
    expect(parseDataId(`false_${GROUP}_3EB0AB_6281211110001@c.us`)).toEqual({ fromMe: false, chat: GROUP, participant: '6281211110001@c.us', group: true });
    expect(parseDataId('true_6281299990009@c.us_3EB0CD')).toEqual({ fromMe: true, chat: '6281299990009@c.us', participant: undefined, group: false });
    expect(parseDataId('something-else')).toBeNull();
    expect(parseMeta('[09.15, 20/1/2024] Andi Relawan: ')).toEqual({ stamp: '09.15, 20/1/2024', name: 'Andi Relawan' });
    expect(parseStamp('09.15, 20/1/2024')).toBe('2024-01-20T09:15:00');
    expect(parseStamp('10:30, 28/09/2026')).toBe('2026-09-28T10:30:00');
    expect(parseStamp('1:47 PM, 1/20/2024')).toBe('2024-01-20T13:47:00');
    expect(parseStamp('12:05 AM, 2/3/2024')).toBe('2024-02-03T00:05:00');
    expect(parseStamp('kemarin')).toBeUndefined();
    expect(handleOf('6281211110001@c.us')).toBe('6281211110001');
    expect(handleOf('98765432109876@lid', '+62 812-1111-0003')).toBe('6281211110003');
    expect(handleOf('98765432109876@lid', 'Andi')).toBeUndefined();
  });
});

const LANGS = [
  { lang: 'en', forward: 'Forward', reply: 'Reply', star: 'Star', send: 'Send', close: 'Close', title: 'Forward message to', time: '2024-01-20T09:15:00' },
  { lang: 'id', forward: 'Teruskan', reply: 'Balas', star: 'Bintangi', send: 'Kirim', close: 'Tutup', title: 'Teruskan pesan ke', time: '2024-01-20T09:15:00' },
] as const;

for (const t of LANGS) {
  describe(`whatsapp messages (${t.lang})`, () => {
    beforeEach(() => load(`chat.${t.lang}.html`));

    it('reads a group message: text with emoji, sender name and number, time, data-id', () => {
      expect(wa.postOf($('span', message(1)))).toEqual({
        text: 'Ayo coblos nomor 2, Prabowo-Gibran! 🇮🇩',
        author: { name: 'Andi', handle: '6281211110001', url: 'https://wa.me/6281211110001' },
        time: t.time,
        id: `false_${GROUP}_${idOf(1)}_6281211110001@c.us`,
      });
    });

    it('reads an unsaved contact (@lid) by the number WhatsApp shows, a caption, an own message, and skips a quote', () => {
      expect(wa.postOf(message(3))?.author).toEqual({ name: '+62 812-1111-0003', handle: '6281211110003', url: 'https://wa.me/6281211110003' });
      expect(wa.postOf(message(4))?.text).toBe('Dukung Bu Airin nomor 1 untuk Banten!');
      const own = wa.postOf(message(5));
      expect(own?.author).toEqual({ name: 'Rina', handle: undefined, url: undefined });
      expect(own?.text).toContain('macet');
      const prayer = wa.postOf(message(6));
      expect(prayer?.text).toBe('Semoga semua sehat dan lancar, aamiin 🤲');
      expect(prayer?.author?.handle).toBe('6281211110006');
      expect(wa.postOf($('#main header'))).toBeNull();
      expect(wa.postOf($('#pane-side [role="listitem"]'))).toBeNull();
    });

    it('holds the forward dialog Send for the message whose menu opened it (chevron → Forward → tick → Send)', () => {
      load(`chat.${t.lang}.html`, true);
      expect(act(chevron(1))).toBeNull();
      expect(memory.last?.id).toContain(idOf(1));
      expect(act(menuItem(t.forward))).toBeNull();
      expect($('[role="dialog"] h1').getAttribute('title')).toBe(t.title);
      tickChat('Keluarga Besar');
      const send = $(`[role="dialog"] [role="button"][aria-label="${t.send}"]`);
      const action = act($('path', send));
      expect(action?.kind).toBe('share');
      expect(action?.target).toBe(send);
      expect(action?.post?.text).toContain('Prabowo-Gibran');
      expect(action?.post?.author?.handle).toBe('6281211110001');
      expect(siteLog()).toEqual([`share:forward:${idOf(1)}`]);
    });

    it('holds a quick forward of a captioned photo', () => {
      load(`chat.${t.lang}.html`, true);
      expect(act($('[data-icon="forward-refreshed"]', message(4)))).toBeNull();
      tickChat('Kantor Dinas');
      const action = act($('[role="dialog"] [data-icon="wds-ic-send-filled"]'));
      expect(action?.kind).toBe('share');
      expect(action?.post?.text).toBe('Dukung Bu Airin nomor 1 untuk Banten!');
      expect(action?.post?.author?.name).toBe('Budi');
    });

    it('does not hold openers, menu items, ticking, closing or unrelated clicks', () => {
      load(`chat.${t.lang}.html`, true);
      expect(act($('.selectable-text span', message(1)))).toBeNull();
      expect(act($('#main header span[title]'))).toBeNull();
      expect(act($('#pane-side [role="listitem"]:last-child'))).toBeNull();
      act(chevron(2));
      expect(act(menuItem(t.star))).toBeNull();
      act(chevron(1));
      act(menuItem(t.forward));
      tickChat('Warga RT 05');
      expect(act($(`[role="dialog"] [aria-label="${t.close}"] span`))).toBeNull();
      expect(act($('footer [data-icon="ptt"]'))).toBeNull(); // voice message, nothing typed
    });

    it('returns null at the dialog Send when no forward opener remembered a message', () => {
      load(`chat.${t.lang}.html`, true);
      act(chevron(1));
      act(menuItem(t.forward));
      tickChat('Keluarga Besar');
      // A message remembered by Reply is not the one being forwarded.
      act(chevron(2));
      act(menuItem(t.reply));
      expect(memory.last?.id).toContain(idOf(2));
      expect(act($('[role="dialog"] [data-icon="wds-ic-send-filled"]'))).toBeNull();
      act(chevron(1));
      act(menuItem(t.forward));
      tickChat('Keluarga Besar');
      memory = newMemory();
      expect(act($('[role="dialog"] [data-icon="wds-ic-send-filled"]'))).toBeNull();
    });

    it('recognises the forward dialog in another UI language by its chat checkboxes, and the item by its text', () => {
      load(`chat.${t.lang}.html`, true);
      act(chevron(1));
      const item = menuItem(t.forward);
      item.removeAttribute('aria-label');
      act(item);
      expect(memory.last?.id).toContain(idOf(1));
      $('[role="dialog"] h1').setAttribute('title', 'Transférer le message à');
      $('[role="dialog"] h1').textContent = 'Transférer le message à';
      tickChat('Keluarga Besar');
      expect(act($('[role="dialog"] [data-icon="wds-ic-send-filled"]'))?.kind).toBe('share');
    });

    it('holds the send button and Enter in the footer composer with the draft (kind post)', () => {
      load(`chat.${t.lang}.html`, true);
      typeInto(editor(), 'Siap, coblos nomor 2!');
      const send = $(`#main footer button[aria-label="${t.send}"]`);
      const click = act($('svg path', send));
      expect(click).toMatchObject({ kind: 'post', target: send, draft: 'Siap, coblos nomor 2!' });
      expect(click?.post).toBeUndefined();
      typeInto(editor(), 'Jangan lupa cek DPT sebelum pilkada ya');
      expect(wa.composerOf(editor())).toEqual({ text: 'Jangan lupa cek DPT sebelum pilkada ya', kind: 'post' });
      expect(wa.composerOf($(`#main footer button[aria-label="${t.send}"]`))?.kind).toBe('post');
      const enter = act($('span', editor()), 'keydown', { key: 'Enter' });
      expect(enter).toMatchObject({ kind: 'post', target: editor(), draft: 'Jangan lupa cek DPT sebelum pilkada ya' });
      expect(siteLog()).toEqual(['post:Siap, coblos nomor 2!', 'post:Jangan lupa cek DPT sebelum pilkada ya']);
    });

    it('does not hold Shift+Enter, Ctrl+Enter, IME Enter, a picked suggestion, other keys, or an empty composer', () => {
      load(`chat.${t.lang}.html`);
      expect(act(editor(), 'keydown', { key: 'Enter' })).toBeNull(); // empty
      typeInto(editor(), 'Coblos nomor 2');
      expect(act(editor(), 'keydown', { key: 'Enter', shiftKey: true })).toBeNull();
      expect(act(editor(), 'keydown', { key: 'Enter', ctrlKey: true })).toBeNull();
      expect(act(editor(), 'keydown', { key: 'Enter', isComposing: true })).toBeNull();
      expect(act(editor(), 'keydown', { key: 'a' })).toBeNull();
      editor().setAttribute('aria-activedescendant', 'emoji-suggestion-1');
      expect(act(editor(), 'keydown', { key: 'Enter' })).toBeNull();
      // The chat-list search box is an editor too, but sends nothing.
      const search = $('#side [contenteditable="true"]');
      typeInto(search, 'Prabowo');
      expect(act(search, 'keydown', { key: 'Enter' })).toBeNull();
      expect(wa.composerOf(search)).toBeNull();
    });

    it('holds a reply to a quoted message as a comment on that message', () => {
      load(`chat.${t.lang}.html`, true);
      act(chevron(1));
      act(menuItem(t.reply));
      expect(wa.composerOf(editor())?.kind).toBe('comment');
      typeInto(editor(), 'Siap, nomor 2!');
      const action = act(editor(), 'keydown', { key: 'Enter' });
      expect(action?.kind).toBe('comment');
      expect(action?.draft).toBe('Siap, nomor 2!');
      expect(action?.post?.id).toContain(idOf(1));
      expect(action?.post?.author?.handle).toBe('6281211110001');
      expect(siteLog()).toEqual([`comment:${idOf(1)}:Siap, nomor 2!`]);
      // Without the menu's memory (swipe-to-reply, a reload), the panel's own text stands in.
      act(chevron(1));
      act(menuItem(t.reply));
      memory = newMemory();
      typeInto(editor(), 'Siap, nomor 2!');
      expect(act(editor(), 'keydown', { key: 'Enter' })?.post).toEqual({ text: 'Ayo coblos nomor 2, Prabowo-Gibran! 🇮🇩' });
    });

    it('holds a forward of messages ticked in "Select messages" mode', () => {
      load(`chat.${t.lang}.html`, true);
      for (const n of [3, 2]) {
        const row = message(n).closest('[role="row"]')!;
        row.insertAdjacentHTML('afterbegin', '<div role="checkbox" aria-checked="true" tabindex="0"></div>');
      }
      $('#main footer').insertAdjacentHTML('beforeend', `<div><button aria-label="${t.forward}"><span data-icon="forward"></span></button></div>`);
      expect(act($('#main footer [data-icon="forward"]'))).toBeNull();
      expect(memory.last?.text).toContain('Pak Anies');
      expect(memory.last?.text).toContain('nasi padang');
      expect(memory.last?.author?.handle).toBe('6281211110002');
      act(chevron(7)); // the chevron, then the bar: only the bar's selection counts
      expect(act($('#main footer [data-icon="forward"]'))).toBeNull();
      expect(memory.last?.text).toContain('Pak Anies');
    });

    it('site.js performs what the adapter saw (for the browser tests)', () => {
      load(`chat.${t.lang}.html`, true);
      typeInto(editor(), 'Makan siang di mana?');
      $('#main footer button [data-icon="wds-ic-send-filled"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      typeInto(editor(), 'Oke');
      editor().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      expect(siteLog()).toEqual(['post:Makan siang di mana?', 'post:Oke']);
    });
  });
}
