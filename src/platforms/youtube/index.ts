import type { PlatformAdapter } from '../types';

// Placeholder registered so the content script matches the site; the adapter is being written.
export const youtubeAdapter: PlatformAdapter = {
  id: 'youtube',
  name: 'YouTube',
  matches: ['https://www.youtube.com/*'],
  selectors: {},
  pages: {},
  actionOf: () => null,
  postOf: () => null,
  composerOf: () => null,
};
