/**
 * Per-code-point mapping used by the normaliser. Each code point becomes
 * one of: a word character string (letters/digits, already folded), a
 * gesture character, a separator, or nothing (invisible characters vanish
 * so that "Pra\u200Bbowo" still reads "prabowo").
 */

import { lazy } from './lazy';

/** Code points that carry no visible letter: dropped without a trace. */
function isInvisible(cp: number): boolean {
  return (
    cp === 0x00ad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x061c ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, direction marks
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings
    (cp >= 0x2060 && cp <= 0x206f) || // word joiner, invisible operators, bidi isolates
    cp === 0x20e3 || // combining enclosing keycap: "2\uFE0F\u20E3" reads "2"
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) || // skin-tone modifiers
    (cp >= 0xe0000 && cp <= 0xe007f) || // tag characters
    (cp >= 0xe0100 && cp <= 0xe01ef) || // variation selectors supplement
    cp === 0x27 || // apostrophes join: "Ma'ruf" reads "maruf"
    cp === 0x2019 ||
    cp === 0x2018 ||
    cp === 0x60 ||
    cp === 0xb4 ||
    cp === 0x2bc
  );
}

/**
 * Hand gestures used as campaign signs (salam satu/dua/tiga jari). Each is
 * folded to one private-use character so packs can list the emoji and the
 * matcher sees a single "word" whatever the skin tone or variation selector.
 */
export const GESTURES: ReadonlyMap<number, string> = new Map([
  [0x261d, '\ue001'], // ☝ index pointing up: one finger
  [0x1f446, '\ue001'], // 👆 backhand index pointing up
  [0x270c, '\ue002'], // ✌ victory hand: two fingers
  [0x1f91f, '\ue003'], // 🤟 love-you gesture, used for three fingers
  [0x1f44d, '\ue004'], // 👍 thumbs up
  [0x1f918, '\ue005'], // 🤘 sign of the horns
  [0x1f44c, '\ue006'], // 👌 OK hand
  [0x1f919, '\ue007'], // 🤙 call-me hand ("telephone", read as two)
  [0x1faf0, '\ue008'], // 🫰 finger heart
]);

/** Look-alike letters from other scripts folded to the Latin letter they imitate (lower case). */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g', ѵ: 'v', ү: 'y', ո: 'n',
  // Greek
  α: 'a', β: 'b', γ: 'y', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  ω: 'w', ζ: 'z', μ: 'u', ς: 's', σ: 'o',
  // Latin oddities NFKD leaves alone
  ı: 'i', ȷ: 'j', ł: 'l', ø: 'o', đ: 'd', ð: 'd', ħ: 'h', ŧ: 't', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th',
};

/** Circled digits NFKD does not decompose (dingbats): ❶ ➀ ➊ and friends. */
function dingbatDigit(cp: number): string | undefined {
  if (cp >= 0x2776 && cp <= 0x277f) return String((cp - 0x2776 + 1) % 10 || 10);
  if (cp >= 0x2780 && cp <= 0x2789) return String((cp - 0x2780 + 1) % 10 || 10);
  if (cp >= 0x278a && cp <= 0x2793) return String((cp - 0x278a + 1) % 10 || 10);
  if (cp === 0x24ea || cp === 0x24ff || cp === 0x1f10b || cp === 0x1f10c) return '0';
  if (cp >= 0x24f5 && cp <= 0x24fe) return String(cp - 0x24f5 + 1);
  return undefined;
}

export const CharKind = {
  /** Dropped entirely. */
  Invisible: 0,
  /** Ends the current word. */
  Separator: 1,
  /** Letters and digits, folded; `text` holds them. */
  Word: 2,
  /** A campaign hand gesture: a word of its own. */
  Gesture: 3,
  /** `#` or `@`: separator that marks the next word as a tag (hashtag or handle). */
  Hash: 4,
} as const;
export type CharKind = (typeof CharKind)[keyof typeof CharKind];

export interface CharMapping {
  kind: CharKind;
  /** Folded lower-case letters/digits (Word) or the gesture character (Gesture). */
  text: string;
  /** The original was an upper-case letter (for CamelCase splitting and acronyms). */
  upper: boolean;
}

const SEPARATOR: CharMapping = { kind: CharKind.Separator, text: '', upper: false };
const INVISIBLE: CharMapping = { kind: CharKind.Invisible, text: '', upper: false };
const HASH: CharMapping = { kind: CharKind.Hash, text: '', upper: false };
const LETTER_OR_DIGIT = lazy(() => /^[\p{L}\p{N}]$/u);
const MARK = lazy(() => /\p{M}/gu);
const LONE_MARK = lazy(() => /^\p{M}$/u);

function computeMapping(cp: number): CharMapping {
  if (cp === 0x23 || cp === 0xff03 || cp === 0xfe5f || cp === 0x40 || cp === 0xff20) return HASH;
  if (isInvisible(cp)) return INVISIBLE;
  const gesture = GESTURES.get(cp);
  if (gesture !== undefined) return { kind: CharKind.Gesture, text: gesture, upper: false };
  const dingbat = dingbatDigit(cp);
  if (dingbat !== undefined) return { kind: CharKind.Word, text: dingbat, upper: false };
  if (cp >= 0xd800 && cp <= 0xdfff) return SEPARATOR; // lone surrogate
  const char = String.fromCodePoint(cp);
  // NFKD splits compatibility forms (fullwidth, circled, mathematical bold)
  // and diacritics; dropping the marks leaves the base letters.
  const decomposed = char.normalize('NFKD').replace(MARK(), '');
  let out = '';
  let upper = false;
  for (const part of decomposed) {
    // Apostrophe-like letters from a decomposition ("ŉ" = "ʼn") join, as typed ones do.
    if (!LETTER_OR_DIGIT().test(part) || isInvisible(part.codePointAt(0)!)) continue;
    const lower = part.toLowerCase();
    if (lower !== part) upper = true;
    for (const piece of lower.normalize('NFKD').replace(MARK(), '')) {
      out += CONFUSABLES[piece] ?? piece;
    }
  }
  if (out === '') {
    // Marks on their own (a stray combining accent) vanish; anything else separates.
    return LONE_MARK().test(char) ? INVISIBLE : SEPARATOR;
  }
  return { kind: CharKind.Word, text: out, upper };
}

/** ASCII's mappings, built on first use (NFKD and Unicode property classes cost milliseconds to warm up). */
const asciiTable = lazy(() => Array.from({ length: 128 }, (_, c) => computeMapping(c)));
const cache = new Map<number, CharMapping>();

/** The mapping of one code point; ASCII is a table lookup, the rest is memoised. */
export function mapCodePoint(cp: number): CharMapping {
  if (cp < 128) return asciiTable()[cp]!;
  let mapping = cache.get(cp);
  if (mapping === undefined) {
    mapping = computeMapping(cp);
    // The cache is bounded so a hostile text of every code point cannot grow it without limit.
    if (cache.size < 20_000) cache.set(cp, mapping);
  }
  return mapping;
}

/** Digits read as letters inside words: pr4b0w0, G4njar, m3nang, t3tap. */
export const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '9': 'g' };
