/**
 * The detection core: pure TypeScript, no DOM and no browser API, shared by
 * content scripts, the popup and the Node CLI.
 */
import { shippedPackDocuments } from '../packs/shipped';
import type { Pack } from '../packs/schema';
import { assess } from './assess';
import { compileLexicon, type Lexicon } from './lexicon';

export { assess } from './assess';
export { compileLexicon, type Lexicon, type EntityInfo } from './lexicon';
export { normalise, type Normalised } from './normalise';
export { atLeast, LEVELS } from './types';
export type { Assessment, AssessContext, Level, Match, Reason, ReasonCode } from './types';

let defaultLexicon: Lexicon | undefined;

/** The lexicon of the shipped packs, compiled once, on first use. */
export function shippedLexicon(): Lexicon {
  defaultLexicon ??= compileLexicon(shippedPackDocuments());
  return defaultLexicon;
}

/** Convenience for callers with their own packs: compile and assess in one go. */
export function createDetector(packs: readonly Pack[]) {
  const lexicon = compileLexicon(packs);
  return { lexicon, assess: (text: unknown, context?: Parameters<typeof assess>[2]) => assess(text, lexicon, context) };
}
