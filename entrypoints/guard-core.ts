import { DIALOG_KEY } from '../src/ui/dialog/loader';
import { showWarning } from '../src/ui/dialog/mount';

// Chrome's guard loads this file once per page, before its first warning (src/ui/dialog/loader.ts says why).
export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    (globalThis as unknown as Record<symbol, unknown>)[DIALOG_KEY] = showWarning;
  },
});
