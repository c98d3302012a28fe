// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { URL as NodeURL, fileURLToPath } from 'node:url';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { xAdapter } from '../../src/platforms/x/index';
import { selectorList, type ActionMemory, type HeldAction } from '../../src/platforms/types';
import expected from '../fixtures/x/expected.json';
import { $, newMemory } from './kit';

const DIR = fileURLToPath(new NodeURL('../fixtures/x/', import.meta.url));
const FILES = Object.keys(expected) as (keyof typeof expected)[];
const HOME_PATH = '/home';
const STATUS_PATH = '/relawankmpg_x/status/1749100000000000201';

const parsed = new Map<string, Document>();

/** Loads a fixture into the test document (its scripts do not run). */
function load(file: string, path = file.startsWith('status') ? STATUS_PATH : HOME_PATH): void {
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
    result = xAdapter.actionOf(e, mem);
  };
  window.addEventListener(event.type, listener, { capture: true });
  target.dispatchEvent(event);
  window.removeEventListener(event.type, listener, { capture: true });
  return result;
}
const click = (target: Element, mem?: ActionMemory) => act(target, new MouseEvent('click', { bubbles: true, cancelable: true }), mem);
const key = (target: Element, init: KeyboardEventInit, mem?: ActionMemory) =>
  act(target, new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }), mem);

const named = (name: string, root: ParentNode = document) => $(selectorList(xAdapter, name), root);
/** The article of the status `id`. */
const article = (id: string) => $(`a[href$="/status/${id}"]`).closest('article[data-testid="tweet"]')!;

/** What X does when the draft becomes non-empty. */
function enable(submit: Element): Element {
  submit.removeAttribute('disabled');
  submit.setAttribute('aria-disabled', 'false');
  return submit;
}

/** Types into a Draft.js editor the way its DOM ends up, and enables the submit like X does. */
function type(editor: Element, text: string): void {
  const leaf = editor.querySelector('span[data-offset-key]') ?? editor;
  leaf.innerHTML = `<span data-text="true">${text}</span>`;
  const box = editor.closest('[role="dialog"], [data-testid="cellInnerDiv"], [data-testid="primaryColumn"] > *')!;
  enable(named('submit', box));
}

const T = {
  candidate: '1749000000000000101',
  food: '1749000000000000102',
  traffic: '1749000000000000103',
  anies: '1749000000000000104',
  quote: '1749000000000000105',
  football: '1749000000000000106',
  prayer: '1749000000000000107',
  focal: '1749100000000000201',
  reply01: '1749100000000000203',
};

describe('X fixtures: selector counts', () => {
  for (const file of FILES) {
    it(`${file} matches expected.json`, () => {
      load(file);
      const counts: Record<string, number> = {};
      for (const name of Object.keys(xAdapter.selectors)) counts[name] = document.querySelectorAll(selectorList(xAdapter, name)).length;
      expect(counts).toEqual(expected[file]);
    });
  }

  it('expected.json covers every selector name for every fixture, and nothing else', () => {
    const names = Object.keys(xAdapter.selectors).sort();
    for (const file of FILES) expect(Object.keys(expected[file]).sort()).toEqual(names);
  });
});

describe('X page detectors', () => {
  const page = (href: string) =>
    Object.entries(xAdapter.pages)
      .filter(([, detect]) => detect(new URL(href)))
      .map(([name]) => name);
  it('tells pages apart from the URL alone', () => {
    expect(page('https://x.com/home')).toEqual(['home']);
    expect(page('https://x.com/someone/status/123')).toEqual(['status']);
    expect(page('https://x.com/someone/status/123/photo/1')).toEqual(['status']);
    expect(page('https://x.com/someone')).toEqual(['profile']);
    expect(page('https://x.com/someone/with_replies')).toEqual(['profile']);
    expect(page('https://x.com/compose/post')).toEqual(['compose']);
    expect(page('https://x.com/explore')).toEqual([]);
    expect(page('https://x.com/search?q=pemilu')).toEqual(['search']);
  });
});

describe.each(['en', 'id'])('X adapter on the %s UI', (lang) => {
  const home = `home.${lang}.html`;
  const status = `status.${lang}.html`;

  beforeAll(() => {
    // X's own behaviour (menus, modals), so multi-step flows run on the DOM X would build.
    new Function(readFileSync(DIR + 'site.js', 'utf8'))();
  });
  beforeEach(() => {
    load(home);
    (window as unknown as { __site: string[] }).__site.length = 0;
  });
  const site = () => (window as unknown as { __site: string[] }).__site;

  describe('postOf', () => {
    it('reads text, author, permalink, time and id of a candidate post', () => {
      const post = xAdapter.postOf(named('like', article(T.candidate)));
      expect(post).toMatchObject({
        author: { name: 'Relawan Kampung', handle: 'relawankmpg_x', url: 'http://localhost:3000/relawankmpg_x' },
        url: `http://localhost:3000/relawankmpg_x/status/${T.candidate}`,
        time: '2024-01-21T03:15:00.000Z',
        id: T.candidate,
      });
      expect(post!.text).toBe('Ayo coblos nomor 2, Prabowo-Gibran! 🇮🇩 #Pemilu2024');
    });

    it('appends the quoted post, keeping the outer author', () => {
      const post = xAdapter.postOf(named('share', article(T.quote)))!;
      expect(post.author?.handle).toBe('rina_k_x');
      expect(post.id).toBe(T.quote);
      expect(post.text).toContain('Ini menarik, coba baca 👇');
      expect(post.text).toContain('Kabar Pemilu @kabarpemilu_x: Ganjar–Mahfud janji internet gratis');
      expect(post.text).toContain('Ganjar Pranowo dan Mahfud MD di panggung kampanye');
      // The verified-affiliate badge is a div[role=link] too, but not a quoted post.
      expect(post.author?.name).toBe('Rina K.');
    });

    it('works from inside the quoted post as well (the post acted on is the outer one)', () => {
      const inner = $('div[role="link"] [data-testid="tweetText"]', article(T.quote));
      expect(xAdapter.postOf(inner)?.id).toBe(T.quote);
    });

    it('includes meaningful photo alts and link cards, not the generic "Image"', () => {
      expect(xAdapter.postOf(article(T.food))!.text).toContain('Sepiring nasi goreng kambing');
      const traffic = xAdapter.postOf(article(T.traffic))!;
      expect(traffic.text).toContain('Kepadatan di Tol Japek pagi ini');
      expect(traffic.author?.handle).toBe('infolalin_x');
    });

    it('reads a promoted post without a time link', () => {
      const promoted = xAdapter.postOf($('[data-testid="placementTracking"] article'))!;
      expect(promoted.text).toContain('Diskon 50%');
      expect(promoted.author?.handle).toBe('batiknusa_x');
      expect(promoted.id).toBe('1749000000000000108');
      expect(promoted.time).toBeUndefined();
    });

    it('returns null outside posts', () => {
      expect(xAdapter.postOf(named('composerText'))).toBeNull();
    });
  });

  describe('clicks', () => {
    it('like on a candidate post', () => {
      const like = named('like', article(T.candidate));
      const action = click($('svg', like));
      expect(action?.kind).toBe('like');
      expect(action?.target).toBe(like);
      expect(action?.post?.text).toContain('Prabowo-Gibran');
      expect(action?.post?.author?.handle).toBe('relawankmpg_x');
      expect(action?.post?.id).toBe(T.candidate);
    });

    it('unlike is not an action', () => {
      expect(click(named('unlike', article(T.prayer)))).toBeNull();
    });

    it('the reply opener is the intent to comment, and remembers the post', () => {
      const mem = memory();
      const action = click(named('reply', article(T.anies)), mem);
      expect(action).toMatchObject({ kind: 'comment', post: { id: T.anies } });
      expect(action?.post?.text).toContain('Pak Anies keren di debat');
      expect(mem.last?.id).toBe(T.anies);
    });

    it('repost is two steps: the opener only remembers, the confirm reposts', () => {
      const mem = memory();
      expect(click(named('retweet', article(T.candidate)), mem)).toBeNull();
      expect(mem.last?.id).toBe(T.candidate);
      const confirm = named('repostConfirm');
      const action = click(confirm, mem);
      expect(action).toMatchObject({ kind: 'repost', target: confirm, post: { id: T.candidate } });
      expect(site()).toEqual(['repost:' + T.candidate]);
    });

    it('a repost confirm with nothing remembered is not held', () => {
      click(named('retweet', article(T.candidate)));
      expect(click(named('repostConfirm'), memory())).toBeNull();
    });

    it('undo repost is not an action', () => {
      const mem = memory();
      expect(click(named('unretweet', article(T.traffic)), mem)).toBeNull();
      expect(click(named('undoRepost'), mem)).toBeNull();
    });

    it('quote: the menu item, then the composer with the quoted post attached', () => {
      const mem = memory();
      click(named('retweet', article(T.anies)), mem);
      const quote = named('quoteMenuItem');
      expect(click(quote, mem)).toMatchObject({ kind: 'quote', target: quote, post: { id: T.anies } });
      expect(site()).toEqual(['quote-open:' + T.anies]);
      const dialog = named('dialog');
      const editor = named('composerText', dialog);
      editor.textContent = 'Setuju sekali';
      const submit = enable(named('submit', dialog));
      expect(xAdapter.composerOf(submit)).toEqual({ text: 'Setuju sekali', kind: 'quote' });
      const action = click(submit, mem);
      expect(action).toMatchObject({ kind: 'quote', draft: 'Setuju sekali', post: { id: T.anies } });
      expect(action?.post?.text).toContain('Pak Anies');
      // Without memory the attached card still says what is quoted.
      load(home);
      click(named('retweet', article(T.anies)));
      click(named('quoteMenuItem'));
      named('composerText', named('dialog')).textContent = 'x';
      enable(named('submit', named('dialog')));
      const bare = click(named('submit', named('dialog')), memory());
      expect(bare?.kind).toBe('quote');
      expect(bare?.post?.author?.handle).toBe('ari_pemilih');
      expect(bare?.post?.text).toContain('Pak Anies');
    });

    it('share: the opener remembers, a share menu item shares', () => {
      const mem = memory();
      const opener = named('share', article(T.candidate));
      expect(click(opener, mem)).toBeNull();
      expect(opener.getAttribute('aria-expanded')).toBe('true');
      const items = document.querySelectorAll(selectorList(xAdapter, 'shareMenuItems'));
      expect(items).toHaveLength(3);
      const action = click(items[0]!, mem);
      expect(action).toMatchObject({ kind: 'share', target: items[0], post: { id: T.candidate } });
      expect(site()).toEqual(['share:copy:' + T.candidate]);
    });

    it('share menu items are recognised from memory when the opener state is unknown', () => {
      const mem = memory();
      const opener = named('share', article(T.food));
      click(opener, mem);
      opener.removeAttribute('aria-expanded');
      const dm = document.querySelectorAll(selectorList(xAdapter, 'shareMenuItems'))[1]!;
      expect(click(dm, mem)).toMatchObject({ kind: 'share', post: { id: T.food } });
    });

    it("items of other menus (the post's More menu) are not shares", () => {
      const mem = memory();
      click(named('share', article(T.candidate)), mem);
      document.body.click(); // closes the share menu
      const caret = named('caret', article(T.candidate));
      expect(click(caret, mem)).toBeNull();
      caret.setAttribute('aria-expanded', 'true');
      named('layers').innerHTML = '<div role="menu" data-testid="Dropdown"><div role="menuitem" tabindex="0"><span>Mute</span></div></div>';
      expect(click(named('shareMenuItems'), mem)).toBeNull();
      caret.setAttribute('aria-expanded', 'false');
      expect(click(named('shareMenuItems'), mem)).toBeNull();
    });

    it('follow a candidate account from a UserCell: name, handle and bio', () => {
      const button = named('follow', $('[data-testid="UserAvatar-Container-timnasamin_x"]').closest('[data-testid="UserCell"]')!);
      const action = click(button);
      expect(action?.kind).toBe('follow');
      expect(action?.post?.author).toMatchObject({ name: 'Timnas AMIN', handle: 'timnasamin_x' });
      expect(action?.post?.text).toContain('Timnas AMIN');
      expect(action?.post?.text).toContain('Anies Baswedan');
      expect(action?.post?.text).not.toMatch(/\b(Follow|Ikuti)\b/);
      expect(site()).toEqual(['follow:timnasamin_x']);
    });

    it('unfollow is not an action', () => {
      expect(click(named('unfollow'))).toBeNull();
    });

    it('home composer submit: a new post with its draft', () => {
      const editor = named('composerText');
      type(editor, 'Selamat pagi semua, jangan lupa sarapan');
      const submit = named('submit');
      expect(xAdapter.composerOf(editor)).toEqual({ text: 'Selamat pagi semua, jangan lupa sarapan', kind: 'post' });
      const action = click(submit);
      expect(action).toMatchObject({ kind: 'post', target: submit, draft: 'Selamat pagi semua, jangan lupa sarapan' });
      expect(action?.post).toBeUndefined();
    });

    it('a disabled submit is not an action', () => {
      expect(click(named('submit'))).toBeNull();
    });

    it('reply modal submit: a comment on the post replied to', () => {
      const mem = memory();
      click(named('reply', article(T.candidate)), mem);
      expect(site()).toEqual(['reply-open:' + T.candidate]);
      const dialog = named('dialog');
      named('composerText', dialog).textContent = 'Setuju, nomor 2!';
      const action = click(enable(named('submit', dialog)), memory());
      expect(action).toMatchObject({ kind: 'comment', draft: 'Setuju, nomor 2!', post: { id: T.candidate } });
      expect(action?.post?.text).toContain('Prabowo-Gibran');
      expect(site()).toEqual(['reply-open:' + T.candidate, `reply:${T.candidate}:Setuju, nomor 2!`]);
    });

    it('clicks that do nothing public are not actions', () => {
      const post = article(T.candidate);
      expect(click(named('postText', post))).toBeNull();
      expect(click($('[data-testid="bookmark"]', post))).toBeNull();
      expect(click(named('caret', post))).toBeNull();
      expect(click(named('userName', post))).toBeNull();
      expect(click($('a[href$="/analytics"]', post))).toBeNull();
      expect(click($('[data-testid="SideNav_NewTweet_Button"]'))).toBeNull();
    });
  });

  describe('keyboard', () => {
    it('l likes the focused post', () => {
      const post = article(T.candidate) as HTMLElement;
      const like = named('like', post);
      post.focus();
      expect(document.activeElement).toBe(post);
      const action = key(post, { key: 'l' });
      expect(action).toMatchObject({ kind: 'like', target: like, post: { id: T.candidate } });
      expect(site()).toEqual(['like:' + T.candidate]);
    });

    it('l on an already liked post, with a modifier, or with nothing focused is not an action', () => {
      const liked = article(T.prayer) as HTMLElement;
      liked.focus();
      expect(key(liked, { key: 'l' })).toBeNull();
      const post = article(T.candidate) as HTMLElement;
      post.focus();
      expect(key(post, { key: 'l', ctrlKey: true })).toBeNull();
      expect(key(post, { key: 'L', shiftKey: true })).toBeNull();
      post.blur();
      expect(key(document.body, { key: 'l' })).toBeNull();
    });

    it('l typed in the composer is text, not a like', () => {
      const editor = named('composerText') as HTMLElement;
      editor.focus();
      expect(key(editor, { key: 'l' })).toBeNull();
    });

    it('r comments on the focused post; t remembers it for the repost menu', () => {
      const post = article(T.anies) as HTMLElement;
      post.focus();
      const mem = memory();
      expect(key(post, { key: 'r' }, mem)).toMatchObject({ kind: 'comment', post: { id: T.anies } });
      (named('layers') as HTMLElement).innerHTML = '';
      post.focus();
      const mem2 = memory();
      expect(key(post, { key: 't' }, mem2)).toBeNull();
      expect(mem2.last?.id).toBe(T.anies);
      // The site opened its menu and focused the confirm item; Enter presses it.
      const confirm = named('repostConfirm');
      expect(key(confirm, { key: 'Enter' }, mem2)).toMatchObject({ kind: 'repost', post: { id: T.anies } });
      expect(site()).toContain('repost:' + T.anies);
    });

    it('Ctrl/⌘+Enter in a composer submits it', () => {
      const editor = named('composerText');
      type(editor, 'Hujan deras di Bekasi');
      const action = key(editor, { key: 'Enter', ctrlKey: true });
      expect(action).toMatchObject({ kind: 'post', target: editor, draft: 'Hujan deras di Bekasi' });
      expect(site()).toEqual(['post:Hujan deras di Bekasi']);
      type(editor, 'Hujan reda');
      expect(key(editor, { key: 'Enter', metaKey: true })?.kind).toBe('post');
      expect(key(editor, { key: 'Enter' })).toBeNull();
    });

    it('Ctrl+Enter in an empty composer (disabled submit) is not an action', () => {
      expect(key(named('composerText'), { key: 'Enter', ctrlKey: true })).toBeNull();
    });

    it('other event types are only observed', () => {
      const like = named('like', article(T.candidate));
      expect(act(like, new MouseEvent('pointerover', { bubbles: true }))).toBeNull();
      expect(act(like, new FocusEvent('focusin', { bubbles: true }))).toBeNull();
    });
  });

  describe('status page', () => {
    beforeEach(() => load(status));

    it('the focal post is candidate content', () => {
      const focal = article(T.focal);
      const post = xAdapter.postOf(focal)!;
      expect(post).toMatchObject({ id: T.focal, author: { handle: 'relawankmpg_x' }, time: '2024-01-21T03:15:00.000Z' });
      expect(post.text).toContain('Pak Prabowo dan Mas Gibran hadir di Solo');
      expect(post.text).toContain('Gibran Rakabuming melambaikan tangan');
      expect(click(named('like', focal))?.post?.id).toBe(T.focal);
    });

    it('the inline reply composer comments on the focal post', () => {
      const editor = named('composerText');
      expect(xAdapter.composerOf(editor)).toEqual({ text: '', kind: 'comment' });
      type(editor, 'Mantap, sukses acaranya');
      const action = click(named('submit'));
      expect(action).toMatchObject({ kind: 'comment', draft: 'Mantap, sukses acaranya', post: { id: T.focal } });
      expect(site()).toEqual([`reply:${T.focal}:Mantap, sukses acaranya`]);
      type(editor, 'Hadir!');
      expect(key(editor, { key: 'Enter', ctrlKey: true })).toMatchObject({ kind: 'comment', target: editor, draft: 'Hadir!', post: { id: T.focal } });
    });

    it('replies are posts of their own', () => {
      const reply = xAdapter.postOf(article(T.reply01))!;
      expect(reply.text).toContain('Anies-Muhaimin nomor 1');
      expect(reply.author?.handle).toBe('pendukung01_x');
      expect(click(named('like', article('1749100000000000202')))?.post?.text).toContain('Solo macet total');
    });

    it('follow from the focal post header and from the sidebar', () => {
      const header = named('follow', article(T.focal));
      const action = click(header);
      expect(action).toMatchObject({ kind: 'follow', post: { author: { handle: 'relawankmpg_x', name: 'Relawan Kampung' } } });
      const cell = named('follow', named('userCell'));
      const fromCell = click(cell);
      expect(fromCell?.post?.text).toContain('Coblos nomor 2');
      expect(fromCell?.post?.author?.handle).toBe('relawankmpg_x');
    });
  });
});
