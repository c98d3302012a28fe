/**
 * Property-based tests of the detection engine (fast-check, default seeds:
 * every run explores new inputs, and a failure prints the seed to replay).
 * Example-based checks live in normalise.test.ts and assess.test.ts; here
 * the same claims are checked over generated inputs.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { assess, LEVELS, shippedLexicon } from '../../src/detect/index';
import { CharKind, mapCodePoint } from '../../src/detect/chars';
import { FLAG_UPPER, normalise, type Normalised } from '../../src/detect/normalise';
import type { AssessContext, Assessment, ReasonCode } from '../../src/detect/types';
import { disguise, hostileText, hostileUnit, nameTerms, postText, recipeArb, singleRecipes } from './obfuscate';

const lexicon = shippedLexicon();
const NAMES = nameTerms(lexicon);
const norm = (text: string) => normalise(text).text;

/** Text strings of every kind the properties run over. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  hostileText,
);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** An offset that does not fall between the two halves of a surrogate pair. */
const onCodePointBoundary = (s: string, at: number) => at <= 0 || at >= s.length || !(isHigh(s.charCodeAt(at - 1)) && isLow(s.charCodeAt(at)));

describe('normalise: idempotence of the text', () => {
  /**
   * The property is about `text` only: offsets and flags of the second pass
   * point into the first pass's output, not the post, so they cannot agree.
   *
   * Three features are legitimately not idempotent, because they read
   * information that `text` no longer carries:
   * - gestures become private-use characters ("\uE002"), the matcher's own
   *   alphabet; typed as input such a character is not a gesture, so a second
   *   pass drops it;
   * - short ALL-CAPS words keep their letters ("PPP" → "ppp", an acronym);
   *   the capitals are in `flags`, so a second pass reads "ppp" as a stretched
   *   "p";
   * - letters written apart are joined only across spacing gaps (" ", ".",
   *   "-"…) of the original: "a, b, c" gives "a b c", which a second pass
   *   reads as spaced letters.
   * So: every other word is a fixed point on its own, and a text with none of
   * the three is a fixed point as a whole.
   */
  function checkIdempotent(input: string): void {
    const first = normalise(input);
    const y = first.text;
    const words = wordsOf(first);
    let exempt = false;
    let singles = 0;
    for (const word of words) {
      const gesture = /[\uE000-\uF8FF]/.test(word.text);
      const acronym = word.text.length <= 4 && word.allUpper;
      singles = word.text.length === 1 && !/[0-9\uE000-\uF8FF]/.test(word.text) ? singles + 1 : 0;
      if (gesture || acronym || singles >= 3) exempt = true;
      if (gesture || acronym) continue;
      const again = norm(word.text);
      if (again !== word.text) {
        throw new Error(`word ${JSON.stringify(word.text)} of ${JSON.stringify(input)} normalises again to ${JSON.stringify(again)}`);
      }
    }
    if (!exempt) expect(norm(y), `normalise(${JSON.stringify(y)}) from ${JSON.stringify(input)}`).toBe(y);
  }

  it('holds per character: every letter or digit the normaliser writes reads as itself (all of Unicode)', () => {
    const notFixed: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const mapping = mapCodePoint(cp);
      if (mapping.kind !== CharKind.Word) continue;
      for (const c of mapping.text) {
        const again = mapCodePoint(c.codePointAt(0)!);
        if (again.kind !== CharKind.Word || again.text !== c || again.upper) {
          notFixed.push(`U+${cp.toString(16).toUpperCase()} ${String.fromCodePoint(cp)} → ${JSON.stringify(mapping.text)}`);
          break;
        }
      }
    }
    expect(notFixed).toEqual([]);
  });

  it('holds for arbitrary Unicode, lone surrogates and hostile mixes', () => {
    fc.assert(fc.property(anyText, (input) => checkIdempotent(input)), { numRuns: 1500 });
  });

  it('holds for texts of folding letters: repeats, old spellings, leetspeak, acronyms, spacing', () => {
    const foldy = fc.string({ unit: fc.constantFrom(...'aeoudjtkhgsycAEOUDJTKHGSYC01345 .#-'), maxLength: 30 });
    fc.assert(fc.property(foldy, (input) => checkIdempotent(input)), {
      numRuns: 1500,
      // An old spelling after the letter it folds to ("uoe" = "u" + "u"), stretched old spellings,
      // a fold making a new digraph with the letter before ("tdj" = "t" + "j").
      examples: [['uoe'], ['Soeekarno'], ['Tjjahaja'], ['tdj']],
    });
  });

  it('holds for disguised names', () => {
    const disguised = fc.tuple(fc.constantFrom(...NAMES), recipeArb).map(([t, r]) => disguise(t, r).text);
    fc.assert(fc.property(disguised, (input) => checkIdempotent(input)), { numRuns: 500 });
  });
});

interface Word {
  text: string;
  allUpper: boolean;
}

function wordsOf(n: Normalised): Word[] {
  const words: Word[] = [];
  let from = 0;
  for (let i = 0; i <= n.text.length; i++) {
    if (i < n.text.length && n.text[i] !== ' ') continue;
    if (i > from) {
      let allUpper = true;
      for (let k = from; k < i; k++) if ((n.flags[k]! & FLAG_UPPER) === 0) allUpper = false;
      words.push({ text: n.text.slice(from, i), allUpper });
    }
    from = i + 1;
  }
  return words;
}

describe('offsets map inside the original text', () => {
  it('normalise: every output character has an in-order origin inside the input, not splitting a character', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, postText(lexicon)), (input) => {
        const n = normalise(input);
        expect(n.original).toBe(input);
        expect(n.start.length).toBe(n.text.length);
        expect(n.end.length).toBe(n.text.length);
        expect(n.flags.length).toBe(n.text.length);
        // Words separated by single spaces, none at either end.
        expect(n.text).not.toMatch(/^ | $| {2}/);
        let previous = -1; // last letter or digit
        for (let i = 0; i < n.text.length; i++) {
          const start = n.start[i]!;
          const end = n.end[i]!;
          expect(0 <= start && start <= end && end <= input.length, `span ${start}–${end} of ${i}`).toBe(true);
          expect(onCodePointBoundary(input, start) && onCodePointBoundary(input, end), `span ${start}–${end} splits a pair`).toBe(true);
          if (n.text[i] === ' ') {
            // A space starts where the word before it ends.
            expect(start).toBe(n.end[i - 1]);
            continue;
          }
          // A letter or digit comes from something actually written ...
          expect(end > start, `empty origin for ${JSON.stringify(n.text[i])} at ${i}`).toBe(true);
          // ... in reading order. (Several output characters may share one
          // origin: "㍘" reads "0 点", both from the same code point.)
          if (previous >= 0) {
            expect(start >= n.start[previous]! && end >= n.end[previous]!, `order at ${i}`).toBe(true);
          }
          previous = i;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('assess: every match is a non-empty slice of the original text', () => {
    fc.assert(
      fc.property(fc.oneof(postText(lexicon), anyText), (input) => {
        for (const m of assess(input, lexicon).matches) {
          expect(0 <= m.start && m.start < m.end && m.end <= input.length, `match ${m.start}–${m.end} in ${input.length}`).toBe(true);
          expect(m.text).toBe(input.slice(m.start, m.end));
          expect(m.text.length).toBeGreaterThan(0);
          expect(onCodePointBoundary(input, m.start) && onCodePointBoundary(input, m.end)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('disguised candidate names are still found', () => {
  /**
   * Every strong name of a candidate or pair in the shipped packs, written
   * with random compositions of the disguises the normaliser claims to read
   * through (obfuscate.ts: case, diacritics as combining marks or
   * precomposed, look-alike letters, invisible characters, repeated letters,
   * old spellings, leetspeak inside words, letters spaced or dotted apart,
   * CamelCase or joined hashtags), inside a short post: assess must report
   * that candidate or pair with a span covering the whole disguised name.
   */
  it('for every name and every composition of supported disguises', () => {
    const examples: [(typeof NAMES)[number], ReturnType<typeof singleRecipes>[number]][] = [];
    for (const term of NAMES) for (const recipe of singleRecipes()) examples.push([term, recipe]);
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), recipeArb, (term, recipe) => {
        const { text, start, end } = disguise(term, recipe);
        const result = assess(text, lexicon);
        const found = result.matches.filter((m) => m.entity?.key === term.key);
        const covering = found.some((m) => m.start <= start && m.end >= end);
        if (!covering) {
          throw new Error(
            `${term.key} ("${term.surface}") not covered in ${JSON.stringify(text)}` +
              ` (name at ${start}–${end}; normalised ${JSON.stringify(norm(text))};` +
              ` matches ${JSON.stringify(result.matches.map((m) => [m.text, m.entity?.key, m.start, m.end]))})`,
          );
        }
      }),
      { numRuns: 2000, examples },
    );
  });
});

/**
 * Minimal forms of the misses the properties above found, kept as
 * regression cases now that the engine reads through them: each is a
 * supported disguise, or two of them together.
 */
describe('disguises the properties caught', () => {
  const cases: [string, string, string][] = [
    ['a stretched letter of an old spelling (Tjahaja)', 'Basuki Tjjahaja Purnama', 'pilkada-2017-2018/dki2017-ahok'],
    ['an old spelling after the letter it stands for (Uu → Oeoe)', 'Oeoe Ruzhanul', 'pilkada-2017-2018/jabar2018-uu'],
    ['a short name word in capitals (Uu)', 'UU RUZHANUL ULUM', 'pilkada-2017-2018/jabar2018-uu'],
    ['a short name word in capitals (Doel)', 'PRAM-DOEL', 'pilkada-2024/pramono-rano'],
    ['a capitals-only word of the pack in other case (KH)', "Kh Ma'ruf Amin", 'pilpres-2019/maruf-amin'],
    ['a joined hashtag where words meet in a fold (s+s)', '#aniessandi', 'pilkada-2017-2018/dki2017-anies-sandi'],
    ['a joined hashtag where words meet in a fold (s+y)', '#gusyasin', 'pilkada-2024/taj-yasin'],
    ['an invisible character in the gap between letters written apart', 'p \u200Br a b o w o', 'pemilu-2024/prabowo'],
    ['an apostrophe in the gap between letters written apart', 'G i b `r a n', 'pemilu-2024/gibran'],
  ];
  it.each(cases)('%s: %j', (_, text, key) => {
    const start = text.startsWith('#') ? 1 : 0;
    const found = assess(text, lexicon).matches.filter((m) => m.entity?.key === key);
    expect(found.some((m) => m.start <= start && m.end >= text.length), JSON.stringify(norm(text))).toBe(true);
  });
});

describe('assess never throws and always answers well-formed', () => {
  const REASON_CODES = new Set<ReasonCode>([
    'campaign-account', 'campaign-marker', 'candidate-pair', 'candidate', 'party', 'figure', 'election-context',
    'ballot-number', 'campaign-window', 'office-context', 'spam-tags', 'truncated',
  ]);
  let errors: MockInstance<typeof console.error>;
  // assess() catches its own failures and logs them: a logged error is the throw this property looks for.
  beforeEach(() => {
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => errors.mockRestore());

  function checkWellFormed(input: string, context?: AssessContext): void {
    errors.mockClear();
    const result: Assessment = assess(input, lexicon, context);
    expect(errors, `assess failed inside on ${JSON.stringify(input.slice(0, 200))}`).not.toHaveBeenCalled();
    expect(LEVELS).toContain(result.level);
    expect(Array.isArray(result.matches) && Array.isArray(result.reasons)).toBe(true);
    // A warning always says why.
    if (result.level !== 'none') expect(result.reasons.length).toBeGreaterThan(0);
    for (const r of result.reasons) {
      expect(REASON_CODES.has(r.code)).toBe(true);
      expect(typeof r.id === 'string' && r.id.length > 0 && typeof r.en === 'string' && r.en.length > 0).toBe(true);
      expect(r.terms.every((t) => typeof t === 'string')).toBe(true);
    }
    let previous = -1;
    for (const m of result.matches) {
      expect(typeof m.term === 'string' && typeof m.kind === 'string').toBe(true);
      expect(m.start).toBeGreaterThanOrEqual(previous); // in reading order
      previous = m.start;
    }
  }

  const context = fc.record(
    {
      date: fc.oneof(fc.date({ noInvalidDate: false }), fc.double(), fc.integer(), fc.string(), fc.constant(undefined)),
      author: fc.option(
        fc.record({ platform: fc.constantFrom('x', 'facebook', 'instagram', 'tiktok', ''), handle: fc.option(fc.string(), { nil: undefined }) }),
        { nil: undefined },
      ),
    },
    { requiredKeys: [] },
  );

  it('on arbitrary texts and contexts', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, postText(lexicon)), context, (input, ctx) => {
        checkWellFormed(input, ctx);
      }),
      { numRuns: 1000 },
    );
  });

  it('on huge repetitions of hostile pieces', () => {
    // The text is built inside the property so that a failure prints the pieces, not a megabyte.
    const pieces = fc.array(fc.oneof(hostileUnit, postText(lexicon)), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(pieces, fc.integer({ min: 20_000, max: 200_000 }), (parts, size) => {
        const unit = parts.join('') || 'a';
        checkWellFormed(unit.repeat(Math.ceil(size / unit.length)).slice(0, size));
      }),
      { numRuns: 25 },
    );
  });
});
