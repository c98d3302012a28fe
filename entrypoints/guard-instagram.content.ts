import { guardContentScript } from '../src/guard/content-script';
import { instagramAdapter } from '../src/platforms/instagram/index';

// Thin entrypoint: one per site (src/guard/content-script.ts says why).
export default defineContentScript(guardContentScript(instagramAdapter));
