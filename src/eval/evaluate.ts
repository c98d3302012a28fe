/**
 * Evaluation of the engine against hand-labelled posts: confusion matrix at
 * each level and precision/recall/F1 at a chosen threshold.
 */
import { assess } from '../detect/assess';
import type { Lexicon } from '../detect/lexicon';
import { atLeast, LEVELS, type Assessment, type Level } from '../detect/types';

export type Label = 'risk' | 'none';

export interface LabelledPost {
  id?: string | undefined;
  text: string;
  label: Label;
}

export interface Scored extends LabelledPost {
  assessment: Assessment;
}

export interface Confusion {
  threshold: Level;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function scorePosts(posts: readonly LabelledPost[], lexicon: Lexicon): Scored[] {
  return posts.map((post) => ({ ...post, assessment: assess(post.text, lexicon) }));
}

export function confusion(scored: readonly Scored[], threshold: Level): Confusion {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const post of scored) {
    const flagged = atLeast(post.assessment.level, threshold);
    if (post.label === 'risk') flagged ? tp++ : fn++;
    else flagged ? fp++ : tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { threshold, tp, fp, fn, tn, precision, recall, f1 };
}

/** Distribution of predicted levels per label: rows are labels, columns levels. */
export function levelTable(scored: readonly Scored[]): Record<Label, Record<Level, number>> {
  const empty = () => Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  const table: Record<Label, Record<Level, number>> = { risk: empty(), none: empty() };
  for (const post of scored) table[post.label][post.assessment.level]++;
  return table;
}

export function summaryLine(c: Confusion, n: number): string {
  return `precision=${c.precision.toFixed(3)} recall=${c.recall.toFixed(3)} f1=${c.f1.toFixed(3)} n=${n}`;
}

/** Reads labelled posts from CSV records; rows with an unknown label are reported, not guessed. */
export function postsFromRecords(records: readonly Record<string, string>[]): { posts: LabelledPost[]; skipped: number } {
  const posts: LabelledPost[] = [];
  let skipped = 0;
  for (const record of records) {
    const label = (record.label ?? '').trim().toLowerCase();
    if (label !== 'risk' && label !== 'none') {
      skipped++;
      continue;
    }
    posts.push({ id: record.id, text: record.text ?? '', label });
  }
  return { posts, skipped };
}
