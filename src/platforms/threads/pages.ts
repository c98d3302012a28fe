/** Threads page detectors: pure functions of the URL. */

const isThreads = (url: URL): boolean => /^(www\.)?threads\.(com|net)$/.test(url.hostname);

/** `/@user/post/<code>` (also `/@user/post/<code>/media`, `/t/<code>`, the old short link). */
const POST = /^\/(?:@([A-Za-z0-9._]{1,30})\/post|t)\/([A-Za-z0-9_-]+)(?:\/|$)/;
const PROFILE = /^\/@([A-Za-z0-9._]{1,30})(?:\/(?:replies|media|reposts))?\/?$/;

/** The post code of a thread page URL. */
export function postCodeOf(url: URL): string | undefined {
  return isThreads(url) ? POST.exec(url.pathname)?.[2] : undefined;
}

/** The handle of a profile page URL. */
export function profileOf(url: URL): string | undefined {
  return isThreads(url) ? PROFILE.exec(url.pathname)?.[1] : undefined;
}

export const threadsPages = {
  home: (url: URL) => isThreads(url) && (url.pathname === '/' || url.pathname === '/following' || url.pathname === '/for_you'),
  post: (url: URL) => postCodeOf(url) !== undefined,
  profile: (url: URL) => profileOf(url) !== undefined,
  search: (url: URL) => isThreads(url) && /^\/search(\/|$)/.test(url.pathname),
  activity: (url: URL) => isThreads(url) && /^\/activity(\/|$)/.test(url.pathname),
} as const satisfies Record<string, (url: URL) => boolean>;
