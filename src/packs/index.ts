/**
 * The election packs shipped with Netral, validated on load. A shipped pack
 * that fails validation is left out and reported, never fatal: the engine
 * runs on whatever packs are sound.
 */
import kampanye from './data/kampanye.json';
import pemilu2024 from './data/pemilu-2024.json';
import pilkada2024 from './data/pilkada-2024.json';
import pilkada20172018 from './data/pilkada-2017-2018.json';
import pilpres2019 from './data/pilpres-2019.json';
import tokohPolitik from './data/tokoh-politik.json';
import { loadPacks, type LoadedPacks } from './load';

export { loadPacks, type LoadedPacks } from './load';

/** Raw shipped documents, in load order. */
export const SHIPPED_PACK_DOCUMENTS: readonly unknown[] = [
  pemilu2024,
  pilkada2024,
  pilpres2019,
  pilkada20172018,
  tokohPolitik,
  kampanye,
];

let shipped: LoadedPacks | undefined;

export function shippedPacks(): LoadedPacks {
  shipped ??= loadPacks(SHIPPED_PACK_DOCUMENTS);
  return shipped;
}
