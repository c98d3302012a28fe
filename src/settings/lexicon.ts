/**
 * The lexicon the settings ask for: the active shipped packs, the
 * organisation's own packs and the user's extra terms. Compiled once per
 * distinct choice and cached, so the guard and the popup's self-check pay
 * the compile cost only on change.
 */
import { compileLexicon, shippedLexicon, type Lexicon } from '../detect/index';
import type { Pack } from '../packs/schema';
import { shippedPackDocuments } from '../packs/shipped';
import { extraTermsPack } from './extra-terms';
import type { SettingsValues } from './schema';

// Organisation packs are compared by identity: callers hold one array until storage changes.
let cached: { key: string; organisationPacks: readonly Pack[]; lexicon: Lexicon } | undefined;

export function lexiconFor(values: Pick<SettingsValues, 'activePacks' | 'extraTerms'>, organisationPacks: readonly Pack[] = []): Lexicon {
  const shipped = shippedPackDocuments();
  // An organisation pack replaces a shipped pack of the same id (a corrected edition).
  const ownIds = new Set(organisationPacks.map((p) => p.id));
  const active = shipped.filter((p) => values.activePacks.includes(p.id) && !ownIds.has(p.id));
  const extra = extraTermsPack(values.extraTerms);
  if (active.length === shipped.length && !extra && organisationPacks.length === 0) return shippedLexicon();
  const key = JSON.stringify([active.map((p) => p.id), values.extraTerms]);
  if (cached?.key !== key || cached.organisationPacks !== organisationPacks) {
    cached = { key, organisationPacks, lexicon: compileLexicon([...active, ...organisationPacks, ...(extra ? [extra] : [])]) };
  }
  return cached.lexicon;
}
