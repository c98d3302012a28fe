/** Instagram page detectors: pure functions of the URL. */

/** First path segments that are app routes, not user names. */
const RESERVED = new Set([
  'p', 'reel', 'reels', 'tv', 'stories', 'explore', 'direct', 'accounts', 'about', 'legal', 'developer',
  'emails', 'challenge', 'web', 'api', 'graphql', 'oauth', 'session', 'privacy', 'terms', 'locations', 'create',
]);

const isInstagram = (url: URL): boolean => url.hostname === 'www.instagram.com' || url.hostname === 'instagram.com';
const segments = (url: URL): string[] => url.pathname.split('/').filter(Boolean);

/** `/p/<code>/`, `/reel/<code>/`, `/tv/<code>/`, also the newer `/<user>/p/<code>/` and `/<user>/reel/<code>/`. */
const POST = /^\/(?:[A-Za-z0-9._]{1,30}\/)?(p|reel|tv)\/([A-Za-z0-9_-]+)(?:\/|$)/;

/** The shortcode of a post or reel URL. */
export function shortcodeOf(url: URL): string | undefined {
  return isInstagram(url) ? POST.exec(url.pathname)?.[2] : undefined;
}

/** The user name of a profile URL. */
export function profileOf(url: URL): string | undefined {
  if (!isInstagram(url)) return undefined;
  const parts = segments(url);
  const first = parts[0];
  if (!first || RESERVED.has(first) || !/^[A-Za-z0-9._]{1,30}$/.test(first)) return undefined;
  if (parts.length > 2 || (parts[1] && !['reels', 'tagged', 'saved', 'followers', 'following'].includes(parts[1]))) return undefined;
  return first;
}

export const instagramPages = {
  home: (url: URL) => isInstagram(url) && url.pathname === '/',
  post: (url: URL) => shortcodeOf(url) !== undefined && POST.exec(url.pathname)?.[1] !== 'reel',
  reel: (url: URL) => isInstagram(url) && (POST.exec(url.pathname)?.[1] === 'reel' || /^\/reels(\/|$)/.test(url.pathname)),
  profile: (url: URL) => profileOf(url) !== undefined,
  explore: (url: URL) => isInstagram(url) && /^\/explore(\/|$)/.test(url.pathname),
  direct: (url: URL) => isInstagram(url) && /^\/direct(\/|$)/.test(url.pathname),
} as const satisfies Record<string, (url: URL) => boolean>;
