/**
 * Reading a video, a Short, a comment or a channel off YouTube's DOM.
 * Read-only, no layout. YouTube reuses the same elements across SPA
 * navigations (a new video reuses `ytd-watch-flexy`), so everything is read
 * when the user acts, never cached.
 */
import { readText } from '../dom';
import type { Author, PostInfo } from '../types';
import { handleOfPath, videoIdOf, watchUrl, YT_ORIGIN } from './pages';
import { css, type YtSelectorName } from './selectors';

const find = (root: ParentNode | null, name: YtSelectorName): Element | null => root?.querySelector(css(name)) ?? null;

/** The page's URL, or null outside a browsing context. */
export function pageUrl(element: Element): URL | null {
  try {
    return new URL(element.ownerDocument.defaultView?.location.href ?? '');
  } catch {
    return null;
  }
}

/** An author from a channel link: display name from its text, handle from `href="/@handle"`. */
function authorOfLink(link: Element | null, name?: string): Author | undefined {
  if (!link) return undefined;
  const href = link.getAttribute('href');
  const handle = handleOfPath(href);
  const text = name ?? readText(link);
  const shown = text.startsWith('@') && handle && text.slice(1) === handle ? undefined : text || undefined;
  return {
    name: shown ?? (handle ? `@${handle}` : undefined),
    handle,
    url: handle ? `${YT_ORIGIN}/@${encodeURIComponent(handle)}` : href ? new URL(href, YT_ORIGIN).toString() : undefined,
  };
}

/** The uploader of the watch page: the channel-name link, else any /@ link in the owner block (avatar). */
function ownerOf(root: Element): Author | undefined {
  const owner = find(root, 'owner');
  if (!owner) return undefined;
  const nameLink = find(owner, 'channelName');
  const author = authorOfLink(nameLink);
  if (author?.handle) return author;
  // Old channels link /channel/UC…: the avatar link may still carry the handle.
  const handle = handleOfPath(owner.querySelector('a[href^="/@"]')?.getAttribute('href'));
  if (!author) return handle ? { handle, name: `@${handle}`, url: `${YT_ORIGIN}/@${encodeURIComponent(handle)}` } : undefined;
  return { ...author, handle: handle ?? author.handle };
}

/** The video of a watch page: title, hashtags, description and uploader. */
export function videoInfo(watch: Element): PostInfo {
  const url = pageUrl(watch);
  const id = watch.getAttribute('video-id') || find(watch, 'metadata')?.getAttribute('video-id') || (url ? videoIdOf(url) : undefined) || undefined;
  const parts = [
    readText(find(watch, 'superTitle')),
    readText(find(watch, 'title')),
    readText(find(watch, 'description'), css('descriptionChrome')),
  ];
  return { text: parts.filter(Boolean).join('\n'), author: ownerOf(watch), url: id ? watchUrl(id) : undefined, id };
}

/** A Short: its title (with hashtags) and channel. Only the active one's id is in the URL. */
export function reelInfo(reel: Element): PostInfo {
  const url = pageUrl(reel);
  const id = reel.matches(css('activeReel')) && url ? videoIdOf(url) : undefined;
  return {
    text: readText(find(reel, 'reelTitle')),
    author: authorOfLink(find(reel, 'reelChannel')),
    url: id ? `${YT_ORIGIN}/shorts/${id}` : undefined,
    id,
  };
}

/** A comment or reply: its own text (not its replies'), author and `lc` id. */
export function commentInfo(comment: Element): PostInfo {
  const author = authorOfLink(find(comment, 'commentAuthor'));
  const link = find(comment, 'commentTime')?.getAttribute('href');
  let id: string | undefined;
  let url: string | undefined;
  if (link) {
    try {
      const parsed = new URL(link, YT_ORIGIN);
      id = parsed.searchParams.get('lc') ?? undefined;
      const video = videoIdOf(parsed) ?? videoIdOfPage(comment);
      if (video && id) url = `${watchUrl(video)}&lc=${encodeURIComponent(id)}`;
    } catch {
      // A malformed link only costs the id.
    }
  }
  return { text: readText(find(comment, 'commentText')), author, url, id };
}

function videoIdOfPage(element: Element): string | undefined {
  const url = pageUrl(element);
  return url ? videoIdOf(url) : undefined;
}

/** What the page shows of the comment, Short or video containing `element`. */
export function postOf(element: Element): PostInfo | null {
  const comment = element.closest(css('comment'));
  if (comment) return commentInfo(comment);
  const reel = element.closest(css('reel'));
  if (reel) return reelInfo(reel);
  const watch = element.closest(css('watch'));
  if (watch && !element.closest(css('otherVideos'))) return videoInfo(watch);
  return null;
}

/**
 * The video the page is about, for controls outside it (the Shorts comment
 * panel, the share panel): the watch page's video, else the active Short.
 * With `id`, only that video.
 */
export function currentVideo(doc: Document, id?: string): PostInfo | null {
  const watch = doc.querySelector(css('watch'));
  if (watch && !watch.hasAttribute('hidden')) {
    const info = videoInfo(watch);
    if (info.id && (!id || info.id === id)) return info;
  }
  const reel = doc.querySelector(css('activeReel'));
  if (reel) {
    const info = reelInfo(reel);
    if (!id || info.id === id) return info;
  }
  return null;
}

/**
 * The channel a subscribe button is about, as a "post" to assess: the
 * uploader of the video or Short around it, else the channel page header.
 */
export function channelOf(button: Element): PostInfo | null {
  const reel = button.closest(css('reel'));
  const watch = reel ? null : button.closest(css('watch'));
  let author: Author | undefined;
  if (reel) author = authorOfLink(find(reel, 'reelChannel'));
  else if (watch) author = ownerOf(watch);
  else {
    const header = button.closest(css('channelHeader')) ?? button.ownerDocument.querySelector(css('channelHeader'));
    const url = pageUrl(button);
    const handle = (url ? handleOfPath(url.pathname) : undefined) ?? /@([^\s/]+)/.exec(readText(header))?.[1];
    const name = readText(header?.querySelector('h1') ?? null) || undefined;
    if (!name && !handle) return null;
    author = { name, handle, url: handle ? `${YT_ORIGIN}/@${encodeURIComponent(handle)}` : undefined };
  }
  if (!author) return null;
  return { text: author.name ?? '', author, url: author.url };
}
