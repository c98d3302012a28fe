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

function grown(array: Int32Array, size: number, fill: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(size);
  if (fill !== 0) bigger.fill(fill, array.length);
  bigger.set(array);
  return bigger;
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
  // A trie has fewer states than pattern characters (shared prefixes): start
  // at a fraction of them and grow by doubling if that was too few.
  let totalChars = 0;
  for (const pattern of patterns) totalChars += pattern.length;
  let capacity = Math.max(1024, Math.ceil(totalChars * 0.6));
  let dense = new Int32Array(capacity * DENSE); // zero-filled: no children yet
  let output = new Int32Array(capacity).fill(NONE); // pattern ending exactly here
  // Every edge (parent, code) -> child, in creation order, with the child's depth.
  let edgeParent = new Int32Array(capacity);
  let edgeCode = new Int32Array(capacity);
  let depth = new Int32Array(capacity);
  const sparse = new Map<number, number>(); // state * 65536 + code -> state
  let states = 1;
  let maxDepth = 0;

  const grow = () => {
    capacity *= 2;
    dense = grown(dense, capacity * DENSE, 0);
    output = grown(output, capacity, NONE);
    edgeParent = grown(edgeParent, capacity, 0);
    edgeCode = grown(edgeCode, capacity, 0);
    depth = grown(depth, capacity, 0);
  };

  for (let index = 0; index < patterns.length; index++) {
    const pattern = patterns[index]!;
    if (pattern.length === 0) continue;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      const d = denseIndex(code);
      let next = d !== NONE ? dense[state * DENSE + d]! : (sparse.get(state * 65536 + code) ?? 0);
      if (next === 0) {
        if (states === capacity) grow();
        next = states++;
        if (d !== NONE) dense[state * DENSE + d] = next;
        else sparse.set(state * 65536 + code, next);
        edgeParent[next] = state;
        edgeCode[next] = code;
        depth[next] = depth[state]! + 1;
        if (depth[next]! > maxDepth) maxDepth = depth[next]!;
      }
      state = next;
    }
    if (output[state] === NONE) output[state] = index;
  }

  const child = (state: number, code: number): number => {
    const d = denseIndex(code);
    return d !== NONE ? dense[state * DENSE + d]! : (sparse.get(state * 65536 + code) ?? 0);
  };

  // Failure links in order of depth (a counting sort of states by depth), so a
  // state's parent is linked before it, without scanning empty table slots.
  const fail = new Int32Array(states);
  const dictLink = new Int32Array(states).fill(NONE); // nearest proper suffix state with an output
  const byDepthStart = new Int32Array(maxDepth + 2);
  for (let s = 1; s < states; s++) byDepthStart[depth[s]! + 1]!++;
  for (let d = 1; d < byDepthStart.length; d++) byDepthStart[d] = byDepthStart[d]! + byDepthStart[d - 1]!;
  const order = new Int32Array(states);
  for (let s = 1; s < states; s++) order[byDepthStart[depth[s]!]!++] = s;
  for (let k = 0; k < states - 1; k++) {
    const next = order[k]!;
    const parent = edgeParent[next]!;
    const code = edgeCode[next]!;
    let target = 0;
    if (parent !== 0) {
      let f = fail[parent]!;
      for (;;) {
        target = child(f, code);
        if (target !== 0 || f === 0) break;
        f = fail[f]!;
      }
    }
    fail[next] = target;
    dictLink[next] = output[target] !== NONE ? target : dictLink[target]!;
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
