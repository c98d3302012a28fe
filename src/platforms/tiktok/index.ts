/**
 * The TikTok web (www.tiktok.com) adapter. DOM knowledge lives in
 * selectors.ts; reading videos in post.ts; the comment box in composer.ts;
 * the event → action mapping in actions.ts.
 */
import type { PlatformAdapter } from '../types';
import { actionOf } from './actions';
import { composerOf } from './composer';
import { TIKTOK_PAGES } from './pages';
import { postOf } from './post';
import { TIKTOK_SELECTORS } from './selectors';

export const tiktokAdapter: PlatformAdapter = {
  id: 'tiktok',
  name: 'TikTok',
  matches: ['https://www.tiktok.com/*'],
  selectors: TIKTOK_SELECTORS,
  pages: TIKTOK_PAGES,
  actionOf,
  postOf,
  composerOf,
};
