/**
 * Human-readable reasons (Indonesian and English) for an assessment: what
 * was found and why it matters, naming the entities and the words matched.
 */
import type { EntityInfo, Lexicon } from './lexicon';
import type { Normalised } from './normalise';
import type { BallotNumber } from './numbers';
import type { Level, Reason } from './types';

interface Hit {
  term: number;
  from: number;
  to: number;
}

export interface Evidence {
  level: Level;
  markers: Hit[];
  pairs: Hit[];
  candidates: Hit[];
  parties: Hit[];
  figures: Hit[];
  pairedCandidates: EntityInfo[];
  electionWords: Hit[];
  ballots: BallotNumber[];
  office: Hit[];
  spamTagged: Hit[];
  inWindow: boolean;
  truncated: boolean;
}

const MARKER_KIND: Record<string, { id: string; en: string }> = {
  slogan: { id: 'slogan kampanye', en: 'campaign slogan' },
  jargon: { id: 'jargon kampanye', en: 'campaign catchphrase' },
  song: { id: 'lagu kampanye', en: 'campaign song' },
  hashtag: { id: 'tagar kampanye', en: 'campaign hashtag' },
  gesture: { id: 'salam/gestur kampanye', en: 'campaign hand sign' },
  team: { id: 'tim kampanye', en: 'campaign team' },
  nickname: { id: 'julukan kampanye', en: 'campaign nickname' },
};

export function buildReasons(e: Evidence, n: Normalised, lexicon: Lexicon): Reason[] {
  const reasons: Reason[] = [];
  const words = (hits: Hit[]) => unique(hits.map((h) => n.original.slice(n.start[h.from]!, n.end[h.to - 1]!)));
  const entity = (h: Hit) => lexicon.entities[lexicon.terms[h.term]!.entity]!;
  const byEntity = (hits: Hit[]) => {
    const groups = new Map<string, { info: EntityInfo; hits: Hit[] }>();
    for (const h of hits) {
      const info = entity(h);
      const group = groups.get(info.key) ?? { info, hits: [] };
      group.hits.push(h);
      groups.set(info.key, group);
    }
    return [...groups.values()];
  };

  for (const { info, hits } of byEntity(e.markers)) {
    const kind = MARKER_KIND[info.markerKind ?? 'slogan']!;
    const forId = info.standsFor ? ` untuk ${info.standsFor}` : '';
    const forEn = info.standsFor ? ` for ${info.standsFor}` : '';
    reasons.push({
      code: 'campaign-marker',
      id: `Memuat ${kind.id}${forId} (${info.packTitle.id}).`,
      en: `Contains a ${kind.en}${forEn} (${info.packTitle.en}).`,
      terms: words(hits),
    });
  }
  for (const { info, hits } of byEntity(e.pairs)) {
    reasons.push({
      code: 'candidate-pair',
      id: `Menyebut pasangan calon ${info.name}${ballotId(info)}${contestId(info)}.`,
      en: `Names the candidate pair ${info.name}${ballotEn(info)}${contestEn(info)}.`,
      terms: words(hits),
    });
  }
  // One reason per person, even when several packs know them (Prabowo ran in 2019 and 2024).
  const people = new Map<string, { infos: EntityInfo[]; hits: Hit[] }>();
  for (const { info, hits } of byEntity(e.candidates)) {
    const person = people.get(info.name) ?? { infos: [], hits: [] };
    person.infos.push(info);
    person.hits.push(...hits);
    people.set(info.name, person);
  }
  for (const [name, { infos, hits }] of people) {
    const paired = infos.some((info) => e.pairedCandidates.some((c) => c.key === info.key));
    const runs = (ballot: (i: EntityInfo) => string, contest: (i: EntityInfo) => string) =>
      infos.map((info) => `${contest(info).slice(2, -1)}${ballot(info)}`).join('; ');
    reasons.push({
      code: 'candidate',
      id: `Menyebut ${paired ? 'pasangan calon: ' : 'calon '}${name} (${runs(ballotId, contestId)}).`,
      en: `Names ${paired ? 'a candidate pair member: ' : 'the candidate '}${name} (${runs(ballotEn, contestEn)}).`,
      terms: words(hits),
    });
  }
  for (const { info, hits } of byEntity(e.parties)) {
    reasons.push({
      code: 'party',
      id: `Menyebut partai politik ${info.name}${info.ballotNumber ? ` (nomor urut ${info.ballotNumber}, ${info.packTitle.id})` : ''}.`,
      en: `Names the political party ${info.name}${info.ballotNumber ? ` (ballot number ${info.ballotNumber}, ${info.packTitle.en})` : ''}.`,
      terms: words(hits),
    });
  }
  for (const { info, hits } of byEntity(e.figures)) {
    reasons.push({
      code: 'figure',
      id: `Menyebut tokoh politik ${info.name}.`,
      en: `Names the political figure ${info.name}.`,
      terms: words(hits),
    });
  }
  if (e.ballots.length > 0) {
    const spans = unique(e.ballots.map((b) => n.original.slice(n.start[b.from]!, n.end[b.to - 1]!)));
    reasons.push({
      code: 'ballot-number',
      id: `Menyebut nomor urut peserta pemilu: ${spans.join(', ')}.`,
      en: `Mentions a ballot number: ${spans.join(', ')}.`,
      terms: spans,
    });
  }
  if (e.electionWords.length > 0) {
    const found = words(e.electionWords);
    reasons.push({
      code: 'election-context',
      id: `Memakai kata-kata pemilu atau ajakan memilih: ${found.join(', ')}.`,
      en: `Uses election or vote-call words: ${found.join(', ')}.`,
      terms: found,
    });
  }
  if (e.inWindow) {
    reasons.push({
      code: 'campaign-window',
      id: 'Ditulis dalam masa kampanye pemilihan yang bersangkutan.',
      en: 'Written during the campaign period of the election concerned.',
      terms: [],
    });
  }
  if (e.office.length > 0 && e.level !== 'risk' && e.candidates.length > 0) {
    const found = words(e.office);
    reasons.push({
      code: 'office-context',
      id: `Tampaknya tentang tugas jabatan (${found.join(', ')}), tanpa kata kampanye: tetap hati-hati.`,
      en: `Seems to be about work in office (${found.join(', ')}), with no campaign words: still take care.`,
      terms: found,
    });
  }
  if (e.spamTagged.length > 0) {
    reasons.push({
      code: 'spam-tags',
      id: 'Nama tokoh hanya muncul sebagai tagar pada konten promosi yang tidak membahasnya.',
      en: 'Political names appear only as hashtags on unrelated promotional content.',
      terms: words(e.spamTagged),
    });
  }
  if (e.truncated) {
    reasons.push({
      code: 'truncated',
      id: 'Teks sangat panjang: hanya sebagian temuan yang dicantumkan.',
      en: 'Very long text: only part of the findings are listed.',
      terms: [],
    });
  }
  return reasons;
}

const ballotId = (e: EntityInfo) => (e.ballotNumber ? `, nomor urut ${e.ballotNumber}` : '');
const ballotEn = (e: EntityInfo) => (e.ballotNumber ? `, ballot number ${e.ballotNumber}` : '');
const contestId = (e: EntityInfo) => ` (${e.contest?.title.id ?? e.packTitle.id})`;
const contestEn = (e: EntityInfo) => ` (${e.contest?.title.en ?? e.packTitle.en})`;

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
