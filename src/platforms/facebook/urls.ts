/**
 * Facebook links: ids live both in paths (/posts/pfbid…) and in query strings
 * (story_fbid=, profile.php?id=), so the generic `cleanUrl` (drops the whole
 * query) would lose them. Tracking parameters (__cft__, __tn__, …) go.
 */

/** Query parameters that identify something; everything else is tracking. */
const KEEP = ['id', 'story_fbid', 'fbid', 'v', 'comment_id', 'reply_comment_id', 'multi_permalinks'];

export const FB_BASE = 'https://www.facebook.com/';

/** The document's URL when it is a Facebook page, else the Facebook origin (tests, about:blank). */
export function baseOf(element: Element): string {
  const href = element.ownerDocument.location?.href ?? '';
  return /^https:\/\/(www|web)\.facebook\.com\//.test(href) ? href : FB_BASE;
}

/** An absolute link without tracking parameters or fragment. */
export function fbUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href || href === '#') return undefined;
  try {
    const url = new URL(href, base);
    const kept = new URLSearchParams();
    for (const key of KEEP) {
      const value = url.searchParams.get(key);
      if (value !== null) kept.set(key, value);
    }
    url.search = kept.toString();
    url.hash = '';
    return url.toString();
  } catch {
    return undefined;
  }
}

const ID_PATTERNS: readonly RegExp[] = [
  /[?&]comment_id=([^&#]+)/,
  /\/posts\/(pfbid\w+|\d+)/,
  /\/permalink\/(\d+)/,
  /[?&]story_fbid=(pfbid\w+|\d+)/,
  /[?&]multi_permalinks=(\d+)/,
  /\/videos\/(?:[^/?]+\/)?(\d+)/,
  /\/reel\/(\d+)/,
  /[?&]fbid=(\d+)/,
];

/** The post (or comment) id a Facebook link carries. */
export function idOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  for (const pattern of ID_PATTERNS) {
    const match = pattern.exec(url);
    if (match?.[1]) {
      try {
        return decodeURIComponent(match[1]);
      } catch {
        return match[1];
      }
    }
  }
  return undefined;
}

/** A profile/page/group link: only `id` (profile.php?id=N) identifies it. */
export function profileUrl(href: string | null | undefined, base: string): string | undefined {
  const url = fbUrl(href, base);
  if (!url) return undefined;
  const parsed = new URL(url);
  const id = parsed.searchParams.get('id');
  parsed.search = id ? `id=${id}` : '';
  return parsed.toString();
}
