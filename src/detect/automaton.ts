/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of
 * every pattern in one left-to-right pass, in time linear in the text plus
 * the number of reported matches, whatever the number of patterns. No
 * regular expressions, so no backtracking.
 *
 * Transitions for the common alphabet (a–z, 0–9, space) live in one dense
 * table (0 = no child: the root is never a child); anything else (other
 * scripts, gesture characters) in a sparse map. Missing transitions follow
 * failure links at scan time (amortised O(1) per character), which keeps
 * compilation proportional to the total pattern length.
 */

const DENSE = 37; // a-z, 0-9, space
const NONE = -1;

function denseIndex(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  if (code === 0x20) return 36;
  return NONE;
}

export interface Automaton {
  /** Number of states, for diagnostics and benchmarks. */
  readonly states: number;
  /**
   * Calls `onMatch(pattern, end)` for each occurrence, `end` being the index
   * of the last code unit. Stops early when `onMatch` returns false.
   */
  scan(text: string, onMatch: (pattern: number, end: number) => boolean | void): void;
}

/** Builds the automaton; pattern i is reported as i. Empty patterns are ignored; duplicates report the first index. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  let capacity = 1;
  for (const p of patterns) capacity += p.length;
  const dense = new Int32Array(capacity * DENSE); // zero-filled: no children yet
  const sparse = new Map<number, number>(); // state * 65536 + code -> state
  const output = new Int32Array(capacity).fill(NONE); // pattern ending exactly here
  let states = 1;

  const child = (state: number, code: number): number => {
    const d = denseIndex(code);
    if (d !== NONE) return dense[state * DENSE + d]!;
    return sparse.get(state * 65536 + code) ?? 0;
  };

  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = child(state, code);
      if (next === 0) {
        next = states++;
        const d = denseIndex(code);
        if (d !== NONE) dense[state * DENSE + d] = next;
        else sparse.set(state * 65536 + code, next);
      }
      state = next;
    }
    if (output[state] === NONE) output[state] = index;
  });

  const fail = new Int32Array(states);
  const dictLink = new Int32Array(states).fill(NONE); // nearest proper suffix state with an output
  const sparseChildren = new Map<number, Array<[number, number]>>();
  for (const [key, next] of sparse) {
    const parent = Math.floor(key / 65536);
    let list = sparseChildren.get(parent);
    if (!list) sparseChildren.set(parent, (list = []));
    list.push([key % 65536, next]);
  }

  // Breadth-first, so a state's failure target is final before its children need it.
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  const link = (parent: number, code: number, next: number) => {
    let f = parent === 0 ? -1 : fail[parent]!;
    let target = 0;
    while (f >= 0) {
      target = child(f, code);
      if (target !== 0 || f === 0) break;
      f = fail[f]!;
    }
    fail[next] = target === next ? 0 : target;
    const t = fail[next]!;
    dictLink[next] = output[t] !== NONE ? t : dictLink[t]!;
    queue[tail++] = next;
  };
  queue[tail++] = 0;
  while (head < tail) {
    const state = queue[head++]!;
    const row = state * DENSE;
    for (let d = 0; d < DENSE; d++) {
      const next = dense[row + d]!;
      if (next !== 0) link(state, d < 26 ? 0x61 + d : d < 36 ? 0x30 + d - 26 : 0x20, next);
    }
    for (const [code, next] of sparseChildren.get(state) ?? []) link(state, code, next);
  }

  return {
    states,
    scan(text, onMatch) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const d = denseIndex(code);
        for (;;) {
          const next = d !== NONE ? dense[state * DENSE + d]! : (sparse.get(state * 65536 + code) ?? 0);
          if (next !== 0) {
            state = next;
            break;
          }
          if (state === 0) break;
          state = fail[state]!;
        }
        let s = output[state] !== NONE ? state : dictLink[state]!;
        while (s !== NONE) {
          if (onMatch(output[s]!, i) === false) return;
          s = dictLink[s]!;
        }
      }
    },
  };
}
