/**
 * Every supported platform, registered once. Each has its own content script
 * (entrypoints/guard-<id>.content.ts, matches from its adapter); the popup's
 * adapter lookup derives from this list. A test fails when a folder under
 * src/platforms/ is missing here, has no fixtures or no content script.
 */
import { facebookAdapter } from './facebook/index';
import { instagramAdapter } from './instagram/index';
import { linkedinAdapter } from './linkedin/index';
import { threadsAdapter } from './threads/index';
import { tiktokAdapter } from './tiktok/index';
import type { PlatformAdapter } from './types';
import { whatsappAdapter } from './whatsapp/index';
import { xAdapter } from './x/index';
import { youtubeAdapter } from './youtube/index';

export const PLATFORMS: readonly PlatformAdapter[] = [
  xAdapter,
  facebookAdapter,
  instagramAdapter,
  tiktokAdapter,
  youtubeAdapter,
  threadsAdapter,
  linkedinAdapter,
  whatsappAdapter,
];

/** Match patterns of every platform (the union of the guard content scripts'). */
export function contentScriptMatches(): string[] {
  return [...new Set(PLATFORMS.flatMap((p) => p.matches))];
}

/** The adapter for a page, by its host name. */
export function adapterForHost(host: string): PlatformAdapter | undefined {
  return PLATFORMS.find((p) =>
    p.matches.some((pattern) => {
      const hostPattern = /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
      if (hostPattern.startsWith('*.')) return host === hostPattern.slice(2) || host.endsWith(hostPattern.slice(1));
      return host === hostPattern;
    }),
  );
}
