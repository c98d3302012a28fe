import type { PlatformAdapter } from '../types';

// Placeholder registered so the content script matches the site; the adapter is being written.
export const linkedinAdapter: PlatformAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  selectors: {},
  pages: {},
  actionOf: () => null,
  postOf: () => null,
  composerOf: () => null,
};
