/** TikTok page detectors: pure functions of the URL. */

const isTikTok = (url: URL): boolean => url.hostname === 'www.tiktok.com';

/** `/@handle/video/<id>` (also photo posts, `/@handle/photo/<id>`). */
const VIDEO = /^\/@([\w.-]{1,64})\/(?:video|photo)\/(\d+)(?:\/|$)/;
const PROFILE = /^\/@([\w.-]{1,64})\/?$/;

/**
 * Handle and video id of a video page path. The path alone decides: the
 * content script only runs on TikTok, and tests serve pages elsewhere.
 */
export function videoOf(url: URL): { handle: string; id: string } | undefined {
  const match = VIDEO.exec(url.pathname);
  return match ? { handle: match[1] ?? '', id: match[2] ?? '' } : undefined;
}

/** The handle of a profile page path. */
export function profileHandleOf(url: URL): string | undefined {
  return PROFILE.exec(url.pathname)?.[1];
}

export const TIKTOK_PAGES = {
  foryou: (url: URL) => isTikTok(url) && (url.pathname === '/' || url.pathname === '/foryou'),
  following: (url: URL) => isTikTok(url) && url.pathname.startsWith('/following'),
  video: (url: URL) => isTikTok(url) && videoOf(url) !== undefined,
  profile: (url: URL) => isTikTok(url) && profileHandleOf(url) !== undefined,
  search: (url: URL) => isTikTok(url) && url.pathname.startsWith('/search'),
  tag: (url: URL) => isTikTok(url) && url.pathname.startsWith('/tag/'),
} as const satisfies Record<string, (url: URL) => boolean>;
