/**
 * Finding and reading posts. A post is a pressable container (feed item,
 * main post of a thread page, each reply); a quoted post is a container
 * nested inside another one, without an action bar of its own. Read-only,
 * no layout.
 */
import { readText } from '../dom';
import type { Author, PostInfo } from '../types';
import { postCodeOf } from './pages';
import { threadsSelectors as S, type ThreadsSelectorName } from './selectors';

const joined = new Map<ThreadsSelectorName, string>();

/** A named selector as one CSS selector list. */
export function sel(name: ThreadsSelectorName): string {
  let list = joined.get(name);
  if (list === undefined) {
    list = S[name].join(', ');
    joined.set(name, list);
  }
  return list;
}

export const THREADS_BASE = 'https://www.threads.com/';
/** Parts of a post that are not its words: controls, the header's links, counts. */
const NOT_TEXT = '[role="button"], button, time, svg';
/** Image alt texts that say nothing about the post. */
const GENERIC_ALT = new Set(['', 'image', 'gambar', 'foto', 'photo', 'video', 'no photo description available.']);

/** The page's address on Threads (the .net domain keeps its links), else the .com origin. */
export function baseOf(element: Element): string {
  const href = element.ownerDocument.location?.href ?? '';
  return /^https:\/\/(www\.)?threads\.(com|net)\//.test(href) ? href : THREADS_BASE;
}

function urlOf(href: string | null | undefined, base: string): URL | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base);
  } catch {
    return undefined;
  }
}

/** The handle a profile link points to (`/@prabowo`, `/@prabowo/post/…` is not a profile link). */
export function handleOf(link: Element): string | undefined {
  const url = urlOf(link.getAttribute('href'), baseOf(link));
  return url ? /^\/@([A-Za-z0-9._]{1,30})\/?$/.exec(url.pathname)?.[1] : undefined;
}

export function profileUrl(handle: string, base: string): string {
  return new URL(`/@${handle}`, base).toString();
}

/** True when the container shows an action bar (its own like heart, in either state). */
function hasActionBar(container: Element): boolean {
  return container.querySelector(`${sel('like')}, ${sel('unlike')}`) !== null;
}

/**
 * The post containing `element`. A quoted post card is itself a container
 * but has no action bar: the post acted on is the one around it.
 */
export function postContainer(element: Element): Element | null {
  let post = element.closest(sel('post'));
  while (post && !hasActionBar(post)) {
    const outer = post.parentElement?.closest(sel('post'));
    if (!outer) break;
    post = outer;
  }
  return post;
}

/** A quoted post nested in `post`, if any. */
function quotedIn(post: Element): Element | null {
  for (const inner of post.querySelectorAll(sel('post'))) if (!hasActionBar(inner)) return inner;
  return null;
}

/** Matches of `selector` in `root`, outside `skip`. */
function own(root: Element, selector: string, skip: Element | null): Element[] {
  return [...root.querySelectorAll(selector)].filter((el) => !skip || !skip.contains(el));
}

function authorOf(root: Element, skip: Element | null): Author | undefined {
  let handle: string | undefined;
  let name: string | undefined;
  for (const link of own(root, sel('authorLink'), skip)) {
    const found = handleOf(link);
    if (!found) continue;
    handle ??= found; // the avatar link comes first and has no text
    // textContent, not readText: the avatar link's only "text" is its image alt.
    const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (found === handle && text) {
      name = text;
      break;
    }
  }
  if (!handle) {
    // No profile link (a layout we do not know): the avatar's alt names the account.
    const alt = own(root, sel('avatar'), skip)[0]?.getAttribute('alt') ?? '';
    handle = /^Foto profil (\S+)$/.exec(alt)?.[1] ?? /^(\S+)'s profile picture$/.exec(alt)?.[1];
  }
  return handle ? { name: name ?? handle, handle, url: profileUrl(handle, baseOf(root)) } : undefined;
}

/** The post's words (hashtags and mentions included) and its media alt texts. */
function textOf(root: Element, skip: Element | null): string {
  const links = `${sel('authorLink')}, ${sel('permalink')}`;
  const blocks = own(root, '[dir="auto"]', skip).filter((el) => !el.closest(links) && !el.closest(NOT_TEXT));
  const outer = blocks.filter((el) => !blocks.some((other) => other !== el && other.contains(el)));
  const parts = outer.map((el) => readText(el, NOT_TEXT));
  for (const img of own(root, 'img[alt]', skip)) {
    if (img.matches(sel('avatar')) || img.closest(sel('authorLink'))) continue;
    const alt = (img.getAttribute('alt') ?? '').trim();
    if (!GENERIC_ALT.has(alt.toLowerCase())) parts.push(alt);
  }
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))].join('\n');
}

/** Permalink and code from `/@user/post/<code>` (the time link first). */
function permalinkOf(root: Element, skip: Element | null): { url: string; id: string } | undefined {
  const base = baseOf(root);
  const links = own(root, sel('permalink'), skip);
  const timed = links.find((a) => a.querySelector('time')) ?? links[0];
  const url = urlOf(timed?.getAttribute('href'), base);
  const match = url ? /^\/@([A-Za-z0-9._]{1,30})\/post\/([A-Za-z0-9_-]+)/.exec(url.pathname) : null;
  if (!match?.[1] || !match[2]) return undefined;
  return { url: new URL(`/@${match[1]}/post/${match[2]}`, base).toString(), id: match[2] };
}

function info(root: Element, skip: Element | null): PostInfo {
  const link = permalinkOf(root, skip);
  return {
    text: textOf(root, skip),
    author: authorOf(root, skip),
    url: link?.url,
    time: own(root, sel('time'), skip)[0]?.getAttribute('datetime') ?? undefined,
    id: link?.id,
  };
}

/**
 * What the page shows of the post containing `element`. A quoted post's
 * text is appended (a quote of a candidate's post is candidate content);
 * the author stays the outer one.
 */
export function postOf(element: Element): PostInfo | null {
  const post = postContainer(element);
  if (!post) return null;
  const quoted = quotedIn(post);
  const result = info(post, quoted);
  if (!result.id) {
    // A thread page's main post may carry no time link: the address names it.
    const page = urlOf(baseOf(post), THREADS_BASE);
    const code = page ? postCodeOf(page) : undefined;
    if (page && code && post.ownerDocument.querySelector(sel('post')) === post) {
      result.id = code;
      result.url = `${page.origin}${page.pathname}`;
    }
  }
  if (quoted) {
    const inner = info(quoted, null);
    const who = inner.author?.handle ? `@${inner.author.handle}` : '';
    const quotedText = who ? `${who}: ${inner.text}` : inner.text;
    result.text = [result.text, quotedText].filter(Boolean).join('\n\n');
  }
  return result.text || result.author ? result : null;
}

/** The post a thread page is about: the container whose code is in the address, else the first one. */
export function mainPost(document: Document): Element | null {
  const page = urlOf(baseOf(document.documentElement), THREADS_BASE);
  const code = page ? postCodeOf(page) : undefined;
  if (!code) return null;
  const posts = [...document.querySelectorAll(sel('post'))].filter((p) => postContainer(p) === p);
  return posts.find((p) => permalinkOf(p, quotedIn(p))?.id === code) ?? posts[0] ?? null;
}
