import type { PlatformAdapter } from '../types';

// Placeholder registered so the content script matches the site; the adapter is being written.
export const threadsAdapter: PlatformAdapter = {
  id: 'threads',
  name: 'Threads',
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*'],
  selectors: {},
  pages: {},
  actionOf: () => null,
  postOf: () => null,
  composerOf: () => null,
};
