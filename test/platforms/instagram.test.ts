// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { instagramAdapter as ig } from '../../src/platforms/instagram/index';
import { $, actor, fixtureSite, newMemory, selectorCountTests } from './kit';

const FIXTURES = ['feed.en.html', 'feed.id.html', 'post.en.html', 'post.id.html'] as const;

const site = fixtureSite('instagram', () => 'https://www.instagram.com/');
const { load, siteLog } = site;

let memory = newMemory();
const act = actor(ig, () => memory);
beforeEach(() => {
  memory = newMemory();
  document.body.innerHTML = '';
});

const article = (n: number): Element => {
  const found = document.querySelectorAll('main article')[n];
  if (!found) throw new Error(`fixture has no article ${n}`);
  return found;
};
const icon = (root: ParentNode, label: string): Element => $(`svg[aria-label="${label}"]`, root);
const buttonOf = (el: Element): Element => el.closest('[role="button"]')!;
const textButton = (root: ParentNode, text: string): Element => {
  const found = [...root.querySelectorAll('[role="button"]')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};
const typeInto = (area: Element, text: string): void => {
  (area as HTMLTextAreaElement).value = text;
  area.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('instagram selectors on fixtures', () => {
  selectorCountTests(ig, site, FIXTURES);
});

describe('instagram pages', () => {
  const u = (s: string): URL => new URL(s);
  it('detects page types from the URL', () => {
    expect(ig.pages.home?.(u('https://www.instagram.com/'))).toBe(true);
    expect(ig.pages.post?.(u('https://www.instagram.com/p/C2PrbwGbrn1/'))).toBe(true);
    expect(ig.pages.post?.(u('https://www.instagram.com/prabowo/p/C2PrbwGbrn1/'))).toBe(true);
    expect(ig.pages.post?.(u('https://www.instagram.com/reel/C2AniesDbt3/'))).toBe(false);
    expect(ig.pages.reel?.(u('https://www.instagram.com/reel/C2AniesDbt3/'))).toBe(true);
    expect(ig.pages.reel?.(u('https://www.instagram.com/reels/'))).toBe(true);
    expect(ig.pages.profile?.(u('https://www.instagram.com/prabowo/'))).toBe(true);
    expect(ig.pages.profile?.(u('https://www.instagram.com/explore/tags/pemilu/'))).toBe(false);
    expect(ig.pages.profile?.(u('https://www.instagram.com/p/C2PrbwGbrn1/'))).toBe(false);
    expect(ig.pages.direct?.(u('https://www.instagram.com/direct/inbox/'))).toBe(true);
    expect(ig.pages.home?.(u('https://www.example.com/'))).toBe(false);
  });
});

const LANGS = [
  { lang: 'en', like: 'Like', unlike: 'Unlike', comment: 'Comment', share: 'Share Post', save: 'Save', follow: 'Follow', following: 'Following', submit: 'Post', send: 'Send', copy: 'Copy link', reply: 'Reply', photo: 'Photo by prabowo' },
  { lang: 'id', like: 'Suka', unlike: 'Tidak Suka', comment: 'Komentar', share: 'Bagikan Postingan', save: 'Simpan', follow: 'Ikuti', following: 'Mengikuti', submit: 'Kirim', send: 'Kirim', copy: 'Salin tautan', reply: 'Balas', photo: 'Foto oleh prabowo' },
] as const;

for (const t of LANGS) {
  describe(`instagram feed (${t.lang})`, () => {
    beforeEach(() => load(`feed.${t.lang}.html`));

    it('holds a like on a candidate post, with caption, hashtags, photo alt, author and id', () => {
      const heart = icon(article(0), t.like);
      const action = act($('path', heart));
      expect(action?.kind).toBe('like');
      expect(action?.target).toBe(buttonOf(heart));
      expect(action?.post?.text).toContain('Ayo coblos nomor 2, Prabowo-Gibran!');
      expect(action?.post?.text).toContain('#PrabowoGibran');
      expect(action?.post?.text).toContain(t.photo);
      expect(action?.post?.text).not.toContain('profil'); // avatar alt is not content
      expect(action?.post?.text).not.toMatch(/lainnya|more|suka|likes/); // UI words
      expect(action?.post?.author).toEqual({ name: 'prabowo', handle: 'prabowo', url: 'https://www.instagram.com/prabowo/' });
      expect(action?.post).toMatchObject({ id: 'C2PrbwGbrn1', url: 'https://www.instagram.com/p/C2PrbwGbrn1/', time: '2024-01-21T03:15:00.000Z' });
    });

    it('reads a reel in the feed (video, no alt text) from its caption and /reel/ link', () => {
      const action = act(buttonOf(icon(article(2), t.like)));
      expect(action?.kind).toBe('like');
      expect(action?.post).toMatchObject({ text: 'Pak Anies keren di debat 🔥 #debatcapres', id: 'C2AniesDbt3', url: 'https://www.instagram.com/reel/C2AniesDbt3/' });
      expect(action?.post?.author?.handle).toBe('relawan.anies');
    });

    it('ignores un-liking, save, the more menu, the caption, and the "more" link', () => {
      expect(act(icon(article(3), t.unlike))).toBeNull();
      expect(act(buttonOf(icon(article(3), t.unlike)))).toBeNull();
      expect(act(buttonOf(icon(article(0), t.save)))).toBeNull();
      expect(act($('svg[height="24"]', article(0)))).toBeNull(); // "More options"
      expect(act($('span[dir="auto"]._aacu', article(0)))).toBeNull();
      expect(act($('span[role="button"]', article(0)))).toBeNull();
      expect(act($('img', article(0)))).toBeNull(); // a single click on the photo does nothing
    });

    it('holds a double-click on the photo or the video as a like, not on a liked post or elsewhere', () => {
      const photo = act($('img[alt^="' + t.photo + '"]', article(0)), 'dblclick');
      expect(photo).toMatchObject({ kind: 'like', post: { id: 'C2PrbwGbrn1' } });
      expect(act($('._aagw', article(0)), 'dblclick')?.kind).toBe('like'); // the overlay above the photo
      expect(act($('video', article(2)), 'dblclick')).toMatchObject({ kind: 'like', post: { id: 'C2AniesDbt3' } });
      expect(act($('img:not([alt$="picture"]):not([alt^="Foto profil"])', article(3)), 'dblclick')).toBeNull(); // already liked
      expect(act($('span[dir="auto"]._aacu', article(0)), 'dblclick')).toBeNull(); // caption
      expect(act($('a[href="/prabowo/"] img', article(0)), 'dblclick')).toBeNull(); // avatar
      expect(act(icon(article(0), t.comment), 'dblclick')).toBeNull(); // action bar
    });

    it('lets the comment opener pass, remembering the post', () => {
      expect(act(icon(article(5), t.comment))).toBeNull();
      expect(memory.last?.id).toBe('C2AirinBtn6');
    });

    it('holds the comment submit button with the draft, not when empty', () => {
      const form = $('form', article(5));
      const submit = textButton(form, t.submit);
      expect(act(submit)).toBeNull(); // empty box
      typeInto($('textarea', form), 'Coblos nomor 1, Bu!');
      const action = act(submit);
      expect(action).toMatchObject({ kind: 'comment', target: submit, draft: 'Coblos nomor 1, Bu!' });
      expect(action?.post?.author?.handle).toBe('airin.rachmi');
      expect(action?.post?.text).toContain('Dukung Bu Airin nomor 1');
      expect(act(buttonOf(icon(form, 'Emoji')))).toBeNull();
      expect(ig.composerOf(submit)).toEqual({ text: 'Coblos nomor 1, Bu!', kind: 'comment' });
    });

    it('holds Enter (and Ctrl+Enter) in the comment box, but not Shift+Enter, other keys or an empty box', () => {
      const area = $('textarea', article(0));
      expect(act(area, 'keydown', { key: 'Enter' })).toBeNull();
      typeInto(area, 'Nomor 2 menang!');
      expect(act(area, 'keydown', { key: 'Enter', shiftKey: true })).toBeNull();
      expect(act(area, 'keydown', { key: 'a' })).toBeNull();
      expect(act(area, 'keydown', { key: 'Enter', isComposing: true })).toBeNull();
      const action = act(area, 'keydown', { key: 'Enter' });
      expect(action).toMatchObject({ kind: 'comment', target: area, draft: 'Nomor 2 menang!', post: { id: 'C2PrbwGbrn1' } });
      expect(act(area, 'keydown', { key: 'Enter', ctrlKey: true })?.kind).toBe('comment');
    });

    it('holds Enter and Space on a focused div button like a click', () => {
      const like = buttonOf(icon(article(0), t.like));
      expect(act(like, 'keydown', { key: 'Enter' })?.kind).toBe('like');
      expect(act(like, 'keydown', { key: ' ' })?.kind).toBe('like');
      expect(act(like, 'keydown', { key: 'l' })).toBeNull();
      expect(act(buttonOf(icon(article(3), t.unlike)), 'keydown', { key: 'Enter' })).toBeNull();
    });

    it('lets the share opener pass and holds Send, Copy link and Add to story in the dialog with the remembered post', () => {
      load(`feed.${t.lang}.html`, true);
      expect(act(icon(article(2), t.share))).toBeNull();
      expect(memory.last?.id).toBe('C2AniesDbt3');
      const dialog = $('body > [role="dialog"]');
      const send = textButton(dialog, t.send);
      expect(act(send)).toBeNull(); // disabled until a recipient is picked
      expect(act($('[data-recipient]', dialog))).toBeNull(); // picking a recipient
      send.setAttribute('aria-disabled', 'false');
      const action = act(send);
      expect(action).toMatchObject({ kind: 'share', target: send, post: { id: 'C2AniesDbt3', author: { handle: 'relawan.anies' } } });
      expect(action?.post?.text).toContain('Pak Anies keren di debat');
      // The site sent and closed the dialog; open it again for Copy link.
      expect(act(icon(article(0), t.share))).toBeNull();
      const again = $('body > [role="dialog"]');
      expect(act(textButton(again, t.copy))).toMatchObject({ kind: 'share', post: { id: 'C2PrbwGbrn1' } });
    });

    it('does not treat a dialog Send as a share without a share opener', () => {
      load(`feed.${t.lang}.html`, true);
      buttonOf(icon(article(2), t.share)).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const send = textButton($('body > [role="dialog"]'), t.send);
      send.setAttribute('aria-disabled', 'false');
      expect(act(send)).toBeNull(); // memory is empty: the opener was not seen
      act(icon(article(0), t.comment)); // a comment opener is not a share opener
      expect(act(send)).toBeNull();
    });

    it("holds Follow in a post header with the author and the post's text; not Following", () => {
      const action = act($('div[dir="auto"]', textButton(article(0), t.follow)));
      expect(action?.kind).toBe('follow');
      expect(action?.target).toBe(textButton(article(0), t.follow));
      expect(action?.post?.author).toEqual({ name: 'prabowo', handle: 'prabowo', url: 'https://www.instagram.com/prabowo/' });
      expect(action?.post?.text).toContain('Ayo coblos nomor 2');
      expect(act(textButton(article(3), t.following))).toBeNull();
    });

    it('holds Follow on a suggested account outside any post, by its handle and name', () => {
      const action = act(textButton($('[role="complementary"]'), t.follow));
      expect(action?.kind).toBe('follow');
      expect(action?.post?.author).toEqual({ name: 'gibran_rakabuming', handle: 'gibran_rakabuming', url: 'https://www.instagram.com/gibran_rakabuming/' });
      expect(action?.post?.text).toContain('Gibran Rakabuming');
    });

    it('reads every feed item as its own post, with author handle and id', () => {
      const ids = ['C2PrbwGbrn1', 'C2NasiGrg02', 'C2AniesDbt3', 'C2Lalin0004', 'C2Bola00005', 'C2AirinBtn6', 'C2Doa000007'];
      ids.forEach((id, n) => {
        const post = ig.postOf($('section', article(n)));
        expect(post?.id).toBe(id);
        expect(post?.author?.handle).toBeTruthy();
        expect(post?.text).toBeTruthy();
      });
      expect(ig.postOf(article(6))?.text).toContain('Aamiin 🤲');
      expect(ig.postOf(article(1))?.text).not.toContain('Ayo coblos');
    });

    it('ignores clicks on nothing in particular', () => {
      expect(act($('main'))).toBeNull();
      expect(act($('[role="navigation"] a'))).toBeNull();
      expect(act($('a[href*="liked_by"]', article(0)))).toBeNull();
      expect(act($('time', article(0)), 'mouseover')).toBeNull();
    });

    it("site.js logs Instagram's own reactions (for browser tests)", () => {
      load(`feed.${t.lang}.html`, true);
      buttonOf(icon(article(1), t.like)).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect(icon(article(1), t.unlike)).toBeTruthy();
      $('img[alt^="' + t.photo + '"]', article(0)).dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
      const area = $('textarea', article(0));
      typeInto(area, 'Halo');
      area.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      textButton(article(0), t.follow).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      buttonOf(icon(article(0), t.share)).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const dialog = $('body > [role="dialog"]');
      $('[data-recipient]', dialog).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      textButton(dialog, t.send).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect(siteLog()).toEqual(['like:C2NasiGrg02', 'like:C2PrbwGbrn1', 'comment:C2PrbwGbrn1:Halo', 'follow:prabowo', 'share:send:C2PrbwGbrn1']);
    });

    it('opens a post in a dialog (SPA navigation) where actions still resolve to that post', () => {
      load(`feed.${t.lang}.html`, true);
      $('a[href="/p/C2AirinBtn6/"]', article(5)).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      expect(location.pathname).toBe('/p/C2AirinBtn6/');
      const dialog = $('body > [role="dialog"]');
      const action = act(icon(dialog, t.like));
      expect(action).toMatchObject({ kind: 'like', post: { id: 'C2AirinBtn6', author: { handle: 'airin.rachmi' } } });
    });
  });

  describe(`instagram post page (${t.lang})`, () => {
    const URL_ = 'https://www.instagram.com/p/C2PrbwGbrn1/';
    beforeEach(() => load(`post.${t.lang}.html`, false, URL_));

    it('reads the caption (h1) and the author, not the comments', () => {
      const post = ig.postOf($('section'));
      expect(post?.text).toContain('Ayo coblos nomor 2, Prabowo-Gibran! Bersama kita lanjutkan. #PrabowoGibran');
      expect(post?.text).toContain(t.photo);
      expect(post?.text).not.toContain('Mantap pak');
      expect(post?.author).toEqual({ name: 'prabowo', handle: 'prabowo', url: 'https://www.instagram.com/prabowo/' });
      expect(post).toMatchObject({ id: 'C2PrbwGbrn1', url: URL_ });
      expect(ig.postOf($('h1'))?.id).toBe('C2PrbwGbrn1'); // the caption row is the post, not a comment
    });

    it('acts on the comment for a like on a comment, and ignores un-liking one', () => {
      const rows = document.querySelectorAll('article ul ul li');
      expect(rows).toHaveLength(3);
      const action = act(buttonOf(icon(rows[0]!, t.like)));
      expect(action?.kind).toBe('like');
      expect(action?.post).toEqual({
        text: 'Mantap pak, Prabowo-Gibran pasti menang! 🔥',
        author: { name: 'budi.santoso', handle: 'budi.santoso', url: 'https://www.instagram.com/budi.santoso/' },
        url: 'https://www.instagram.com/p/C2PrbwGbrn1/c/17900000000000001/',
        time: '2024-01-21T04:00:00.000Z',
        id: '17900000000000001',
      });
      expect(act(buttonOf(icon(rows[2]!, t.unlike)))).toBeNull();
      expect(act(textButton(rows[0]!, t.reply))).toBeNull(); // opens the box; the submit is held
    });

    it('holds the post-level like, follow and a comment on the post page', () => {
      expect(act(icon($('section'), t.like))).toMatchObject({ kind: 'like', post: { id: 'C2PrbwGbrn1' } });
      expect(act(textButton($('article'), t.follow))?.post?.author?.handle).toBe('prabowo');
      const area = $('textarea');
      typeInto(area, '@budi.santoso setuju, nomor 2!');
      expect(act(area, 'keydown', { key: 'Enter' })).toMatchObject({ kind: 'comment', draft: '@budi.santoso setuju, nomor 2!', post: { id: 'C2PrbwGbrn1' } });
      expect(act(textButton($('form'), t.submit))?.kind).toBe('comment');
    });

    it('holds a comment box rendered outside the article, by its label', () => {
      const form = $('form');
      $('main').appendChild(form.closest('section')!);
      const area = $('textarea', form);
      typeInto(area, 'Nomor 2!');
      expect(ig.composerOf(area)).toEqual({ text: 'Nomor 2!', kind: 'comment' });
      expect(act(area, 'keydown', { key: 'Enter' })).toMatchObject({ kind: 'comment', post: { id: 'C2PrbwGbrn1' } });
    });
  });
}

describe('instagram surfaces without <article>', () => {
  it('reads a reels pager item as the widest block with one post-level heart', () => {
    load('feed.en.html');
    document.body.innerHTML = `<main role="main"><div class="pager">
      ${['C2ReelOne01', 'C2ReelTwo02']
        .map(
          (code, n) => `<div class="item"><div><video></video></div>
        <div><div><a href="/user${n}/" role="link"><img alt="user${n}'s profile picture"></a><a href="/user${n}/" role="link">user${n}</a></div>
          <span dir="auto">${n === 0 ? 'Coblos nomor 2!' : 'Sunset di Bali'}</span><a href="/reel/${code}/">x</a></div>
        <div><div role="button"><svg aria-label="Like" height="24"></svg></div><div role="button"><svg aria-label="Share" height="24"></svg></div></div></div>`,
        )
        .join('')}</div></main>`;
    const hearts = document.querySelectorAll('svg[aria-label="Like"]');
    const first = act(hearts[0]!);
    expect(first).toMatchObject({ kind: 'like', post: { text: 'Coblos nomor 2!', id: 'C2ReelOne01', author: { handle: 'user0' } } });
    expect(act(hearts[1]!)?.post?.id).toBe('C2ReelTwo02');
    expect(act(document.querySelector('video')!, 'dblclick')?.post?.id).toBe('C2ReelOne01');
    expect(act(document.querySelectorAll('svg[aria-label="Share"]')[1]!)).toBeNull();
    expect(memory.last?.id).toBe('C2ReelTwo02');
  });

  it('ignores a direct-message composer', () => {
    document.body.innerHTML = '<main><div contenteditable="true" role="textbox" aria-label="Message">Coblos nomor 2</div><div role="button">Send</div></main>';
    const box = $('[role="textbox"]');
    expect(act(box, 'keydown', { key: 'Enter' })).toBeNull();
    expect(ig.composerOf(box)).toBeNull();
    expect(act(textButtonIn('Send'))).toBeNull();
  });
});

function textButtonIn(text: string): Element {
  return [...document.querySelectorAll('[role="button"]')].find((b) => b.textContent?.trim() === text)!;
}
