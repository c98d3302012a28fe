/**
 * The Instagram (www.instagram.com) adapter. DOM knowledge lives in
 * selectors.ts; reading posts and comments in post.ts; the comment box in
 * composer.ts; the event → action mapping in actions.ts.
 */
import type { PlatformAdapter } from '../types';
import { actionOf } from './actions';
import { composerOf } from './composer';
import { instagramPages } from './pages';
import { postOf } from './post';
import { instagramSelectors } from './selectors';

export const instagramAdapter: PlatformAdapter = {
  id: 'instagram',
  name: 'Instagram',
  matches: ['https://www.instagram.com/*'],
  selectors: instagramSelectors,
  pages: instagramPages,
  actionOf,
  postOf,
  composerOf,
};
