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

/** The shipped packs' ids, in load order (a test checks them against the documents). */
export const SHIPPED_PACK_IDS: readonly string[] = ['pemilu-2024', 'pilkada-2024', 'pilpres-2019', 'pilkada-2017-2018', 'tokoh-politik', 'kampanye'];

/**
 * The documents as imported, in load order. In the extension's build each
 * is its JSON text (wxt.config.ts, lazyPackText), parsed only when first
 * needed: a page where the user never acts does not pay for it. Elsewhere
 * (Node, tests) they are already objects.
 */
const IMPORTED: readonly unknown[] = [pemilu2024, pilkada2024, pilpres2019, pilkada20172018, tokohPolitik, kampanye];
let documents: Pack[] | undefined;

/** The shipped packs, trusted: canonical and valid by test (test/packs/packs.test.ts). */
export function shippedPackDocuments(): Pack[] {
  documents ??= IMPORTED.map((doc) => (typeof doc === 'string' ? JSON.parse(doc) : doc) as Pack);
  return documents;
}
