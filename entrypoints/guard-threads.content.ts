import { guardContentScript } from '../src/guard/content-script';
import { threadsAdapter } from '../src/platforms/threads/index';

// Thin entrypoint: one per site (src/guard/content-script.ts says why).
export default defineContentScript(guardContentScript(threadsAdapter));
