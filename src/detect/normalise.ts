/**
 * Normalisation: turns social-media text into a plain stream of lower-case
 * words separated by single spaces, keeping for every output character the
 * span of the original text it came from, so matches can be highlighted in
 * what the user actually wrote.
 *
 * Handled, in order:
 * 1. per code point (chars.ts): NFKD with marks dropped (diacritics,
 *    fullwidth, circled and mathematical letters), case folding, look-alike
 *    Cyrillic/Greek letters, invisible characters removed, keycap and
 *    dingbat digits, gesture emoji as words of their own;
 * 2. per word: letters spaced or dotted apart joined ("p r a b o w o",
 *    "A.M.I.N"); hashtag CamelCase split ("#PrabowoGibran2024");
 *    leetspeak inside words ("pr4b0w0", "G4njar") while numbers stay numbers
 *    ("02", "nomor urut 3", "Mahfud3" reads "mahfud 3"); letter repetition
 *    collapsed ("prabowooo", "aamiin").
 *
 * The same function normalises lexicon terms, so both sides agree.
 * Time and memory are linear in the input length.
 */
import { CharKind, LEET, mapCodePoint } from './chars';
import { lazy } from './lazy';

export const FLAG_TAG = 1; // character comes from a #hashtag or @handle
export const FLAG_UPPER = 2; // character was an upper-case letter

export interface Normalised {
  original: string;
  /** Words separated by single spaces; no leading or trailing space. */
  text: string;
  /** Original UTF-16 start offset of each `text` code unit. */
  start: Uint32Array;
  /** Original UTF-16 end offset (exclusive) of each `text` code unit. */
  end: Uint32Array;
  /** FLAG_* bits per `text` code unit. */
  flags: Uint8Array;
  /** Most letters of the original are capitals: case says nothing about acronyms then. */
  shouting: boolean;
}

/** Folded code units of the whole text before word processing, with their origins. */
class Units {
  length = 0;
  code: Uint16Array;
  start: Uint32Array;
  end: Uint32Array;
  upper: Uint8Array;

  constructor(capacity: number) {
    this.code = new Uint16Array(capacity);
    this.start = new Uint32Array(capacity);
    this.end = new Uint32Array(capacity);
    this.upper = new Uint8Array(capacity);
  }

  push(code: number, start: number, end: number, upper: boolean): void {
    if (this.length === this.code.length) this.grow();
    const i = this.length++;
    this.code[i] = code;
    this.start[i] = start;
    this.end[i] = end;
    this.upper[i] = upper ? 1 : 0;
  }

  /** NFKD can expand one code point into several ("ﬃ" → "ffi"): grow rather than guess. */
  private grow(): void {
    const size = this.code.length * 2 + 16;
    const code = new Uint16Array(size);
    code.set(this.code);
    const start = new Uint32Array(size);
    start.set(this.start);
    const end = new Uint32Array(size);
    end.set(this.end);
    const upper = new Uint8Array(size);
    upper.set(this.upper);
    Object.assign(this, { code, start, end, upper });
  }
}

/**
 * Words as ranges of units, in reusable typed arrays (no object per word).
 * `open`/`close` track the word being read in pass 1.
 */
class WordList {
  length = 0;
  from = new Int32Array(256);
  to = new Int32Array(256);
  /** Bit 1: from a #hashtag or @handle; bit 2: a gesture. */
  kind = new Uint8Array(256);
  private openFrom = -1;
  private openTag = false;

  reset(): void {
    this.length = 0;
    this.openFrom = -1;
    this.openTag = false;
  }

  push(from: number, to: number, kind: number): void {
    if (this.length === this.from.length) {
      const size = this.length * 2;
      const grownFrom = new Int32Array(size);
      grownFrom.set(this.from);
      this.from = grownFrom;
      const grownTo = new Int32Array(size);
      grownTo.set(this.to);
      this.to = grownTo;
      const grownKind = new Uint8Array(size);
      grownKind.set(this.kind);
      this.kind = grownKind;
    }
    const i = this.length++;
    this.from[i] = from;
    this.to[i] = to;
    this.kind[i] = kind;
  }

  /** Starts a word at unit `at` unless one is open; returns whether the caller's tag flag was used. */
  open(at: number, tag: boolean): boolean {
    if (this.openFrom >= 0) return false;
    this.openFrom = at;
    this.openTag = tag;
    return true;
  }

  close(at: number): void {
    if (this.openFrom >= 0 && at > this.openFrom) this.push(this.openFrom, at, this.openTag ? WORD_TAG : 0);
    this.openFrom = -1;
    this.openTag = false;
  }
}

const WORD_TAG = 1;
const WORD_GESTURE = 2;
const scratchWords = lazy(() => new WordList());

const SPACE = 0x20;
const isApostrophe = (cp: number) => cp === 0x27 || cp === 0x2019 || cp === 0x2018 || cp === 0x60 || cp === 0xb4 || cp === 0x2bc;
/**
 * Folded code of each ASCII letter or digit (0 for anything else). Built on
 * the first text normalised, not when the script loads: a content script on
 * a page where the user never acts should cost next to nothing.
 */
const asciiWordTable = lazy(() => {
  const table = new Uint16Array(128);
  for (let c = 0; c < 128; c++) {
    const mapping = mapCodePoint(c);
    if (mapping.kind === CharKind.Word) table[c] = mapping.text.charCodeAt(0);
  }
  return table;
});
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isLetterUnit = (c: number) => !isDigit(c) && c !== SPACE && !(c >= 0xe000 && c <= 0xf8ff);
/** Gaps allowed between letters written apart: "p r a b o w o", "A.M.I.N", "a-m-i-n". */
const SPACED_GAP = /^[ .\-_*·•'`’‘]{1,2}$/;
/** Invisible characters in a gap between letters written apart do not count ("p \u200Br a b o w o"). */
const GAP_INVISIBLES = lazy(() => /[\p{Cf}\u034f\u115f\u1160\u3164\uffa0]/gu);

export function normalise(original: string): Normalised {
  const { out, shouting } = normaliseWords(original);
  return out.finish(original, shouting);
}

function normaliseWords(original: string): { out: Builder; shouting: boolean } {
  const units = unitsFor(original.length + 16);
  const ASCII_WORD = asciiWordTable();
  const words = scratchWords();
  words.reset();
  let letters = 0;
  let capitals = 0;

  // Pass 1: code points to folded units, grouped into words.
  let tagPending = false;
  for (let i = 0; i < original.length; ) {
    // Fast path: ASCII letters and digits (most of any post) skip the mapping object.
    const unit = original.charCodeAt(i);
    const ascii = unit < 128 ? ASCII_WORD[unit]! : 0;
    if (ascii !== 0) {
      if (words.open(units.length, tagPending)) tagPending = false;
      const upper = unit >= 0x41 && unit <= 0x5a;
      units.push(ascii, i, i + 1, upper);
      if (!isDigit(ascii)) {
        letters++;
        if (upper) capitals++;
      }
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const mapping = mapCodePoint(cp);
    switch (mapping.kind) {
      case CharKind.Invisible:
        // Keep invisible followers (variation selectors, keycap) with the
        // character they decorate, so a highlight never splits "2️⃣".
        if (units.length > 0 && units.end[units.length - 1] === i && !isApostrophe(cp)) units.end[units.length - 1] = i + size;
        break;
      case CharKind.Hash:
        words.close(units.length);
        tagPending = true;
        break;
      case CharKind.Separator:
        words.close(units.length);
        tagPending = false;
        break;
      case CharKind.Gesture:
        words.close(units.length);
        words.push(units.length, units.length + 1, WORD_GESTURE);
        units.push(mapping.text.charCodeAt(0), i, i + size, false);
        tagPending = false;
        break;
      case CharKind.Word: {
        if (words.open(units.length, tagPending)) tagPending = false;
        const text = mapping.text;
        for (let k = 0; k < text.length; k++) {
          units.push(text.charCodeAt(k), i, i + size, mapping.upper);
        }
        if (!isDigit(text.charCodeAt(0))) {
          letters++;
          if (mapping.upper) capitals++;
        }
        break;
      }
    }
    i += size;
  }
  words.close(units.length);
  joinSpacedLetters(words, units, original);

  // Pass 2: words to output.
  // Worst case a space after every unit (CamelCase and letter–digit splits).
  const out = builderFor(units.length * 2 + 1);
  for (let w = 0; w < words.length; w++) {
    const from = words.from[w]!;
    const to = words.to[w]!;
    const kind = words.kind[w]!;
    if (kind & WORD_GESTURE) out.collapsedWord(units, from, to, false);
    else if (kind & WORD_TAG) emitCamelParts(out, units, from, to);
    else emitWithLeet(out, units, from, to, false);
  }
  return { out, shouting: letters >= 8 && capitals / letters > 0.6 };
}

/** Merges runs of three or more one-letter words written apart into one word, in place. */
function joinSpacedLetters(words: WordList, units: Units, original: string): void {
  let write = 0;
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (
      j < words.length &&
      isSingleLetter(words, j, units) &&
      (j === i || SPACED_GAP.test(original.slice(units.end[words.from[j - 1]!]!, units.start[words.from[j]!]!).replace(GAP_INVISIBLES(), '')))
    ) {
      j++;
    }
    // Units of consecutive words are contiguous, so a merged word is one range.
    const end = j - i >= 3 ? j : i + 1;
    words.from[write] = words.from[i]!;
    words.to[write] = words.to[end - 1]!;
    words.kind[write] = words.kind[i]!;
    write++;
    i = end;
  }
  words.length = write;
}

function isSingleLetter(words: WordList, w: number, units: Units): boolean {
  const from = words.from[w]!;
  return (words.kind[w]! & WORD_GESTURE) === 0 && words.to[w]! - from === 1 && isLetterUnit(units.code[from]!) && !isDigit(units.code[from]!);
}

/** Emits a hashtag split at lower→Upper and digit→Upper boundaries: PrabowoGibran2024 → prabowo gibran 2024. */
function emitCamelParts(out: Builder, units: Units, from: number, to: number): void {
  let partFrom = from;
  for (let k = from + 1; k < to; k++) {
    const prev = units.code[k - 1]!;
    if (units.upper[k] === 1 && units.upper[k - 1] === 0 && (isLetterUnit(prev) || isDigit(prev))) {
      emitWithLeet(out, units, partFrom, k, true);
      partFrom = k;
    }
  }
  emitWithLeet(out, units, partFrom, to, true);
}

/**
 * Emits one word: digits inside letters are read as letters when the word
 * looks like leetspeak; otherwise letters and digits are split apart so
 * numbers stay numbers ("mahfud3" → "mahfud 3", "jatim2024" → "jatim 2024").
 */
function emitWithLeet(out: Builder, units: Units, from: number, to: number, tag: boolean): void {
  const code = units.code;
  // A digit run is interior when letters stand on both sides and it is short.
  let leet = false;
  forEachDigitRun(code, from, to, (start, end) => {
    if (start > from && end < to && end - start <= 2 && allLeet(code, start, end)) leet = true;
  });
  if (leet) {
    // Digit runs of at most two are leet candidates; longer runs (years, prices) stay numbers.
    forEachDigitRun(code, from, to, (start, end) => {
      if (end - start > 2 || (start === from && end === to)) return;
      for (let d = start; d < end; d++) {
        const letter = LEET[String.fromCharCode(code[d]!)];
        if (letter !== undefined) code[d] = letter.charCodeAt(0);
      }
    });
  }
  // Split where a letter meets a digit (after leet mapping).
  let pieceStart = from;
  for (let k = from + 1; k < to; k++) {
    if (isDigit(code[k]!) !== isDigit(code[k - 1]!)) {
      out.collapsedWord(units, pieceStart, k, tag);
      pieceStart = k;
    }
  }
  out.collapsedWord(units, pieceStart, to, tag);
}

/** Calls `visit` with each run of digits in [from, to), each digit looked at once (a megabyte of digits stays linear). */
function forEachDigitRun(code: ArrayLike<number>, from: number, to: number, visit: (start: number, end: number) => void): void {
  for (let k = from; k < to; ) {
    if (!isDigit(code[k]!)) {
      k++;
      continue;
    }
    let end = k;
    while (end < to && isDigit(code[end]!)) end++;
    visit(k, end);
    k = end;
  }
}

function allLeet(code: ArrayLike<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (LEET[String.fromCharCode(code[k]!)] === undefined) return false;
  return true;
}

function isAllUpper(units: Units, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (units.upper[k] === 0) return false;
  return true;
}

const NO_FOLD = -1;
const DROP = -2;
const [D, E, G, H, J, K, O, S, T, U, Y, C] = [...'deghjkostuyc'].map((ch) => ch.charCodeAt(0)) as [
  number, number, number, number, number, number, number, number, number, number, number, number,
];

/**
 * Old and informal spellings of the same name: "Khofifah"/"Kofifah",
 * "Luthfi"/"Lutfi", "Syaikhu"/"Saiku", "Djarot"/"Jarot", "Soeharto"/"Suharto",
 * "Tjahaja"/"Cahaya". Folded on both sides, so either spelling matches.
 * Returns DROP (skip `c`), the replacement for the previous letter, or NO_FOLD.
 */
function foldDigraph(previous: number, c: number): number {
  if (c === H && (previous === K || previous === T || previous === D || previous === G)) return DROP;
  if (c === Y && previous === S) return DROP;
  if (c === J && previous === D) return J;
  if (c === J && previous === T) return C;
  if (c === E && previous === O) return U;
  return NO_FOLD;
}

/** Accumulates the output text and its per-unit origin arrays (never longer than units plus spaces). */
class Builder {
  length = 0;
  codes: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  flags: Uint8Array;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  /** The output text alone (lexicon terms need no offsets). */
  text(): string {
    const n = this.length;
    let text = '';
    const chunk = 8192;
    for (let i = 0; i < n; i += chunk) {
      text += String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(n, i + chunk)) as unknown as number[]);
    }
    return text;
  }

  private space(units: Units, nextIndex: number): void {
    if (this.length === 0) return;
    const at = this.ends[this.length - 1]!;
    const i = this.length++;
    this.codes[i] = SPACE;
    this.starts[i] = at;
    this.ends[i] = Math.max(at, units.start[nextIndex]!);
    this.flags[i] = 0;
  }

  /** Emits units [from, to), collapsing repeated letters and folding digraphs. */
  collapsedWord(units: Units, from: number, to: number, tag: boolean): void {
    if (to <= from) return;
    this.space(units, from);
    // Short all-capital acronyms keep their letters: "PPP" and "PBB" are parties, not "p" and "pb".
    if (to - from <= 4 && isAllUpper(units, from, to)) {
      for (let k = from; k < to; k++) this.push(units, units.code[k]!, k, tag);
      return;
    }
    const wordStart = this.length;
    // `last` is the letter written last (after folding); `raw` the letter typed last:
    // "Tjjahaja" stretches the j of the old spelling "tj", which became "c".
    let last = -1;
    let raw = -1;
    for (let k = from; k < to; k++) {
      const c = units.code[k]!;
      const folded = k > from ? foldDigraph(last, c) : NO_FOLD;
      if (((c === last || c === raw) && !isDigit(c)) || folded === DROP) {
        // Stretch the previous unit's origin over the repeated or silent letter.
        this.ends[this.length - 1] = units.end[k]!;
        raw = c;
        continue;
      }
      raw = c;
      if (folded !== NO_FOLD) {
        this.codes[this.length - 1] = folded;
        this.ends[this.length - 1] = units.end[k]!;
        last = this.settleFold(wordStart);
        continue;
      }
      this.push(units, c, k, tag);
      last = c;
    }
  }

  /**
   * A folded letter can repeat the letter before it ("uoe" = "u" + "u") or
   * make a new old spelling with it ("tdj" = "t" + "j"): settle both, as a
   * second pass would, so the output is a fixed point. Returns the last letter.
   */
  private settleFold(wordStart: number): number {
    for (;;) {
      const at = this.length - 1;
      if (at <= wordStart) return this.codes[at]!;
      const before = this.codes[at - 1]!;
      const current = this.codes[at]!;
      const again = before === current ? DROP : foldDigraph(before, current);
      if (again === NO_FOLD) return current;
      this.ends[at - 1] = this.ends[at]!;
      this.length = at;
      if (again !== DROP) this.codes[at - 1] = again;
    }
  }

  private push(units: Units, code: number, k: number, tag: boolean): void {
    const i = this.length++;
    this.codes[i] = code;
    this.starts[i] = units.start[k]!;
    this.ends[i] = units.end[k]!;
    this.flags[i] = (tag ? FLAG_TAG : 0) | (units.upper[k] ? FLAG_UPPER : 0);
  }

  /** Copies out the result: the buffers themselves may be reused by the next call. */
  finish(original: string, shouting: boolean): Normalised {
    const n = this.length;
    return {
      original,
      text: this.text(),
      start: this.starts.slice(0, n),
      end: this.ends.slice(0, n),
      flags: this.flags.slice(0, n),
      shouting,
    };
  }
}

/** Normalised form of a lexicon term: the text only. */
export function normaliseTerm(term: string): string {
  return normaliseWords(term).out.text();
}

/**
 * Scratch buffers reused across calls (normalisation is synchronous and not
 * re-entrant), so a post or a lexicon term costs no allocation but its
 * result. Huge inputs get buffers of their own that are not kept.
 */
const SCRATCH_LIMIT = 1 << 16;
const scratch = lazy(() => ({ units: new Units(1024), out: new Builder(2048) }));

function unitsFor(capacity: number): Units {
  if (capacity > SCRATCH_LIMIT) return new Units(capacity);
  const buffers = scratch();
  if (buffers.units.code.length < capacity) buffers.units = new Units(capacity * 2);
  buffers.units.length = 0;
  return buffers.units;
}

function builderFor(capacity: number): Builder {
  if (capacity > 2 * SCRATCH_LIMIT + 1) return new Builder(capacity);
  const buffers = scratch();
  if (buffers.out.codes.length < capacity) buffers.out = new Builder(capacity * 2);
  buffers.out.length = 0;
  return buffers.out;
}
