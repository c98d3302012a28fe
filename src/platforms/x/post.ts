/**
 * Reading a post (and an account) off X's DOM. Read-only, no layout.
 */
import { readText } from '../dom';
import type { Author, PostInfo } from '../types';
import { statusIdOf, profileHandleOf } from './pages';
import { X_SELECTORS, type XSelectorName } from './selectors';

const joined = new Map<XSelectorName, string>();

/** A named selector as one CSS selector list. */
export function css(name: XSelectorName): string {
  let list = joined.get(name);
  if (list === undefined) {
    list = X_SELECTORS[name].join(', ');
    joined.set(name, list);
  }
  return list;
}

/** Image alt texts X puts on every photo; they say nothing about the post. */
const GENERIC_ALT = new Set(['', 'image', 'gambar', 'foto', 'photo', 'video']);

/**
 * The outermost tweet article around `element`. A quote of an unavailable
 * post nests an article; the post acted on is the outer one.
 */
export function outerPost(element: Element): Element | null {
  let article = element.closest(css('post'));
  while (article) {
    const up = article.parentElement?.closest(css('post'));
    if (!up) break;
    article = up;
  }
  return article;
}

/** The quoted post inside `root`: a `div[role=link]` (or nested article) that has its own author block. */
export function quotedPostOf(root: Element): Element | null {
  for (const candidate of root.querySelectorAll(`${css('quotedPost')}, ${css('post')}`)) {
    if (candidate !== root && candidate.querySelector(css('userName'))) return candidate;
  }
  return null;
}

/** First match of `name` in `root` that is not inside `quoted`. */
function own(root: Element, name: XSelectorName, quoted: Element | null): Element | null {
  for (const element of root.querySelectorAll(css(name))) {
    if (!quoted || !quoted.contains(element)) return element;
  }
  return null;
}

function allOwn(root: Element, name: XSelectorName, quoted: Element | null): Element[] {
  return [...root.querySelectorAll(css(name))].filter((element) => !quoted || !quoted.contains(element));
}

function baseOf(element: Element): string {
  const base = element.ownerDocument.baseURI;
  return base && base !== 'about:blank' ? base : 'https://x.com/';
}

/** The page's URL, or null outside a browsing context. */
export function pageUrl(element: Element): URL | null {
  try {
    return new URL(element.ownerDocument.defaultView?.location.href ?? '');
  } catch {
    return null;
  }
}

const HANDLE = /^@([A-Za-z0-9_]{1,15})$/;

/** The handle of a profile link (`/handle`), or undefined for other links. */
function handleOfHref(href: string | null): string | undefined {
  const match = /^\/([A-Za-z0-9_]{1,15})\/?$/.exec(href ?? '');
  return match?.[1];
}

/**
 * Author of a block holding a name and a handle (User-Name, UserCell,
 * HoverCard): the handle from the first profile link, else an "@handle"
 * text (quoted posts have no links), else the avatar test id.
 */
export function authorIn(root: Element, base: string, avatarScope: Element = root): Author | undefined {
  const links = [...root.querySelectorAll('a[href^="/"]')];
  let handle: string | undefined;
  for (const link of links) {
    handle = handleOfHref(link.getAttribute('href'));
    if (handle) break;
  }
  const texts = [...root.querySelectorAll('span')]
    .filter((span) => !span.querySelector('span'))
    .map((span) => readText(span))
    .filter((text) => text !== '' && text !== '·');
  if (!handle) handle = texts.map((text) => HANDLE.exec(text)?.[1]).find((h) => h !== undefined);
  if (!handle) {
    const testid = avatarScope.querySelector(css('avatar'))?.getAttribute('data-testid') ?? '';
    handle = /^UserAvatar-Container-([A-Za-z0-9_]{1,15})$/.exec(testid)?.[1];
  }
  let name: string | undefined;
  for (const link of links) {
    const text = readText(link);
    if (text && !text.startsWith('@') && handleOfHref(link.getAttribute('href'))) {
      name = text;
      break;
    }
  }
  name ??= texts.find((text) => !text.startsWith('@'));
  if (!handle && !name) return undefined;
  return { name, handle, url: handle ? new URL(`/${handle}`, base).toString() : undefined };
}

/** Permalink and id from a status link (`/user/status/123/photo/1` → `/user/status/123`). */
function permalink(href: string | null, base: string): { url: string; id: string } | undefined {
  const match = /\/([A-Za-z0-9_]{1,15})\/status\/(\d+)/.exec(href ?? '');
  if (!match) return undefined;
  return { url: new URL(`/${match[1]}/status/${match[2]}`, base).toString(), id: match[2] ?? '' };
}

/** Body text, meaningful photo alts and link card of one post, leaving out `quoted`. */
function bodyOf(root: Element, quoted: Element | null): string {
  const parts = [readText(own(root, 'postText', quoted))];
  for (const photo of allOwn(root, 'photo', quoted)) {
    for (const img of photo.querySelectorAll('img[alt]')) {
      const alt = (img.getAttribute('alt') ?? '').trim();
      if (!GENERIC_ALT.has(alt.toLowerCase())) parts.push(alt);
    }
  }
  for (const card of allOwn(root, 'card', quoted)) parts.push(readText(card));
  return parts.filter(Boolean).join('\n');
}

/** What a quoted post shows: it has no permalink of its own, only a photo link at best. */
export function quotedInfo(quoted: Element): PostInfo {
  const base = baseOf(quoted);
  const userName = quoted.querySelector(css('userName'));
  const author = userName ? authorIn(userName, base, quoted) : undefined;
  const link = permalink(quoted.querySelector('a[href*="/status/"]')?.getAttribute('href') ?? null, base);
  return {
    text: bodyOf(quoted, null),
    author,
    time: quoted.querySelector(css('time'))?.getAttribute('datetime') ?? undefined,
    url: link?.url,
    id: link?.id,
  };
}

/**
 * The post `element` belongs to. The quoted post's text is appended (a
 * quote of a candidate's post is candidate content) but the author stays
 * the outer one.
 */
export function postOf(element: Element): PostInfo | null {
  const article = outerPost(element);
  if (!article) return null;
  const base = baseOf(article);
  const quoted = quotedPostOf(article);
  const userName = own(article, 'userName', quoted);
  const author = userName ? authorIn(userName, base, article) : undefined;
  const time = own(article, 'time', quoted);
  // Promoted posts have no time link; a photo or analytics link still names the status.
  const statusLink =
    time?.closest('a[href*="/status/"]') ?? [...article.querySelectorAll('a[href*="/status/"]')].find((a) => !quoted?.contains(a));
  const link = permalink(statusLink?.getAttribute('href') ?? null, base);
  let text = bodyOf(article, quoted);
  if (quoted) {
    const inner = quotedInfo(quoted);
    const who = [inner.author?.name, inner.author?.handle ? `@${inner.author.handle}` : ''].filter(Boolean).join(' ');
    text = [text, who ? `${who}: ${inner.text}` : inner.text].filter(Boolean).join('\n\n');
  }
  return { text, author, url: link?.url, time: time?.getAttribute('datetime') ?? undefined, id: link?.id };
}

/**
 * The post a status page is about, or under a photo viewer: for controls
 * that sit outside any article (the photo modal's action bar).
 */
export function postNear(element: Element): PostInfo | null {
  const direct = postOf(element);
  if (direct) return direct;
  const url = pageUrl(element);
  const id = url ? statusIdOf(url) : undefined;
  if (!id) return null;
  for (const article of element.ownerDocument.querySelectorAll(css('post'))) {
    const info = postOf(article);
    if (info?.id === id) return info;
  }
  return null;
}

/**
 * The account a follow button is about, as a "post" to assess: its name,
 * handle and bio from the UserCell / HoverCard / profile header / tweet
 * header around the button.
 */
export function accountOf(button: Element): PostInfo | null {
  const skip = `${css('follow')}, ${css('unfollow')}`;
  const base = baseOf(button);
  const labelHandle = /@([A-Za-z0-9_]{1,15})/.exec(button.getAttribute('aria-label') ?? '')?.[1];
  const cell = button.closest(`${css('userCell')}, ${css('hoverCard')}`);
  if (cell) {
    const author = authorIn(cell, base) ?? { handle: labelHandle };
    return { text: readText(cell, skip), author, url: author.url };
  }
  const article = outerPost(button);
  if (article) {
    const author = postOf(article)?.author ?? { handle: labelHandle };
    const text = [author.name, author.handle ? `@${author.handle}` : ''].filter(Boolean).join(' ');
    return { text, author, url: author.url };
  }
  const doc = button.ownerDocument;
  const header = doc.querySelector(css('profileName'));
  const url = pageUrl(button);
  const handle = labelHandle ?? (url ? profileHandleOf(url) : undefined);
  if (!header && !handle) return null;
  const author = (header ? authorIn(header, base) : undefined) ?? {};
  author.handle ??= handle;
  author.url ??= author.handle ? new URL(`/${author.handle}`, base).toString() : undefined;
  const text = [readText(header, skip), readText(doc.querySelector(css('profileBio')))].filter(Boolean).join('\n');
  return { text: text || `@${author.handle ?? ''}`, author, url: author.url };
}
