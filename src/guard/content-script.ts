/**
 * The guard's content-script definition for one site. Each site has its own
 * entrypoint (entrypoints/guard-<id>.content.ts) that passes its adapter, so
 * a page loads one adapter, not eight: the script is compiled on every page
 * load of a guarded site, and its size is most of what Netral costs a page.
 */
import type { IsolatedWorldContentScriptDefinition } from 'wxt';
import type { PlatformAdapter } from '../platforms/types';
import { startGuard } from './start';

export function guardContentScript(adapter: PlatformAdapter): IsolatedWorldContentScriptDefinition {
  return {
    matches: [...adapter.matches],
    runAt: 'document_start',
    // WXT's default also announces the script to the page with window.postMessage
    // ("<extension id>:guard-<site>:wxt:content-script-started"): any page could
    // read that Netral is installed, and capturing the call's stack costs ~30 ms
    // under DevTools. Its custom event alone stops an older copy of the script.
    noScriptStartedPostMessage: true,
    main(ctx) {
      startGuard(ctx, adapter);
    },
  };
}
