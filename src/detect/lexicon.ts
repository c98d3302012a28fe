/**
 * Compiles validated election packs into a lexicon: every surface form
 * normalised once, deduplicated, and fed to one Aho–Corasick automaton.
 */
import type { ElectionDates, Localized, MarkerKind, Pack, Term, VocabularyKind } from '../packs/schema';
import { buildAutomaton, type Automaton } from './automaton';
import { normaliseTerm } from './normalise';
import { lazy } from './lazy';

export type EntityKind = 'candidate' | 'pair' | 'party' | 'figure' | 'marker';
export type TermKind = EntityKind | 'vocabulary';

export interface SourceRef {
  title: string;
  url: string;
}

export interface ContestInfo {
  title: Localized;
  /** Campaign window and voting day: the contest's own, else its pack's. */
  dates?: ElectionDates | undefined;
}

export interface EntityInfo {
  /** Pack-qualified id: "pemilu-2024/anies-baswedan". */
  key: string;
  pack: string;
  packTitle: Localized;
  kind: EntityKind;
  name: string;
  /** Pair key shared by a pair and its members: mentions of two members corroborate each other. */
  pair?: string | undefined;
  ballotNumber?: number | undefined;
  contest?: ContestInfo | undefined;
  markerKind?: MarkerKind | undefined;
  /** For markers: the name of what the marker stands for. */
  standsFor?: string | undefined;
  packDates?: ElectionDates | undefined;
  sources: SourceRef[];
}

export interface LexTerm {
  /** The form as written in the pack, for reasons. */
  surface: string;
  norm: string;
  kind: TermKind;
  vocabulary?: VocabularyKind | undefined;
  /** Index into `Lexicon.entities`, or -1 for vocabulary. */
  entity: number;
  weak: boolean;
  upper: boolean;
  /** May match inside a #hashtag or @handle, not only at word boundaries. */
  inTag: boolean;
  /** Joined variant of a multi-word term ("aniesbaswedan"): only inside tags. */
  tagOnly: boolean;
}

export interface CampaignAccount {
  platform: string;
  handle: string;
  /** Name of what the account campaigns for, when the pack says. */
  standsFor?: string | undefined;
  pack: string;
  sources: SourceRef[];
}

export interface Lexicon {
  packs: readonly Pack[];
  /** Campaign accounts by `platform:handle` (handle lower case, without "@"). */
  accounts: ReadonlyMap<string, CampaignAccount>;
  entities: readonly EntityInfo[];
  terms: readonly LexTerm[];
  /** For automaton pattern i, the terms sharing that normalised form. */
  byPattern: readonly (readonly number[])[];
  patterns: readonly string[];
  automaton: Automaton;
  compileMs: number;
}

/** Terms shorter than this never match inside a tag: "pan" must not fire on #pandemi. */
const MIN_IN_TAG = 5;

function termText(term: Term): { text: string; weak: boolean; upper: boolean } {
  return typeof term === 'string'
    ? { text: term, weak: false, upper: false }
    : { text: term.text, weak: term.weak ?? false, upper: term.upper ?? false };
}

/**
 * The case forms of a name that normalise differently from the name as
 * written (the acronym rule of normalise: a word of at most four capitals
 * keeps its letters): in capitals when a short word has a doubled letter or
 * an old spelling ("Doel", "Uu"); in lower case when it has an acronym
 * ("KH"). Most names have neither, and cost nothing more.
 */
const SHORT_FOLDY = lazy(() => /^(?:.*(\p{L})\1.*|.*(?:kh|th|dh|gh|sy|dj|tj|oe).*)$/u);
const NON_WORD = lazy(() => /[^\p{L}\p{N}]+/u);
function caseForms(text: string): string[] | undefined {
  let upper = false;
  let lower = false;
  for (const word of text.split(NON_WORD())) {
    if (word.length === 0 || word.length > 4) continue;
    if (word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase()) lower = true;
    else if (SHORT_FOLDY().test(word.toLowerCase())) upper = true;
  }
  if (!upper && !lower) return undefined;
  return [...(upper ? [text.toUpperCase()] : []), ...(lower ? [text.toLowerCase()] : [])];
}

export function compileLexicon(packs: readonly Pack[]): Lexicon {
  const started = now();
  const entities: EntityInfo[] = [];
  const terms: LexTerm[] = [];
  const accounts = new Map<string, CampaignAccount>();

  // Packs repeat surface forms (given names, party abbreviations): normalise each once.
  const normalised = new Map<string, string>();
  const normOf = (text: string) => {
    let norm = normalised.get(text);
    if (norm === undefined) normalised.set(text, (norm = normaliseTerm(text)));
    return norm;
  };
  const addTerms = (list: readonly Term[], kind: TermKind, entity: number, vocabulary?: VocabularyKind) => {
    for (const raw of list) {
      const { text, weak, upper } = termText(raw);
      const norm = normOf(text);
      if (norm === '') continue;
      const strong = !weak && !upper;
      // Inside a tag only names and contest words: "#TemanPemilih" must not read as the call "milih".
      const inTag = strong && norm.length >= MIN_IN_TAG && (vocabulary === undefined || vocabulary === 'contest');
      terms.push({ surface: text, norm, kind, vocabulary, entity, weak, upper, inTag, tagOnly: false });
      // Written in capitals, a short word of a name is read as an acronym and keeps its letters
      // ("PRAM-DOEL" → "pram doel", not "pram dul"); written in lower case, an acronym of the
      // pack is an ordinary word ("kh maruf amin" → "k maruf amin"). Both are forms of their own,
      // only for names of several words, so "UU" (a law) alone never reads as "Uu Ruzhanul".
      const cases = strong && norm.includes(' ') ? caseForms(text) : undefined;
      if (cases) {
        const forms = new Set(cases.map((f) => normOf(f)));
        for (const form of forms) {
          if (form !== norm && form !== '') terms.push({ surface: text, norm: form, kind, vocabulary, entity, weak, upper, inTag: false, tagOnly: false });
        }
      }
      if (inTag && norm.includes(' ')) {
        // Normalised again: where the words meet, letters may repeat or fold ("anies"+"sandi",
        // "gus"+"yasin"), and an acronym is no longer a word of its own ("#khmarufamin").
        const joined = normOf(norm.replaceAll(' ', ''));
        terms.push({ surface: text, norm: joined, kind, vocabulary, entity, weak, upper, inTag, tagOnly: true });
      }
    }
  };

  for (const pack of packs) {
    const sourceById = new Map(pack.sources.map((s) => [s.id, { title: s.title, url: s.url }]));
    const refs = (ids: readonly string[]) => ids.flatMap((id) => sourceById.get(id) ?? []);
    const contests = new Map(
      pack.contests.map((c) => [c.id, { title: c.title, dates: c.dates ?? pack.dates } satisfies ContestInfo]),
    );
    const base = { pack: pack.id, packTitle: pack.title, packDates: pack.dates };
    const indexById = new Map<string, number>();
    const push = (id: string, info: Omit<EntityInfo, 'key' | keyof typeof base>) => {
      indexById.set(id, entities.length);
      entities.push({ key: `${pack.id}/${id}`, ...base, ...info });
      return entities.length - 1;
    };

    const pairOf = new Map<string, { key: string; ballot: number; contest: ContestInfo | undefined }>();
    for (const pair of pack.pairs) {
      for (const member of pair.members) {
        pairOf.set(member, { key: `${pack.id}/${pair.id}`, ballot: pair.ballotNumber, contest: contests.get(pair.contest) });
      }
    }
    for (const candidate of pack.candidates) {
      const pair = pairOf.get(candidate.id);
      const index = push(candidate.id, {
        kind: 'candidate',
        name: candidate.name,
        pair: pair?.key,
        ballotNumber: pair?.ballot,
        contest: pair?.contest,
        sources: refs(candidate.sources),
      });
      addTerms([candidate.name, ...candidate.aliases], 'candidate', index);
    }
    const candidateNames = new Map(pack.candidates.map((c) => [c.id, c.name]));
    for (const pair of pack.pairs) {
      const names = pair.members.map((m) => candidateNames.get(m) ?? m);
      const index = push(pair.id, {
        kind: 'pair',
        name: names.join(' – '),
        pair: `${pack.id}/${pair.id}`,
        ballotNumber: pair.ballotNumber,
        contest: contests.get(pair.contest),
        sources: refs(pair.sources),
      });
      addTerms(pair.names, 'pair', index);
    }
    for (const party of pack.parties) {
      const index = push(party.id, {
        kind: 'party',
        name: party.name,
        ballotNumber: party.ballotNumber,
        sources: refs(party.sources),
      });
      addTerms([party.name, ...party.aliases], 'party', index);
    }
    for (const figure of pack.figures) {
      const index = push(figure.id, { kind: 'figure', name: figure.name, sources: refs(figure.sources) });
      addTerms([figure.name, ...figure.aliases], 'figure', index);
    }
    for (const marker of pack.markers) {
      const target = marker.entity !== undefined ? indexById.get(marker.entity) : undefined;
      const stands = target !== undefined ? entities[target] : undefined;
      const index = push(marker.id, {
        kind: 'marker',
        name: termText(marker.terms[0]!).text,
        markerKind: marker.kind,
        standsFor: stands?.name,
        pair: stands?.pair,
        ballotNumber: stands?.ballotNumber,
        contest: stands?.contest,
        sources: refs(marker.sources),
      });
      addTerms(marker.terms, 'marker', index);
    }
    for (const vocabulary of pack.vocabulary) {
      addTerms(vocabulary.terms, 'vocabulary', -1, vocabulary.kind);
    }
    for (const account of pack.accounts ?? []) {
      const target = account.entity !== undefined ? indexById.get(account.entity) : undefined;
      accounts.set(accountKey(account.platform, account.handle), {
        platform: account.platform,
        handle: account.handle,
        standsFor: target !== undefined ? entities[target]!.name : undefined,
        pack: pack.id,
        sources: refs(account.sources),
      });
    }
  }

  const patternIndex = new Map<string, number>();
  const patterns: string[] = [];
  const byPattern: number[][] = [];
  terms.forEach((term, index) => {
    let p = patternIndex.get(term.norm);
    if (p === undefined) {
      p = patterns.length;
      patternIndex.set(term.norm, p);
      patterns.push(term.norm);
      byPattern.push([]);
    }
    byPattern[p]!.push(index);
  });
  const automaton = buildAutomaton(patterns);
  return { packs, accounts, entities, terms, byPattern, patterns, automaton, compileMs: now() - started };
}

export function accountKey(platform: string, handle: string): string {
  return `${platform}:${handle.replace(/^@/, '').toLowerCase()}`;
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
