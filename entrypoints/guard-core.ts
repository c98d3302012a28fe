import { createGuardCore } from '../src/guard/core';
import { CORE_KEY } from '../src/guard/core-loader';

// Chrome's guard loads this file once per page, at the first press (src/guard/core-loader.ts says why).
export default defineUnlistedScript({
  include: ['chrome'],
  main() {
    (globalThis as unknown as Record<symbol, unknown>)[CORE_KEY] = createGuardCore;
  },
});
