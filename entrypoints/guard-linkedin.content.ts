import { guardContentScript } from '../src/guard/content-script';
import { linkedinAdapter } from '../src/platforms/linkedin/index';

// Thin entrypoint: one per site (src/guard/content-script.ts says why).
export default defineContentScript(guardContentScript(linkedinAdapter));
