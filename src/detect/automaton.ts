/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of
 * every pattern in one left-to-right pass, in time linear in the text plus
 * the number of reported matches, whatever the number of patterns. No
 * regular expressions, so no backtracking.
 *
 * The common alphabet (a–z, 0–9, space) gets a dense, fully resolved
 * transition table (one array read per character); anything else (other
 * scripts, gesture characters) falls back to a sparse map with failure links.
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

/** Builds the automaton; pattern i is reported as i. Empty patterns are ignored. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  let capacity = 1;
  for (const p of patterns) capacity += p.length;
  let dense = new Int32Array(capacity * DENSE).fill(NONE);
  const sparse = new Map<number, number>(); // state * 65536 + code -> state
  const fail = new Int32Array(capacity);
  const output = new Int32Array(capacity).fill(NONE); // pattern ending exactly here
  const dictLink = new Int32Array(capacity).fill(NONE); // nearest suffix state with an output
  let states = 1;

  const childOf = (state: number, code: number): number => {
    const d = denseIndex(code);
    return d !== NONE ? dense[state * DENSE + d]! : (sparse.get(state * 65536 + code) ?? NONE);
  };

  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      let next = childOf(state, code);
      if (next === NONE) {
        next = states++;
        const d = denseIndex(code);
        if (d !== NONE) dense[state * DENSE + d] = next;
        else sparse.set(state * 65536 + code, next);
      }
      state = next;
    }
    // Duplicate patterns keep the first index; callers group duplicates themselves.
    if (output[state] === NONE) output[state] = index;
  });
  dense = dense.subarray(0, states * DENSE);

  // Breadth-first: failure links, dictionary links, and dense transitions
  // resolved through failure links so scanning never walks them for a–z0–9.
  const sparseChildren = new Map<number, Array<[number, number]>>();
  for (const [key, child] of sparse) {
    const parent = Math.floor(key / 65536);
    let list = sparseChildren.get(parent);
    if (!list) sparseChildren.set(parent, (list = []));
    list.push([key % 65536, child]);
  }
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  fail[0] = 0;
  for (let d = 0; d < DENSE; d++) {
    const child = dense[d]!;
    if (child === NONE) dense[d] = 0;
    else {
      fail[child] = 0;
      queue[tail++] = child;
    }
  }
  for (const [, child] of sparseChildren.get(0) ?? []) {
    fail[child] = 0;
    queue[tail++] = child;
  }
  while (head < tail) {
    const state = queue[head++]!;
    const f = fail[state]!;
    dictLink[state] = output[f] !== NONE ? f : dictLink[f]!;
    for (let d = 0; d < DENSE; d++) {
      const slot = state * DENSE + d;
      const child = dense[slot]!;
      if (child === NONE) {
        dense[slot] = dense[f * DENSE + d]!;
      } else {
        fail[child] = dense[f * DENSE + d]!;
        queue[tail++] = child;
      }
    }
    for (const [code, child] of sparseChildren.get(state) ?? []) {
      let g = f;
      let target = sparse.get(g * 65536 + code);
      while (target === undefined && g !== 0) {
        g = fail[g]!;
        target = sparse.get(g * 65536 + code);
      }
      fail[child] = target ?? 0;
      queue[tail++] = child;
    }
  }

  const sparseStep = (state: number, code: number): number => {
    let s = state;
    for (;;) {
      const next = sparse.get(s * 65536 + code);
      if (next !== undefined) return next;
      if (s === 0) return 0;
      s = fail[s]!;
    }
  };

  return {
    states,
    scan(text, onMatch) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const d = denseIndex(code);
        state = d !== NONE ? dense[state * DENSE + d]! : sparse.size === 0 ? 0 : sparseStep(state, code);
        let s = output[state] !== NONE ? state : dictLink[state]!;
        while (s !== NONE) {
          if (onMatch(output[s]!, i) === false) return;
          s = dictLink[s]!;
        }
      }
    },
  };
}
