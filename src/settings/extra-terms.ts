/**
 * The user's own extra terms: validation for the options page, and an
 * in-memory pack so the engine treats them as campaign markers (`risk`).
 */
import type { Pack } from '../packs/schema';
import { EXTRA_TERM_MAX, EXTRA_TERMS_MAX_COUNT } from './schema';

export type TermError = 'empty' | 'too-long' | 'duplicate' | 'too-many';

export interface TermProblem {
  /** Index in the list as given (the options page shows the error next to that line). */
  index: number;
  error: TermError;
}

const key = (term: string) => term.trim().toLocaleLowerCase('id');

export function validateExtraTerms(terms: readonly string[]): TermProblem[] {
  const problems: TermProblem[] = [];
  const seen = new Set<string>();
  terms.forEach((term, index) => {
    const k = key(term);
    if (k.length === 0) problems.push({ index, error: 'empty' });
    else if (term.trim().length > EXTRA_TERM_MAX) problems.push({ index, error: 'too-long' });
    else if (seen.has(k)) problems.push({ index, error: 'duplicate' });
    else if (index >= EXTRA_TERMS_MAX_COUNT) problems.push({ index, error: 'too-many' });
    seen.add(k);
  });
  return problems;
}

export function isValidExtraTerms(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((t) => typeof t === 'string') && validateExtraTerms(value).length === 0;
}

export const EXTRA_PACK_ID = 'istilah-pengguna';

/** A pack holding the user's terms as one marker; null when there are none. */
export function extraTermsPack(terms: readonly string[]): Pack | null {
  const clean = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0 && t.length <= EXTRA_TERM_MAX))];
  if (clean.length === 0) return null;
  return {
    id: EXTRA_PACK_ID,
    version: '1.0.0',
    title: { id: 'Istilah tambahan Anda', en: 'Your extra terms' },
    // Markers must cite a source: the user is the source of these.
    sources: [{ id: 'pengguna', title: 'Ditambahkan oleh pengguna / added by the user', url: 'https://netral.invalid/user' }],
    contests: [],
    candidates: [],
    pairs: [],
    parties: [],
    figures: [],
    markers: [{ id: 'istilah-pengguna', kind: 'jargon', terms: clean, sources: ['pengguna'] }],
    accounts: [],
    vocabulary: [],
  };
}
