/**
 * The managed-policy keys an organisation can set, derived from the one
 * settings source (src/settings/schema.ts) plus the keys only an organisation
 * has (locks, its own packs, signed updates, its name and help line).
 *
 * Two JSON Schemas come out of it:
 *   - `managedSchema()`: the manifest's `storage.managed_schema` for
 *     Chromium. It declares types only. Chromium silently drops a value that
 *     fails the schema, and Netral could not explain what it never sees; so
 *     allowed values (modes, ranges, URLs, packs) are checked by Netral itself
 *     (read.ts), which ignores a bad value *and says so* on its pages.
 *   - `strictPolicySchema()`: the same keys with every allowed value
 *     (docs/policy.schema.json), for administrators and the tests of the
 *     sample policies in docs/policies/.
 */
import { SETTINGS_SCHEMA, type SettingDef, type SettingKey } from '../settings/schema';

/** The subset of JSON Schema (draft 03) Chromium accepts for managed storage. */
export interface PolicySchema {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  title?: string;
  description?: string;
  properties?: Record<string, PolicySchema>;
  items?: PolicySchema;
  enum?: readonly (string | number)[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  /** Only in the strict schema: objects are closed there. */
  additionalProperties?: boolean;
}

type Text = { title: string; description: string };

/** Setting keys as an organisation names them; `history` groups historyKeep/historyDays. */
export const POLICY_SETTING_KEYS = ['enabled', 'sites', 'mode', 'sensitivity', 'activePacks', 'extraTerms', 'history', 'language'] as const;
export type PolicySettingKey = (typeof POLICY_SETTING_KEYS)[number];

/** Which settings each policy key sets (and locks). */
export const SETTINGS_OF: Record<PolicySettingKey, readonly SettingKey[]> = {
  enabled: ['enabled'],
  sites: ['sites'],
  mode: ['mode'],
  sensitivity: ['sensitivity'],
  activePacks: ['activePacks'],
  extraTerms: ['extraTerms'],
  history: ['historyKeep', 'historyDays'],
  language: ['language'],
};

export const ORGANISATION_KEYS = ['lockedSettings', 'packs', 'packUrl', 'packPublicKey', 'organisationName', 'helpUrl', 'helpText'] as const;
export type OrganisationKey = (typeof ORGANISATION_KEYS)[number];
export type PolicyKey = PolicySettingKey | OrganisationKey;

/** `lockedSettings: ["*"]` locks every setting. */
export const LOCK_ALL = '*';
export const TEXT_MAX = 500;
export const URL_MAX = 2048;

const SETTING_TEXT: Record<PolicySettingKey, Text> = {
  enabled: { title: 'Protection on', description: 'false turns Netral off entirely (no warnings, no history).' },
  sites: {
    title: 'Guarded sites',
    description: 'One switch per site: x, facebook, instagram, tiktok, youtube, threads, linkedin, whatsapp. A site not listed stays on.',
  },
  mode: {
    title: 'Mode',
    description:
      'warn: warn, the user may cancel or proceed. justify: proceeding needs a typed reason, kept in the local history. block: no proceed button. audit: no dialog, decisions only recorded locally. off: nothing.',
  },
  sensitivity: { title: 'Sensitivity', description: 'caution: warn from the lower level (mentions of candidates). risk: only clear campaign content.' },
  activePacks: { title: 'Active shipped packs', description: 'Ids of the election packs shipped with Netral to use. Packs of the organisation (packs, packUrl) are always active.' },
  extraTerms: { title: 'Extra terms', description: 'Names or slogans to treat as campaign content, up to 200 terms of at most 100 characters.' },
  history: { title: 'Local history', description: 'keep: whether decisions are kept in the local history; days: how long (1 to 3650).' },
  language: { title: 'Interface language', description: 'auto (the browser\u2019s), id (Bahasa Indonesia) or en (English).' },
};

const ORGANISATION_TEXT: Record<OrganisationKey, Text> = {
  lockedSettings: {
    title: 'Locked settings',
    description: `Settings the user may not change: any of ${POLICY_SETTING_KEYS.join(', ')}, or "${LOCK_ALL}" for all. A locked setting without a value keeps the default.`,
  },
  packs: {
    title: 'Organisation packs',
    description:
      'Election packs of the organisation, inline: each item the JSON text of a pack document (docs/pack.schema.json). Invalid packs are skipped and reported. For large or often-changing packs use packUrl.',
  },
  packUrl: { title: 'Signed pack address', description: 'https:// address of a signed pack (netral sign). Fetched at install, at browser start and every 6 hours; the only request Netral makes.' },
  packPublicKey: { title: 'Pack public key', description: 'Ed25519 public key that signs the pack at packUrl: base64 as printed by "netral keygen", or a PEM block.' },
  organisationName: { title: 'Organisation name', description: 'Shown as "Managed by your organisation (name)".' },
  helpUrl: { title: 'Help address', description: 'https:// or mailto: address shown in the warning dialog: where to ask.' },
  helpText: { title: 'Help text', description: 'A short line shown in the warning dialog, e.g. who to ask about neutrality (at most 500 characters).' },
};

const settingDef = (key: SettingKey): SettingDef => SETTINGS_SCHEMA.find((d) => d.key === key)!;

function settingSchema(def: SettingDef, strict: boolean): PolicySchema {
  switch (def.type) {
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return strict ? { type: 'string', enum: def.values } : { type: 'string' };
    case 'number':
      return strict ? { type: 'integer', minimum: def.min, maximum: def.max } : { type: 'integer' };
    case 'switches':
      return {
        type: 'object',
        properties: Object.fromEntries(def.ids.map((id) => [id, { type: 'boolean' } as PolicySchema])),
        ...(strict ? { additionalProperties: false } : {}),
      };
    case 'ids':
    case 'terms':
      return { type: 'array', items: { type: 'string' } };
  }
}

function policySettingSchema(key: PolicySettingKey, strict: boolean): PolicySchema {
  if (key === 'history') {
    return {
      type: 'object',
      properties: { keep: settingSchema(settingDef('historyKeep'), strict), days: settingSchema(settingDef('historyDays'), strict) },
      ...(strict ? { additionalProperties: false } : {}),
    };
  }
  return settingSchema(settingDef(key), strict);
}

function organisationSchema(key: OrganisationKey, strict: boolean): PolicySchema {
  switch (key) {
    case 'lockedSettings':
      return { type: 'array', items: strict ? { type: 'string', enum: [...POLICY_SETTING_KEYS, LOCK_ALL] } : { type: 'string' } };
    case 'packs':
      // Chromium's policy schemas cannot describe a pack (a term is a string
      // or an object; Chromium strips properties a schema does not declare),
      // so each pack travels as JSON text, as Windows registry policies carry
      // any structured value anyway. The pack validator checks it and says
      // what is wrong and where.
      return { type: 'array', items: { type: 'string' } };
    case 'packUrl':
      return strict ? { type: 'string', pattern: '^https://' } : { type: 'string' };
    case 'helpUrl':
      return strict ? { type: 'string', pattern: '^(https://|mailto:)' } : { type: 'string' };
    default:
      return { type: 'string' };
  }
}

function schemaOf(strict: boolean): PolicySchema {
  const properties: Record<string, PolicySchema> = {};
  for (const key of POLICY_SETTING_KEYS) properties[key] = { ...SETTING_TEXT[key], ...policySettingSchema(key, strict) };
  for (const key of ORGANISATION_KEYS) properties[key] = { ...ORGANISATION_TEXT[key], ...organisationSchema(key, strict) };
  return { type: 'object', properties, ...(strict ? { additionalProperties: false } : {}) };
}

/** The manifest's storage.managed_schema (types only; see the header). */
export function managedSchema(): PolicySchema {
  return schemaOf(false);
}

/** Every allowed value, for administrators and the sample-policy tests. */
export function strictPolicySchema(): PolicySchema & { $schema: string; title: string } {
  return { $schema: 'http://json-schema.org/draft-03/schema#', title: 'Netral managed policy', ...schemaOf(true) };
}

export const POLICY_KEYS: readonly PolicyKey[] = [...POLICY_SETTING_KEYS, ...ORGANISATION_KEYS];
