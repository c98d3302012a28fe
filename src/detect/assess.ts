/**
 * assess(): is this text about an election candidate or campaign, and why?
 *
 * The reading, tuned on hand-labelled real posts (shared/data/dev-posts.csv):
 * - a campaign marker (slogan, song, campaign hashtag, team name, pair
 *   acronym, or two members of one pair named together) is `risk`;
 * - a candidate named is `risk`: in real posts a contestant's name almost
 *   always comes with praise, attack or campaign news, which the rubric
 *   counts as taking sides; it drops to `caution` when the post is plainly
 *   about the person acting in office (minister, programme, parliament)
 *   and carries no election word, unless it was written in the campaign;
 * - a party or another political figure is `caution`, and `risk` with
 *   election context (contest words, ballot numbers, calls to vote);
 * - a ballot number is `risk` with a call to vote or election words
 *   ("coblos no 1", "hidup 02"), otherwise `caution`;
 * - election vocabulary alone (pilkada, KPU schedules) is `caution`.
 * Ambiguous forms (weak terms: "amin", "abah", "ade") count only next to an
 * honorific, another mention of the same candidate or pair, or election words.
 */
import type { VocabularyKind } from '../packs/schema';
import { accountKey, type CampaignAccount, type EntityInfo, type Lexicon, type LexTerm } from './lexicon';
import { FLAG_TAG, FLAG_UPPER, normalise, type Normalised } from './normalise';
import { findBallotNumbers, type BallotNumber } from './numbers';
import { buildReasons, type Evidence } from './reasons';
import type { AssessContext, Assessment, Level, Match, Reason } from './types';

/** Enough evidence for any decision; a 1 MB wall of names stops collecting here. */
const MAX_HITS = 2000;

interface Hit {
  term: number;
  /** Normalised offsets, end exclusive. */
  from: number;
  to: number;
}

export function assess(text: unknown, lexicon: Lexicon, context: AssessContext = {}): Assessment {
  try {
    return assessText(typeof text === 'string' ? text : '', lexicon, context);
  } catch (error) {
    // Never throw at a caller standing between a user and a click.
    console.error('[netral] assess failed', error);
    return { level: 'none', matches: [], reasons: [] };
  }
}

function assessText(original: string, lexicon: Lexicon, context: AssessContext): Assessment {
  const words = assessWords(original, lexicon, context);
  const account = campaignAccount(lexicon, context);
  return account ? { ...words, level: 'risk', reasons: [accountReason(account), ...words.reasons] } : words;
}

function campaignAccount(lexicon: Lexicon, context: AssessContext): CampaignAccount | undefined {
  const { platform, handle } = context.author ?? {};
  return platform && handle ? lexicon.accounts.get(accountKey(platform, handle)) : undefined;
}

function accountReason(account: CampaignAccount): Reason {
  const forId = account.standsFor ? ` untuk ${account.standsFor}` : '';
  const forEn = account.standsFor ? ` for ${account.standsFor}` : '';
  return {
    code: 'campaign-account',
    id: `Akun @${account.handle} adalah akun kampanye${forId}: menyukai, membagikan, atau mengikutinya termasuk larangan.`,
    en: `@${account.handle} is a campaign account${forEn}: liking, sharing or following it is among the prohibited acts.`,
    terms: [`@${account.handle}`],
  };
}

function assessWords(original: string, lexicon: Lexicon, context: AssessContext): Assessment {
  if (original.length === 0) return { level: 'none', matches: [], reasons: [] };
  const n = normalise(original);
  const { hits, truncated } = scan(n, lexicon);
  // Most posts match nothing: skip the bookkeeping below unless a lone "02" could matter.
  if (hits.length === 0 && !/\b0[1-9]\b/.test(n.text)) return { level: 'none', matches: [], reasons: [] };
  const kept = dropContained(hits, lexicon);

  const vocab = (kind: VocabularyKind) => kept.filter((h) => lexicon.terms[h.term]!.vocabulary === kind);
  const honorificEnds = new Set(vocab('honorific').map((h) => h.to));
  const prefixEnds = new Set(vocab('ballot').map((h) => h.to));
  const ballots = findBallotNumbers(n, prefixEnds);
  const contest = vocab('contest');
  const call = vocab('call');
  const outcome = vocab('outcome');
  const gesture = vocab('gesture');
  const office = vocab('office');
  const spam = vocab('spam');
  // Calls and outcomes ("pilih", "menang") are everyday words too: they do not make a weak name count.
  const weakSupport = contest.length + ballots.length + gesture.length > 0;

  // Entity hits: weak forms need support; on spam, tag-only mentions say nothing.
  const entityHits = kept.filter((h) => lexicon.terms[h.term]!.kind !== 'vocabulary');
  const strongKeys = new Set<string>();
  for (const h of entityHits) {
    const term = lexicon.terms[h.term]!;
    if (term.weak) continue;
    const entity = lexicon.entities[term.entity]!;
    strongKeys.add(entity.key);
    if (entity.pair) strongKeys.add(entity.pair);
  }
  const supported = (h: Hit, term: LexTerm, entity: EntityInfo) =>
    !term.weak ||
    honorificEnds.has(h.from - 1) ||
    strongKeys.has(entity.key) ||
    (entity.pair !== undefined && strongKeys.has(entity.pair)) ||
    weakSupport;
  let actors = entityHits.filter((h) => {
    const term = lexicon.terms[h.term]!;
    return supported(h, term, lexicon.entities[term.entity]!);
  });
  const spamTagged = spam.length > 0 ? actors.filter((h) => isTagOnly(n, h)) : [];
  if (spamTagged.length > 0) actors = actors.filter((h) => !spamTagged.includes(h));

  const entitiesOf = (kind: EntityInfo['kind']) =>
    actors.map((h) => lexicon.entities[lexicon.terms[h.term]!.entity]!).filter((e) => e.kind === kind);
  const markers = entitiesOf('marker');
  const pairs = entitiesOf('pair');
  const candidates = entitiesOf('candidate');
  const parties = entitiesOf('party');
  const figures = entitiesOf('figure');
  const pairedCandidates = candidatesSharingPair(candidates);
  const date = toDate(context.date);
  const inWindow = date !== undefined && [...candidates, ...parties, ...figures].some((e) => duringCampaign(e, date));

  const prefixedBallot = ballots.some((b) => b.prefixed);
  const contextForActors = contest.length + outcome.length > 0 || prefixedBallot;

  let level: Level = 'none';
  if (markers.length > 0 || pairs.length > 0 || pairedCandidates.length > 0) {
    level = 'risk';
  } else if (candidates.length > 0) {
    const election = contextForActors || call.length > 0 || ballots.length > 0 || gesture.length > 0;
    level = election || inWindow || office.length === 0 ? 'risk' : 'caution';
  } else if (parties.length > 0 || figures.length > 0) {
    const called = call.length > 0 && office.length === 0;
    level = contextForActors || called || inWindow ? 'risk' : 'caution';
  } else if (ballots.length > 0) {
    level = call.length + contest.length + outcome.length + gesture.length > 0 ? 'risk' : 'caution';
  } else if (contest.length > 0) {
    level = 'caution';
  }

  const evidence: Evidence = {
    level,
    markers: hitsWith(actors, lexicon, 'marker'),
    pairs: hitsWith(actors, lexicon, 'pair'),
    candidates: hitsWith(actors, lexicon, 'candidate'),
    parties: hitsWith(actors, lexicon, 'party'),
    figures: hitsWith(actors, lexicon, 'figure'),
    pairedCandidates,
    electionWords: [...contest, ...call, ...outcome, ...gesture],
    ballots,
    office,
    spamTagged,
    inWindow,
    truncated,
  };
  const reasons = buildReasons(evidence, n, lexicon);
  // Office words are shown only where they lowered a named person's level.
  const officeShown = level === 'caution' && candidates.length > 0 ? office : [];
  const matches = toMatches(n, lexicon, [...actors, ...evidence.electionWords, ...officeShown], ballots);
  return { level, matches, reasons };
}

function scan(n: Normalised, lexicon: Lexicon): { hits: Hit[]; truncated: boolean } {
  const text = n.text;
  const hits: Hit[] = [];
  let truncated = false;
  lexicon.automaton.scan(text, (pattern, last) => {
    const norm = lexicon.patterns[pattern]!;
    const from = last + 1 - norm.length;
    const to = last + 1;
    const atBoundary = (from === 0 || text.charCodeAt(from - 1) === 0x20) && (to === text.length || text.charCodeAt(to) === 0x20);
    const inTag = (n.flags[from]! & FLAG_TAG) !== 0 && (n.flags[last]! & FLAG_TAG) !== 0 && !norm.includes(' ');
    if (!atBoundary && !inTag) return true;
    for (const index of lexicon.byPattern[pattern]!) {
      const term = lexicon.terms[index]!;
      if (term.tagOnly && !inTag) continue;
      if (!atBoundary && !term.inTag) continue;
      if (term.upper && !writtenInCapitals(n, from, to)) continue;
      hits.push({ term: index, from, to });
      if (hits.length >= MAX_HITS) {
        truncated = true;
        return false;
      }
    }
    return true;
  });
  return { hits, truncated };
}

/**
 * An acronym written exactly, in capitals, in a text that is not all
 * capitals: "AMIN" the pair, not "AAMIIN" the prayer or "amin".
 */
function writtenInCapitals(n: Normalised, from: number, to: number): boolean {
  if (n.shouting) return false;
  if (n.end[to - 1]! - n.start[from]! !== to - from) return false;
  for (let i = from; i < to; i++) {
    const c = n.text.charCodeAt(i);
    const letter = !(c >= 0x30 && c <= 0x39) && c !== 0x20;
    if (letter && (n.flags[i]! & FLAG_UPPER) === 0) return false;
  }
  return true;
}

/** Longest match wins: "Ganjar Pranowo" swallows "Ganjar"; honorific and ballot words stay (they are positional). */
function dropContained(hits: Hit[], lexicon: Lexicon): Hit[] {
  const positional = (h: Hit) => {
    const v = lexicon.terms[h.term]!.vocabulary;
    return v === 'honorific' || v === 'ballot';
  };
  const sorted = hits.filter((h) => !positional(h)).sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: Hit[] = [];
  let coverFrom = -1;
  let coverTo = -1;
  for (const h of sorted) {
    const inside = h.from >= coverFrom && h.to <= coverTo && !(h.from === coverFrom && h.to === coverTo);
    if (inside) continue;
    kept.push(h);
    if (h.to > coverTo) {
      coverFrom = h.from;
      coverTo = h.to;
    }
  }
  return [...kept, ...hits.filter(positional)];
}

function isTagOnly(n: Normalised, h: Hit): boolean {
  for (let i = h.from; i < h.to; i++) if ((n.flags[i]! & FLAG_TAG) === 0 && n.text.charCodeAt(i) !== 0x20) return false;
  return true;
}

/** Candidates named together with their running mate: the pair itself. */
function candidatesSharingPair(candidates: EntityInfo[]): EntityInfo[] {
  const byPair = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (!c.pair) continue;
    let keys = byPair.get(c.pair);
    if (!keys) byPair.set(c.pair, (keys = new Set()));
    keys.add(c.key);
  }
  return candidates.filter((c) => c.pair !== undefined && byPair.get(c.pair)!.size >= 2);
}

function hitsWith(hits: Hit[], lexicon: Lexicon, kind: EntityInfo['kind']): Hit[] {
  return hits.filter((h) => lexicon.entities[lexicon.terms[h.term]!.entity]!.kind === kind);
}

function toDate(value: AssessContext['date']): Date | undefined {
  if (value === undefined) return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** From the campaign's first day to voting day, inclusive (UTC dates). */
function duringCampaign(entity: EntityInfo, date: Date): boolean {
  const dates = entity.contest?.dates ?? entity.packDates;
  const from = dates?.campaignStart;
  const to = dates?.votingDay ?? dates?.campaignEnd;
  if (!from || !to) return false;
  const day = date.toISOString().slice(0, 10);
  return day >= from && day <= to;
}

function toMatches(n: Normalised, lexicon: Lexicon, hits: Hit[], ballots: BallotNumber[]): Match[] {
  const matches: Match[] = hits.map((h) => {
    const term = lexicon.terms[h.term]!;
    const entity = term.entity >= 0 ? lexicon.entities[term.entity] : undefined;
    const start = n.start[h.from]!;
    const end = n.end[h.to - 1]!;
    return {
      text: n.original.slice(start, end),
      term: term.surface,
      kind: term.kind,
      vocabulary: term.vocabulary,
      entity: entity && {
        key: entity.key,
        kind: entity.kind,
        name: entity.standsFor ?? entity.name,
        ballotNumber: entity.ballotNumber,
        contest: entity.contest?.title.id,
      },
      start,
      end,
    };
  });
  for (const b of ballots) {
    const start = n.start[b.from]!;
    const end = n.end[b.to - 1]!;
    matches.push({ text: n.original.slice(start, end), term: String(b.value), kind: 'ballot-number', start, end });
  }
  return matches.sort((a, b) => a.start - b.start || b.end - a.end);
}
