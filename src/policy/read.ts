/**
 * Reads what an organisation set in managed storage into the shape the rest
 * of Netral uses, checking every key on its own: a bad value is ignored and
 * reported (`problems`), and the rest of the policy still applies. Pure: the
 * caller passes what `storage.managed.get()` returned.
 *
 * Inline packs are only checked for shape here (arrays of objects); the pack
 * validator (zod) runs in the background and the extension pages, not in
 * every web page's content script.
 */
import { validSetting, type OrganisationSettings } from '../settings/resolve';
import { DEFAULT_SETTINGS, SETTINGS_SCHEMA, type SettingKey } from '../settings/schema';
import {
  LOCK_ALL,
  POLICY_KEYS,
  POLICY_SETTING_KEYS,
  SETTINGS_OF,
  TEXT_MAX,
  URL_MAX,
  type PolicyKey,
  type PolicySettingKey,
} from './schema';

export type PolicyProblemCode = 'unknown-key' | 'wrong-value' | 'unknown-lock' | 'bad-url' | 'too-long' | 'invalid-pack' | 'pack-key-missing';

export interface PolicyProblem {
  /** The policy key, with a path inside it where useful ("history.days", "packs[1]"). */
  key: string;
  code: PolicyProblemCode;
  /** Technical detail in English (a validator message), shown as is. */
  detail?: string;
}

export interface Policy {
  /** Null when no policy is set at all. */
  organisation: OrganisationSettings | null;
  /** Inline packs as given (checked by the pack validator later). */
  packs: unknown[];
  packUrl?: string;
  packPublicKey?: string;
  helpUrl?: string;
  helpText?: string;
  problems: PolicyProblem[];
}

export const NO_POLICY: Policy = { organisation: null, packs: [], problems: [] };

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const isKnown = (key: string): key is PolicyKey => (POLICY_KEYS as readonly string[]).includes(key);
const defOf = (key: SettingKey) => SETTINGS_SCHEMA.find((d) => d.key === key)!;
const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'string' ? `"${v.slice(0, 40)}"` : typeof v);

/** A short single-line text, or undefined (with a problem) when it is not one. */
function text(key: string, value: unknown, max: number, problems: PolicyProblem[]): string | undefined {
  if (typeof value !== 'string') {
    problems.push({ key, code: 'wrong-value', detail: `expected text, got ${describe(value)}` });
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length > max) {
    problems.push({ key, code: 'too-long', detail: `${trimmed.length} characters, at most ${max}` });
    return undefined;
  }
  return trimmed || undefined;
}

/** Plain http is allowed only to this machine (an administrator's local test; the browser treats loopback as secure). */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

function url(key: string, value: unknown, schemes: readonly string[], problems: PolicyProblem[]): string | undefined {
  const raw = text(key, value, URL_MAX, problems);
  if (raw === undefined) return undefined;
  try {
    const parsed = new URL(raw);
    if (schemes.includes(parsed.protocol)) return parsed.href;
    if (schemes.includes('https:') && parsed.protocol === 'http:' && LOOPBACK.has(parsed.hostname)) return parsed.href;
  } catch {
    // fall through to the problem below
  }
  problems.push({ key, code: 'bad-url', detail: `"${raw.slice(0, 80)}" is not an address starting with ${schemes.map((s) => `${s}//`.replace('mailto://', 'mailto:')).join(' or ')}` });
  return undefined;
}

/** The settings values one policy key sets, or a problem. */
function settingValuesOf(key: PolicySettingKey, value: unknown, problems: PolicyProblem[]): Partial<Record<SettingKey, unknown>> {
  if (key === 'history') {
    if (!isRecord(value)) {
      problems.push({ key, code: 'wrong-value', detail: `expected {"keep": true|false, "days": 1–3650}, got ${describe(value)}` });
      return {};
    }
    const out: Partial<Record<SettingKey, unknown>> = {};
    for (const [field, setting] of [['keep', 'historyKeep'], ['days', 'historyDays']] as const) {
      if (!(field in value)) continue;
      const v = validSetting(defOf(setting), value[field], DEFAULT_SETTINGS[setting]);
      if (v === undefined) problems.push({ key: `history.${field}`, code: 'wrong-value', detail: `${describe(value[field])} is not allowed` });
      else out[setting] = v;
    }
    for (const field of Object.keys(value)) if (field !== 'keep' && field !== 'days') problems.push({ key: `history.${field}`, code: 'unknown-key' });
    return out;
  }
  const setting = SETTINGS_OF[key][0]!;
  const v = validSetting(defOf(setting), value, DEFAULT_SETTINGS[setting]);
  if (v === undefined) {
    problems.push({ key, code: 'wrong-value', detail: `${describe(value)} is not allowed` });
    return {};
  }
  return { [setting]: v };
}

function locksOf(value: unknown, problems: PolicyProblem[]): SettingKey[] {
  if (!Array.isArray(value)) {
    problems.push({ key: 'lockedSettings', code: 'wrong-value', detail: `expected a list of setting names, got ${describe(value)}` });
    return [];
  }
  const locks = new Set<SettingKey>();
  for (const name of value) {
    if (name === LOCK_ALL) SETTINGS_SCHEMA.forEach((d) => locks.add(d.key));
    else if (typeof name === 'string' && (POLICY_SETTING_KEYS as readonly string[]).includes(name)) SETTINGS_OF[name as PolicySettingKey].forEach((k) => locks.add(k));
    else problems.push({ key: 'lockedSettings', code: 'unknown-lock', detail: describe(name) });
  }
  return [...locks];
}

/**
 * Inline packs arrive as JSON text (what Chromium's schema can carry) or, from
 * Firefox's policies.json, possibly as objects: both are accepted.
 */
function packDocuments(items: readonly unknown[], problems: PolicyProblem[]): unknown[] {
  const out: unknown[] = [];
  items.forEach((item, i) => {
    if (isRecord(item)) out.push(item);
    else if (typeof item === 'string') {
      try {
        out.push(JSON.parse(item));
      } catch (error) {
        problems.push({ key: `packs[${i}]`, code: 'invalid-pack', detail: `packs[${i}] is not JSON: ${error instanceof Error ? error.message : String(error)}` });
      }
    } else problems.push({ key: `packs[${i}]`, code: 'invalid-pack', detail: `packs[${i}] is ${describe(item)}, not a pack` });
  });
  return out;
}

export function readPolicy(managed: unknown): Policy {
  if (!isRecord(managed) || Object.keys(managed).length === 0) return NO_POLICY;
  const problems: PolicyProblem[] = [];
  const values: Partial<Record<SettingKey, unknown>> = {};
  const policy: Policy = { organisation: null, packs: [], problems };
  let name: string | undefined;
  let locked: SettingKey[] = [];
  for (const [key, value] of Object.entries(managed)) {
    if (value === undefined || value === null) continue;
    if (!isKnown(key)) {
      problems.push({ key, code: 'unknown-key' });
      continue;
    }
    switch (key) {
      case 'lockedSettings':
        locked = locksOf(value, problems);
        break;
      case 'packs':
        if (!Array.isArray(value)) problems.push({ key, code: 'wrong-value', detail: `expected a list of packs, got ${describe(value)}` });
        else policy.packs = packDocuments(value, problems);
        break;
      case 'packUrl': {
        const u = url(key, value, ['https:'], problems);
        if (u) policy.packUrl = u;
        break;
      }
      case 'packPublicKey': {
        const k = text(key, value, 4096, problems);
        if (k) policy.packPublicKey = k;
        break;
      }
      case 'organisationName':
        name = text(key, value, 120, problems);
        break;
      case 'helpUrl': {
        const u = url(key, value, ['https:', 'mailto:'], problems);
        if (u) policy.helpUrl = u;
        break;
      }
      case 'helpText': {
        const t = text(key, value, TEXT_MAX, problems);
        if (t) policy.helpText = t;
        break;
      }
      default:
        Object.assign(values, settingValuesOf(key, value, problems));
    }
  }
  if (policy.packUrl && !policy.packPublicKey) {
    problems.push({ key: 'packPublicKey', code: 'pack-key-missing', detail: 'packUrl is set but packPublicKey is not: updates are not fetched' });
    delete policy.packUrl;
  }
  policy.organisation = { ...(name ? { name } : {}), values, locked };
  return policy;
}
