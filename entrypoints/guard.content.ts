import { startGuard } from '../src/guard/start';
import { contentScriptMatches } from '../src/platforms/registry';

// Thin entrypoint: the sites come from the platform registry, the work from src/guard.
export default defineContentScript({
  matches: contentScriptMatches(),
  runAt: 'document_start',
  main(ctx) {
    startGuard(ctx);
  },
});
