import { describe, expect, it } from 'vitest';
import { FLAG_TAG, normalise } from '../../src/detect/normalise';

const norm = (text: string) => normalise(text).text;

/** The original text behind each normalised word. */
function origins(text: string): string[] {
  const n = normalise(text);
  const words: string[] = [];
  let from = 0;
  for (let i = 0; i <= n.text.length; i++) {
    if (i === n.text.length || n.text[i] === ' ') {
      if (i > from) words.push(text.slice(n.start[from], n.end[i - 1]));
      from = i + 1;
    }
  }
  return words;
}

describe('normalise', () => {
  it('folds case, diacritics and compatibility forms', () => {
    expect(norm('PRABOWO')).toBe('prabowo');
    expect(norm('Prábówó')).toBe('prabowo');
    expect(norm('Ｐｒａｂｏｗｏ')).toBe('prabowo');
    expect(norm('𝐏𝐫𝐚𝐛𝐨𝐰𝐨')).toBe('prabowo');
  });

  it('folds look-alike Cyrillic and Greek letters', () => {
    expect(norm('Рrаbоwо')).toBe('prabowo'); // Cyrillic Р, а, о
    expect(norm('Gιbrαn')).toBe('gibran'); // Greek ι, α
  });

  it('removes zero-width and invisible characters inside words', () => {
    expect(norm('Pra\u200Bbo\u200Dwo')).toBe('prabowo');
    expect(norm('Ani\u00ADes\uFEFF')).toBe('anies');
    expect(norm('Gib\u2060ran\u202E')).toBe('gibran');
  });

  it('reads leetspeak inside words but keeps numbers', () => {
    expect(norm('pr4b0w0')).toBe('prabowo');
    expect(norm('G4njar')).toBe('ganjar');
    expect(norm('m3nang')).toBe('menang');
    expect(norm('nomor urut 3')).toBe('nomor urut 3');
    expect(norm('paslon 02')).toBe('paslon 02');
    expect(norm('tahun 2024')).toBe('tahun 2024');
    expect(norm('Mahfud3')).toBe('mahfud 3');
  });

  it('collapses repeated letters', () => {
    expect(norm('prabowooo')).toBe('prabowo');
    expect(norm('aniiiies')).toBe('anies');
    expect(norm('2000')).toBe('2000');
  });

  it('joins letters spaced or dotted apart', () => {
    expect(norm('p r a b o w o')).toBe('prabowo');
    expect(norm('A.M.I.N')).toBe('amin');
    expect(norm('a-n-i-e-s menang')).toBe('anies menang');
    expect(norm('di a ke')).toBe('di a ke'); // two letters apart are left alone
  });

  it('splits hashtags at CamelCase and digit boundaries and marks them', () => {
    const n = normalise('#PrabowoGibran2024');
    expect(n.text).toBe('prabowo gibran 2024');
    expect([...n.flags].every((f, i) => n.text[i] === ' ' || (f & FLAG_TAG) !== 0)).toBe(true);
    expect(norm('#2019T3tapJokowi')).toBe('2019 tetap jokowi');
    expect(norm('#GanjarLebihBaik3')).toBe('ganjar lebih baik 3');
  });

  it('reads keycap and circled digits as digits', () => {
    expect(norm('2️⃣')).toBe('2');
    expect(norm('②')).toBe('2');
    expect(norm('❸')).toBe('3');
  });

  it('keeps campaign hand gestures as words of their own, whatever the skin tone', () => {
    expect(norm('salam ✌️')).toBe(norm('salam ✌🏽'));
    expect(norm('☝️').length).toBe(1);
    expect(norm('ok👍ok').split(' ')).toHaveLength(3);
  });

  it('folds old and informal spellings the same way on both sides', () => {
    expect(norm('Khofifah')).toBe(norm('Kofifah'));
    expect(norm('Luthfi')).toBe(norm('Lutfi'));
    expect(norm('Djarot')).toBe(norm('Jarot'));
    expect(norm('Soeharto')).toBe(norm('Suharto'));
  });

  it('maps every output character back to the original text', () => {
    expect(origins('Pak Pr4b0w0!! #AniesMuhaimin 2️⃣')).toEqual(['Pak', 'Pr4b0w0', 'Anies', 'Muhaimin', '2️⃣']);
    expect(origins('p r a b o w o menang')).toEqual(['p r a b o w o', 'menang']);
    expect(origins('prabowooo')).toEqual(['prabowooo']);
  });

  it('survives hostile input', () => {
    expect(norm('')).toBe('');
    expect(norm('\uD800\uDC00\uD800 abc \uDFFF')).toContain('abc');
    expect(norm('\u0000\u0007tab\tbell\u001b')).toBe('tab bel') // repeated letters collapse: bell → bel;
    expect(norm('\u0301\u0301a')).toBe('a');
  });
});
