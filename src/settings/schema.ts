/**
 * The one source for every setting: key, type, default and allowed values.
 * Labels and descriptions live in the message catalogues under
 * `setting.<key>.label` / `setting.<key>.description` (a test checks each
 * key has both, in both languages). The options page, the popup and the
 * guard all read settings through `resolveSettings` (resolve.ts).
 */
import { PLATFORM_IDS, type PlatformId } from '../platforms/ids';
import { SHIPPED_PACK_IDS } from '../packs/shipped';

/**
 * `justify`: proceeding needs a typed reason, kept in the local history;
 * `block`: no proceed at all. Usually set by an organisation, but a user may
 * choose them for themselves too.
 */
export const MODES = ['warn', 'justify', 'block', 'audit', 'off'] as const;
export type Mode = (typeof MODES)[number];
export const SENSITIVITIES = ['caution', 'risk'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
export const LANGUAGES = ['auto', 'id', 'en'] as const;
export type LanguageSetting = (typeof LANGUAGES)[number];

export const EXTRA_TERM_MAX = 100;
export const EXTRA_TERMS_MAX_COUNT = 200;
export const HISTORY_DAYS_MIN = 1;
export const HISTORY_DAYS_MAX = 3650;

export interface SettingsValues {
  enabled: boolean;
  /** Per-site switches, one per registered platform; a site missing from storage is on. */
  sites: Record<PlatformId, boolean>;
  mode: Mode;
  sensitivity: Sensitivity;
  /** Ids of the active shipped election packs (an organisation's own packs are always active). */
  activePacks: string[];
  extraTerms: string[];
  historyKeep: boolean;
  historyDays: number;
  language: LanguageSetting;
}

export type SettingKey = keyof SettingsValues;

export type SettingDef =
  | { key: SettingKey; type: 'boolean' }
  | { key: SettingKey; type: 'enum'; values: readonly string[] }
  | { key: SettingKey; type: 'number'; min: number; max: number }
  | { key: SettingKey; type: 'switches'; ids: readonly string[] }
  | { key: SettingKey; type: 'ids'; ids: readonly string[] }
  | { key: SettingKey; type: 'terms' };

export { SHIPPED_PACK_IDS };

/** In display order (the options page follows it). */
export const SETTINGS_SCHEMA: readonly SettingDef[] = [
  { key: 'enabled', type: 'boolean' },
  { key: 'sites', type: 'switches', ids: PLATFORM_IDS },
  { key: 'mode', type: 'enum', values: MODES },
  { key: 'sensitivity', type: 'enum', values: SENSITIVITIES },
  { key: 'activePacks', type: 'ids', ids: SHIPPED_PACK_IDS },
  { key: 'extraTerms', type: 'terms' },
  { key: 'historyKeep', type: 'boolean' },
  { key: 'historyDays', type: 'number', min: HISTORY_DAYS_MIN, max: HISTORY_DAYS_MAX },
  { key: 'language', type: 'enum', values: LANGUAGES },
];

export const SETTING_KEYS: readonly SettingKey[] = SETTINGS_SCHEMA.map((d) => d.key);

export const DEFAULT_SETTINGS: SettingsValues = {
  enabled: true,
  sites: Object.fromEntries(PLATFORM_IDS.map((id) => [id, true])) as Record<PlatformId, boolean>,
  mode: 'warn',
  sensitivity: 'caution',
  activePacks: [...SHIPPED_PACK_IDS],
  extraTerms: [],
  historyKeep: true,
  historyDays: 90,
  language: 'auto',
};

/**
 * Storage key of the user's own values (in `storage.local`, with a
 * `version` field, see migrate.ts). What an organisation sets is never
 * stored there: it is read from managed storage (src/policy).
 */
export const SETTINGS_KEY = 'settings';
