// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { threadsAdapter as th } from '../../src/platforms/threads/index';
import { $, actor, fixtureSite, newMemory, press, selectorCountTests } from './kit';

const FIXTURES = ['feed.en.html', 'feed.id.html', 'thread.en.html', 'thread.id.html'] as const;
const FEED_URL = 'https://www.threads.com/';
const THREAD_URL = 'https://www.threads.com/@prabowo/post/C2PrbwThr01';

const site = fixtureSite('threads', () => FEED_URL);
const { load, siteLog } = site;

let memory = newMemory();
const act = actor(th, () => memory, { hold: true });
beforeEach(() => {
  memory = newMemory();
  document.body.innerHTML = '';
});

/** Top-level posts (feed items, main post, replies), not quoted cards. */
const post = (n: number): Element => {
  const found = [...document.querySelectorAll('main [data-pressable-container="true"]')].filter((p) => !p.parentElement?.closest('[data-pressable-container]'))[n];
  if (!found) throw new Error(`fixture has no post ${n}`);
  return found;
};
const icon = (root: ParentNode, label: string): Element => $(`svg[aria-label="${label}"]`, root);
const buttonOf = (el: Element): Element => el.closest('[role="button"]')!;
const item = (text: string): Element => {
  const found = [...document.querySelectorAll('[role="menuitem"]')].find((b) => b.querySelector('span')?.textContent?.trim() === text);
  if (!found) throw new Error(`no menu item "${text}"`);
  return found;
};
const textButton = (root: ParentNode, text: string): Element => {
  const found = [...root.querySelectorAll('[role="button"]')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};
/** Types into a Lexical editor as the page would see it. */
const typeInto = (editor: Element, text: string): void => {
  editor.innerHTML = `<p><span data-lexical-text="true">${text}</span></p>`;
  editor.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('threads selectors on fixtures', () => {
  selectorCountTests(th, site, FIXTURES);
  it('has no hashed class names', () => {
    for (const list of Object.values(th.selectors)) for (const s of list) expect(s).not.toMatch(/\.(x[0-9a-z]{5,}|css-|r-)/);
  });
});

describe('threads pages', () => {
  const u = (s: string): URL => new URL(s);
  it('detects page types from the URL, on both domains', () => {
    expect(th.pages.home?.(u('https://www.threads.com/'))).toBe(true);
    expect(th.pages.home?.(u('https://www.threads.net/'))).toBe(true);
    expect(th.pages.post?.(u(THREAD_URL))).toBe(true);
    expect(th.pages.post?.(u('https://www.threads.net/@prabowo/post/C2PrbwThr01/media'))).toBe(true);
    expect(th.pages.profile?.(u('https://www.threads.com/@prabowo'))).toBe(true);
    expect(th.pages.profile?.(u(THREAD_URL))).toBe(false);
    expect(th.pages.search?.(u('https://www.threads.com/search?q=pemilu'))).toBe(true);
    expect(th.pages.post?.(u('https://www.example.com/@prabowo/post/C2PrbwThr01'))).toBe(false);
    expect(th.matches).toEqual(['https://www.threads.com/*', 'https://www.threads.net/*']);
  });
});

const LANGS = [
  { lang: 'en', like: 'Like', unlike: 'Unlike', reply: 'Reply', repost: 'Repost', share: 'Share', more: 'More', follow: 'Follow', following: 'Following',
    quote: 'Quote', remove: 'Remove', copy: 'Copy link', instagram: 'Send on Instagram', save: 'Save', post: 'Post', translate: 'Translate' },
  { lang: 'id', like: 'Suka', unlike: 'Batal suka', reply: 'Balas', repost: 'Posting ulang', share: 'Bagikan', more: 'Lainnya', follow: 'Ikuti', following: 'Mengikuti',
    quote: 'Kutip', remove: 'Hapus', copy: 'Salin tautan', instagram: 'Kirim di Instagram', save: 'Simpan', post: 'Posting', translate: 'Terjemahkan' },
] as const;

for (const t of LANGS) {
  describe(`threads feed (${t.lang})`, () => {
    beforeEach(() => load(`feed.${t.lang}.html`, true));

    it('holds a like on a candidate post, with text, hashtag, image alt, author and id', () => {
      const heart = icon(post(0), t.like);
      const action = act($('path', heart));
      expect(action?.kind).toBe('like');
      expect(action?.target).toBe(buttonOf(heart));
      expect(action?.post?.text).toContain('Ayo coblos nomor 2, Prabowo-Gibran!');
      expect(action?.post?.text).toContain('PrabowoGibran');
      expect(action?.post?.text).toContain('Prabowo dan Gibran menyapa pendukung di GBK');
      expect(action?.post?.text).not.toMatch(/profil|picture|12,4|Verified|Terverifikasi/); // avatar alt, counts, badges
      expect(action?.post?.author).toEqual({ name: 'prabowo', handle: 'prabowo', url: 'https://www.threads.com/@prabowo' });
      expect(action?.post).toMatchObject({ id: 'C2PrbwThr01', url: 'https://www.threads.com/@prabowo/post/C2PrbwThr01', time: '2024-01-21T03:15:00.000Z' });
    });

    it('reads every feed item as its own post, with author handle and id', () => {
      const ids = ['C2PrbwThr01', 'C2NasiGrg02', 'C2AniesDbt3', 'C2Lalin0004', 'C2Bola00005', 'C2AirinBtn6', 'C2Doa000007', 'C2Quote0008'];
      ids.forEach((id, n) => {
        const info = th.postOf(icon(post(n), t.reply));
        expect(info?.id).toBe(id);
        expect(info?.author?.handle).toBeTruthy();
        expect(info?.author?.name).toBeTruthy();
        expect(info?.text).toBeTruthy();
      });
      expect(th.postOf(post(2))?.text).toBe('Pak Anies keren di debat 🔥 debatcapres');
      expect(th.postOf(post(5))?.author?.handle).toBe('airin.rachmi');
      expect(th.postOf(post(6))?.text).toContain('aamiin');
      expect(th.postOf(post(4))?.text).not.toContain(t.translate); // the Translate button is UI
      expect(th.postOf(post(1))?.text).not.toContain('coblos');
    });

    it('reads a quoted candidate post into the quoting post, keeping the outer author', () => {
      const quoted = $('[data-pressable-container] [data-pressable-container]', post(7));
      const info = th.postOf($('span[dir="auto"]', quoted));
      expect(info?.id).toBe('C2Quote0008');
      expect(info?.author?.handle).toBe('warga.biasa');
      expect(info?.text).toContain('Nonton ini dulu');
      expect(info?.text).toContain('@prabowo: Ayo coblos nomor 2');
      expect(act(icon(post(7), t.like))?.post?.text).toContain('Prabowo-Gibran');
    });

    it('ignores un-liking, More, Translate, the text, links and empty space', () => {
      expect(act(icon(post(3), t.unlike))).toBeNull();
      expect(act(buttonOf(icon(post(3), t.unlike)))).toBeNull();
      expect(act(buttonOf(icon(post(0), t.more)))).toBeNull();
      expect(act(textButton(post(4), t.translate))).toBeNull();
      expect(act($('span[dir="auto"]', $('.x1a6qonq', post(0))))).toBeNull();
      expect(act($('a[href^="/search"]', post(0)))).toBeNull();
      expect(act($('main'))).toBeNull();
      expect(act($('[role="navigation"] a'))).toBeNull();
      expect(act($('time', post(0)), 'mouseover')).toBeNull();
    });

    it('holds the reply opener as intent to comment, remembering the post', () => {
      const action = act(icon(post(5), t.reply));
      expect(action).toMatchObject({ kind: 'comment', target: buttonOf(icon(post(5), t.reply)), post: { id: 'C2AirinBtn6' } });
      expect(memory.last?.id).toBe('C2AirinBtn6');
    });

    it('holds the reply dialog submit (button and Ctrl/⌘+Enter) with the draft and the post, not when empty or on plain Enter', () => {
      press(buttonOf(icon(post(1), t.reply))); // site opens the dialog
      act(icon(post(1), t.reply)); // the guard saw the opener
      const dialog = $('body > [role="dialog"]');
      const editor = $('[contenteditable="true"]', dialog);
      const send = textButton(dialog, t.post);
      expect(act(send)).toBeNull(); // empty, disabled
      typeInto(editor, 'Coblos nomor 2 ya!');
      expect(send.getAttribute('aria-disabled')).toBe('false');
      const action = act(send);
      expect(action).toMatchObject({ kind: 'comment', target: send, draft: 'Coblos nomor 2 ya!', post: { id: 'C2NasiGrg02', author: { handle: 'kuliner.jkt' } } });
      expect(act(editor, 'keydown', { key: 'Enter', ctrlKey: true })).toMatchObject({ kind: 'comment', target: editor, draft: 'Coblos nomor 2 ya!' });
      expect(act(editor, 'keydown', { key: 'Enter', metaKey: true })?.kind).toBe('comment');
      expect(act(editor, 'keydown', { key: 'Enter' })).toBeNull(); // a new line
      expect(act(editor, 'keydown', { key: 'Enter', ctrlKey: true, isComposing: true })).toBeNull();
      expect(th.composerOf(send)).toEqual({ text: 'Coblos nomor 2 ya!', kind: 'comment' });
      expect(th.composerOf(editor)).toEqual({ text: 'Coblos nomor 2 ya!', kind: 'comment' });
    });

    it('lets the repost opener pass and holds the Repost item with the remembered post', () => {
      expect(act(icon(post(2), t.repost))).toBeNull();
      expect(memory.last?.id).toBe('C2AniesDbt3');
      press(buttonOf(icon(post(2), t.repost)));
      const repost = item(t.repost);
      const action = act($('span', repost));
      expect(action).toMatchObject({ kind: 'repost', target: repost, post: { id: 'C2AniesDbt3', author: { handle: 'relawan.anies' } } });
      expect(act(icon(repost, t.repost))?.kind).toBe('repost'); // the item's own icon is not the opener
    });

    it('does not hold Remove (undo repost), nor menu items without their opener', () => {
      act(icon(post(3), t.repost));
      press(buttonOf(icon(post(3), t.repost)));
      expect(act(item(t.remove))).toBeNull();
      memory = newMemory(); // the opener was not seen
      expect(act(item(t.quote))).toBeNull();
      act(icon(post(0), t.share)); // a share opener is not a repost opener
      expect(act(item(t.quote))).toBeNull();
    });

    it('holds the Quote item, then the quote composer submit as a quote of that post', () => {
      act(icon(post(0), t.repost));
      press(buttonOf(icon(post(0), t.repost)));
      const quote = item(t.quote);
      expect(act(quote)).toMatchObject({ kind: 'quote', target: quote, post: { id: 'C2PrbwThr01' } });
      expect(act(quote)?.kind).toBe('quote'); // held again after a cancel
      expect(act(item(t.repost))?.kind).toBe('repost'); // the same menu still reposts
      press(quote); // the site opens the quote composer
      expect(siteLog()).toEqual(['quote-open:C2PrbwThr01']);
      const dialog = $('body > [role="dialog"]');
      const editor = $('[contenteditable="true"]', dialog);
      typeInto(editor, 'Setuju!');
      const action = act(textButton(dialog, t.post));
      expect(action).toMatchObject({ kind: 'quote', draft: 'Setuju!', post: { id: 'C2PrbwThr01', author: { handle: 'prabowo' } } });
      expect(th.composerOf(editor)).toEqual({ text: 'Setuju!', kind: 'quote' });
    });

    it('lets the share opener pass and holds its items with the remembered post', () => {
      expect(act(icon(post(5), t.share))).toBeNull();
      press(buttonOf(icon(post(5), t.share)));
      expect(act(item(t.copy))).toMatchObject({ kind: 'share', post: { id: 'C2AirinBtn6' } });
      expect(act(item(t.instagram))).toMatchObject({ kind: 'share', post: { id: 'C2AirinBtn6' } });
    });

    it('does not take items of the More menu for sharing', () => {
      act(icon(post(0), t.share));
      act(icon(post(0), t.more)); // More was opened after Share
      press(buttonOf(icon(post(0), t.more)));
      expect(act(item(t.save))).toBeNull();
    });

    it('holds the follow badge with the author and the post text; not once followed', () => {
      const badge = buttonOf(icon(post(0), t.follow));
      const action = act(icon(post(0), t.follow));
      expect(action).toMatchObject({ kind: 'follow', target: badge, post: { author: { handle: 'prabowo', name: 'prabowo' } } });
      expect(action?.post?.text).toContain('Ayo coblos nomor 2');
      press(badge);
      expect(siteLog()).toEqual(['follow:prabowo']);
      expect(act(badge)).toBeNull(); // now "Following": undo
    });

    it('holds Enter and Space on a focused div button like a click, not other keys', () => {
      const like = buttonOf(icon(post(0), t.like));
      expect(act(like, 'keydown', { key: 'Enter' })?.kind).toBe('like');
      expect(act(like, 'keydown', { key: ' ' })?.kind).toBe('like');
      expect(act(like, 'keydown', { key: 'l' })).toBeNull();
      expect(act(buttonOf(icon(post(3), t.unlike)), 'keydown', { key: 'Enter' })).toBeNull();
      act(icon(post(2), t.repost));
      press(buttonOf(icon(post(2), t.repost)));
      expect(act(item(t.repost), 'keydown', { key: 'Enter' })?.kind).toBe('repost');
    });

    it("site.js logs Threads' own reactions (for browser tests)", () => {
      press(buttonOf(icon(post(1), t.like)));
      expect(icon(post(1), t.unlike)).toBeTruthy();
      press(buttonOf(icon(post(2), t.repost)));
      press(item(t.repost));
      press(buttonOf(icon(post(0), t.share)));
      press(item(t.copy));
      press(buttonOf(icon(post(5), t.reply)));
      const dialog = $('body > [role="dialog"]');
      typeInto($('[contenteditable="true"]', dialog), 'Halo');
      $('[contenteditable="true"]', dialog).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      expect(siteLog()).toEqual(['like:C2NasiGrg02', 'repost:C2AniesDbt3', 'share:copy:C2PrbwThr01', 'reply-open:C2AirinBtn6', 'comment:C2AirinBtn6:Halo']);
    });

    it('opens a thread (SPA navigation) where actions resolve to the newly rendered posts', () => {
      press($('time', post(0)));
      expect(location.pathname).toBe('/@prabowo/post/C2PrbwThr01');
      const fresh = post(1);
      const action = act(icon(fresh, t.like));
      expect(action).toMatchObject({ kind: 'like', post: { id: 'C2SpaRply99', author: { handle: 'pendukung.02' } } });
      expect(action?.post?.text).toContain('Coblos nomor 2 sudah pasti');
    });
  });

  describe(`threads thread page (${t.lang})`, () => {
    beforeEach(() => load(`thread.${t.lang}.html`, true, THREAD_URL));

    it('reads the main post and each reply as separate posts', () => {
      expect(th.postOf(post(0))).toMatchObject({ id: 'C2PrbwThr01', author: { handle: 'prabowo' } });
      const reply = th.postOf(icon(post(1), t.like));
      expect(reply).toMatchObject({ id: 'C2Reply0001', author: { handle: 'budi.santoso', name: 'budi.santoso' } });
      expect(reply?.text).toBe('@prabowo Mantap pak, nomor 2 pasti menang! 🔥');
      expect(th.postOf(post(2))?.text).toContain('aamiin');
    });

    it('holds a like on a reply, not an un-like', () => {
      expect(act(icon(post(1), t.like))).toMatchObject({ kind: 'like', post: { id: 'C2Reply0001' } });
      expect(act(icon(post(3), t.unlike))).toBeNull();
    });

    it('holds the inline reply box submit as a comment on the main post, by button and Ctrl+Enter', () => {
      const editor = $('main [contenteditable="true"]');
      const send = textButton($('main'), t.post);
      expect(act(send)).toBeNull(); // disabled while empty
      typeInto(editor, 'Nomor 2 menang!');
      expect(act(send)).toMatchObject({ kind: 'comment', target: send, draft: 'Nomor 2 menang!', post: { id: 'C2PrbwThr01', author: { handle: 'prabowo' } } });
      expect(act(editor, 'keydown', { key: 'Enter', ctrlKey: true })).toMatchObject({ kind: 'comment', target: editor, post: { id: 'C2PrbwThr01' } });
      expect(act(editor, 'keydown', { key: 'Enter', shiftKey: true })).toBeNull();
      expect(th.composerOf(editor)).toEqual({ text: 'Nomor 2 menang!', kind: 'comment' });
      editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      expect(siteLog()).toEqual(['comment:C2PrbwThr01:Nomor 2 menang!']);
    });
  });
}

describe('threads variants not in the fixtures', () => {
  it('takes a second Reply icon outside any post as the composer send button', () => {
    load('feed.en.html', false, THREAD_URL);
    document.body.innerHTML = `<main>${post(0).outerHTML}<div><div><div contenteditable="true" role="textbox">Coblos nomor 2!</div></div>
      <div role="button"><svg aria-label="Reply"></svg></div></div></main>`;
    const send = document.querySelectorAll('svg[aria-label="Reply"]')[1]!;
    expect(act(send)).toMatchObject({ kind: 'comment', draft: 'Coblos nomor 2!', post: { id: 'C2PrbwThr01' } });
  });

  it('holds a text Follow on a profile header by the address, not Following', () => {
    load('feed.en.html', false, 'https://www.threads.net/@airin.rachmi');
    document.body.innerHTML = `<main><header><h1 dir="auto">Airin Rachmi Diany</h1><span dir="auto">Calon Gubernur Banten nomor 1</span>
      <div role="button" tabindex="0">Follow</div></header></main>`;
    const action = act(textButton(document, 'Follow'));
    expect(action).toMatchObject({ kind: 'follow', post: { author: { handle: 'airin.rachmi', url: 'https://www.threads.net/@airin.rachmi' } } });
    expect(action?.post?.text).toContain('Calon Gubernur Banten');
    textButton(document, 'Follow').textContent = 'Following';
    expect(act(textButton(document, 'Following'))).toBeNull();
  });

  it('treats an unlabelled dialog composer without a post as a new thread', () => {
    load('feed.en.html');
    document.body.innerHTML = `<div role="dialog"><div><div contenteditable="true" role="textbox" aria-placeholder="What's new?">Pilih nomor 2</div></div><div role="button">Post</div></div>`;
    expect(th.composerOf($('[role="textbox"]'))).toEqual({ text: 'Pilih nomor 2', kind: 'post' });
    expect(act(textButton(document, 'Post'))).toMatchObject({ kind: 'post', draft: 'Pilih nomor 2' });
  });
});
