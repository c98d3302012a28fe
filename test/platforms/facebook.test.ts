// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { facebookAdapter as fb } from '../../src/platforms/facebook/index';
import { $, actor, fixtureSite, newMemory, placeAt, selectorCountTests } from './kit';

const FIXTURES = ['feed.en.html', 'feed.id.html', 'post.en.html', 'post.id.html'] as const;

const site = fixtureSite('facebook', () => 'https://www.facebook.com/');
const { load, siteLog } = site;

let memory = newMemory();
const act = actor(fb, () => memory);
beforeEach(() => {
  memory = newMemory();
  document.body.innerHTML = '';
});

const post = (n: number): Element => $(`[aria-posinset="${n}"]`);
const button = (root: ParentNode, label: string): Element => $(`[role="button"][aria-label="${label}"]`, root);
const typeInto = (editor: Element, text: string): void => {
  editor.innerHTML = `<p class="xdj266r"><span data-lexical-text="true">${text}</span></p>`;
  editor.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('facebook selectors on fixtures', () => {
  selectorCountTests(fb, site, FIXTURES);
});

describe('facebook pages', () => {
  const u = (s: string): URL => new URL(s);
  it('detects page types from the URL', () => {
    expect(fb.pages.home?.(u('https://www.facebook.com/'))).toBe(true);
    expect(fb.pages.post?.(u('https://www.facebook.com/AirinRachmiDiany/posts/pfbid02Airin'))).toBe(true);
    expect(fb.pages.post?.(u('https://web.facebook.com/permalink.php?story_fbid=1&id=2'))).toBe(true);
    expect(fb.pages.post?.(u('https://www.facebook.com/groups/g/permalink/7001/'))).toBe(true);
    expect(fb.pages.groups?.(u('https://www.facebook.com/groups/relawan/'))).toBe(true);
    expect(fb.pages.profile?.(u('https://www.facebook.com/AirinRachmiDiany'))).toBe(true);
    expect(fb.pages.profile?.(u('https://www.facebook.com/profile.php?id=1000'))).toBe(true);
    expect(fb.pages.profile?.(u('https://www.facebook.com/groups/relawan/'))).toBe(false);
    expect(fb.pages.profile?.(u('https://www.facebook.com/AirinRachmiDiany/posts/pfbid02Airin'))).toBe(false);
    expect(fb.pages.watch?.(u('https://www.facebook.com/reel/123'))).toBe(true);
    expect(fb.pages.watch?.(u('https://www.facebook.com/watch/?v=1'))).toBe(true);
    expect(fb.pages.home?.(u('https://www.example.com/'))).toBe(false);
  });
});

const LANGS = [
  { lang: 'en', like: 'Like', liked: 'Remove Like', react: 'React', love: 'Love', shareNow: 'Share now', follow: 'Follow', join: 'Join group', post: 'Post', mind: "What's on your mind", reply: 'Reply', category: 'Politician' },
  { lang: 'id', like: 'Suka', liked: 'Hapus Suka', react: 'Tanggapi', love: 'Super', shareNow: 'Bagikan sekarang (Teman)', follow: 'Ikuti', join: 'Gabung ke grup', post: 'Posting', mind: 'Apa yang Anda pikirkan', reply: 'Balas', category: 'Politikus' },
] as const;

for (const t of LANGS) {
  describe(`facebook feed (${t.lang})`, () => {
    beforeEach(() => load(`feed.${t.lang}.html`));

    it('holds a like on a candidate post, with its text, author and id', () => {
      const like = button(post(1), t.like);
      const action = act($('[data-ad-rendering-role="like_button"] span', post(1)));
      expect(action?.kind).toBe('like');
      expect(action?.target).toBe(like);
      expect(action?.post?.text).toContain('Dukung Bu Airin nomor 1 untuk Banten! 💪');
      expect(action?.post?.text).toContain('AIRIN-ADE NO. 1'); // photo alt
      expect(action?.post?.text).not.toContain('Siap Bu'); // a comment is not the post
      expect(action?.post?.author).toEqual({ name: 'Airin Rachmi Diany', url: 'https://www.facebook.com/AirinRachmiDiany' });
      expect(action?.post?.id).toBe('pfbid02AirinBanten1');
      expect(action?.post?.url).toBe('https://www.facebook.com/AirinRachmiDiany/posts/pfbid02AirinBanten1');
    });

    it('ignores un-liking, the count summary, post text, the post menu and the composer entry', () => {
      expect(act(button(post(4), t.liked))).toBeNull();
      expect(act($('[role="button"][aria-label*=":"]', post(1)))).toBeNull();
      expect(act($('[data-ad-rendering-role="story_message"] div[dir="auto"]', post(1)))).toBeNull();
      expect(act($('[aria-haspopup="menu"]', post(1)))).toBeNull();
      expect(act($('[role="region"] [role="button"] span'))).toBeNull();
    });

    it('reads a language it has no labels for from the marker (label equals the visible word)', () => {
      const like = button(post(7), t.like);
      like.setAttribute('aria-label', "J'aime");
      $('[data-ad-rendering-role="like_button"] span', like).textContent = "J'aime";
      expect(act(like)?.kind).toBe('like');
      like.setAttribute('aria-label', "Je n'aime plus");
      expect(act(like)).toBeNull();
    });

    /** Hovers post n's Like (the site opens its picker) and lays the picker out just above that Like. */
    const openPicker = (n: number): Element => {
      const like = button(post(n), t.like);
      like.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      for (let i = 1; i <= 3; i++) placeAt(button(post(i), t.like), 16, 600 * i, 80, 36);
      const picker = $('body > [role="dialog"]');
      placeAt(picker, 8, 600 * n - 56, 320, 48);
      return picker;
    };

    it('holds a reaction from the portalled picker, for the post of the Like it opened next to', () => {
      load(`feed.${t.lang}.html`, true);
      const action = act(button(openPicker(1), t.love));
      expect(action?.kind).toBe('like');
      expect(action?.post?.id).toBe('pfbid02AirinBanten1');
      expect(action?.post?.text).toContain('Dukung Bu Airin');
    });

    it('reads the post when the reaction is picked, and finds none once that Like left the page', () => {
      load(`feed.${t.lang}.html`, true);
      const picker = openPicker(1);
      post(1).querySelector('[data-ad-rendering-role="story_message"]')!.textContent = 'Resep rendang';
      expect(act(button(picker, t.love))?.post?.text).toContain('Resep rendang');
      post(1).remove();
      expect(act(button(picker, t.love))?.post).toBeUndefined();
    });

    it('takes the post of the nearest Like, not of one further down the feed', () => {
      load(`feed.${t.lang}.html`, true);
      expect(act(button(openPicker(2), t.love))?.post?.text).toContain('Kampanye akbar Prabowo-Gibran');
    });

    it('remembers the post when the React opener is clicked', () => {
      expect(act(button(post(2), t.react))).toBeNull();
      expect(memory.last?.text).toContain('Kampanye akbar Prabowo-Gibran');
    });

    it('holds opening the comment box as intent to comment', () => {
      const action = act($('[data-ad-rendering-role="comment_button"]', post(1)));
      expect(action?.kind).toBe('comment');
      expect(action?.post?.id).toBe('pfbid02AirinBanten1');
      expect(action?.draft).toBeUndefined();
    });

    it('holds Enter in the comment box with the draft, but not Shift+Enter or an empty box', () => {
      const editor = $('[data-lexical-editor="true"]', post(1));
      expect(act(editor, 'keydown', { key: 'Enter' })).toBeNull(); // empty
      typeInto(editor, 'Mantap Bu, lanjutkan!');
      expect(act(editor, 'keydown', { key: 'Enter', shiftKey: true })).toBeNull();
      expect(act(editor, 'keydown', { key: 'a' })).toBeNull();
      const action = act($('span', editor), 'keydown', { key: 'Enter' });
      expect(action).toMatchObject({ kind: 'comment', target: editor, draft: 'Mantap Bu, lanjutkan!' });
      expect(action?.post?.id).toBe('pfbid02AirinBanten1');
      expect(fb.composerOf(editor)).toEqual({ text: 'Mantap Bu, lanjutkan!', kind: 'comment' });
    });

    it('holds the comment submit button once enabled', () => {
      const submit = $('#focused-state-composer-submit [role="button"]', post(1));
      expect(act(submit)).toBeNull(); // aria-disabled while empty
      typeInto($('[data-lexical-editor="true"]', post(1)), 'Setuju');
      submit.setAttribute('aria-disabled', 'false');
      const action = act($('svg', submit));
      expect(action).toMatchObject({ kind: 'comment', target: submit, draft: 'Setuju' });
      expect(action?.post?.author?.name).toBe('Airin Rachmi Diany');
    });

    it('lets the share opener pass and holds the share target with the remembered post', () => {
      load(`feed.${t.lang}.html`, true);
      expect(act($('[data-ad-rendering-role="share_button"]', post(3)))).toBeNull();
      const action = act(button($('body > [role="dialog"]'), t.shareNow));
      expect(action?.kind).toBe('share');
      expect(action?.post?.text).toContain('Setuju banget');
      expect(action?.post?.text).toContain('Coblos nomor 1 pada 14 Februari'); // the shared original
      expect(action?.post?.author).toEqual({ name: 'Siti Aminah', url: 'https://www.facebook.com/profile.php?id=100012345678901' });
      expect(action?.post?.url).toBe('https://www.facebook.com/permalink.php?id=100012345678901&story_fbid=pfbid0SitiShare9');
      expect(action?.post?.id).toBe('pfbid0SitiShare9');
    });

    it('holds follow and join with the page or group name', () => {
      const follow = act(button(post(5), t.follow));
      expect(follow?.kind).toBe('follow');
      expect(follow?.post?.author?.name).toBe('TMC Polda Metro Jaya');
      expect(follow?.post?.text).toContain('TMC Polda Metro Jaya Info lalu lintas');
      const join = act($('span', button(post(2), t.join)));
      expect(join?.kind).toBe('follow');
      expect(join?.post?.author).toEqual({ name: 'Relawan Prabowo-Gibran Jakarta', url: 'https://www.facebook.com/groups/relawanpgjakarta/' });
      expect(join?.post?.text).toContain('Kampanye akbar Prabowo-Gibran di GBK');
      expect(join?.post?.text).toContain('Jadwal kampanye akbar di Gelora Bung Karno'); // link preview
      expect(join?.post?.text).not.toMatch(/See more|Lihat selengkapnya/);
    });

    it('holds the new post submit in the Create post dialog', () => {
      load(`feed.${t.lang}.html`, true);
      $('[role="region"] [role="button"] span').dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const dialog = $('body > [role="dialog"]');
      const editor = $('[data-lexical-editor="true"]', dialog);
      expect(fb.composerOf(editor)?.kind).toBe('post');
      expect(act(editor, 'keydown', { key: 'Enter' })).toBeNull(); // Enter is a new line here
      typeInto(editor, 'Coblos nomor 1!');
      expect(act(button(dialog, t.post))).toMatchObject({ kind: 'post', draft: 'Coblos nomor 1!' });
    });

    it('acts on the comment, not the post, for a like or reply inside a comment', () => {
      const comment = $('[role="article"][aria-label]', post(1));
      const expectedComment = {
        text: 'Siap Bu, Banten maju! 👍',
        author: { name: 'Rudi Hartono', url: 'https://www.facebook.com/rudi.hartono.77' },
        id: 'Y29tbWVudDoxMTFfMjIy',
      };
      expect(fb.postOf($('div[dir="auto"]', comment))).toMatchObject(expectedComment);
      expect(act(button(comment, t.like))).toMatchObject({ kind: 'like', post: expectedComment });
      const reply = [...comment.querySelectorAll('[role="button"]')].find((b) => b.textContent === t.reply)!;
      expect(act(reply)).toMatchObject({ kind: 'comment', post: expectedComment });
    });

    it('reads the sponsored post and every feed item as its own post', () => {
      for (let n = 1; n <= 8; n++) expect(fb.postOf($('[data-ad-rendering-role="like_button"]', post(n)))?.text).toBeTruthy();
      expect(fb.postOf(post(8))?.text).toContain('Kopi Senja – Promo Jumat');
      expect(fb.postOf(post(6))?.text).toContain('aamiin 🤲');
    });

    it("site.js logs Facebook's own reactions (for browser tests)", () => {
      load(`feed.${t.lang}.html`, true);
      button(post(1), t.like).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect(button(post(1), t.liked)).toBeTruthy();
      const editor = $('[data-lexical-editor="true"]', post(1));
      typeInto(editor, 'Halo');
      editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      button(post(5), t.follow).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect(siteLog()).toEqual(['like:pfbid02AirinBanten1', 'comment:pfbid02AirinBanten1:Halo', 'follow:TMC Polda Metro Jaya']);
    });
  });

  describe(`facebook permalink (${t.lang})`, () => {
    const URL_ = 'https://www.facebook.com/AirinRachmiDiany/posts/pfbid02AirinBanten1';
    beforeEach(() => load(`post.${t.lang}.html`, false, URL_));

    it('holds Follow in the page header with the page name', () => {
      const action = act(button($('[role="main"]'), t.follow));
      expect(action?.kind).toBe('follow');
      expect(action?.post?.author).toEqual({ name: 'Airin Rachmi Diany', url: 'https://www.facebook.com/AirinRachmiDiany/posts/pfbid02AirinBanten1' });
      expect(action?.post?.text).toContain(t.category);
    });

    it('holds a comment typed below the post (outside its article) for that post', () => {
      const editor = $('[data-lexical-editor="true"]');
      typeInto(editor, 'Semoga menang');
      const action = act(editor, 'keydown', { key: 'Enter' });
      expect(action).toMatchObject({ kind: 'comment', draft: 'Semoga menang' });
      expect(action?.post?.id).toBe('pfbid02AirinBanten1');
      expect(action?.post?.text).toContain('Banten yang maju dan sejahtera');
      const submit = $('#focused-state-composer-submit [role="button"]');
      submit.setAttribute('aria-disabled', 'false');
      expect(act(submit)).toMatchObject({ kind: 'comment', draft: 'Semoga menang', post: { id: 'pfbid02AirinBanten1' } });
      expect(fb.composerOf(submit)).toEqual({ text: 'Semoga menang', kind: 'comment' });
    });

    it('tells comments (labelled, outside the post) from the post', () => {
      const comments = document.querySelectorAll('[role="article"][aria-label]');
      expect(comments).toHaveLength(2);
      const second = fb.postOf(comments[1]!);
      expect(second).toMatchObject({ text: 'Nomor 1 pasti menang, amanah dan merakyat.', author: { name: 'Dewi Lestari', url: 'https://www.facebook.com/profile.php?id=100033344455566' } });
      const like = act(button(comments[1]!, t.like));
      expect(like?.post?.text).toBe('Nomor 1 pasti menang, amanah dan merakyat.');
      expect(act(button($('[role="main"] > [role="article"]'), t.like))?.post?.id).toBe('pfbid02AirinBanten1');
    });
  });
}
