/**
 * The lexicon the settings ask for: the active shipped packs plus the
 * user's extra terms. Compiled once per distinct choice and cached, so the
 * guard and the popup's self-check pay the compile cost only on change.
 */
import { compileLexicon, shippedLexicon, type Lexicon } from '../detect/index';
import { shippedPackDocuments } from '../packs/shipped';
import { extraTermsPack } from './extra-terms';
import type { SettingsValues } from './schema';

let cached: { key: string; lexicon: Lexicon } | undefined;

export function lexiconFor(values: Pick<SettingsValues, 'packs' | 'extraTerms'>): Lexicon {
  const shipped = shippedPackDocuments();
  const active = shipped.filter((p) => values.packs.includes(p.id));
  const extra = extraTermsPack(values.extraTerms);
  if (active.length === shipped.length && !extra) return shippedLexicon();
  const key = JSON.stringify([active.map((p) => p.id), values.extraTerms]);
  if (cached?.key !== key) cached = { key, lexicon: compileLexicon(extra ? [...active, extra] : active) };
  return cached.lexicon;
}
