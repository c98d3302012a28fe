/** YouTube page detectors and URL readers: pure functions of a URL. */

export const YT_ORIGIN = 'https://www.youtube.com';

const isYouTube = (url: URL): boolean => url.hostname === 'www.youtube.com';
const VIDEO_ID = /^[A-Za-z0-9_-]{6,20}$/;

/** The video id of a watch (`/watch?v=`), Shorts (`/shorts/<id>`) or short link (`youtu.be/<id>`) URL. */
export function videoIdOf(url: URL): string | undefined {
  let id: string | null | undefined;
  if (url.hostname === 'youtu.be') id = url.pathname.slice(1).split('/')[0];
  else if (url.pathname === '/watch') id = url.searchParams.get('v');
  else id = /^\/(?:shorts|live|embed)\/([^/?#]+)/.exec(url.pathname)?.[1];
  return id && VIDEO_ID.test(id) ? id : undefined;
}

/** The channel handle (without "@") of a channel URL or link path: `/@name`, `/@name/videos`. */
export function handleOfPath(path: string | null | undefined): string | undefined {
  const raw = /^(?:https:\/\/www\.youtube\.com)?\/@([^/?#]+)/.exec(path ?? '')?.[1];
  if (!raw) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The canonical watch URL of a video. */
export function watchUrl(id: string): string {
  return `${YT_ORIGIN}/watch?v=${id}`;
}

export const YT_PAGES = {
  home: (url: URL) => isYouTube(url) && url.pathname === '/',
  watch: (url: URL) => isYouTube(url) && url.pathname === '/watch' && videoIdOf(url) !== undefined,
  shorts: (url: URL) => isYouTube(url) && url.pathname.startsWith('/shorts/') && videoIdOf(url) !== undefined,
  channel: (url: URL) => isYouTube(url) && (handleOfPath(url.pathname) !== undefined || /^\/(channel|c|user)\/[^/]+/.test(url.pathname)),
  search: (url: URL) => isYouTube(url) && url.pathname === '/results',
} as const satisfies Record<string, (url: URL) => boolean>;
