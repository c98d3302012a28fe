import { guardContentScript } from '../src/guard/content-script';
import { youtubeAdapter } from '../src/platforms/youtube/index';

// Thin entrypoint: one per site (src/guard/content-script.ts says why).
export default defineContentScript(guardContentScript(youtubeAdapter));
