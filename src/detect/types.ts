import type { VocabularyKind } from '../packs/schema';
import type { EntityKind, TermKind } from './lexicon';

export type Level = 'none' | 'caution' | 'risk';

export const LEVELS: readonly Level[] = ['none', 'caution', 'risk'];

/** True when `level` is at least `threshold` (none < caution < risk). */
export function atLeast(level: Level, threshold: Level): boolean {
  return LEVELS.indexOf(level) >= LEVELS.indexOf(threshold);
}

export interface MatchedEntity {
  key: string;
  kind: EntityKind;
  name: string;
  ballotNumber?: number | undefined;
  contest?: string | undefined;
}

export interface Match {
  /** The matched span of the original text, as the user wrote it. */
  text: string;
  /** The lexicon form it matched ("Prabowo Subianto"), or the number for ballot numbers. */
  term: string;
  kind: TermKind | 'ballot-number';
  vocabulary?: VocabularyKind | undefined;
  entity?: MatchedEntity | undefined;
  /** UTF-16 offsets in the original text, end exclusive. */
  start: number;
  end: number;
}

export type ReasonCode =
  | 'campaign-account'
  | 'campaign-marker'
  | 'candidate-pair'
  | 'candidate'
  | 'party'
  | 'figure'
  | 'election-context'
  | 'ballot-number'
  | 'campaign-window'
  | 'office-context'
  | 'spam-tags'
  | 'truncated';

export interface Reason {
  code: ReasonCode;
  id: string;
  en: string;
  /** The words of the text behind this reason. */
  terms: string[];
}

export interface Assessment {
  level: Level;
  matches: Match[];
  reasons: Reason[];
}

export interface AssessContext {
  /** When the post was written: a mention inside a campaign window weighs more. */
  date?: Date | string | number | undefined;
  /** Who posted it (or the account about to be followed): a campaign account is itself a reason. */
  author?: { platform: string; handle?: string | undefined } | undefined;
}
