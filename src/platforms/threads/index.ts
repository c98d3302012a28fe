/**
 * The Threads (www.threads.com, formerly www.threads.net) adapter. DOM
 * knowledge lives in selectors.ts; reading posts in post.ts; composers in
 * composer.ts; the event → action mapping in actions.ts. Nothing here keeps
 * page-load state: Threads is a SPA and every answer is read at event time.
 */
import type { PlatformAdapter } from '../types';
import { actionOf } from './actions';
import { composerOf } from './composer';
import { threadsPages } from './pages';
import { postOf } from './post';
import { threadsSelectors } from './selectors';

export const threadsAdapter: PlatformAdapter = {
  id: 'threads',
  name: 'Threads',
  matches: ['https://www.threads.com/*', 'https://www.threads.net/*'],
  selectors: threadsSelectors,
  pages: threadsPages,
  actionOf,
  postOf,
  composerOf,
};
