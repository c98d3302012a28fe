import { guardContentScript } from '../src/guard/content-script';
import { tiktokAdapter } from '../src/platforms/tiktok/index';

// Thin entrypoint: one per site (src/guard/content-script.ts says why).
export default defineContentScript(guardContentScript(tiktokAdapter));
