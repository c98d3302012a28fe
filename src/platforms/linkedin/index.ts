/**
 * The LinkedIn (www.linkedin.com) adapter, for both feeds LinkedIn serves
 * while it migrates (SDUI and Ember). DOM knowledge lives in selectors.ts;
 * reading posts in post.ts; the comment composer in composer.ts; the
 * event → action mapping in actions.ts.
 */
import type { PlatformAdapter } from '../types';
import { actionOf } from './actions';
import { draftOf, findComposer } from './composer';
import { LI_PAGES } from './pages';
import { postOf } from './post';
import { LI_SELECTORS } from './selectors';

export const linkedinAdapter: PlatformAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://www.linkedin.com/*'],
  selectors: LI_SELECTORS,
  pages: LI_PAGES,
  actionOf,
  postOf,
  composerOf(element) {
    const composer = findComposer(element);
    return composer ? { text: draftOf(composer), kind: composer.kind } : null;
  },
};
