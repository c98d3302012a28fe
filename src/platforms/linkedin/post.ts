/**
 * Reading a post, a comment or an account off LinkedIn's two DOMs (SDUI and
 * Ember). Read-only, no layout.
 */
import { readText } from '../dom';
import type { Author, PostInfo } from '../types';
import { accountSlugOf } from './pages';
import { LI_SELECTORS, NAME_PREFIXES, type LiSelectorName } from './selectors';

export const LI_BASE = 'https://www.linkedin.com/';

const joined = new Map<LiSelectorName, string>();

/** A named selector as one CSS selector list. */
export function css(name: LiSelectorName): string {
  let list = joined.get(name);
  if (list === undefined) {
    list = LI_SELECTORS[name].join(', ');
    joined.set(name, list);
  }
  return list;
}

/**
 * Parts that are not the post's words: LinkedIn repeats names in
 * `.visually-hidden` copies, "…more" toggles and every button are chrome.
 */
const CHROME = '.visually-hidden, [data-testid="expandable-text-button"], button, [role="button"], [contenteditable="true"]';
/** Image alt texts that say nothing about the post. */
const GENERIC_ALT = /^(|image|photo|gambar|foto|video|no alternative text description for this image|tidak ada deskripsi teks alternatif untuk gambar ini)$/i;

/** The page's URL when it is LinkedIn, else LinkedIn's origin (tests, about:blank). */
export function baseOf(element: Element): string {
  const href = element.ownerDocument.location?.href ?? '';
  return href.startsWith(LI_BASE) ? href : LI_BASE;
}

/** The outermost post around `element` (a reshare may nest the original's container). */
export function postContainer(element: Element): Element | null {
  let post = element.closest(css('post'));
  while (post) {
    const up = post.parentElement?.closest(css('post'));
    if (!up) break;
    post = up;
  }
  return post;
}

/** The innermost comment (or reply) around `element`. */
export function commentContainer(element: Element): Element | null {
  return element.closest(css('comment'));
}

/** Matches of `name` under `root` that belong to `root` itself, not to one of its comments. */
function own(root: Element, name: LiSelectorName): Element[] {
  const found = [...root.querySelectorAll(css(name))].filter((el) => {
    const comment = commentContainer(el);
    return comment === null || comment === root || !root.contains(comment);
  });
  // Nested matches (a text box inside a text wrapper) are read once, through the outer one.
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}

/** The account slug of a profile link (`/in/slug/`, `/company/slug/`), which is the handle. */
export function slugOfHref(href: string | null, base = LI_BASE): string | undefined {
  if (!href) return undefined;
  try {
    const slug = accountSlugOf(new URL(href, base));
    return slug ? decodeURIComponent(slug) : undefined;
  } catch {
    return undefined;
  }
}

/** The canonical URL of an account link, without tracking parameters. */
function accountUrl(href: string | null, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const match = /^\/(in|company|school|showcase|newsletters)\/([^/?#]+)/.exec(new URL(href, base).pathname);
    return match ? new URL(`/${match[1]}/${match[2]}/`, LI_BASE).toString() : undefined;
  } catch {
    return undefined;
  }
}

/** The name a label carries after a known prefix ("Follow NAME", "Open control menu for post by NAME"). */
export function nameInLabel(label: string | null): string | undefined {
  if (!label) return undefined;
  const prefix = NAME_PREFIXES.find((p) => label.startsWith(p));
  const name = prefix ? label.slice(prefix.length).trim() : '';
  return name || undefined;
}

/** A link's visible words: no avatar alt text, no screen-reader copy. */
function linkName(link: Element): string {
  return readText(link, 'img, .visually-hidden, svg');
}

/**
 * The author of a post or comment: the first account link outside the
 * repost header (Ember: inside the actor block), its slug as the handle.
 */
function authorOf(root: Element, isComment: boolean): Author | undefined {
  const base = baseOf(root);
  const actor = isComment ? null : (own(root, 'actor')[0] ?? null);
  const scope = actor ?? root;
  const links = own(scope, 'profileLink').filter((a) => !a.closest(css('socialHeader')) && slugOfHref(a.getAttribute('href'), base));
  let name = actor ? readText(own(actor, 'actorName')[0] ?? null) : '';
  if (!name && !isComment) name = nameInLabel(own(root, 'controlMenu')[0]?.getAttribute('aria-label') ?? null) ?? '';
  // SDUI's repost header has no hook: the author's link is the one showing the author's name.
  const named = name ? links.find((a) => linkName(a) === name || a.getAttribute('aria-label') === name) : undefined;
  const link = named ?? links[0];
  if (!name) name = links.map(linkName).find(Boolean) ?? '';
  const href = link?.getAttribute('href') ?? null;
  const handle = slugOfHref(href, base);
  if (!name && !handle) return undefined;
  return { name: name || undefined, handle, url: accountUrl(href, base) };
}

/** Body, link-card titles and meaningful image alt text of a post or comment. */
function textOf(root: Element): string {
  const parts = own(root, 'postText').map((el) => readText(el, CHROME));
  for (const card of own(root, 'card')) parts.push(readText(card, CHROME));
  for (const img of root.querySelectorAll('img[alt]')) {
    if (img.closest(`${css('profileLink')}, ${css('actor')}, ${css('socialHeader')}, ${css('postText')}, ${css('card')}, button`)) continue;
    const comment = commentContainer(img);
    if (comment && comment !== root && root.contains(comment)) continue;
    const alt = (img.getAttribute('alt') ?? '').trim();
    if (!GENERIC_ALT.test(alt)) parts.push(alt);
  }
  return parts.filter(Boolean).join('\n');
}

/** Id and permalink: Ember's activity URN, or the SDUI componentkey token (no permalink in-feed). */
function idOf(root: Element, isComment: boolean): { id?: string; url?: string } {
  const base = baseOf(root);
  if (isComment) {
    const key = root.getAttribute('componentkey') ?? '';
    const id = root.getAttribute('data-id') ?? (/^replaceableComment_(urn:li:comment:.+)$/.exec(key)?.[1] || undefined);
    return { id };
  }
  const urn = root.getAttribute('data-urn');
  if (urn) return { id: urn, url: new URL(`/feed/update/${urn}/`, LI_BASE).toString() };
  const link = [...root.querySelectorAll('a[href*="/feed/update/urn:li:"], a[href*="/posts/"]')].find((a) => commentContainer(a) === null);
  const href = link?.getAttribute('href');
  const linkedUrn = href ? /\/feed\/update\/(urn:li:[a-zA-Z]+:\d+)/.exec(href)?.[1] : undefined;
  const key = root.getAttribute('componentkey') ?? '';
  const token = /^expanded(.+?)(?:FeedType_.*)?$/.exec(key)?.[1];
  let url: string | undefined;
  if (href) {
    const parsed = new URL(href, base);
    parsed.search = '';
    parsed.hash = '';
    url = parsed.toString();
  }
  return { id: linkedUrn ?? token, url };
}

function info(root: Element, isComment: boolean): PostInfo {
  const { id, url } = idOf(root, isComment);
  const time = [...root.querySelectorAll('time[datetime]')].find((t) => !isComment || commentContainer(t) === root);
  return { text: textOf(root), author: authorOf(root, isComment), url, time: time?.getAttribute('datetime') ?? undefined, id };
}

/** What the page shows of the comment or post containing `element`. */
export function postOf(element: Element): PostInfo | null {
  const comment = commentContainer(element);
  if (comment) return info(comment, true);
  const post = postContainer(element);
  return post ? info(post, false) : null;
}

/** The post itself, even when `element` sits in one of its comments. */
export function outerPostOf(element: Element): PostInfo | null {
  const post = postContainer(element);
  return post ? info(post, false) : null;
}

/**
 * The account a Follow button is about, as a "post" to assess: a post's
 * author (its actor block's name and headline), else the profile or company
 * header around the button (the nearest block holding the page's <h1>).
 */
export function accountOf(button: Element): PostInfo | null {
  const base = baseOf(button);
  const labelName = nameInLabel(button.getAttribute('aria-label'));
  const post = postContainer(button);
  if (post) {
    const author = authorOf(post, false) ?? { name: labelName };
    const actor = own(post, 'actor')[0];
    const text = actor ? readText(actor, CHROME) : [author.name, author.handle].filter(Boolean).join(' ');
    return { text: text || labelName || '', author, url: author.url };
  }
  let block: Element | null = button.parentElement;
  for (let depth = 0; block && depth < 10 && !block.querySelector('h1'); depth++) block = block.parentElement;
  const h1 = block?.querySelector('h1') ?? null;
  let pageSlug: string | undefined;
  try {
    pageSlug = accountSlugOf(new URL(base));
  } catch {
    pageSlug = undefined;
  }
  const name = readText(h1, CHROME) || labelName;
  if (!name && !pageSlug) return null;
  const url = pageSlug ? accountUrl(new URL(base).pathname, base) : undefined;
  const text = block ? readText(block, CHROME, 1000) : name ?? '';
  return { text: text || name || '', author: { name, handle: pageSlug, url }, url };
}
