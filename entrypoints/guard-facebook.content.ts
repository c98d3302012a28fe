import { guardContentScript } from '../src/guard/content-script';
import { facebookAdapter } from '../src/platforms/facebook/index';

// Thin entrypoint: one per site (src/guard/content-script.ts says why).
export default defineContentScript(guardContentScript(facebookAdapter));
