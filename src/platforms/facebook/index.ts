/** Facebook (www.facebook.com, web.facebook.com). m.facebook.com is a different DOM and is not covered. */
import type { PlatformAdapter } from '../types';
import { actionOf } from './actions';
import { composerOf } from './composer';
import { facebookPages } from './pages';
import { postOf } from './post';
import { facebookSelectors } from './selectors';

export const facebookAdapter: PlatformAdapter = {
  id: 'facebook',
  name: 'Facebook',
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  selectors: facebookSelectors,
  pages: facebookPages,
  actionOf,
  postOf: (element) => postOf(element),
  composerOf,
};
