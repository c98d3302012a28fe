/**
 * The evaluation gate: the engine on 350 hand-labelled real posts
 * (../shared/data/dev-posts.csv, rubric in its README). Acceptance is on a
 * held-out twin, so this guards against regressions, it is not a target to fit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedLexicon } from '../../src/detect/index';
import { parseCsvRecords } from '../../src/eval/csv';
import { confusion, postsFromRecords, scorePosts } from '../../src/eval/evaluate';

const DEV_SET = new URL('../../../shared/data/dev-posts.csv', import.meta.url);

describe('evaluation on the labelled dev set', () => {
  const { records } = parseCsvRecords(readFileSync(DEV_SET, 'utf8'));
  const { posts, skipped } = postsFromRecords(records);
  const scored = scorePosts(posts, shippedLexicon());

  it('reads all 350 labelled posts', () => {
    expect(skipped).toBe(0);
    expect(posts).toHaveLength(350);
  });

  it('reaches precision 0.90 and recall 0.85 at level risk', () => {
    const risk = confusion(scored, 'risk');
    expect(risk.precision).toBeGreaterThanOrEqual(0.9);
    expect(risk.recall).toBeGreaterThanOrEqual(0.85);
  });

  it('flags more at level caution than at level risk', () => {
    expect(confusion(scored, 'caution').recall).toBeGreaterThanOrEqual(confusion(scored, 'risk').recall);
  });
});
