import { guardContentScript } from '../src/guard/content-script';
import { xAdapter } from '../src/platforms/x/index';

// Thin entrypoint: one per site (src/guard/content-script.ts says why).
export default defineContentScript(guardContentScript(xAdapter));
