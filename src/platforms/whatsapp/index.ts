/**
 * The WhatsApp Web adapter. What Netral guards here: forwarding a message
 * (kind 'share', held at the forward dialog's Send) and sending a draft into
 * the open chat (kind 'post'; 'comment' when replying to a quoted message).
 * DOM knowledge lives in selectors.ts; reading messages in post.ts; the
 * composer in composer.ts; the event → action mapping in actions.ts.
 */
import type { PlatformAdapter } from '../types';
import { actionOf } from './actions';
import { draftOf, findComposer } from './composer';
import { WHATSAPP_PAGES } from './pages';
import { postOf } from './post';
import { WHATSAPP_SELECTORS } from './selectors';

export const whatsappAdapter: PlatformAdapter = {
  id: 'whatsapp',
  name: 'WhatsApp Web',
  matches: ['https://web.whatsapp.com/*'],
  selectors: WHATSAPP_SELECTORS,
  pages: WHATSAPP_PAGES,
  actionOf,
  postOf,
  composerOf(element) {
    const composer = findComposer(element);
    const text = composer ? draftOf(composer) : '';
    return composer ? { text, kind: composer.kind } : null;
  },
};
