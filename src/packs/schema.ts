/**
 * The election-pack schema: the one source for the TypeScript type
 * (`Pack`), the runtime validator (`validatePack`) and the JSON Schema
 * (`packJsonSchema`, written to docs/pack.schema.json by `netral schema`).
 *
 * A pack is data, not code: the detection engine compiles whatever packs it
 * is given. Every fact in a pack (a name, a ballot number, a slogan) cites at
 * least one entry of the pack's `sources`, so a reviewer can check it.
 */
import { z } from 'zod';
import { PLATFORM_IDS } from '../platforms/ids';

// Extension pages run under a strict CSP (no eval): keep zod off its
// `new Function` fast path everywhere, Node included, so behaviour matches.
z.config({ jitless: true });

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "pemilu-2024"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

export const LocalizedSchema = z.object({
  id: z.string().trim().min(1, 'Indonesian text is required'),
  en: z.string().trim().min(1, 'English text is required'),
});

export const SourceSchema = z.object({
  id: slug,
  title: z.string().trim().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** When the maintainers last read the page, YYYY-MM-DD. */
  accessed: isoDate.optional(),
});

/**
 * A surface form the engine looks for. A plain string is a normal term.
 * `weak` marks forms that are also everyday words or common given names
 * ("amin", "ganjar", "abah", "ade"): they count only next to an honorific
 * ("pak ganjar"), another mention of the same candidate or pair, or
 * election context. `upper` only matches when written in capitals in a text
 * that is not all capitals (the acronym "AMIN" versus the prayer "amin").
 */
export const TermSchema = z.union([
  z.string().trim().min(1),
  z.object({
    text: z.string().trim().min(1),
    weak: z.boolean().optional(),
    upper: z.boolean().optional(),
  }),
], { error: 'a term must be a non-empty string or an object {text, weak?, upper?}' });

const sourceRefs = z.array(slug).min(1, 'every fact needs at least one source id');

export const ElectionDatesSchema = z.object({
  campaignStart: isoDate.optional(),
  campaignEnd: isoDate.optional(),
  votingDay: isoDate.optional(),
});

export const OfficeSchema = z.enum([
  'president',
  'vice-president',
  'governor',
  'vice-governor',
  'regent',
  'vice-regent',
  'mayor',
  'vice-mayor',
  'legislator',
]);

export const ContestSchema = z.object({
  id: slug,
  title: LocalizedSchema,
  office: OfficeSchema,
  region: z.string().trim().min(1).optional(),
  dates: ElectionDatesSchema.optional(),
  sources: sourceRefs,
});

export const CandidateSchema = z.object({
  id: slug,
  name: z.string().trim().min(1),
  aliases: z.array(TermSchema).default([]),
  office: OfficeSchema.optional(),
  sources: sourceRefs,
});

export const PairSchema = z.object({
  id: slug,
  contest: slug,
  ballotNumber: z.number().int().min(1).max(99),
  members: z.array(slug).min(1).max(2),
  /** Pair acronyms and joint names: "AMIN", "Anies-Muhaimin", "RIDO". */
  names: z.array(TermSchema).default([]),
  parties: z.array(slug).default([]),
  sources: sourceRefs,
});

export const PartySchema = z.object({
  id: slug,
  name: z.string().trim().min(1),
  aliases: z.array(TermSchema).default([]),
  ballotNumber: z.number().int().min(1).max(99).optional(),
  scope: z.enum(['national', 'aceh', 'local']).default('national'),
  sources: sourceRefs,
});

/** Political figures who are not candidates in this pack (party leaders, past candidates). */
export const FigureSchema = z.object({
  id: slug,
  name: z.string().trim().min(1),
  aliases: z.array(TermSchema).default([]),
  note: LocalizedSchema.optional(),
  sources: sourceRefs,
});

export const MarkerKindSchema = z.enum(['slogan', 'jargon', 'song', 'hashtag', 'gesture', 'team', 'nickname']);

/** Campaign markers: using them is itself taking sides. */
export const MarkerSchema = z.object({
  id: slug,
  kind: MarkerKindSchema,
  terms: z.array(TermSchema).min(1),
  /** The candidate, pair or party the marker stands for, when there is one. */
  entity: slug.optional(),
  sources: sourceRefs,
});

/**
 * A campaign account on one platform: a post by it, or following it, is
 * `risk` whatever the text says.
 */
export const AccountSchema = z.object({
  platform: z.enum(PLATFORM_IDS),
  handle: z
    .string()
    .trim()
    .regex(/^@?[\w.\-]{1,100}$/, 'must be an account handle such as "timnas_amin"')
    .transform((h) => h.replace(/^@/, '')),
  /** The candidate, pair or party the account campaigns for. */
  entity: slug.optional(),
  sources: sourceRefs,
});

/**
 * Election vocabulary (the generic `kampanye` pack). Words, not facts: they
 * may cite sources but need not.
 * - contest: names the contest itself (pilpres, paslon, capres, nomor urut)
 * - call: asks to vote or support (coblos, pilih, dukung, menangkan)
 * - outcome: polls and results (quick count, survei, menang telak)
 * - office: a politician acting in office (menteri, kabinet, pansus)
 * - honorific: makes a weak name count (pak, bu, cak, gus, mas)
 * - ballot: introduces a ballot number (nomor, no, nomor urut, paslon)
 * - gesture: a hand sign or its emoji; a cue, not proof (✌ is also "peace")
 * - spam: trending-word stuffing (slot, maxwin): a candidate tag on spam says nothing
 */
export const VocabularyKindSchema = z.enum([
  'contest',
  'call',
  'outcome',
  'office',
  'honorific',
  'ballot',
  'gesture',
  'spam',
]);

export const VocabularySchema = z.object({
  id: slug,
  kind: VocabularyKindSchema,
  terms: z.array(TermSchema).min(1),
  sources: z.array(slug).default([]),
});

export const PackSchema = z
  .object({
    $schema: z.string().optional(),
    id: slug,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as "1.0.0"'),
    title: LocalizedSchema,
    description: LocalizedSchema.optional(),
    sources: z.array(SourceSchema).default([]),
    dates: ElectionDatesSchema.optional(),
    contests: z.array(ContestSchema).default([]),
    candidates: z.array(CandidateSchema).default([]),
    pairs: z.array(PairSchema).default([]),
    parties: z.array(PartySchema).default([]),
    figures: z.array(FigureSchema).default([]),
    markers: z.array(MarkerSchema).default([]),
    accounts: z.array(AccountSchema).default([]),
    vocabulary: z.array(VocabularySchema).default([]),
  })
  .superRefine(checkReferences);

export type Localized = z.infer<typeof LocalizedSchema>;
export type Term = z.infer<typeof TermSchema>;
export type Pack = z.infer<typeof PackSchema>;
export type PackInput = z.input<typeof PackSchema>;
export type Candidate = z.infer<typeof CandidateSchema>;
export type Pair = z.infer<typeof PairSchema>;
export type Party = z.infer<typeof PartySchema>;
export type Marker = z.infer<typeof MarkerSchema>;
export type Account = z.infer<typeof AccountSchema>;
export type MarkerKind = z.infer<typeof MarkerKindSchema>;
export type VocabularyKind = z.infer<typeof VocabularyKindSchema>;
export type ElectionDates = z.infer<typeof ElectionDatesSchema>;

type RawPack = {
  sources: { id: string }[];
  contests: { id: string; sources: string[] }[];
  candidates: { id: string; sources: string[] }[];
  pairs: { id: string; contest: string; members: string[]; parties: string[]; sources: string[] }[];
  parties: { id: string; sources: string[] }[];
  figures: { id: string; sources: string[] }[];
  markers: { id: string; entity?: string | undefined; sources: string[] }[];
  accounts: { handle: string; entity?: string | undefined; sources: string[] }[];
  vocabulary: { id: string; sources: string[] }[];
};

/** Cross-field rules a per-field schema cannot say: ids resolve and are unique. */
function checkReferences(pack: RawPack, ctx: z.RefinementCtx): void {
  const sourceIds = new Set(pack.sources.map((s) => s.id));
  const contests = new Set(pack.contests.map((c) => c.id));
  const candidates = new Set(pack.candidates.map((c) => c.id));
  const parties = new Set(pack.parties.map((p) => p.id));
  const entities = new Set<string>();
  const lists = ['sources', 'contests', 'candidates', 'pairs', 'parties', 'figures', 'markers', 'vocabulary'] as const;

  for (const list of lists) {
    pack[list].forEach((item, index) => {
      if (list !== 'sources' && list !== 'vocabulary' && list !== 'markers') {
        if (entities.has(item.id)) {
          ctx.addIssue({ code: 'custom', path: [list, index, 'id'], message: `duplicate entity id "${item.id}"` });
        }
        entities.add(item.id);
      }
      if (list === 'sources') return;
      (item as unknown as { sources: string[] }).sources.forEach((ref, refIndex) => {
        if (!sourceIds.has(ref)) {
          ctx.addIssue({ code: 'custom', path: [list, index, 'sources', refIndex], message: `unknown source id "${ref}"` });
        }
      });
    });
  }
  pack.pairs.forEach((pair, index) => {
    if (!contests.has(pair.contest)) {
      ctx.addIssue({ code: 'custom', path: ['pairs', index, 'contest'], message: `unknown contest id "${pair.contest}"` });
    }
    pair.members.forEach((member, m) => {
      if (!candidates.has(member)) {
        ctx.addIssue({ code: 'custom', path: ['pairs', index, 'members', m], message: `unknown candidate id "${member}"` });
      }
    });
    pair.parties.forEach((party, p) => {
      if (!parties.has(party)) {
        ctx.addIssue({ code: 'custom', path: ['pairs', index, 'parties', p], message: `unknown party id "${party}"` });
      }
    });
  });
  for (const list of ['markers', 'accounts'] as const) {
    pack[list].forEach((item, index) => {
      if (item.entity !== undefined && !entities.has(item.entity)) {
        ctx.addIssue({ code: 'custom', path: [list, index, 'entity'], message: `unknown entity id "${item.entity}"` });
      }
      if (list === 'accounts') {
        item.sources.forEach((ref, refIndex) => {
          if (!sourceIds.has(ref)) ctx.addIssue({ code: 'custom', path: [list, index, 'sources', refIndex], message: `unknown source id "${ref}"` });
        });
      }
    });
  }
}

/** The pack JSON Schema, generated from the zod schema above. */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PackSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
