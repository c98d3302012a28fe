/**
 * Validated access to the shipped packs, for the CLI, tests and pages that
 * show pack details. A shipped pack that fails validation is left out and
 * reported, never fatal.
 */
import { loadPacks, type LoadedPacks } from './load';
import { SHIPPED_PACK_DOCUMENTS } from './shipped';

export { loadPacks, type LoadedPacks } from './load';
export { SHIPPED_PACK_DOCUMENTS } from './shipped';

let shipped: LoadedPacks | undefined;

export function shippedPacks(): LoadedPacks {
  shipped ??= loadPacks(SHIPPED_PACK_DOCUMENTS);
  return shipped;
}
