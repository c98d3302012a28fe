/**
 * WhatsApp Web page detectors: pure functions of the URL. The app lives on
 * "/" and switches chats without changing the URL; click-to-chat links
 * (wa.me) land on "/send?phone=…&text=…" with the text prefilled.
 */
const isWhatsApp = (url: URL): boolean => url.hostname === 'web.whatsapp.com';

export const WHATSAPP_PAGES = {
  app: (url: URL) => isWhatsApp(url),
  /** Click-to-chat: a message is prefilled and one Enter away from being sent. */
  send: (url: URL) => isWhatsApp(url) && url.pathname === '/send',
} as const satisfies Record<string, (url: URL) => boolean>;
