import { guardContentScript } from '../src/guard/content-script';
import { whatsappAdapter } from '../src/platforms/whatsapp/index';

// Thin entrypoint: one per site (src/guard/content-script.ts says why).
export default defineContentScript(guardContentScript(whatsappAdapter));
