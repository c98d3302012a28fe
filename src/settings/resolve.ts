/**
 * Settings resolution, in one pure function: for every key, the value in
 * force, where it came from and whether the user may change it.
 *
 *   default ← organisation (unlocked: the organisation's default) ← user ← organisation (locked)
 *
 * An organisation value the organisation did not lock is where the user
 * starts, and the user may change it; a locked key always takes the
 * organisation's value (or the default, if the organisation locked a key
 * without setting it), whatever the user's storage says. An invalid stored
 * value falls back and is recorded as a problem.
 */
import { isValidExtraTerms } from './extra-terms';
import { migrateSettings } from './migrate';
import { SETTINGS_SCHEMA, type SettingDef, type SettingKey, type SettingsValues } from './schema';

export type SettingSource = 'default' | 'user' | 'organisation';

export interface ResolvedSetting<T> {
  value: T;
  source: SettingSource;
  locked: boolean;
  /** Set when a stored value was ignored because it is not allowed. */
  problem?: 'invalid-user-value' | 'invalid-organisation-value';
}

export type ResolvedSettings = { [K in SettingKey]: ResolvedSetting<SettingsValues[K]> };

export interface OrganisationSettings {
  /** Shown as "Diatur oleh organisasi Anda (<name>)". */
  name?: string;
  values?: Partial<Record<SettingKey, unknown>>;
  /** Keys the user may not change. */
  locked?: readonly SettingKey[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The value if allowed by the definition (switches are merged over `base`), else undefined. */
export function validSetting(def: SettingDef, value: unknown, base: unknown): unknown {
  switch (def.type) {
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'enum':
      return typeof value === 'string' && def.values.includes(value) ? value : undefined;
    case 'number':
      return typeof value === 'number' && Number.isInteger(value) && value >= def.min && value <= def.max ? value : undefined;
    case 'switches': {
      if (!isRecord(value) || !Object.values(value).every((v) => typeof v === 'boolean')) return undefined;
      // Unknown sites are kept: a newer version may know them.
      return { ...(base as Record<string, boolean>), ...value };
    }
    case 'ids':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...new Set(value)] : undefined;
    case 'terms':
      return isValidExtraTerms(value) ? value.map((t) => t.trim()) : undefined;
  }
}

export function resolveSettings(defaults: SettingsValues, user: unknown, organisation?: OrganisationSettings | null): ResolvedSettings {
  // Read through the migrations, so an older stored shape works before the background rewrites it.
  const stored = migrateSettings(user).settings;
  const org = organisation ?? {};
  const orgValues = isRecord(org.values) ? org.values : {};
  const locks = new Set(Array.isArray(org.locked) ? org.locked : []);
  const out: Record<string, ResolvedSetting<unknown>> = {};
  for (const def of SETTINGS_SCHEMA) {
    const fallback = defaults[def.key];
    const locked = locks.has(def.key);
    let resolved: ResolvedSetting<unknown> = { value: fallback, source: 'default', locked };
    if (def.key in orgValues) {
      const v = validSetting(def, orgValues[def.key], fallback);
      if (v === undefined) resolved = { ...resolved, problem: 'invalid-organisation-value' };
      else resolved = { value: v, source: 'organisation', locked };
    }
    if (!locked && def.key in stored && stored[def.key] !== undefined) {
      // Switches merge over what is in force below the user (the organisation's choice or the default).
      const v = validSetting(def, stored[def.key], resolved.value);
      resolved = v === undefined ? { ...resolved, problem: 'invalid-user-value' } : { value: v, source: 'user', locked: false };
    }
    out[def.key] = resolved;
  }
  return out as ResolvedSettings;
}

/** Just the values in force. */
export function settingValues(resolved: ResolvedSettings): SettingsValues {
  return Object.fromEntries(Object.entries(resolved).map(([k, r]) => [k, r.value])) as unknown as SettingsValues;
}
