import type { PlatformAdapter } from '../types';

// Placeholder registered so the content script matches the site; the adapter is being written.
export const whatsappAdapter: PlatformAdapter = {
  id: 'whatsapp',
  name: 'WhatsApp Web',
  matches: ['https://web.whatsapp.com/*'],
  selectors: {},
  pages: {},
  actionOf: () => null,
  postOf: () => null,
  composerOf: () => null,
};
