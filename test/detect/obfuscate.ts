/**
 * fast-check arbitraries for the detection property tests: candidate and
 * pair names from the shipped packs, disguised only in the ways
 * src/detect/normalise.ts (and chars.ts) say they are read through, and
 * hostile texts for the robustness properties.
 *
 * Each disguise records where the name lies in the text it builds, so a
 * test can check that the match reported covers it.
 */
import fc from 'fast-check';
import { CharKind, GESTURES, LEET, mapCodePoint } from '../../src/detect/chars';
import type { Lexicon } from '../../src/detect/lexicon';

export interface NameTerm {
  /** The form as the pack writes it: "Ganjar-Mahfud MD". */
  surface: string;
  /** Entity key a match must carry: "pemilu-2024/ganjar-mahfud". */
  key: string;
}

/**
 * Strong names of candidates and pairs, read from the compiled packs: not
 * `weak` (needs support to count) nor `upper` (counts only in capitals).
 * Left out: forms with a label in parentheses ("Surya (cawagub Sumut 2024)"):
 * the pack's way to tell namesakes apart, not a form anyone writes.
 */
export function nameTerms(lexicon: Lexicon): NameTerm[] {
  const seen = new Set<string>();
  const out: NameTerm[] = [];
  for (const term of lexicon.terms) {
    if (term.tagOnly || term.weak || term.upper || term.entity < 0) continue;
    const entity = lexicon.entities[term.entity]!;
    if (entity.kind !== 'candidate' && entity.kind !== 'pair') continue;
    if (/[()]/.test(term.surface)) continue;
    const id = `${entity.key}\u0000${term.surface}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ surface: term.surface, key: entity.key });
  }
  return out;
}

// ---------------------------------------------------------------------------
// What the normaliser reads through, taken from its own tables where it can be.

/**
 * Look-alike letters (Cyrillic, Greek, the Latin oddities NFKD leaves alone,
 * fullwidth, mathematical and circled forms) that chars.ts folds to one
 * Latin letter, by letter and case. Derived from `mapCodePoint` itself, so
 * the list is exactly what the normaliser claims to fold.
 */
export const LOOKALIKES: Readonly<Record<string, { lower: string[]; upper: string[] }>> = (() => {
  const table: Record<string, { lower: string[]; upper: string[] }> = {};
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') table[letter] = { lower: [], upper: [] };
  const ranges: [number, number][] = [
    [0x0370, 0x03ff], // Greek
    [0x0400, 0x052f], // Cyrillic and supplement
    [0x0100, 0x024f], // Latin extended (ı, ł, ø, đ, ħ, ŧ; accented letters too)
    [0xff21, 0xff5a], // fullwidth
    [0x24b6, 0x24e9], // circled
    [0x1d400, 0x1d6a3], // mathematical alphanumerics
  ];
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const mapping = mapCodePoint(cp);
      if (mapping.kind !== CharKind.Word || !/^[a-z]$/.test(mapping.text)) continue;
      table[mapping.text]![mapping.upper ? 'upper' : 'lower'].push(String.fromCodePoint(cp));
    }
  }
  return table;
})();

/** Invisible characters chars.ts drops (a sample of every kind it lists), apostrophes included. */
export const INVISIBLES = [
  '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\u2063', '\uFEFF', '\u00AD', '\u034F',
  '\u061C', '\u180E', '\u202A', '\u202E', '\u2066', '\u2069', '\uFE0F', '\u3164', '\u{1F3FB}', '\u{E0020}',
  '\u{E0101}', "'", '\u2019', '`',
] as const;

/** Combining diacritics (U+0300–U+036F): read as marks on the letter before them and dropped. */
const MARKS = Array.from({ length: 0x70 }, (_, i) => String.fromCharCode(0x300 + i));

/** Letter → digit, the inverse of the normaliser's LEET table. */
const LEET_OF: Record<string, string> = Object.fromEntries(Object.entries(LEET).map(([digit, letter]) => [letter, digit]));

/** Gaps normalise.ts accepts between letters written apart (SPACED_GAP: one or two of these). */
const GAP_CHARS = [' ', '.', '-', '_', '*', '·', '•'];
/** Between words of a name written normally. */
const WORD_SEPARATORS = [' ', '-', '  ', ' - ', '\n', ' – ', '_', '.', ', ', '/'];
/** Between words whose letters are written apart: not a SPACED_GAP, so the words stay apart. */
const SPACED_WORD_SEPARATORS = ['   ', ' / ', ', ', ' | ', '\n', ' – '];
const PREFIXES = ['', 'wah ', 'Lihat ini: ', '😀 ', '"', '(', '... ', '\n', 'kata teman, ', 'RT @budi: ', 'Foto kemarin - '];
const SUFFIXES = ['', ' keren', '!!!', '?', ' 😀', '.', ' sekali ya', ')', '"', '\n\nsumber: teman', ' 🙏'];

const VOWELS = new Set('aeiou');

/**
 * Old and new spellings that normalise.ts folds together (foldDigraph):
 * "oe" = "u", "dj" = "j", "tj" = "c", "kh"/"th"/"dh"/"gh" = "k"/"t"/"d"/"g",
 * "sy" = "s". Applied to a word's lower-case letters in either direction, in
 * the contexts where the old spelling was written (start of word or after a
 * vowel other than "o" for oe/dj/tj; any k/t/d/g/s for the silent letter).
 */
function respell(letters: string[], roll: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i]!;
    const next = letters[i + 1];
    const prev = out[out.length - 1];
    // "ooe" would read as "oo" + "e": the old spelling of "u" never follows an "o".
    const afterVowel = prev === undefined || (VOWELS.has(prev) && prev !== 'o');
    const pick = roll();
    if (pick === 0) {
      out.push(c);
      continue;
    }
    // Old spelling to new.
    if (c === 'o' && next === 'e' && pick > 50) {
      out.push('u');
      i++;
    } else if ((c === 'd' || c === 't') && next === 'j' && pick > 50) {
      out.push(c === 'd' ? 'j' : 'c');
      i++;
    } else if ('ktdg'.includes(c) && next === 'h' && pick > 50) {
      out.push(c);
      i++;
    } else if (c === 's' && next === 'y' && pick > 50) {
      out.push(c);
      i++;
    }
    // New spelling to old.
    else if (c === 'u' && afterVowel && pick > 50) out.push('o', 'e');
    else if (c === 'j' && afterVowel && pick > 50) out.push('d', 'j');
    else if (c === 'c' && afterVowel && pick > 50) out.push('t', 'j');
    else if ('ktdg'.includes(c) && next !== 'h' && pick > 50) out.push(c, 'h');
    else if (c === 's' && next !== 'y' && pick > 50) out.push(c, 'y');
    else out.push(c);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Recipes: which disguises to use, plus a stream of dice deciding where.

export type CaseMode = 'as-is' | 'lower' | 'upper' | 'title' | 'random';
export type Layout = 'plain' | 'spaced' | 'hashtag';

export interface Recipe {
  layout: Layout;
  caseMode: CaseMode;
  spelling: boolean;
  repeat: boolean;
  marks: boolean;
  precompose: boolean;
  lookalike: boolean;
  invisible: boolean;
  leet: boolean;
  /** Rolls 0–99 read in order; once spent every roll is 0 ("leave it"), so shrinking removes disguises. */
  dice: number[];
}

export const recipeArb: fc.Arbitrary<Recipe> = fc.record({
  layout: fc.constantFrom<Layout>('plain', 'spaced', 'hashtag'),
  caseMode: fc.constantFrom<CaseMode>('as-is', 'lower', 'upper', 'title', 'random'),
  spelling: fc.boolean(),
  repeat: fc.boolean(),
  marks: fc.boolean(),
  precompose: fc.boolean(),
  lookalike: fc.boolean(),
  invisible: fc.boolean(),
  leet: fc.boolean(),
  dice: fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 160 }),
});

/** One disguise turned on, rolling high everywhere: deterministic examples, one per transformation. */
export function singleRecipes(): Recipe[] {
  const base: Recipe = {
    layout: 'plain', caseMode: 'as-is', spelling: false, repeat: false, marks: false, precompose: false,
    lookalike: false, invisible: false, leet: false, dice: Array.from({ length: 160 }, (_, i) => 99 - (i % 7)),
  };
  return [
    base,
    { ...base, caseMode: 'lower' },
    { ...base, caseMode: 'upper' },
    { ...base, caseMode: 'title' },
    { ...base, caseMode: 'random' },
    { ...base, spelling: true },
    { ...base, repeat: true },
    { ...base, marks: true },
    { ...base, marks: true, precompose: true },
    { ...base, lookalike: true },
    { ...base, invisible: true },
    { ...base, leet: true },
    { ...base, layout: 'spaced' },
    { ...base, layout: 'hashtag' },
    { ...base, layout: 'hashtag', caseMode: 'lower' },
  ];
}

export interface Disguised {
  text: string;
  /** Where the disguised name lies in `text` (UTF-16, end exclusive), without the "#". */
  start: number;
  end: number;
}

interface Slot {
  letter: string; // lower case a–z (or another letter kept as is)
  upper: boolean;
  copies: number;
  leet: boolean;
}

/** Builds the disguised name inside a short post. Pure: same term and recipe, same text. */
export function disguise(term: NameTerm, recipe: Recipe): Disguised {
  let die = 0;
  const roll = () => (die < recipe.dice.length ? recipe.dice[die++]! : 0);
  const chance = (percent: number) => roll() >= 100 - percent;
  const choose = <T>(list: readonly T[]): T => list[roll() % list.length]!;

  const words = term.surface
    .split(/[^\p{L}\p{N}'’]+/u)
    .map((w) => w.replace(/['’]/g, ''))
    .filter((w) => w.length > 0);
  const hashtag = recipe.layout === 'hashtag';
  const spaced = recipe.layout === 'spaced';
  // A hashtag is CamelCase, all lower or all capitals: other mixes are read as
  // CamelCase boundaries (normalise.ts emitCamelParts), which is the design.
  const caseMode: CaseMode = hashtag
    ? recipe.caseMode === 'lower' || recipe.caseMode === 'upper'
      ? recipe.caseMode
      : 'title'
    : recipe.caseMode;
  // The CamelCase split needs lower→Upper: a one-letter word ("A. Dimyati")
  // makes an Upper→Upper join the splitter does not claim to read.
  const layout: Layout = hashtag && caseMode === 'title' && words.some((w) => w.length === 1) ? 'plain' : recipe.layout;

  const wordSlots = words.map((word, w) => {
    let letters = [...word];
    const originalUpper = letters.map((c) => c !== c.toLowerCase());
    letters = letters.map((c) => c.toLowerCase());
    if (recipe.spelling && /^[a-z]+$/.test(letters.join(''))) {
      const respelt = respell(letters, roll);
      // Case of the original letters is kept only when the length did not change.
      if (respelt.length !== letters.length) originalUpper.length = 0;
      letters = respelt;
    }
    const slots: Slot[] = letters.map((letter, i) => {
      let upper: boolean;
      switch (caseMode) {
        case 'lower':
          upper = false;
          break;
        case 'upper':
          upper = true;
          break;
        case 'title':
          upper = i === 0;
          break;
        case 'random':
          upper = chance(50);
          break;
        default:
          upper = originalUpper.length > 0 ? originalUpper[i]! : i === 0 && words[w]![0] !== words[w]![0]!.toLowerCase();
      }
      return { letter, upper, copies: 1, leet: false };
    });
    if (recipe.repeat) for (const slot of slots) if (chance(30)) slot.copies = 2 + (roll() % 3);
    // Leetspeak only inside a word (normalise.ts: "leetspeak inside words"), a
    // digit run at most two long, never with letters written apart, and not in
    // an all-capitals hashtag, where digit→Upper is a CamelCase boundary.
    if (recipe.leet && !spaced && !(hashtag && caseMode === 'upper')) {
      for (let i = 1; i < slots.length - 1; i++) {
        const slot = slots[i]!;
        if (LEET_OF[slot.letter] !== undefined && !slots[i - 1]!.leet && chance(40)) {
          slot.leet = true;
          slot.copies = 1;
        }
      }
    }
    return slots;
  });

  // Short all-capital words are acronyms whose letters the normaliser keeps
  // as written ("PPP" is not "P"): repeating or respelling letters there is
  // outside what it claims. Such a word is written with its own letters, only
  // its case changed. In a lower or upper hashtag the whole tag is one word.
  const unitCount = (slots: Slot[]) => slots.reduce((n, s) => n + s.copies, 0);
  const allUpper = (slots: Slot[]) => slots.every((s) => s.upper && !s.leet);
  const joined = hashtag && layout === 'hashtag' && caseMode !== 'title';
  const isAcronym = (slots: Slot[]) =>
    joined
      ? wordSlots.every(allUpper) && wordSlots.reduce((n, s) => n + unitCount(s), 0) <= 4
      : allUpper(slots) && unitCount(slots) <= 4;
  const finalSlots = wordSlots.map((slots, w) => {
    if (!isAcronym(slots)) return slots;
    const plain = [...words[w]!].map((c) => ({ letter: c.toLowerCase(), upper: slots[0]?.upper ?? true, copies: 1, leet: false }));
    // The same case mode, applied to the word's own letters.
    return plain.map((s, i) => ({ ...s, upper: caseMode === 'title' ? i === 0 : caseMode === 'lower' ? false : caseMode === 'upper' ? true : slots[i]?.upper ?? s.upper }));
  });

  const lastWord = finalSlots.length - 1;
  /** One word; `apart` writes its letters (and each repeated copy) with gaps between them. */
  const renderWord = (slots: Slot[], w: number, apart: boolean): string => {
    let out = '';
    slots.forEach((slot, i) => {
      for (let copy = 0; copy < slot.copies; copy++) {
        let char = slot.upper ? slot.letter.toUpperCase() : slot.letter;
        if (slot.leet) char = LEET_OF[slot.letter]!;
        else if (recipe.lookalike && /^[a-z]$/.test(slot.letter) && chance(35)) {
          const pool = LOOKALIKES[slot.letter]![slot.upper ? 'upper' : 'lower'];
          if (pool.length > 0) char = choose(pool);
        }
        if (recipe.marks && chance(35)) {
          char += choose(MARKS);
          if (chance(20)) char += choose(MARKS);
          if (recipe.precompose) char = char.normalize('NFC');
        }
        out += char;
        const endOfWord = i === slots.length - 1 && copy === slot.copies - 1;
        // Invisible characters anywhere inside the name, never before its first letter or after its last.
        if (recipe.invisible && !(endOfWord && w === lastWord) && chance(25)) out += choose(INVISIBLES);
        if (apart && !endOfWord) {
          out += choose(GAP_CHARS);
          if (chance(20)) out += choose(GAP_CHARS);
          if (recipe.invisible && chance(15)) out += choose(INVISIBLES);
        }
      }
    });
    return out;
  };

  let name = '';
  finalSlots.forEach((slots, w) => {
    if (w > 0) {
      if (layout !== 'hashtag') name += choose(spaced ? SPACED_WORD_SEPARATORS : WORD_SEPARATORS);
      else if (recipe.invisible && chance(25)) name += choose(INVISIBLES);
    }
    // Letters are written apart only in words of three letters or more: the
    // normaliser joins runs of at least three (normalise.ts joinSpacedLetters).
    name += renderWord(slots, w, spaced && unitCount(slots) >= 3);
  });

  const prefix = choose(PREFIXES);
  const suffix = choose(SUFFIXES);
  const separatorBefore = prefix === '' || /[\s("]$/.test(prefix) ? '' : ' ';
  const hash = layout === 'hashtag' ? '#' : '';
  const start = prefix.length + separatorBefore.length + hash.length;
  const text = prefix + separatorBefore + hash + name + suffix;
  return { text, start, end: start + name.length };
}

// ---------------------------------------------------------------------------
// Hostile and mixed texts.

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const invisible = fc.constantFrom(...INVISIBLES);
const mark = fc.constantFrom(...MARKS);
const gesture = fc.constantFrom(...[...GESTURES.keys()].map((cp) => String.fromCodePoint(cp)));
const lookalike = fc.constantFrom(...Object.values(LOOKALIKES).flatMap((l) => [...l.lower, ...l.upper]));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
/** Letters that take part in folding: repeats, digraphs, leet, acronyms. */
const foldy = fc.constantFrom(...'aeoudjtkhgscyAEOUDJTKHGSCYpPbBmM0134579 #@.-_*·\'’');

/** One piece of text: any Unicode, lone surrogates, controls, marks, invisibles, gestures, look-alikes. */
export const hostileUnit: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 4, arbitrary: foldy },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: control },
  { weight: 1, arbitrary: mark },
  { weight: 1, arbitrary: invisible },
  { weight: 1, arbitrary: gesture },
  { weight: 1, arbitrary: lookalike },
  { weight: 1, arbitrary: fc.constantFrom('2️⃣', '❷', '②', '👍🏽', '✌️', 'ß', 'ﬃ', '½', 'ǅ', 'İ', '𝐀', 'Ａ') },
);

export const hostileText: fc.Arbitrary<string> = fc.string({ unit: hostileUnit, maxLength: 60 });

/** Texts with real lexicon forms (any kind: names, parties, slogans, vocabulary, ballots) among hostile pieces. */
export function postText(lexicon: Lexicon): fc.Arbitrary<string> {
  const surfaces = [...new Set(lexicon.terms.map((t) => t.surface))];
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...surfaces) },
    { weight: 2, arbitrary: fc.constantFrom(' ', '  ', ', ', '. ', '\n', ' #', ' @', '-', ' no ', ' nomor urut ', ' 02 ', ' 2 ') },
    { weight: 3, arbitrary: hostileUnit },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...nameTerms(lexicon)), recipeArb).map(([t, r]) => disguise(t, r).text) },
  );
  return fc.array(piece, { maxLength: 25 }).map((parts) => parts.join(''));
}
