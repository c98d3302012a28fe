/**
 * Reading a video (caption, hashtags, author, id) off TikTok's DOM.
 * Read-only, no layout: `closest`, `querySelector`, `textContent`.
 */
import { readText } from '../dom';
import type { Author, PostInfo } from '../types';
import { profileHandleOf, videoOf } from './pages';
import { TIKTOK_SELECTORS, type TikTokSelectorName } from './selectors';

const BASE = 'https://www.tiktok.com/';
const joined = new Map<TikTokSelectorName, string>();

/** A named selector as one CSS selector list. */
export function css(name: TikTokSelectorName): string {
  let list = joined.get(name);
  if (list === undefined) {
    list = TIKTOK_SELECTORS[name].join(', ');
    joined.set(name, list);
  }
  return list;
}

/** The page's URL, or null outside a browsing context. */
export function pageUrl(element: Element): URL | null {
  try {
    return new URL(element.ownerDocument.defaultView?.location.href ?? '');
  } catch {
    return null;
  }
}

/**
 * The full-page video view (`/@user/video/<id>` opened directly): TikTok
 * wraps it in no item container, so the page's `main` is the post — but
 * only when it shows a detail caption or author (the feed's `main` holds
 * many cards and is never one post).
 */
function detailRoot(element: Element): Element | null {
  const main = element.closest('main');
  if (!main) return null;
  return main.querySelector('[data-e2e="browse-video-desc"], [data-e2e="browse-username"]') ? main : null;
}

/** The feed card, browse modal or video page that `element` belongs to. */
export function postContainer(element: Element): Element | null {
  return element.closest(`${css('feedItem')}, ${css('browseVideo')}`) ?? detailRoot(element);
}

/** Generic alt texts that say nothing about the video. */
const GENERIC_ALT = /^(|video|image|gambar|foto|photo|cover|sampul|avatar|profile picture|foto profil)$/i;

const HANDLE = /^@?([\w.-]{1,64})$/;

function handleOfHref(href: string | null): string | undefined {
  return /^(?:https:\/\/www\.tiktok\.com)?\/@([\w.-]{1,64})\/?(?:[?#].*)?$/.exec(href ?? '')?.[1];
}

function authorOf(root: Element, fallback?: string): Author | undefined {
  const handleText = readText(root.querySelector(css('handle')));
  let handle = HANDLE.exec(handleText)?.[1];
  if (!handle) {
    const avatar = root.querySelector(css('avatar'));
    const link = avatar?.closest('a[href]') ?? avatar?.querySelector('a[href]');
    handle = handleOfHref(link?.getAttribute('href') ?? null);
  }
  if (!handle) {
    // The profile link around the name (captions also link the accounts they mention: not those).
    const link = (root.querySelector(css('nickname')) ?? root.querySelector(css('handle')))?.closest('a[href^="/@"]');
    handle = handleOfHref(link?.getAttribute('href') ?? null);
  }
  handle ??= fallback;
  const nickname = root.querySelector(css('nickname'));
  // The detail nickname reads "Name · date": keep the name.
  const name = (readText(nickname?.firstElementChild ?? nickname).split(' · ')[0] ?? '').trim() || undefined;
  if (!handle && !name) return undefined;
  return { name, handle, url: handle ? new URL(`/@${handle}`, BASE).toString() : undefined };
}

function idOf(root: Element): string | undefined {
  const player = root.querySelector(css('playerId'));
  const fromPlayer = /^xgwrapper-\d+-(\d+)$/.exec(player?.id ?? '')?.[1];
  if (fromPlayer) return fromPlayer;
  const link = root.querySelector('a[href*="/video/"], a[href*="/photo/"]');
  return /\/(?:video|photo)\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1];
}

/** Caption with its hashtags and mentions, the sound's title, and meaningful image alt text. */
function textOf(root: Element): string {
  const parts = [readText(root.querySelector(css('desc'))), readText(root.querySelector(css('music')))];
  if (!parts[0]) {
    // Photo posts and some cards carry the caption only as the cover's alt text.
    for (const img of root.querySelectorAll(TIKTOK_SELECTORS.player.map((s) => `${s} img[alt]`).join(', '))) {
      const alt = (img.getAttribute('alt') ?? '').trim();
      if (!GENERIC_ALT.test(alt)) parts.push(alt);
    }
  }
  return parts.filter(Boolean).join('\n');
}

/** What `root` (a post container) shows. The URL fills what the full video page does not repeat. */
export function readPost(root: Element): PostInfo | null {
  const url = pageUrl(root);
  const page = url && (root.tagName === 'MAIN' || root.matches(css('browseVideo'))) ? videoOf(url) : undefined;
  const author = authorOf(root, page?.handle);
  const id = idOf(root) ?? page?.id;
  let text = textOf(root);
  if (!text && page) text = root.ownerDocument.querySelector('meta[property="og:description"]')?.getAttribute('content')?.trim() ?? '';
  if (!text && !author?.handle) return null;
  const handle = author?.handle ?? page?.handle;
  return {
    text,
    author,
    id,
    url: handle && id ? new URL(`/@${handle}/video/${id}`, BASE).toString() : undefined,
  };
}

/** The video `element` belongs to. */
export function postOf(element: Element): PostInfo | null {
  const root = postContainer(element);
  return root ? readPost(root) : null;
}

/**
 * The video on screen for a keyboard shortcut, without layout: the focused
 * card, else the single video of a video page or browse modal, else the
 * card whose video is playing. Null when it cannot be told.
 */
export function currentPost(focused: Element): Element | null {
  const own = postContainer(focused);
  if (own) return own;
  const doc = focused.ownerDocument;
  const browse = doc.querySelectorAll(css('browseVideo'));
  if (browse.length === 1) return browse[0] ?? null;
  const detail = doc.querySelector('main [data-e2e="browse-video-desc"], main [data-e2e="browse-username"]');
  if (detail) return detailRoot(detail);
  const playing = [...doc.querySelectorAll(`${css('feedItem')} video`)].filter((video) => (video as HTMLVideoElement).paused === false);
  return playing.length === 1 && playing[0] ? postContainer(playing[0]) : null;
}

/**
 * The account a follow button is about, as a "post" to assess: the video's
 * author with its caption, or on a profile page the header and bio.
 */
export function accountOf(button: Element): PostInfo | null {
  const root = postContainer(button);
  if (root) {
    const post = readPost(root);
    if (!post) return null;
    const who = [post.author?.name, post.author?.handle ? `@${post.author.handle}` : ''].filter(Boolean).join(' ');
    return { ...post, text: [who, post.text].filter(Boolean).join('\n') };
  }
  const url = pageUrl(button);
  const handle = url ? profileHandleOf(url) : undefined;
  if (!handle) return null;
  const doc = button.ownerDocument;
  const titles = [...doc.querySelectorAll(css('profileTitle'))].map((el) => readText(el));
  const name = titles.find((t) => HANDLE.exec(t)?.[1] !== handle) ?? undefined;
  const text = [...titles, readText(doc.querySelector(css('profileBio')))].filter(Boolean).join('\n');
  const profile = new URL(`/@${handle}`, BASE).toString();
  return { text: text || `@${handle}`, author: { name, handle, url: profile }, url: profile };
}
