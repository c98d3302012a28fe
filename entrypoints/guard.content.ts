import { startGuard } from '../src/guard/start';
import { contentScriptMatches } from '../src/platforms/registry';

// Thin entrypoint: the sites come from the platform registry, the work from src/guard.
export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_start',
  // WXT's default also announces the script to the page with window.postMessage
  // ("<extension id>:guard:wxt:content-script-started"): any page could read
  // that Netral is installed, and capturing the call's stack costs ~30 ms
  // under DevTools. Its custom event alone stops an older copy of the script.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startGuard(ctx);
  },
});
