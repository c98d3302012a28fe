/**
 * What is in force, from what is stored: the user's values (storage.local),
 * the organisation's policy (storage.managed) and the organisation's
 * validated packs (storage.local, written by the background). One pure
 * function, used alike by the content scripts, the background and the pages.
 */
import type { Pack } from '../packs/schema';
import { activeOrganisationPacks, organisationPacksFrom, type OrganisationPacks } from '../policy/packs';
import { readPolicy, type Policy, type PolicyProblem } from '../policy/read';
import { resolveSettings, settingValues, type ResolvedSettings } from './resolve';
import { DEFAULT_SETTINGS, type SettingsValues } from './schema';

export interface StoredInputs {
  /** storage.local `settings`. */
  user?: unknown;
  /** All of storage.managed. */
  managed?: unknown;
  /** storage.local `organisationPacks`. */
  organisationPacks?: unknown;
}

export interface InForce {
  policy: Policy;
  resolved: ResolvedSettings;
  values: SettingsValues;
  organisationPacks: OrganisationPacks;
  /** The organisation's packs in force (inline and signed update). */
  packs: Pack[];
  /** Everything wrong with the policy, its packs included, for the pages to show. */
  problems: PolicyProblem[];
}

export function inForce(stored: StoredInputs): InForce {
  const policy = readPolicy(stored.managed);
  const resolved = resolveSettings(DEFAULT_SETTINGS, stored.user, policy.organisation);
  // Packs the background validated for an earlier policy must not outlive it.
  const organisationPacks = policy.organisation ? organisationPacksFrom(stored.organisationPacks) : organisationPacksFrom(undefined);
  return {
    policy,
    resolved,
    values: settingValues(resolved),
    organisationPacks,
    packs: activeOrganisationPacks(organisationPacks),
    problems: [...policy.problems, ...organisationPacks.problems],
  };
}
