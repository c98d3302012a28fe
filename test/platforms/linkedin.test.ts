// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { linkedinAdapter as li } from '../../src/platforms/linkedin/index';
import { $, actor, fixtureSite, newMemory, placeAt, press, selectorCountTests } from './kit';

const FIXTURES = ['feed.en.html', 'feed.id.html', 'feed-legacy.en.html', 'feed-legacy.id.html', 'post.en.html', 'post.id.html'] as const;
const FEED = 'https://www.linkedin.com/feed/';
const POST_URL = 'https://www.linkedin.com/feed/update/urn:li:activity:7150000000000000031/';

const site = fixtureSite('linkedin', () => FEED);
const { load, siteLog } = site;

let memory = newMemory();
const act = actor(li, () => memory);
beforeEach(() => {
  memory = newMemory();
  document.body.innerHTML = '';
});

const typeInto = (editor: Element, text: string): void => {
  editor.innerHTML = `<p>${text}</p>`;
  editor.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('linkedin selectors on fixtures', () => {
  selectorCountTests(li, site, FIXTURES);
});

describe('linkedin pages', () => {
  const u = (s: string): URL => new URL(s);
  it('detects page types from the URL', () => {
    expect(li.pages.feed?.(u(FEED))).toBe(true);
    expect(li.pages.post?.(u(POST_URL))).toBe(true);
    expect(li.pages.post?.(u('https://www.linkedin.com/posts/airin-rachmi-diany_banten-activity-7150000000000000031-AbCd/'))).toBe(true);
    expect(li.pages.post?.(u(FEED))).toBe(false);
    expect(li.pages.profile?.(u('https://www.linkedin.com/in/airin-rachmi-diany/'))).toBe(true);
    expect(li.pages.company?.(u('https://www.linkedin.com/company/tim-kampanye-prabowo-gibran/posts/'))).toBe(true);
    expect(li.pages.feed?.(u('https://www.example.com/feed/'))).toBe(false);
  });
});

const LANGS = [
  { lang: 'en', none: 'Reaction button state: no reaction', liked: 'Reaction button state: Like', follow: 'Follow ', following: 'Following ', celebrate: 'React Celebrate', repost: 'Repost', quote: 'Repost with your thoughts', send: 'Send', openReactions: 'Open reactions menu' },
  { lang: 'id', none: 'Status tombol reaksi: tidak ada reaksi', liked: 'Status tombol reaksi: Suka', follow: 'Ikuti ', following: 'Mengikuti ', celebrate: 'Bereaksi Rayakan', repost: 'Posting ulang', quote: 'Posting ulang dengan pendapat Anda', send: 'Kirim', openReactions: 'Buka menu reaksi' },
] as const;

for (const t of LANGS) {
  describe(`linkedin SDUI feed (${t.lang})`, () => {
    beforeEach(() => load(`feed.${t.lang}.html`));
    const item = (n: number): Element => document.querySelectorAll('[data-testid="mainFeed"] [role="listitem"][componentkey^="expanded"]')[n - 1]!;
    const icon = (n: number, id: string): Element => $(`button:has(svg[id^="${id}"])`, item(n));

    it('holds a like on a candidate post, with text, alt text, author handle and id', () => {
      const like = $(`button[aria-label="${t.none}"]`, item(1));
      const action = act($('span', like));
      expect(action?.kind).toBe('like');
      expect(action?.target).toBe(like);
      expect(action?.post?.text).toContain('Ayo coblos nomor 2, Prabowo-Gibran!');
      expect(action?.post?.text).toContain('#Pemilu2024');
      expect(action?.post?.text).toContain('Prabowo-Gibran nomor urut 2'); // image alt
      expect(action?.post?.text).not.toMatch(/more|selengkapnya/); // the "…more" toggle
      expect(action?.post?.text).not.toContain('Mantap'); // a comment is not the post
      expect(action?.post?.author).toEqual({ name: 'Tim Kampanye Prabowo-Gibran', handle: 'tim-kampanye-prabowo-gibran', url: 'https://www.linkedin.com/company/tim-kampanye-prabowo-gibran/' });
      expect(action?.post?.id).toBe('Qk9QMQ');
    });

    it('ignores un-liking (the label, not aria-pressed, tells), post text, and unrelated clicks', () => {
      expect(act($(`button[aria-label="${t.liked}"]`, item(5)))).toBeNull();
      expect(act($('[data-testid="expandable-text-box"]', item(3)))).toBeNull();
      expect(act($('[data-testid="expandable-text-button"]', item(3)))).toBeNull();
      expect(act($('button', $('main')))).toBeNull(); // "Start a post"
      expect(act($('[componentkey^="pymk"] a'))).toBeNull();
    });

    it('reads the author of a repost from the post, not from the reposter header', () => {
      expect(li.postOf(item(6))?.author).toEqual({ name: 'Andi Pratama', handle: 'andi-pratama', url: 'https://www.linkedin.com/in/andi-pratama/' });
      expect(li.postOf(item(7))?.text).toContain('aamiin');
    });

    it('holds a reaction from the portalled flyout, for the post of the Like it opened next to', () => {
      load(`feed.${t.lang}.html`, true);
      const like = $(`button[aria-label="${t.none}"]`, item(3));
      like.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })); // the site opens its flyout
      const flyout = $('body > [role="toolbar"]');
      document.querySelectorAll(`button[aria-label="${t.none}"]`).forEach((b, i) => placeAt(b, 16, 500 * (i + 1), 80, 36));
      const box = like.getBoundingClientRect();
      placeAt(flyout, 8, box.top - 56, 300, 48);
      const action = act($(`button[aria-label="${t.celebrate}"]`, flyout));
      expect(action?.kind).toBe('like');
      expect(action?.post?.text).toContain('Pak Anies keren di debat');
      expect(action?.post?.author?.handle).toBe('budi-santoso-8a1b2c');
      // Far from every Like (and no opener clicked): no post, so nothing is held.
      placeAt(flyout, 8, 20, 300, 48);
      expect(act($(`button[aria-label="${t.celebrate}"]`, flyout))).toBeNull();
    });

    it('remembers the post on the reactions opener without holding it', () => {
      expect(act($(`button[aria-label="${t.openReactions}"]`, item(1)))).toBeNull();
      expect(memory.last?.id).toBe('Qk9QMQ');
    });

    it('holds the comment submit with the draft, and Ctrl/⌘+Enter in the editor', () => {
      const editor = $('[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]', item(3));
      const submit = $('[componentkey*="commentButtonSection"] button', item(3));
      expect(act(icon(3, 'comment'))).toBeNull(); // opening the box publishes nothing
      expect(act(submit)).toBeNull(); // disabled while empty
      typeInto(editor, 'Setuju, coblos nomor 2!');
      submit.removeAttribute('disabled');
      const action = act($('span', submit));
      expect(action).toMatchObject({ kind: 'comment', target: submit, draft: 'Setuju, coblos nomor 2!' });
      expect(action?.post?.id).toBe('QlVESTM');
      expect(act(editor, 'keydown', { key: 'Enter' })).toBeNull(); // a new line
      expect(act(editor, 'keydown', { key: 'Enter', ctrlKey: true })).toMatchObject({ kind: 'comment', target: editor, draft: 'Setuju, coblos nomor 2!' });
      expect(act($('p', editor), 'keydown', { key: 'Enter', metaKey: true })?.kind).toBe('comment');
      expect(li.composerOf(submit)).toEqual({ text: 'Setuju, coblos nomor 2!', kind: 'comment' });
      typeInto(editor, '');
      expect(act(editor, 'keydown', { key: 'Enter', ctrlKey: true })).toBeNull(); // empty box
    });

    it('repost: the opener passes, the menu items hold repost and quote with the remembered post', () => {
      load(`feed.${t.lang}.html`, true);
      expect(act(icon(1, 'repost'))).toBeNull();
      expect(memory.last?.id).toBe('Qk9QMQ');
      // The site closes its menu on each choice: open it again before each.
      const items = (): Element[] => {
        press(icon(1, 'repost'));
        return [...$('body > [role="menu"]').querySelectorAll('[role="menuitem"]')];
      };
      const first = items()[0]!;
      expect(act($('span', first))).toMatchObject({ kind: 'repost', target: first, post: { id: 'Qk9QMQ' } });
      const second = items()[1]!;
      expect(act(second, 'keydown', { key: 'Enter' })?.kind).toBe('quote'); // keyboard on a div menu item (the site then clicks it)
      const again = items()[1]!;
      expect(act(again)).toMatchObject({ kind: 'quote', target: again, post: { id: 'Qk9QMQ' } });
    });

    it('a menu item after another menu opener is not a repost', () => {
      load(`feed.${t.lang}.html`, true);
      act(icon(1, 'repost'));
      press(icon(1, 'repost'));
      const item1 = $('body > [role="menu"] [role="menuitem"]');
      memory.remember({ text: 'x' }); // another feature's memory (no opener): strict recall refuses it
      expect(act(item1)).toBeNull();
    });

    it('send: the opener passes, the dialog Send button holds a share', () => {
      load(`feed.${t.lang}.html`, true);
      expect(act(icon(5, 'send'))).toBeNull();
      press(icon(5, 'send'));
      const send = $('body > [role="dialog"] button');
      const action = act($('span', send));
      expect(action).toMatchObject({ kind: 'share', target: send });
      expect(action?.post?.text).toContain('Dukung Bu Airin nomor 1');
      expect(action?.post?.text).toContain('AIRIN-ADE NO. 1');
      // Without the Send opener, a dialog's Send is not a share of a post.
      memory = newMemory();
      expect(act(send)).toBeNull();
    });

    it('holds follow with the author, and ignores Following', () => {
      const follow = $(`button[aria-label^="${t.follow}"]`, item(1));
      const action = act(follow);
      expect(action?.kind).toBe('follow');
      expect(action?.post?.author?.handle).toBe('tim-kampanye-prabowo-gibran');
      expect(action?.post?.author?.name).toBe('Tim Kampanye Prabowo-Gibran');
      follow.setAttribute('aria-label', `${t.following}Tim Kampanye Prabowo-Gibran`);
      expect(act(follow)).toBeNull();
    });

    it('reads a comment as its own post', () => {
      const comment = $('[componentkey^="replaceableComment_"]', item(1));
      expect(li.postOf($('[data-testid="expandable-text-box"]', comment))).toMatchObject({
        text: 'Mantap, semangat terus!',
        author: { name: 'Rudi Hartono', handle: 'rudi-hartono-77' },
        id: 'urn:li:comment:(activity:7150000000000000001,7150000000000000901)',
      });
      expect(act($(`button[aria-label="${t.none}"]`, comment))?.post?.text).toBe('Mantap, semangat terus!');
    });

    it("site.js logs LinkedIn's own actions (for browser tests)", () => {
      load(`feed.${t.lang}.html`, true);
      press($(`button[aria-label="${t.none}"]`, item(1)));
      expect($(`button[aria-label="${t.liked}"]`, item(1))).toBeTruthy();
      const editor = $('[contenteditable="true"]', item(3));
      typeInto(editor, 'Halo');
      editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      press($(`button[aria-label^="${t.follow}"]`, item(3)));
      press(icon(2, 'repost'));
      press($('body > [role="menu"] [role="menuitem"]'));
      expect(siteLog()).toEqual(['like:Qk9QMQ', 'comment:QlVESTM:Halo', 'follow:budi-santoso-8a1b2c', 'share:repost:U0FSSTI']);
    });
  });

  describe(`linkedin Ember feed (${t.lang})`, () => {
    beforeEach(() => load(`feed-legacy.${t.lang}.html`));
    const post = (n: number): Element => document.querySelectorAll('div[data-urn]')[n - 1]!;

    it('holds a like (aria-pressed="false") with the original author of a repost', () => {
      const trigger = $('.feed-shared-social-action-bar button.react-button__trigger', post(1));
      const action = act($('span', trigger));
      expect(action?.kind).toBe('like');
      expect(action?.target).toBe(trigger);
      expect(action?.post).toMatchObject({ id: 'urn:li:activity:7150000000000000011', url: 'https://www.linkedin.com/feed/update/urn:li:activity:7150000000000000011/' });
      expect(action?.post?.author).toEqual({ name: 'Tim Kampanye Prabowo-Gibran', handle: 'tim-kampanye-prabowo-gibran', url: 'https://www.linkedin.com/company/tim-kampanye-prabowo-gibran/' });
      expect(action?.post?.text).toContain('Ayo coblos nomor 2, Prabowo-Gibran!');
      expect(action?.post?.text).not.toContain('Agus Salim');
    });

    it('ignores an un-react (aria-pressed="true") and the reaction counts', () => {
      expect(act($('button.react-button__trigger', post(4)))).toBeNull();
      expect(act($('.social-details-social-counts__count-value img', post(1)))).toBeNull();
    });

    it('reads link card titles as post text', () => {
      expect(li.postOf(post(5))).toMatchObject({ id: 'urn:li:ugcPost:7150000000000000015', author: { handle: 'relawan-airin-banten' } });
      expect(li.postOf(post(5))?.text).toContain('Dukung Bu Airin nomor 1 untuk Banten');
    });

    it('holds a reaction from the in-post flyout', () => {
      load(`feed-legacy.${t.lang}.html`, true);
      $('button.react-button__trigger', post(3)).dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      const action = act($(`.reactions-menu button[aria-label="${t.celebrate}"] img`, post(3)));
      expect(action?.kind).toBe('like');
      expect(action?.post?.id).toBe('urn:li:activity:7150000000000000013');
    });

    it('repost menu (in-post artdeco dropdown): repost and quote, by click and by keyboard', () => {
      load(`feed-legacy.${t.lang}.html`, true);
      const opener = $('button.social-reshare-button', post(3));
      expect(act(opener)).toBeNull();
      // The site closes its menu on each choice: open it again before each.
      const item = (which: 'sharing-as-is' | 'share-with-thoughts'): Element => {
        press(opener);
        return $(`.social-reshare-button__${which}-dropdown-item`, post(3));
      };
      expect(act($('h5', item('sharing-as-is')))).toMatchObject({ kind: 'repost', post: { id: 'urn:li:activity:7150000000000000013' } });
      expect(act($('p', item('share-with-thoughts')))).toMatchObject({ kind: 'quote', post: { id: 'urn:li:activity:7150000000000000013' } });
      const asIs = item('sharing-as-is');
      expect(act(asIs, 'keydown', { key: 'x' })).toBeNull();
      expect(act(asIs, 'keydown', { key: 'Enter' })?.kind).toBe('repost');
    });

    it('send: opener passes, the dialog Send button (msg-form) holds a share', () => {
      load(`feed-legacy.${t.lang}.html`, true);
      const opener = $('button.send-privately-button', post(1));
      expect(act(opener)).toBeNull();
      press(opener);
      expect(act($('body > [role="dialog"] button.msg-form__send-button'))).toMatchObject({ kind: 'share', post: { id: 'urn:li:activity:7150000000000000011' } });
      expect(act($('body > [role="dialog"] input'))).toBeNull();
    });

    it('holds the Quill comment submit and Ctrl+Enter', () => {
      const editor = $('.ql-editor', post(1));
      const submit = $('button.comments-comment-box__submit-button--cr', post(1));
      typeInto(editor, 'Coblos nomor 2!');
      expect(act(submit)).toBeNull(); // still disabled
      submit.removeAttribute('disabled');
      expect(act(submit)).toMatchObject({ kind: 'comment', draft: 'Coblos nomor 2!', post: { id: 'urn:li:activity:7150000000000000011' } });
      expect(act(editor, 'keydown', { key: 'Enter', ctrlKey: true })).toMatchObject({ kind: 'comment', draft: 'Coblos nomor 2!' });
    });

    it('holds follow in the actor block with the handle', () => {
      const action = act($('button.update-components-actor__follow-button span', post(3)));
      expect(action?.kind).toBe('follow');
      expect(action?.post?.author).toMatchObject({ name: 'Budi Santoso', handle: 'budi-santoso-8a1b2c' });
      expect(action?.post?.text).toContain('Analis Kebijakan Publik');
    });
  });

  describe(`linkedin post page (${t.lang})`, () => {
    beforeEach(() => load(`post.${t.lang}.html`, false, POST_URL));

    it('tells the comments from the post, and holds a like on a comment for that comment', () => {
      const comments = document.querySelectorAll('article.comments-comment-entity');
      expect(comments).toHaveLength(2);
      expect(li.postOf(comments[1]!)).toMatchObject({
        text: 'Semoga sehat selalu, aamiin',
        author: { name: 'Dewi Lestari', handle: 'dewi-lestari-id' },
        id: 'urn:li:comment:(activity:7150000000000000031,7150000000000000932)',
      });
      const like = act($('button.react-button__trigger', comments[0]!));
      expect(like?.kind).toBe('like');
      expect(like?.post?.text).toBe('Siap Bu, Banten maju!');
      const postLike = act($('.feed-shared-social-action-bar button.react-button__trigger'));
      expect(postLike?.post?.author).toEqual({ name: 'Airin Rachmi Diany', handle: 'airin-rachmi-diany', url: 'https://www.linkedin.com/in/airin-rachmi-diany/' });
      expect(postLike?.post?.text).toContain('Dukung Bu Airin nomor 1');
      expect(postLike?.post?.text).not.toContain('Siap Bu');
    });

    it('holds a comment on the post with the draft', () => {
      const editor = $('.ql-editor');
      typeInto(editor, 'Semoga menang, Bu!');
      const action = act(editor, 'keydown', { key: 'Enter', metaKey: true });
      expect(action).toMatchObject({ kind: 'comment', draft: 'Semoga menang, Bu!', post: { id: 'urn:li:activity:7150000000000000031' } });
    });

    it('holds Follow with the candidate account', () => {
      const action = act($(`button[aria-label^="${t.follow}"]`));
      expect(action?.post?.author?.handle).toBe('airin-rachmi-diany');
      expect(action?.post?.text).toContain('Calon Gubernur Banten');
    });
  });
}

describe('linkedin follow outside a post', () => {
  it('reads the profile header and the handle from the URL', () => {
    load('post.en.html', false, 'https://www.linkedin.com/in/airin-rachmi-diany/');
    document.body.innerHTML = '<main><section><h1>Airin Rachmi Diany</h1><div>Calon Gubernur Banten</div><button aria-label="Follow Airin Rachmi Diany">Follow</button></section></main>';
    const action = act($('button'));
    expect(action?.kind).toBe('follow');
    expect(action?.post?.author).toEqual({ name: 'Airin Rachmi Diany', handle: 'airin-rachmi-diany', url: 'https://www.linkedin.com/in/airin-rachmi-diany/' });
    expect(action?.post?.text).toContain('Calon Gubernur Banten');
  });
});
