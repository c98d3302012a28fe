import type { PlatformAdapter } from '../types';

// Placeholder registered so the content script matches the site; the adapter is being written.
export const tiktokAdapter: PlatformAdapter = {
  id: 'tiktok',
  name: 'TikTok',
  matches: ['https://www.tiktok.com/*'],
  selectors: {},
  pages: {},
  actionOf: () => null,
  postOf: () => null,
  composerOf: () => null,
};
