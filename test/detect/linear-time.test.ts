/**
 * assess() must stay linear in the length of the text (normalise.ts: "Time
 * and memory are linear in the input length"; automaton.ts: one pass), also
 * on texts built to hurt: many overlapping partial matches, letters written
 * apart, stretched letters, long hashtags, look-alikes, leetspeak.
 *
 * A bound check, not a benchmark. Two ratios, both measured in this run, so
 * the speed of the machine (two shared cores, other tests running) cancels:
 *
 * 1. Against a baseline pass over the same 1 MB text: every code point read
 *    once and folded with `mapCodePoint` (the per-character table lookup the
 *    normaliser starts with) into a typed array. That is the least work any
 *    normaliser must do per character, it is linear by construction, and it
 *    shares none of the word logic under test, so a super-linear step in
 *    normalise, the automaton or the assessment cannot hide in it. Measured
 *    assess/baseline ratios are 2–15 (ballot numbers, which build a match
 *    per number, are the most); the bound is 40.
 * 2. Growth: the time for 1 MB over the time for 256 KB. Linear is 4 and
 *    quadratic 16; the bound 8 sits as far from either (×2), so neither noise
 *    nor a real quadratic step can land on the wrong side. (0.5 MB against
 *    1 MB would separate 2 from 4, too close on a loaded machine.)
 *
 * Medians of five interleaved repetitions. Before the 1 MB runs, a ladder of
 * small sizes with a very loose bound stops a super-linear case in a second
 * or so instead of letting it run for minutes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mapCodePoint } from '../../src/detect/chars';
import { assess, shippedLexicon } from '../../src/detect/index';

const lexicon = shippedLexicon();
const KB = 1024;
const MB = 1024 * KB;
const REPS = 5;
const MAX_RATIO_TO_BASELINE = 40;
const MAX_GROWTH_4X = 8;
/** Only to stop early: far above any linear case, far below a quadratic one at these sizes. */
const LADDER = [16 * KB, 64 * KB];
const LADDER_MAX_RATIO = 250;

let sink = 0;
function baseline(text: string): void {
  const out = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const mapping = mapCodePoint(cp);
    out[n++] = mapping.text.length > 0 ? mapping.text.charCodeAt(0) : 0x20;
    i += cp > 0xffff ? 2 : 1;
  }
  sink += out[n >> 1]!;
}

function run(text: string): void {
  sink += assess(text, lexicon).matches.length;
}

function ms(f: () => void): number {
  const started = performance.now();
  f();
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** `unit` repeated to exactly `size` code units. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** The longest lexicon forms (names, slogans, campaign teams), normalised. */
const longest = [...lexicon.patterns].sort((a, b) => b.length - a.length).slice(0, 8);
const prefixes = longest.map((p) => p.slice(0, -1));
const camel = (words: string[]) => words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

const families: [string, (size: number) => string][] = [
  // Each almost matches: the automaton walks deep and falls back every time.
  ['prefixes of the longest names and slogans', (size) => fill(prefixes.join(' ') + ' ', size)],
  ['the same prefixes run together', (size) => fill(prefixes.map((p) => p.replaceAll(' ', '')).join(''), size)],
  ['letters written apart, one word of a megabyte', (size) => fill('p r a b o w ', size)],
  ['one-letter words that are not spaced apart', (size) => fill('a, b, ', size)],
  ['stretched letters', (size) => fill('prrrrrrrraaaaaaaabbbbbbbooooooowwwwwww ', size)],
  ['one letter repeated', (size) => 'a'.repeat(size)],
  ['old spellings chained in one word', (size) => fill('djtjoekhsythgh', size)],
  ['a CamelCase hashtag of name prefixes', (size) => '#' + fill(camel(prefixes.flatMap((p) => p.split(' '))), size - 1)],
  ['many short hashtags', (size) => fill('#Prabow#anie#GanjarPranow ', size)],
  ['Latin and look-alike letters alternating', (size) => fill('аaοoрpеeѕs', size)],
  ['leetspeak in one long word', (size) => fill('pr4b0wg1br4n4n13s', size)],
  ['leetspeak words', (size) => fill('pr4b0w g1br4 4n13 ', size)],
  ['a long digit run inside a leetspeak word', (size) => 'a1b' + '1'.repeat(size - 4) + 'c'],
  ['ballot numbers', (size) => fill('02 ', size)],
  ['invisible characters between letters', (size) => fill('p\u200Br\u200Ba\u200Bb\u200Bo\u200Bw\u200B', size)],
  ['combining marks on one letter', (size) => 'a' + '\u0301'.repeat(size - 1)],
  ['gestures', (size) => fill('✌️ ', size)],
];

describe('assess runs in linear time on adversarial texts', () => {
  // Compiled code and a grown heap before the first measurement: the first
  // megabyte otherwise pays for both.
  beforeAll(() => {
    for (const [, make] of families.slice(0, 4)) {
      const text = make(MB);
      run(text);
      run(text);
      baseline(text);
    }
  });

  // One retry: a burst of load on the shared cores can slow a whole group of
  // runs; a super-linear step fails every attempt.
  it.each(families)('%s', { retry: 1 }, (_, make) => {
    // Ladder: stop a super-linear case while it is still cheap.
    for (const size of LADDER) {
      const text = make(size);
      run(text);
      baseline(text);
      const base = median([ms(() => baseline(text)), ms(() => baseline(text)), ms(() => baseline(text))]);
      const first = ms(() => run(text));
      const took = first > LADDER_MAX_RATIO * base ? first : median([first, ms(() => run(text)), ms(() => run(text))]);
      expect(took / base, `${size / KB} KB: assess ${took.toFixed(1)} ms, baseline ${base.toFixed(2)} ms`).toBeLessThan(
        LADDER_MAX_RATIO,
      );
    }

    const big = make(MB);
    const small = make(MB / 4);
    expect(big.length).toBe(MB);
    run(big);
    run(small);
    baseline(big);
    const times = { base: [] as number[], big: [] as number[], small: [] as number[] };
    for (let r = 0; r < REPS; r++) {
      times.base.push(ms(() => baseline(big)));
      times.big.push(ms(() => run(big)));
      times.small.push(ms(() => run(small)));
    }
    const base = median(times.base);
    const tBig = median(times.big);
    const tSmall = median(times.small);
    const detail = `1 MB: assess ${tBig.toFixed(1)} ms, baseline ${base.toFixed(1)} ms; 256 KB: assess ${tSmall.toFixed(1)} ms`;
    expect(tBig / base, detail).toBeLessThan(MAX_RATIO_TO_BASELINE);
    expect(tBig / tSmall, detail).toBeLessThan(MAX_GROWTH_4X);
    expect(sink).toBeGreaterThanOrEqual(0);
  });
});
