// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { youtubeAdapter as yt } from '../../src/platforms/youtube/index';
import { $, actor, fixtureSite, newMemory, press, selectorCountTests } from './kit';

const FIXTURES = ['watch.en.html', 'watch.id.html', 'shorts.en.html', 'shorts.id.html'] as const;

const WATCH_URL = 'https://www.youtube.com/watch?v=Yt0PrbGbrn2';
const SHORTS_URL = 'https://www.youtube.com/shorts/YtS1Coblos2';

const site = fixtureSite('youtube', (name) => (name.startsWith('watch') ? WATCH_URL : SHORTS_URL));
const { load, siteLog } = site;

let memory = newMemory();
const act = actor(yt, () => memory);
beforeEach(() => {
  memory = newMemory();
  document.body.innerHTML = '';
});

const $$ = (selector: string, root: ParentNode = document): Element[] => [...root.querySelectorAll(selector)];
const typeInto = (editor: Element, text: string): void => {
  editor.textContent = text;
  editor.dispatchEvent(new Event('input', { bubbles: true }));
};
/** The comment whose text contains `text`. */
const commentWith = (text: string): Element => {
  const found = $$('ytd-comment-view-model').find((c) => $('#content-text', c).textContent?.includes(text));
  if (!found) throw new Error(`no comment with ${text}`);
  return found;
};

describe('youtube selectors on fixtures', () => {
  selectorCountTests(yt, site, FIXTURES);
});

describe('youtube pages', () => {
  const u = (s: string): URL => new URL(s);
  it('detects page types from the URL', () => {
    expect(yt.pages.watch?.(u(WATCH_URL))).toBe(true);
    expect(yt.pages.watch?.(u('https://www.youtube.com/watch'))).toBe(false);
    expect(yt.pages.shorts?.(u(SHORTS_URL))).toBe(true);
    expect(yt.pages.channel?.(u('https://www.youtube.com/@relawanprabowogibran/videos'))).toBe(true);
    expect(yt.pages.channel?.(u('https://www.youtube.com/channel/UC123'))).toBe(true);
    expect(yt.pages.channel?.(u(WATCH_URL))).toBe(false);
    expect(yt.pages.home?.(u('https://www.youtube.com/'))).toBe(true);
    expect(yt.pages.search?.(u('https://www.youtube.com/results?search_query=pemilu'))).toBe(true);
    expect(yt.pages.watch?.(u('https://www.example.com/watch?v=Yt0PrbGbrn2'))).toBe(false);
  });
});

const LANGS = [
  { lang: 'en', share: 'Share', comment: 'Comment', reply: 'Reply', copy: 'Copy', subscribed: 'Subscribed' },
  { lang: 'id', share: 'Bagikan', comment: 'Komentar', reply: 'Balas', copy: 'Salin', subscribed: 'Disubscribe' },
] as const;

const VIDEO = {
  id: 'Yt0PrbGbrn2',
  url: WATCH_URL,
  author: { name: 'Relawan Prabowo Gibran', handle: 'relawanprabowogibran', url: 'https://www.youtube.com/@relawanprabowogibran' },
};

for (const t of LANGS) {
  describe(`youtube watch page (${t.lang})`, () => {
    beforeEach(() => load(`watch.${t.lang}.html`));

    it('reads the video: hashtags, title, description and channel, without counts or "more"', () => {
      const post = yt.postOf($('ytd-watch-metadata #title'));
      expect(post).toMatchObject(VIDEO);
      expect(post?.text).toContain('Ayo coblos nomor 2, Prabowo-Gibran!');
      expect(post?.text).toContain('#PrabowoGibran');
      expect(post?.text).toContain('Datang ke TPS tanggal 14 Februari');
      expect(post?.text).not.toMatch(/lainnya|more|ditonton|views/);
    });

    it('holds a like of the video with the video, but not dislike or an un-like', () => {
      const like = $('like-button-view-model button');
      const action = act($('svg', like));
      expect(action).toMatchObject({ kind: 'like', target: like, post: VIDEO });
      expect(act($('dislike-button-view-model button'))).toBeNull();
      like.setAttribute('aria-pressed', 'true');
      expect(act(like)).toBeNull();
    });

    it('holds a like of a comment with the comment (text, @handle, lc id), not the video', () => {
      const comment = commentWith('Pak Anies');
      const action = act($('#like-button button', comment));
      expect(action?.kind).toBe('like');
      expect(action?.post).toEqual({
        text: 'Pak Anies keren di debat, tapi video ini juga mantap',
        author: { name: '@budi_santoso', handle: 'budi_santoso', url: 'https://www.youtube.com/@budi_santoso' },
        url: 'https://www.youtube.com/watch?v=Yt0PrbGbrn2&lc=UgxBudiAnies01',
        id: 'UgxBudiAnies01',
      });
      // The reply under it is its own post.
      expect(yt.postOf($('#content-text', commentWith('Bu Airin')))).toMatchObject({ id: 'UgxBudiAnies01.RplAirin1', author: { handle: 'airin_fans' } });
      // Already liked (football comment): un-like is not an action; its dislike neither.
      expect(act($('#like-button button', commentWith('Gol Timnas')))).toBeNull();
      expect(act($('#dislike-button button', comment))).toBeNull();
    });

    it('ignores unrelated clicks: text, the more menu, reply and comment openers, cancel, the player, related videos', () => {
      expect(act($('ytd-watch-metadata h1'))).toBeNull();
      expect(act($('#description-inline-expander #expand'))).toBeNull();
      expect(act($('ytd-menu-renderer #button-shape button'))).toBeNull();
      expect(act($('#reply-button-end button'))).toBeNull();
      expect(act($('#simplebox-placeholder'))).toBeNull();
      expect(act($('ytd-commentbox #cancel-button button'))).toBeNull();
      expect(act($('#movie_player'))).toBeNull();
      expect(act($('ytd-compact-video-renderer a'))).toBeNull();
      expect(yt.postOf($('ytd-compact-video-renderer'))).toBeNull();
    });

    it('holds subscribe with the channel name and handle; unsubscribe is not an action', () => {
      const button = $('ytd-subscribe-button-renderer button');
      const action = act($('span', button));
      expect(action).toMatchObject({ kind: 'follow', target: button, post: { text: 'Relawan Prabowo Gibran', author: VIDEO.author } });
      $('ytd-subscribe-button-renderer').setAttribute('subscribed', '');
      expect(act(button)).toBeNull();
      $('ytd-subscribe-button-renderer').removeAttribute('subscribed');
      $('span', button).textContent = t.subscribed;
      expect(act(button)).toBeNull();
    });

    it('holds the comment submit once it has text, with the draft and the video', () => {
      const editor = $('ytd-commentbox #contenteditable-root');
      const submit = $('ytd-commentbox #submit-button button');
      expect(act(submit)).toBeNull(); // disabled and empty
      typeInto(editor, 'Setuju, coblos nomor 2!');
      submit.removeAttribute('disabled');
      submit.setAttribute('aria-disabled', 'false');
      const action = act($('span', submit));
      expect(action).toMatchObject({ kind: 'comment', target: submit, draft: 'Setuju, coblos nomor 2!', post: VIDEO });
      expect(yt.composerOf(editor)).toEqual({ text: 'Setuju, coblos nomor 2!', kind: 'comment' });
      expect(yt.composerOf($('ytd-watch-metadata h1'))).toBeNull();
    });

    it('holds Ctrl/⌘+Enter in the comment box, not plain Enter, Shift, an IME commit or an empty box', () => {
      const editor = $('ytd-commentbox #contenteditable-root');
      expect(act(editor, 'keydown', { key: 'Enter', ctrlKey: true })).toBeNull(); // empty
      typeInto(editor, 'Pak Anies keren');
      $('ytd-commentbox #submit-button button').removeAttribute('disabled');
      $('ytd-commentbox #submit-button button').removeAttribute('aria-disabled');
      expect(act(editor, 'keydown', { key: 'Enter' })).toBeNull();
      expect(act(editor, 'keydown', { key: 'Enter', ctrlKey: true, shiftKey: true })).toBeNull();
      expect(act(editor, 'keydown', { key: 'Enter', ctrlKey: true, isComposing: true })).toBeNull();
      expect(act(editor, 'keydown', { key: 'Enter', ctrlKey: true })).toMatchObject({ kind: 'comment', target: editor, draft: 'Pak Anies keren', post: { id: VIDEO.id } });
      expect(act(editor, 'keydown', { key: 'Enter', metaKey: true })?.kind).toBe('comment');
    });

    it('has no like shortcut: "l" is seek', () => {
      expect(act($('#movie_player'), 'keydown', { key: 'l' })).toBeNull();
      expect(act(document.body, 'keydown', { key: 'l' })).toBeNull();
    });

    it('holds a reply submit with the comment replied to (the box site.js opens)', () => {
      load(`watch.${t.lang}.html`, true);
      const comment = commentWith('Pak Anies');
      const reply = (): Element => {
        press($('#reply-button-end button', comment));
        const box = $('#reply-dialog ytd-commentbox', comment);
        typeInto($('#contenteditable-root', box), 'Dukung Bu Airin nomor 1');
        return box;
      };
      let box = reply();
      const submit = $('#submit-button button', box);
      expect(act(submit)).toMatchObject({ kind: 'comment', target: submit, draft: 'Dukung Bu Airin nomor 1', post: { id: 'UgxBudiAnies01', author: { handle: 'budi_santoso' } } });
      box = reply(); // site.js sent the first one and closed its box
      expect(act($('#contenteditable-root', box), 'keydown', { key: 'Enter', ctrlKey: true })?.post?.id).toBe('UgxBudiAnies01');
      expect(siteLog()).toEqual(['comment:UgxBudiAnies01:Dukung Bu Airin nomor 1', 'comment:UgxBudiAnies01:Dukung Bu Airin nomor 1']);
    });

    it('lets the Share opener pass, remembering the video; holds a share target and Copy with it', () => {
      load(`watch.${t.lang}.html`, true);
      const opener = $(`ytd-menu-renderer button[aria-label="${t.share}"]`);
      const panel = (): Element => $('ytd-popup-container ytd-unified-share-panel-renderer');
      expect(act(opener)).toBeNull(); // site.js opens the panel
      expect(memory.last).toMatchObject(VIDEO);
      expect(act($('#share-url', panel()))).toBeNull();
      const whatsapp = $('yt-share-target-renderer[data-which="whatsapp"] button', panel());
      expect(act($('#title', whatsapp))).toMatchObject({ kind: 'share', target: whatsapp, post: VIDEO });
      act(opener);
      const copy = $('#copy-button button', panel());
      expect(act(copy)).toMatchObject({ kind: 'share', target: copy, post: VIDEO });
      // Memory lost (another gesture in between): the panel's link names the video.
      act(opener);
      memory = newMemory();
      expect(act($('#copy-button button', panel()))?.post).toMatchObject(VIDEO);
      expect(siteLog()).toEqual(['share:whatsapp:Yt0PrbGbrn2', 'share:copy:Yt0PrbGbrn2', 'share:copy:Yt0PrbGbrn2']);
    });

    it('reads the new video after an SPA navigation (nothing cached from page load)', () => {
      load(`watch.${t.lang}.html`, true);
      press($('ytd-compact-video-renderer a[href="/watch?v=Yt1AniesDbt"]'));
      expect(location.href).toBe('https://www.youtube.com/watch?v=Yt1AniesDbt');
      const action = act($('like-button-view-model button'));
      expect(action?.post).toMatchObject({ id: 'Yt1AniesDbt', author: { name: 'Debat Pilpres Channel', handle: 'debatpilpres' } });
      expect(action?.post?.text).toContain('Pak Anies keren di debat capres');
      expect(action?.post?.text).not.toContain('Prabowo');
      expect(act($('ytd-subscribe-button-renderer button'))?.post?.author?.handle).toBe('debatpilpres');
    });

    it("site.js logs YouTube's own handlers (for browser tests)", () => {
      load(`watch.${t.lang}.html`, true);
      press($('like-button-view-model button'));
      press($('#like-button button', commentWith('Gol Timnas')));
      press($('ytd-subscribe-button-renderer button'));
      const editor = $('ytd-commentbox #contenteditable-root');
      typeInto(editor, 'Halo');
      editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      press($(`ytd-menu-renderer button[aria-label="${t.share}"]`));
      press($('ytd-popup-container #copy-button button'));
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'l', bubbles: true }));
      expect(siteLog()).toEqual([
        'like:Yt0PrbGbrn2',
        'unlike:UgxBolaMania03',
        'follow:relawanprabowogibran',
        'comment:Yt0PrbGbrn2:Halo',
        'share:copy:Yt0PrbGbrn2',
        'seek:+10',
      ]);
    });
  });

  describe(`youtube Shorts (${t.lang})`, () => {
    beforeEach(() => load(`shorts.${t.lang}.html`));
    const reel = (n: number): Element => $(`.reel-video-in-sequence-new[id="${n}"] ytd-reel-video-renderer`);
    const SHORT = { id: 'YtS1Coblos2', url: SHORTS_URL, author: { name: '@prabowogibran.id', handle: 'prabowogibran.id', url: 'https://www.youtube.com/@prabowogibran.id' } };

    it('holds a like of the active Short with its title, hashtags and channel', () => {
      const like = $('like-button-view-model button', reel(0));
      const action = act(like);
      expect(action).toMatchObject({ kind: 'like', target: like, post: SHORT });
      expect(action?.post?.text).toBe('Ayo coblos nomor 2, Prabowo-Gibran! #pemilu2024');
      expect(act($('dislike-button-view-model button', reel(0)))).toBeNull();
    });

    it('reads every rendered Short as its own post (only the active one has an id)', () => {
      const second = act($('like-button-view-model button', reel(2)));
      expect(second?.post).toEqual({ text: 'Gol indah Timnas semalam! #timnas', author: { name: '@bola_mania', handle: 'bola_mania', url: 'https://www.youtube.com/@bola_mania' }, url: undefined, id: undefined });
    });

    it('holds subscribe on a Short; the subscribed channel is not an action', () => {
      const button = $('yt-subscribe-button-view-model button', reel(0));
      expect(act(button)).toMatchObject({ kind: 'follow', post: { author: SHORT.author } });
      expect(act($('yt-subscribe-button-view-model button', reel(1)))).toBeNull();
    });

    it('holds share from the Shorts action bar via the panel', () => {
      load(`shorts.${t.lang}.html`, true);
      const opener = $(`reel-action-bar-view-model button[aria-label="${t.share}"]`, reel(0));
      expect(act(opener)).toBeNull(); // site.js opens the panel
      const facebook = $('ytd-popup-container yt-share-target-renderer[data-which="facebook"] button');
      expect(act(facebook)).toMatchObject({ kind: 'share', post: SHORT });
    });

    it('holds a comment from the Shorts comment panel for the active Short, and a like of a panel comment for the comment', () => {
      const box = $('ytd-engagement-panel-section-list-renderer ytd-commentbox');
      typeInto($('#contenteditable-root', box), 'Coblos nomor 2');
      const submit = $('#submit-button button', box);
      submit.removeAttribute('disabled');
      submit.removeAttribute('aria-disabled');
      expect(act(submit)).toMatchObject({ kind: 'comment', draft: 'Coblos nomor 2', post: SHORT });
      const like = act($('#like-button button', commentWith('Semoga nomor 2')));
      expect(like?.post).toMatchObject({ id: 'UgzWargaNo2x1', url: 'https://www.youtube.com/watch?v=YtS1Coblos2&lc=UgzWargaNo2x1', author: { handle: 'warga_solo' } });
    });

    it('ignores the comments button and the comment panel header', () => {
      expect(act($$('reel-action-bar-view-model button', reel(0))[2]!)).toBeNull();
      expect(act($('ytd-engagement-panel-section-list-renderer #title-text'))).toBeNull();
    });
  });
}

describe('youtube channel page', () => {
  it('holds subscribe in the channel header with the name and the handle from the URL', () => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://www.youtube.com/@aniesbaswedan');
    document.body.innerHTML = `<ytd-app><ytd-browse><yt-page-header-renderer><yt-page-header-view-model>
      <yt-dynamic-text-view-model><h1><span>Anies Baswedan</span></h1></yt-dynamic-text-view-model>
      <yt-content-metadata-view-model><span>@aniesbaswedan</span></yt-content-metadata-view-model>
      <yt-subscribe-button-view-model><button aria-label="Subscribe to Anies Baswedan.">Subscribe</button></yt-subscribe-button-view-model>
      </yt-page-header-view-model></yt-page-header-renderer></ytd-browse></ytd-app>`;
    const action = act($('yt-subscribe-button-view-model button'));
    expect(action).toMatchObject({ kind: 'follow', post: { text: 'Anies Baswedan', author: { name: 'Anies Baswedan', handle: 'aniesbaswedan' } } });
  });
});
