import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../src/detect/automaton';

function naive(patterns: string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((p, i) => {
    if (!p) return;
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) found.push(`${i}@${at + p.length - 1}`);
  });
  return found.sort();
}

function scanned(patterns: string[], text: string): string[] {
  const found: string[] = [];
  buildAutomaton(patterns).scan(text, (p, end) => {
    found.push(`${p}@${end}`);
  });
  return found.sort();
}

describe('Aho–Corasick automaton', () => {
  it('finds every occurrence, overlapping and nested', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'anies', 'nies', 's'];
    const text = 'ushers and anies his shes';
    expect(scanned(patterns, text)).toEqual(naive(patterns, text));
  });

  it('agrees with a naive search on random texts, including characters outside a–z', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const alphabet = 'ab c1\ue001éあ';
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const patterns = Array.from({ length: 1 + rand(8) }, () => word(1 + rand(4)));
      const text = word(rand(60));
      expect(scanned(patterns, text)).toEqual(naiveFirstIndex(patterns, text));
    }
  });

  it('can stop early', () => {
    let calls = 0;
    buildAutomaton(['a']).scan('aaaa', () => {
      calls++;
      return false;
    });
    expect(calls).toBe(1);
  });
});

/** Duplicate patterns report the first index only. */
function naiveFirstIndex(patterns: string[], text: string): string[] {
  const first = patterns.map((p) => patterns.indexOf(p));
  return naive(patterns, text)
    .filter((hit) => {
      const index = Number(hit.split('@')[0]);
      return first[index] === index;
    })
    .sort();
}
