// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { URL as NodeURL, fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tiktokAdapter } from '../../src/platforms/tiktok/index';
import { selectorList, type ActionMemory, type HeldAction } from '../../src/platforms/types';
import expected from '../fixtures/tiktok/expected.json';
import { $, newMemory, placeAt } from './kit';

const DIR = fileURLToPath(new NodeURL('../fixtures/tiktok/', import.meta.url));
const FILES = Object.keys(expected) as (keyof typeof expected)[];
const FEED_PATH = '/foryou';
const VIDEO_PATH = '/@relawan.amin/video/7330000000000000101';
const LANGS = ['id', 'en'] as const;
type Lang = (typeof LANGS)[number];

const parsed = new Map<string, Document>();

/** Loads a fixture into the test document (its scripts do not run). */
function load(file: string, path = file.startsWith('video') ? VIDEO_PATH : FEED_PATH): void {
  let source = parsed.get(file);
  if (!source) {
    source = new DOMParser().parseFromString(readFileSync(DIR + file, 'utf8'), 'text/html');
    for (const script of source.querySelectorAll('script')) script.remove();
    parsed.set(file, source);
  }
  history.replaceState(null, '', path);
  document.documentElement.lang = source.documentElement.lang;
  document.head.replaceWith(document.importNode(source.head, true));
  document.body.replaceWith(document.importNode(source.body, true));
}

/** The same memory the guard gives adapters, minus the expiry. */
const memory = newMemory;

/** Dispatches `event` at `target` and returns what the adapter said in the capture phase, as the guard would see it. */
function act(target: Element, event: Event, mem: ActionMemory = memory()): HeldAction | null {
  let result: HeldAction | null = null;
  const listener = (e: Event) => {
    result = tiktokAdapter.actionOf(e, mem);
  };
  window.addEventListener(event.type, listener, { capture: true });
  target.dispatchEvent(event);
  window.removeEventListener(event.type, listener, { capture: true });
  return result;
}
const click = (target: Element, mem?: ActionMemory) => act(target, new MouseEvent('click', { bubbles: true, cancelable: true }), mem);
const dblclick = (target: Element, mem?: ActionMemory) => act(target, new MouseEvent('dblclick', { bubbles: true, cancelable: true }), mem);
const key = (target: Element, init: KeyboardEventInit, mem?: ActionMemory) =>
  act(target, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }), mem);

const named = (name: string, root: ParentNode = document) => $(selectorList(tiktokAdapter, name), root);
/** The feed card of video `id`. */
const card = (id: string) => $(`[id$="-${id}"]`).closest('[data-e2e="recommend-list-item-container"]')!;
const icon = (id: string, e2e: string) => $(`[data-e2e="${e2e}"]`, card(id));

const V = {
  prabowo: '7330000000000000001',
  food: '7330000000000000002',
  anies: '7330000000000000003',
  traffic: '7330000000000000004',
  airin: '7330000000000000005',
  football: '7330000000000000006',
  prayer: '7330000000000000007',
  page: '7330000000000000101',
};

const TEXT = {
  id: { repost: 'Posting ulang', undo: 'Hapus posting ulang', copy: 'Salin tautan', friends: 'Kirim ke teman', following: 'Mengikuti' },
  en: { repost: 'Repost', undo: 'Remove repost', copy: 'Copy link', friends: 'Send to friends', following: 'Following' },
} as const;

/** What TikTok renders when the share opener is used: a panel outside the card (as site.js does). */
function openSharePanel(lang: Lang, reposted = false): Element {
  const t = TEXT[lang];
  const panel = document.createElement('div');
  panel.className = 'css-1d4mr3y-DivShareContainer';
  panel.innerHTML =
    `<button type="button" data-e2e="share-repost"><span>${reposted ? t.undo : t.repost}</span></button>` +
    '<a data-e2e="share-whatsapp" href="#"><span>WhatsApp</span></a>' +
    '<a data-e2e="share-facebook" href="#"><span>Facebook</span></a>' +
    `<button type="button" data-e2e="share-copy"><span>${t.copy}</span></button>` +
    `<button type="button" data-e2e="share-friends"><span>${t.friends}</span></button>`;
  document.body.appendChild(panel);
  return panel;
}

/** Types into a Draft.js editor the way its DOM ends up, and enables the submit like TikTok does. */
function type(editor: Element, text: string): void {
  const leaf = editor.querySelector('span[data-offset-key]') ?? editor;
  leaf.innerHTML = `<span data-text="true">${text}</span>`;
  const submit = editor.closest('[data-e2e="comment-input"]')?.parentElement?.querySelector('[data-e2e="comment-post"]');
  submit?.removeAttribute('disabled');
  submit?.setAttribute('aria-disabled', 'false');
}

describe('TikTok fixtures: selector counts', () => {
  for (const file of FILES) {
    it(`${file} matches expected.json`, () => {
      load(file);
      const counts: Record<string, number> = {};
      for (const name of Object.keys(tiktokAdapter.selectors)) counts[name] = document.querySelectorAll(selectorList(tiktokAdapter, name)).length;
      expect(counts).toEqual(expected[file]);
    });
  }

  it('expected.json covers every selector name for every fixture, and nothing else', () => {
    const names = Object.keys(tiktokAdapter.selectors).sort();
    for (const file of FILES) expect(Object.keys(expected[file]).sort()).toEqual(names);
  });

  it('fixtures are full documents in their interface language', () => {
    for (const file of FILES) {
      const source = readFileSync(DIR + file, 'utf8');
      expect(source).toMatch(file.includes('.id.') ? /<html lang="id"/ : /<html lang="en"/);
    }
  });
});

describe('TikTok page detectors', () => {
  const page = (href: string) =>
    Object.entries(tiktokAdapter.pages)
      .filter(([, detect]) => detect(new URL(href)))
      .map(([name]) => name);
  it('tells pages apart from the URL alone', () => {
    expect(page('https://www.tiktok.com/')).toEqual(['foryou']);
    expect(page('https://www.tiktok.com/foryou')).toEqual(['foryou']);
    expect(page('https://www.tiktok.com/following')).toEqual(['following']);
    expect(page('https://www.tiktok.com/@relawan.amin/video/7330000000000000101')).toEqual(['video']);
    expect(page('https://www.tiktok.com/@relawan.amin/photo/7330000000000000101')).toEqual(['video']);
    expect(page('https://www.tiktok.com/@relawan.amin')).toEqual(['profile']);
    expect(page('https://www.tiktok.com/search?q=pemilu')).toEqual(['search']);
    expect(page('https://www.tiktok.com/tag/pemilu2024')).toEqual(['tag']);
    expect(page('https://www.tiktok.com.evil.example/@a/video/1')).toEqual([]);
  });
});

for (const lang of LANGS) {
  const feed = `feed.${lang}.html`;
  const video = `video.${lang}.html`;
  const t = TEXT[lang];

  describe(`TikTok postOf (${lang})`, () => {
    it('reads a feed card: caption with hashtags, sound, author handle and name, id and permalink', () => {
      load(feed);
      const post = tiktokAdapter.postOf(icon(V.prabowo, 'like-icon'));
      expect(post?.text).toContain('Ayo coblos nomor 2, Prabowo-Gibran!');
      expect(post?.text).toContain('#pemilu2024');
      expect(post?.author).toEqual({ name: 'Prabowo Gibran', handle: 'prabowogibran.id', url: 'https://www.tiktok.com/@prabowogibran.id' });
      expect(post?.id).toBe(V.prabowo);
      expect(post?.url).toBe(`https://www.tiktok.com/@prabowogibran.id/video/${V.prabowo}`);
    });

    it('takes the author from the card, not from an account the caption mentions', () => {
      load(feed);
      const post = tiktokAdapter.postOf(icon(V.anies, 'share-icon'));
      expect(post?.text).toContain('Pak Anies keren di debat');
      expect(post?.text).toContain('@aniesbaswedan');
      expect(post?.author?.handle).toBe('relawan.amin');
    });

    it('falls back to the avatar link for the handle and to the cover alt text for the caption', () => {
      load(feed);
      const root = card(V.airin);
      $('[data-e2e="video-author-uniqueid"]', root).remove();
      $('[data-e2e="video-desc"]', root).remove();
      const post = tiktokAdapter.postOf(root);
      expect(post?.author?.handle).toBe('airin.banten');
      expect(post?.text).toContain('Airin menyapa warga Serang');
    });

    it('reads the video page: description, author from the page, id from the player', () => {
      load(video);
      const post = tiktokAdapter.postOf(named('commentEditor'));
      expect(post?.text).toContain('Pak Anies keren di debat semalam');
      expect(post?.text).toContain('#debatcapres');
      expect(post?.author?.handle).toBe('relawan.amin');
      expect(post?.author?.name).toBe('Relawan AMIN');
      expect(post?.id).toBe(V.page);
      expect(post?.url).toBe(`https://www.tiktok.com/@relawan.amin/video/${V.page}`);
    });

    it('uses the URL when the video page shows no handle, and returns null outside any post', () => {
      load(video);
      $('[data-e2e="browse-username"]').remove();
      $('[data-e2e="browse-user-avatar"]').remove();
      $('[data-e2e="browser-nickname"]').closest('a')!.removeAttribute('href');
      expect(tiktokAdapter.postOf(named('desc'))?.author?.handle).toBe('relawan.amin');
      load(feed);
      expect(tiktokAdapter.postOf($('[data-e2e="nav-foryou"]'))).toBeNull();
    });
  });

  describe(`TikTok actionOf (${lang})`, () => {
    it('holds a like from the heart button (icon, count or button itself)', () => {
      load(feed);
      const action = click(icon(V.prabowo, 'like-icon'));
      expect(action?.kind).toBe('like');
      expect(action?.target.tagName).toBe('BUTTON');
      expect(action?.post?.author?.handle).toBe('prabowogibran.id');
      expect(click(icon(V.anies, 'like-count'))?.post?.id).toBe(V.anies);
      expect(click(icon(V.airin, 'like-icon').closest('button')!)?.kind).toBe('like');
    });

    it('holds a like found by its label only when the icon hook is gone', () => {
      load(feed);
      const button = icon(V.prabowo, 'like-icon').closest('button')!;
      icon(V.prabowo, 'like-icon').removeAttribute('data-e2e');
      expect(click(button)?.kind).toBe('like');
    });

    it('does not hold an unlike (aria-pressed) and ignores unrelated clicks', () => {
      load(feed);
      expect(click(icon(V.traffic, 'like-icon'))).toBeNull();
      expect(click(icon(V.prabowo, 'undefined-icon'))).toBeNull(); // favourite
      expect(click($('[data-e2e="video-desc"]', card(V.prabowo)))).toBeNull();
      expect(click($('[data-e2e="nav-foryou"]'))).toBeNull();
      expect(click(named('player', card(V.prabowo)))).toBeNull(); // a single click pauses
    });

    it('holds a double-click on the video as a like, but not on a liked video or outside the player', () => {
      load(feed);
      const action = dblclick($('video', card(V.prabowo)));
      expect(action?.kind).toBe('like');
      expect(action?.post?.id).toBe(V.prabowo);
      expect(dblclick($('img', named('player', card(V.airin))))?.post?.id).toBe(V.airin);
      expect(dblclick($('video', card(V.traffic)))).toBeNull();
      expect(dblclick($('[data-e2e="video-desc"]', card(V.prabowo)))).toBeNull();
      load(video);
      expect(dblclick($('video'))?.post?.id).toBe(V.page);
    });

    it('holds the L shortcut on the video page and on a focused card, not while typing', () => {
      load(video);
      const action = key(document.body, { key: 'l' });
      expect(action?.kind).toBe('like');
      expect(action?.post?.id).toBe(V.page);
      expect(key(document.body, { key: 'L', shiftKey: true })?.kind).toBe('like');
      expect(key(document.body, { key: 'l', ctrlKey: true })).toBeNull();
      const editor = named('commentEditor') as HTMLElement;
      editor.focus();
      expect(key(editor, { key: 'l' })).toBeNull();
      load(feed);
      const item = card(V.anies) as HTMLElement;
      item.tabIndex = -1;
      item.focus();
      expect(key(item, { key: 'l' })?.post?.id).toBe(V.anies);
      // Nothing focused and no video playing in the feed: unsure, so no action.
      item.blur();
      expect(key(document.body, { key: 'l' })).toBeNull();
      expect(key(document.body, { key: 'm' })).toBeNull();
    });

    it('holds every share-panel target, remembering the post on the opener (two-step)', () => {
      load(feed);
      const mem = memory();
      expect(click(icon(V.anies, 'share-icon'), mem)).toBeNull();
      expect(mem.last?.id).toBe(V.anies);
      const panel = openSharePanel(lang);
      const repost = click($('[data-e2e="share-repost"] span', panel), mem);
      expect(repost?.kind).toBe('repost');
      expect(repost?.post?.id).toBe(V.anies);
      for (const target of ['share-whatsapp', 'share-facebook', 'share-copy', 'share-friends']) {
        const action = click($(`[data-e2e="${target}"]`, panel), mem);
        expect(action?.kind, target).toBe('share');
        expect(action?.post?.author?.handle, target).toBe('relawan.amin');
      }
    });

    it('finds the post of a panel opened by hover alone: the Share button it sits next to', () => {
      load(feed);
      const mem = memory();
      const panel = openSharePanel(lang);
      document.querySelectorAll('[data-e2e="share-icon"]').forEach((el, i) => placeAt(el, 560, 400 * (i + 1), 48, 48));
      const box = icon(V.prabowo, 'share-icon').getBoundingClientRect();
      placeAt(panel, box.right + 8, box.top, 360, 240);
      expect(click($('[data-e2e="share-copy"]', panel), mem)?.post?.id).toBe(V.prabowo);
      expect(mem.last).toBeUndefined(); // found by position: nothing needed remembering
    });

    it('does not hold "remove repost", nor a share item with no known post', () => {
      load(feed);
      const mem = memory();
      click(icon(V.anies, 'share-icon'), mem);
      const panel = openSharePanel(lang, true);
      expect($('[data-e2e="share-repost"]', panel).textContent).toBe(t.undo);
      expect(click($('[data-e2e="share-repost"]', panel), mem)).toBeNull();
      expect(click($('[data-e2e="share-copy"]', panel), memory())).toBeNull();
      // A comment opener's post is not taken for the shared one.
      const other = memory();
      click(icon(V.prabowo, 'comment-icon'), other);
      expect(click($('[data-e2e="share-copy"]', panel), other)).toBeNull();
    });

    it('holds a direct repost button inside a card', () => {
      load(feed);
      const button = document.createElement('button');
      button.setAttribute('data-e2e', 'video-repost');
      icon(V.prabowo, 'share-icon').closest('section')!.appendChild(button);
      expect(click(button)?.kind).toBe('repost');
      expect(click(button)?.post?.id).toBe(V.prabowo);
    });

    it('holds a comment from the submit button and from Enter, with the draft and the video', () => {
      load(video);
      const editor = named('commentEditor');
      const submit = named('commentSubmit');
      expect(click(submit)).toBeNull(); // disabled while empty
      expect(key(editor, { key: 'Enter' })).toBeNull(); // Enter in an empty box sends nothing
      type(editor, 'Setuju, coblos nomor 1!');
      const byClick = click(submit);
      expect(byClick?.kind).toBe('comment');
      expect(byClick?.draft).toBe('Setuju, coblos nomor 1!');
      expect(byClick?.post?.id).toBe(V.page);
      const byKey = key($('span[data-text="true"]', editor), { key: 'Enter' });
      expect(byKey?.kind).toBe('comment');
      expect(byKey?.target).toBe(editor);
      expect(byKey?.draft).toBe('Setuju, coblos nomor 1!');
      expect(key(editor, { key: 'Enter', ctrlKey: true })?.kind).toBe('comment');
      expect(key(editor, { key: 'Enter', shiftKey: true })).toBeNull();
      expect(key(editor, { key: 'Enter', isComposing: true })).toBeNull();
      expect(key(editor, { key: 'a' })).toBeNull();
    });

    it('holds a comment in the feed side panel on the post whose comment opener was used', () => {
      load(feed);
      const mem = memory();
      expect(click(icon(V.airin, 'comment-icon'), mem)).toBeNull();
      const panel = document.createElement('div');
      panel.innerHTML =
        '<div><div data-e2e="comment-input"><div class="DraftEditor-root"><div contenteditable="true"><div data-contents="true"><div data-block="true"><div><span data-offset-key="x-0-0"><br data-text="true"></span></div></div></div></div></div></div>' +
        '<div data-e2e="comment-post" role="button" tabindex="0" aria-disabled="true">Post</div></div>';
      document.body.appendChild(panel);
      const editor = named('commentEditor', panel);
      expect(click(named('commentSubmit', panel), mem)).toBeNull();
      type(editor, 'Dukung Bu Airin!');
      const action = click(named('commentSubmit', panel), mem);
      expect(action?.kind).toBe('comment');
      expect(action?.post?.author?.handle).toBe('airin.banten');
      expect(tiktokAdapter.composerOf(named('commentSubmit', panel))).toEqual({ text: 'Dukung Bu Airin!', kind: 'comment' });
    });

    it('holds a follow (feed "+" and the video page button) with the account and its caption, not an unfollow', () => {
      load(feed);
      const plus = click($('[data-e2e="feed-follow"] span', card(V.prabowo)));
      expect(plus?.kind).toBe('follow');
      expect(plus?.post?.author?.handle).toBe('prabowogibran.id');
      expect(plus?.post?.text).toContain('Prabowo Gibran @prabowogibran.id');
      load(video);
      const follow = named('follow');
      expect(click(follow)?.post?.author?.handle).toBe('relawan.amin');
      follow.textContent = t.following;
      expect(click(follow)).toBeNull();
    });

    it('holds a follow on a profile page from the URL handle', () => {
      load(feed, '/@airin.banten');
      const header = document.createElement('div');
      header.innerHTML = '<h1 data-e2e="user-title">airin.banten</h1><h2 data-e2e="user-subtitle">Airin Rachmi Diany</h2><h2 data-e2e="user-bio">Cagub Banten nomor 1</h2><button data-e2e="follow-button">Follow</button>';
      document.body.appendChild(header);
      const action = click(named('follow', header));
      expect(action?.post?.author).toEqual({ name: 'Airin Rachmi Diany', handle: 'airin.banten', url: 'https://www.tiktok.com/@airin.banten' });
      expect(action?.post?.text).toContain('Cagub Banten nomor 1');
    });
  });

  describe(`TikTok composerOf (${lang})`, () => {
    it('reads the comment draft from the editor or the submit, without the placeholder', () => {
      load(video);
      const editor = named('commentEditor');
      expect(tiktokAdapter.composerOf(editor)).toEqual({ text: '', kind: 'comment' });
      type(editor, 'Terima kasih infonya');
      expect(tiktokAdapter.composerOf(named('commentSubmit'))).toEqual({ text: 'Terima kasih infonya', kind: 'comment' });
      expect(tiktokAdapter.composerOf(named('desc'))).toBeNull();
    });
  });
}
