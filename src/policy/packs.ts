/**
 * An organisation's own election packs: the inline ones from the policy and
 * the last good signed update from `packUrl`. The background keeps this
 * state in `storage.local` (ORGANISATION_PACKS_KEY) after validating it
 * (update.ts); content scripts and pages only read it, so this file stays
 * free of the validator and the crypto.
 */
import type { Pack } from '../packs/schema';
import type { PolicyProblem } from './read';

export const ORGANISATION_PACKS_KEY = 'organisationPacks';

export interface PackCheck {
  at: string;
  ok: boolean;
  /** Failure class: network, http, too-large, malformed-envelope, bad-key, bad-signature, invalid-pack, older-version. */
  reason?: string;
  message?: string;
  /** On success: the version now active, and whether it was already active. */
  version?: string;
  unchanged?: boolean;
}

export interface OrganisationPacks {
  /** Valid inline packs from the policy. */
  inline: Pack[];
  /** Problems with the inline packs (shown with the policy's other problems). */
  problems: PolicyProblem[];
  /** The last good signed pack, for the packUrl and key it was checked against. */
  signed?: { url: string; publicKey: string; pack: Pack; fetchedAt: string };
  lastCheck?: PackCheck;
}

export const NO_ORGANISATION_PACKS: OrganisationPacks = { inline: [], problems: [] };

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

const PACK_LISTS = ['sources', 'contests', 'candidates', 'pairs', 'parties', 'figures', 'markers', 'accounts', 'vocabulary'] as const;

/**
 * The background stores packs only after the validator passed them, in
 * canonical form (every list present). Storage can still be edited or
 * corrupted: anything not of that shape is dropped here, so a broken value
 * can neither crash a page nor silently switch detection off.
 */
function isStoredPack(value: unknown): value is Pack {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.version === 'string' &&
    isRecord(value.title) &&
    typeof value.title.id === 'string' &&
    typeof value.title.en === 'string' &&
    PACK_LISTS.every((list) => Array.isArray(value[list]))
  );
}

/** Reads the stored state defensively (a broken value counts as none). */
export function organisationPacksFrom(stored: unknown): OrganisationPacks {
  if (!isRecord(stored)) return NO_ORGANISATION_PACKS;
  const inline = Array.isArray(stored.inline) ? stored.inline.filter(isStoredPack) : [];
  const problems = Array.isArray(stored.problems) ? (stored.problems.filter(isRecord) as unknown as PolicyProblem[]) : [];
  const signed = isRecord(stored.signed) && isStoredPack(stored.signed.pack) && typeof stored.signed.url === 'string' ? (stored.signed as unknown as OrganisationPacks['signed']) : undefined;
  const lastCheck = isRecord(stored.lastCheck) ? (stored.lastCheck as unknown as PackCheck) : undefined;
  return { inline, problems, ...(signed ? { signed } : {}), ...(lastCheck ? { lastCheck } : {}) };
}

/** The packs in force: the inline ones, and the signed update (which replaces an inline pack of the same id). */
export function activeOrganisationPacks(state: OrganisationPacks): Pack[] {
  const signed = state.signed?.pack;
  return signed ? [...state.inline.filter((p) => p.id !== signed.id), signed] : state.inline;
}
