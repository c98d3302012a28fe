/**
 * Ballot numbers. A number is read as a ballot number when a ballot word
 * stands right before it ("no 1", "nomor urut 3", "paslon 02"), or when it
 * is written zero-padded on its own ("01", "02"), the way camps write their
 * number. Dates, times, prices and phone numbers are not: a digit run whose
 * original neighbours are digit separators ("02/03", "20.000", "02:00") is
 * skipped.
 */
import type { Normalised } from './normalise';

export interface BallotNumber {
  value: number;
  /** Offsets in the normalised text, end exclusive. */
  from: number;
  to: number;
  /** Introduced by a ballot word ("nomor 2"), rather than zero-padded alone ("02"). */
  prefixed: boolean;
}

const DIGIT_SEPARATOR = /[/:.,\-]/;

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * `prefixEnds` holds the normalised end offsets (exclusive) of ballot-word
 * matches; a number starting one space later is prefixed.
 */
export function findBallotNumbers(n: Normalised, prefixEnds: ReadonlySet<number>): BallotNumber[] {
  const found: BallotNumber[] = [];
  const text = n.text;
  for (let i = 0; i < text.length; ) {
    if (!isDigitCode(text.charCodeAt(i)) || (i > 0 && text.charCodeAt(i - 1) !== 0x20)) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isDigitCode(text.charCodeAt(j))) j++;
    const wholeWord = j === text.length || text.charCodeAt(j) === 0x20;
    if (wholeWord && j - i <= 2) {
      const digits = text.slice(i, j);
      const value = Number(digits);
      const prefixed = prefixEnds.has(i - 1);
      const padded = digits.length === 2 && digits[0] === '0';
      if (value >= 1 && (prefixed || padded) && !partOfLargerNumber(n, i, j)) {
        found.push({ value, from: i, to: j, prefixed });
      }
    }
    i = j;
  }
  return found;
}

/** "02/03/2024", "20.000", "02:30", "0812-…": the digits sit next to a separator and more digits. */
function partOfLargerNumber(n: Normalised, from: number, to: number): boolean {
  const original = n.original;
  const before = n.start[from]!;
  const after = n.end[to - 1]!;
  const prev = original[before - 1];
  const prevDigit = original[before - 2];
  if (prev !== undefined && DIGIT_SEPARATOR.test(prev) && prevDigit !== undefined && /\d/.test(prevDigit)) return true;
  const next = original[after];
  const nextDigit = original[after + 1];
  if (next !== undefined && DIGIT_SEPARATOR.test(next) && nextDigit !== undefined && /\d/.test(nextDigit)) return true;
  return false;
}
