/**
 * The election packs shipped with Netral, as documents. They are stored in
 * canonical form (every default written out), which a test checks against
 * the validator; so the content script can use them as they are, without
 * loading the validator (zod) into every page.
 */
import kampanye from './data/kampanye.json';
import pemilu2024 from './data/pemilu-2024.json';
import pilkada2024 from './data/pilkada-2024.json';
import pilkada20172018 from './data/pilkada-2017-2018.json';
import pilpres2019 from './data/pilpres-2019.json';
import tokohPolitik from './data/tokoh-politik.json';
import type { Pack } from './schema';

/** Raw shipped documents, in load order. */
export const SHIPPED_PACK_DOCUMENTS: readonly unknown[] = [
  pemilu2024,
  pilkada2024,
  pilpres2019,
  pilkada20172018,
  tokohPolitik,
  kampanye,
];

/** The shipped packs, trusted: canonical and valid by test (test/packs/packs.test.ts). */
export function shippedPackDocuments(): Pack[] {
  return SHIPPED_PACK_DOCUMENTS as Pack[];
}
