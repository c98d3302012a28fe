/**
 * Engine benchmark (`npm run bench`): compiles a ≥5,000-term lexicon (the
 * shipped packs plus a synthetic nationwide Pilkada pack), generates a
 * deterministic ≥10,000-post corpus, and times, each after a warm-up pass
 * and as the median of several passes over the whole corpus:
 *   - lexicon compilation;
 *   - the engine (`assess` per post);
 *   - a naive baseline: every term in one case-insensitive RegExp alternation;
 *   - normalisation alone (the engine's first step, its floor).
 * Throughput is in MB/s of UTF-8 input (1 MB = 10^6 bytes).
 * A benchmark, not a test: missed targets are reported, never fatal.
 */
import { assess } from '../src/detect/assess';
import { compileLexicon, type Lexicon } from '../src/detect/lexicon';
import { normalise } from '../src/detect/normalise';
import { shippedPacks } from '../src/packs/index';
import type { Pack } from '../src/packs/schema';
import { buildCorpus } from './corpus';
import { CONTESTS, regionalPack } from './regional-pack';

const REPS = 7;
const COMPILE_WARMUP = 10;
const COMPILE_REPS = 9;
const MIN_TERMS = 5000;
const TARGET = { vsRegexp: 5, vsNormalise: 4, compileMs: 20 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeOnce(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

/** One untimed warm-up pass (JIT, caches), then the median of `reps` timed passes. */
function measure(run: () => void, reps = REPS): number {
  run();
  return median(Array.from({ length: reps }, () => timeOnce(run)));
}

// Results are folded into this sink so no pass can be optimised away.
let sink = 0;

// --- Lexicon -----------------------------------------------------------------
const shipped = shippedPacks();
if (shipped.problems.length > 0) console.warn(`warning: ${shipped.problems.length} shipped pack problem(s)`);
// The measured lexicon: shipped packs plus just enough generated regional
// races to pass the 5,000-term floor (surface forms as written in packs).
const SPEC_CONTESTS = 300;
const regional = regionalPack(SPEC_CONTESTS);
const packs: Pack[] = [...shipped.packs, regional.pack];

let lexicon: Lexicon = compileLexicon(packs); // the cold compile: first call in this process
const coldCompileMs = lexicon.compileMs;
// Warm up the JIT before timing, as for every other measured pass.
for (let i = 0; i < COMPILE_WARMUP; i++) compileLexicon(packs);
const compileMs = median(
  Array.from({ length: COMPILE_REPS }, () => {
    lexicon = compileLexicon(packs);
    return lexicon.compileMs;
  }),
);
const patterns = lexicon.patterns.length;
const surfaceTerms = lexicon.terms.filter((t) => !t.tagOnly).length;

// For scale: a nationwide pack of every regent/mayor race (not the headline figure).
const nationwidePacks: Pack[] = [...shipped.packs, regionalPack(CONTESTS).pack];
const nationwide = compileLexicon(nationwidePacks);
const nationwideCompileMs = median(Array.from({ length: COMPILE_REPS }, () => compileLexicon(nationwidePacks).compileMs));

// --- Corpus ------------------------------------------------------------------
const { names, hashtags } = mentionables(shipped.packs);
const corpus = buildCorpus({
  names: [...names, ...regional.names],
  hashtags: [...hashtags, ...regional.hashtags],
  posts: 10_000,
});
const utf8Bytes = corpus.reduce((sum, post) => sum + Buffer.byteLength(post, 'utf8'), 0);
const chars = corpus.reduce((sum, post) => sum + post.length, 0);
const longest = corpus.reduce((max, post) => Math.max(max, post.length), 0);

// --- Baseline RegExp ---------------------------------------------------------
// Longest first, so the alternation prefers "ganjar pranowo" over "ganjar".
const escaped = [...new Set(lexicon.patterns)]
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
// Flags 'gi', not 'giu': with 'u' V8 runs this alternation ~100x slower,
// and the baseline should be the fastest honest naive approach.
let baseline = /$^/;
const regexpBuildMs = timeOnce(() => {
  baseline = new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
});
// V8 compiles a RegExp lazily, on its first exec: report that separately.
const regexpFirstExecMs = timeOnce(() => {
  sink += [...'pak prabowo subianto'.matchAll(baseline)].length;
});

// --- Timed passes ------------------------------------------------------------
const engineMs = measure(() => {
  for (const post of corpus) sink += assess(post, lexicon).matches.length;
});
const regexpMs = measure(() => {
  for (const post of corpus) for (const _ of post.toLowerCase().matchAll(baseline)) sink++;
});
const normaliseMs = measure(() => {
  for (const post of corpus) sink += normalise(post).text.length;
});
// Diagnostic only: the automaton's share of the engine, over pre-normalised text.
const normalisedTexts = corpus.map((post) => normalise(post).text);
const scanMs = measure(() => {
  for (const text of normalisedTexts) lexicon.automaton.scan(text, () => void sink++);
});

const levels = { none: 0, caution: 0, risk: 0 };
for (const post of corpus) levels[assess(post, lexicon).level]++;

// --- Report ------------------------------------------------------------------
const mbps = (ms: number) => (utf8Bytes / 1e6 / (ms / 1000)).toFixed(1);
const usPerPost = (ms: number) => ((ms * 1000) / corpus.length).toFixed(2);
const met = (ok: boolean) => (ok ? 'MET' : 'MISSED');
const vsRegexp = regexpMs / engineMs;
const vsNormalise = engineMs / normaliseMs;
const line = (label: string, ms: number) =>
  `${label.padEnd(22)} ${mbps(ms).padStart(7)} MB/s ${usPerPost(ms).padStart(8)} µs/post  (median ${ms.toFixed(1)} ms / pass)`;

console.log(`Netral engine benchmark (node ${process.version}, ${REPS} timed passes after 1 warm-up, medians)`);
console.log(`lexicon: ${surfaceTerms} terms as written in ${packs.length} packs (${SPEC_CONTESTS} generated regional races), ${lexicon.terms.length} with hashtag-joined forms, ${patterns} unique patterns, ${lexicon.automaton.states} automaton states, ${lexicon.entities.length} entities`);
if (surfaceTerms < MIN_TERMS || patterns < MIN_TERMS) console.log(`warning: fewer than ${MIN_TERMS} terms or patterns`);
console.log(`corpus: ${corpus.length} posts, ${chars} UTF-16 chars, ${utf8Bytes} UTF-8 bytes, mean ${(chars / corpus.length).toFixed(0)} chars/post, longest ${longest}`);
console.log(`corpus levels: none=${levels.none} caution=${levels.caution} risk=${levels.risk}`);
console.log('');
console.log(`compile lexicon:       cold ${coldCompileMs.toFixed(1)} ms, warm median ${compileMs.toFixed(1)} ms of ${COMPILE_REPS}   target < ${TARGET.compileMs} ms: ${met(compileMs < TARGET.compileMs)}`);
console.log(`  for scale, ${CONTESTS} regional races: ${nationwide.terms.filter((t) => !t.tagOnly).length} terms, ${nationwide.patterns.length} patterns, warm median ${nationwideCompileMs.toFixed(1)} ms`);
console.log(`baseline RegExp:       ${escaped.length} alternatives, ${(escaped.join('|').length / 1024).toFixed(0)} KiB source, new RegExp ${regexpBuildMs.toFixed(1)} ms + first exec (lazy compile) ${regexpFirstExecMs.toFixed(1)} ms, flags 'gi'`);
console.log('');
console.log('throughput (MB/s of UTF-8 input):');
console.log(line('engine assess()', engineMs));
console.log(line('baseline RegExp', regexpMs));
console.log(line('normalise() alone', normaliseMs));
console.log(line('automaton scan alone', scanMs) + '  [diagnostic: pre-normalised text]');
console.log('');
console.log(`engine vs RegExp:      ${vsRegexp.toFixed(1)}x faster   target >= ${TARGET.vsRegexp}x: ${met(vsRegexp >= TARGET.vsRegexp)}`);
console.log(`engine vs normalise:   ${vsNormalise.toFixed(1)}x the time  target <= ${TARGET.vsNormalise}x: ${met(vsNormalise <= TARGET.vsNormalise)}`);
console.log(`(sink ${sink % 1000})`);
console.log(`vs_regexp=${vsRegexp.toFixed(1)}x vs_normalise=${vsNormalise.toFixed(1)}x compile_ms=${compileMs.toFixed(1)}`);

/** What posts say about shipped candidates: their names and strong aliases, and pair hashtags. */
function mentionables(list: readonly Pack[]): { names: string[]; hashtags: string[] } {
  const names: string[] = [];
  const hashtags: string[] = [];
  for (const pack of list) {
    for (const candidate of pack.candidates) {
      names.push(candidate.name, ...candidate.aliases.filter((a): a is string => typeof a === 'string'));
    }
    for (const pair of pack.pairs) {
      const first = pair.members.map((id) => pack.candidates.find((c) => c.id === id)?.name.split(' ')[0] ?? '');
      hashtags.push(`#${first.join('')}${pack.dates?.votingDay?.slice(0, 4) ?? '2024'}`);
    }
    for (const marker of pack.markers) {
      if (marker.kind !== 'hashtag') continue;
      for (const term of marker.terms) {
        const text = typeof term === 'string' ? term : term.text;
        hashtags.push(text.startsWith('#') ? text : `#${text.replaceAll(' ', '')}`);
      }
    }
  }
  return { names, hashtags };
}
