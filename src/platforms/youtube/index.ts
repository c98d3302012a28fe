/**
 * The YouTube (www.youtube.com, desktop) adapter. m.youtube.com is another
 * DOM and is not covered; the live chat iframe is not covered either.
 * DOM knowledge lives in selectors.ts; reading videos, Shorts, comments and
 * channels in post.ts; the comment box in composer.ts; the event → action
 * mapping in actions.ts.
 */
import type { PlatformAdapter } from '../types';
import { actionOf } from './actions';
import { draftOf, findComposer } from './composer';
import { YT_PAGES } from './pages';
import { postOf } from './post';
import { YT_SELECTORS } from './selectors';

export const youtubeAdapter: PlatformAdapter = {
  id: 'youtube',
  name: 'YouTube',
  matches: ['https://www.youtube.com/*'],
  selectors: YT_SELECTORS,
  pages: YT_PAGES,
  actionOf,
  postOf,
  composerOf(element) {
    const composer = findComposer(element);
    return composer ? { text: draftOf(composer), kind: 'comment' } : null;
  },
};
