/**
 * Finding and reading posts and comments. Facebook marks both posts and
 * comments `role="article"`: the post is the outermost container
 * (`aria-posinset` in feeds); a comment is an article nested in another
 * article, or one labelled "Comment by …" (permalink pages render comments
 * outside the post's article).
 */
import { readText } from '../dom';
import type { Author, PostInfo } from '../types';
import { facebookSelectors as S } from './selectors';
import { baseOf, fbUrl, idOf, profileUrl } from './urls';

export const sel = (name: keyof typeof S): string => S[name].join(', ');

const POST = sel('post');
const COMMENT = sel('comment');
const ARTICLE = 'div[role="article"]';
/** Parts that are not the post's own content when reading text. */
const NOT_CONTENT = `[role="button"], ${ARTICLE} ${ARTICLE}, ${COMMENT}, form, [role="textbox"], [aria-hidden="true"]`;

/** The comment (or reply) article containing `element`, if any. */
export function commentContainer(element: Element): Element | null {
  const article = element.closest(ARTICLE);
  if (!article) return null;
  if (article.matches(COMMENT)) return article;
  return article.parentElement?.closest(ARTICLE) ? article : null;
}

/**
 * The post containing `element`: the outermost post-like ancestor that is not
 * a comment. With `nearby`, an element outside any post (a permalink page's
 * comment composer) falls back to the only post of its dialog or main region.
 */
export function postContainer(element: Element, nearby = false): Element | null {
  let outermost: Element | null = null;
  for (let node = element.closest(POST); node; node = node.parentElement?.closest(POST) ?? null) outermost = node;
  if (outermost && !outermost.matches(COMMENT)) return outermost;
  if (!nearby) return null;
  const scope = element.closest('[role="dialog"], [role="main"]');
  if (!scope) return null;
  const posts = [...scope.querySelectorAll(POST)].filter((p) => !p.matches(COMMENT) && !p.parentElement?.closest(POST));
  return posts.length === 1 ? (posts[0] ?? null) : null;
}

/** Elements under `root` matching `selector`, outside comments and not nested in another match. */
function ownMatches(root: Element, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)].filter((el) => commentContainer(el) === null);
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}

function authorOf(post: Element): Author | undefined {
  const marker = ownMatches(post, sel('profileName'))[0] ?? post.querySelector('h2 a[href], h3 a[href], h4 a[href]');
  if (!marker) return undefined;
  const link = marker.matches('a[href]') ? marker : marker.querySelector('a[href]');
  const name = readText(link ?? marker, '[role="button"]') || undefined;
  return { name, url: profileUrl(link?.getAttribute('href'), baseOf(post)) };
}

/** Post text: messages (own and a shared original's), link cards, photo alt text. */
function postText(post: Element): string {
  const parts = [...ownMatches(post, sel('postText')), ...ownMatches(post, sel('linkPreview'))].map((el) =>
    readText(el, '[role="button"]'),
  );
  for (const img of post.querySelectorAll('img[alt]')) {
    if (img.closest(`${sel('postText')}, ${sel('linkPreview')}, ${NOT_CONTENT}`)) continue;
    if (commentContainer(img)) continue;
    parts.push(img.getAttribute('alt') ?? '');
  }
  const text = parts.filter(Boolean).join(' ').trim();
  // No markers at all (an older or unusual layout): the container's own text.
  return text || readText(post, NOT_CONTENT);
}

function postInfo(post: Element): PostInfo {
  const link = ownMatches(post, sel('permalink'))[0];
  const url = fbUrl(link?.getAttribute('href'), baseOf(post));
  return { text: postText(post), author: authorOf(post), url, id: idOf(url) };
}

function commentInfo(comment: Element): PostInfo {
  const own = [...comment.querySelectorAll('[dir="auto"]')].filter(
    (el) => commentContainer(el) === comment && !el.closest('a, [role="button"]') && !el.parentElement?.closest('[dir="auto"]'),
  );
  const text = own.map((el) => readText(el)).filter(Boolean).join(' ') || readText(comment, NOT_CONTENT);
  const authorLink = [...comment.querySelectorAll('a[href]')].find(
    (a) => commentContainer(a) === comment && readText(a) !== '' && !a.querySelector('svg, img'),
  );
  const base = baseOf(comment);
  // The timestamp link comes after the author link; both carry comment_id.
  const link = [...comment.querySelectorAll('a[href*="comment_id="]')].filter((a) => commentContainer(a) === comment).pop();
  const url = fbUrl(link?.getAttribute('href'), base);
  return {
    text,
    author: authorLink ? { name: readText(authorLink), url: profileUrl(authorLink.getAttribute('href'), base) } : undefined,
    url,
    id: idOf(url),
  };
}

/** What the page shows of the comment or post containing `element`. */
export function postOf(element: Element, nearby = false): PostInfo | null {
  const comment = commentContainer(element);
  if (comment) return commentInfo(comment);
  const post = postContainer(element, nearby);
  return post ? postInfo(post) : null;
}
