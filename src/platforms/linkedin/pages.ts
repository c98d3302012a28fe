/** LinkedIn page detectors: pure functions of the URL. */

const ACTIVITY = /^\/feed\/update\/(urn:li:(?:activity|ugcPost|share):\d+)\/?/;
const POSTS = /^\/posts\/[^/]*?-(?:activity|ugcpost|share)-(\d+)-[^/]*\/?$/i;

/** The post URN (or activity number) a post page's URL names. */
export function postIdOf(url: URL): string | undefined {
  const path = decodeURIComponent(url.pathname);
  const urn = ACTIVITY.exec(path)?.[1];
  if (urn) return urn;
  const activity = POSTS.exec(path)?.[1];
  return activity ? `urn:li:activity:${activity}` : undefined;
}

/** The account slug of a profile, company, school or showcase page. */
export function accountSlugOf(url: URL): string | undefined {
  return /^\/(?:in|company|school|showcase)\/([^/?#]+)\/?/.exec(url.pathname)?.[1];
}

const isLinkedIn = (url: URL): boolean => url.hostname === 'www.linkedin.com';

export const LI_PAGES = {
  feed: (url: URL) => isLinkedIn(url) && /^\/feed\/?$/.test(url.pathname),
  post: (url: URL) => isLinkedIn(url) && postIdOf(url) !== undefined,
  profile: (url: URL) => isLinkedIn(url) && /^\/in\/[^/]+\/?/.test(url.pathname),
  company: (url: URL) => isLinkedIn(url) && /^\/(?:company|school|showcase)\/[^/]+\/?/.test(url.pathname),
  search: (url: URL) => isLinkedIn(url) && url.pathname.startsWith('/search/'),
  messaging: (url: URL) => isLinkedIn(url) && url.pathname.startsWith('/messaging'),
} as const satisfies Record<string, (url: URL) => boolean>;
