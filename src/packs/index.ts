/**
 * Validated access to the shipped packs, for the CLI, tests and pages that
 * show pack details. A shipped pack that fails validation is left out and
 * reported, never fatal.
 */
import { loadPacks, type LoadedPacks } from './load';
import { shippedPackDocuments } from './shipped';

export { loadPacks, type LoadedPacks } from './load';
export { shippedPackDocuments } from './shipped';

let shipped: LoadedPacks | undefined;

export function shippedPacks(): LoadedPacks {
  shipped ??= loadPacks(shippedPackDocuments());
  return shipped;
}
