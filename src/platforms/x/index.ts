/**
 * The X (x.com, formerly twitter.com) adapter. DOM knowledge lives in
 * selectors.ts; reading posts in post.ts; composers in composer.ts; the
 * event → action mapping in actions.ts.
 */
import type { PlatformAdapter } from '../types';
import { actionOf } from './actions';
import { draftOf, findComposer } from './composer';
import { X_PAGES } from './pages';
import { postOf } from './post';
import { X_SELECTORS } from './selectors';

export const xAdapter: PlatformAdapter = {
  id: 'x',
  name: 'X',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],
  selectors: X_SELECTORS,
  pages: X_PAGES,
  actionOf,
  postOf,
  composerOf(element) {
    const composer = findComposer(element);
    return composer ? { text: draftOf(composer), kind: composer.kind } : null;
  },
};
