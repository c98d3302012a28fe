/**
 * Finding and reading posts and comments. A post is an `<article>` (feed,
 * post page, post dialog); where a surface renders none (the reels pager),
 * the post is the widest ancestor holding exactly one post-level heart.
 * Comments are `ul li` rows under the post; the caption row (its `h1`) is
 * not a comment.
 */
import { readText } from '../dom';
import type { Author, PostInfo } from '../types';
import { profileOf, shortcodeOf } from './pages';
import { ICONS, instagramSelectors as S, type InstagramSelectorName } from './selectors';

export const sel = (name: InstagramSelectorName): string => S[name].join(', ');

export const IG_BASE = 'https://www.instagram.com/';
/** The post-level heart in either state (comment hearts are 12/16 px). */
const POST_HEART = [...ICONS.like, ...ICONS.unlike].map((s) => `${s}[height="24"]`).join(', ');
/** Parts of a post that are not its content when reading its text. */
const NOT_CONTENT = '[role="button"], button, a[href], form, ul li, time, svg, [role="dialog"]';

/** The document's URL on Instagram, else the Instagram origin (tests, about:blank). */
export function baseOf(element: Element): string {
  const href = element.ownerDocument.location?.href ?? '';
  return /^https:\/\/(www\.)?instagram\.com\//.test(href) ? href : IG_BASE;
}

function urlOf(href: string | null | undefined, base: string): URL | undefined {
  if (!href || href === '#') return undefined;
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

/** The user name a link points to when it is a profile link ("/prabowo/"). */
export function handleOf(link: Element): string | undefined {
  const url = urlOf(link.getAttribute('href'), baseOf(link));
  return url ? profileOf(url) : undefined;
}

export const profileUrl = (handle: string): string => `${IG_BASE}${handle}/`;

/** The post containing `element`, or null. */
export function postContainer(element: Element): Element | null {
  const article = element.closest('article');
  if (article) return article;
  let found: Element | null = null;
  const body = element.ownerDocument.body;
  for (let node: Element | null = element; node && node !== body; node = node.parentElement) {
    const hearts = node.querySelectorAll(POST_HEART).length;
    if (hearts > 1) break;
    if (hearts === 1) found = node;
  }
  return found;
}

/** The comment row containing `element`, if any (not the caption row). */
export function commentContainer(element: Element): Element | null {
  const row = element.closest('ul li');
  if (!row || row.querySelector('h1')) return null;
  return postContainer(row) ? row : null;
}

/** Elements under `root` matching `selector`, outside comments and not nested in another match. */
function ownMatches(root: Element, selector: string, inComment: Element | null = null): Element[] {
  const found = [...root.querySelectorAll(selector)].filter((el) => commentContainer(el) === inComment);
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}

/** The first profile link with visible text: the author's name link. */
function authorOf(root: Element, inComment: Element | null): Author | undefined {
  let handle: string | undefined;
  let name: string | undefined;
  for (const link of root.querySelectorAll('a[href]')) {
    if (commentContainer(link) !== inComment) continue;
    const own = handleOf(link);
    if (!own) continue;
    handle ??= own; // the avatar link comes first and has no text
    // textContent, not readText: the avatar link's only "text" is its image alt.
    const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (own === handle && text) {
      name = text;
      break;
    }
  }
  if (!handle) {
    // No profile link (a layout we do not know): the avatar's alt names the account.
    const alt = root.querySelector(sel('avatar'))?.getAttribute('alt') ?? '';
    handle = /^Foto profil (\S+)$/.exec(alt)?.[1] ?? /^(\S+)'s profile picture$/.exec(alt)?.[1];
  }
  return handle ? { name: name ?? handle, handle, url: profileUrl(handle) } : undefined;
}

/** Caption (post page h1, feed caption span), hashtags included, and media alt text. */
function postText(post: Element): string {
  const captions = ownMatches(post, 'h1');
  const spans = captions.length
    ? captions
    : ownMatches(post, 'span[dir="auto"]').filter((el) => !el.closest('a[href], [role="button"], button, form'));
  const parts = spans.map((el) => readText(el, '[role="button"], button'));
  for (const img of post.querySelectorAll('img[alt]')) {
    const link = img.closest('a[href]');
    if (commentContainer(img) || img.matches(sel('avatar')) || (link && isProfileLink(link))) continue;
    parts.push(img.getAttribute('alt') ?? '');
  }
  const text = parts.map((p) => p.trim()).filter(Boolean).join(' ');
  // No caption markup we know: the post's own words outside controls.
  return text || readText(post, NOT_CONTENT, 5000);
}

const isProfileLink = (link: Element): boolean => handleOf(link) !== undefined;

/** The post's permalink (`/p/<code>/`), from its time link or any post link outside comments. */
function permalinkOf(post: Element): URL | undefined {
  const base = baseOf(post);
  for (const link of ownMatches(post, sel('postLink'))) {
    const url = urlOf(link.getAttribute('href'), base);
    if (url && shortcodeOf(url) && !/\/(liked_by|c)\//.test(url.pathname)) return url;
  }
  // A post page names its post in the address; trust it only for the page's only post.
  const page = urlOf(base, base);
  const posts = post.ownerDocument.querySelectorAll(sel('post'));
  return page && shortcodeOf(page) && posts.length <= 1 ? page : undefined;
}

function canonical(url: URL): string {
  const match = /\/(p|reel|tv)\/([A-Za-z0-9_-]+)/.exec(url.pathname);
  return match ? `${IG_BASE}${match[1]}/${match[2]}/` : `${url.origin}${url.pathname}`;
}

function timeOf(root: Element, inComment: Element | null): string | undefined {
  return ownMatches(root, sel('time'), inComment)[0]?.getAttribute('datetime') ?? undefined;
}

function postInfo(post: Element): PostInfo {
  const link = permalinkOf(post);
  return {
    text: postText(post),
    author: authorOf(post, null),
    url: link ? canonical(link) : undefined,
    time: timeOf(post, null),
    id: link ? shortcodeOf(link) : undefined,
  };
}

function commentInfo(comment: Element): PostInfo {
  const texts = ownMatches(comment, 'span[dir="auto"]', comment).filter((el) => !el.closest('a[href], [role="button"], button'));
  const text = texts.map((el) => readText(el)).filter(Boolean).join(' ') || readText(comment, NOT_CONTENT, 5000);
  const base = baseOf(comment);
  const link = [...comment.querySelectorAll('a[href*="/c/"]')].find((a) => commentContainer(a) === comment);
  const url = urlOf(link?.getAttribute('href'), base);
  const id = url ? /\/c\/(\d+)/.exec(url.pathname)?.[1] : undefined;
  return {
    text,
    author: authorOf(comment, comment),
    url: url ? `${url.origin}${url.pathname}` : undefined,
    time: timeOf(comment, comment),
    id,
  };
}

/** What the page shows of the comment or post containing `element`. */
export function postOf(element: Element): PostInfo | null {
  const comment = commentContainer(element);
  if (comment) return commentInfo(comment);
  const post = postContainer(element);
  return post ? postInfo(post) : null;
}
