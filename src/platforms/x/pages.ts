/** X page detectors: pure functions of the URL. */

/** First path segments that are app routes, not user names. */
const RESERVED = new Set([
  'home', 'explore', 'notifications', 'messages', 'search', 'settings', 'i', 'compose', 'login', 'logout',
  'signup', 'tos', 'privacy', 'jobs', 'premium', 'bookmarks', 'lists', 'communities', 'hashtag', 'intent',
  'share', 'account', 'grok', 'jf', 'verified-choose',
]);

const STATUS = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d+)(?:\/|$)/;
const PROFILE = /^\/([A-Za-z0-9_]{1,15})(?:\/(?:with_replies|media|likes|highlights|articles|affiliates|verified_followers|followers|following))?\/?$/;

/** The status id of a status page URL (`/user/status/123`, also `/i/web/status/123`, `…/photo/1`). */
export function statusIdOf(url: URL): string | undefined {
  return STATUS.exec(url.pathname)?.[2];
}

/** The profile handle of a profile page URL. */
export function profileHandleOf(url: URL): string | undefined {
  const handle = PROFILE.exec(url.pathname)?.[1];
  return handle && !RESERVED.has(handle.toLowerCase()) ? handle : undefined;
}

export const X_PAGES = {
  home: (url: URL) => url.pathname === '/home',
  status: (url: URL) => statusIdOf(url) !== undefined,
  profile: (url: URL) => profileHandleOf(url) !== undefined,
  compose: (url: URL) => /^\/compose\/(?:post|tweet)(?:\/|$)/.test(url.pathname),
  search: (url: URL) => url.pathname === '/search' || url.pathname.startsWith('/search/'),
  notifications: (url: URL) => url.pathname.startsWith('/notifications'),
} as const satisfies Record<string, (url: URL) => boolean>;
