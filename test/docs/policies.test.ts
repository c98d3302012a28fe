// @vitest-environment happy-dom
/**
 * The sample policies in docs/policies/, one per deployment route, read the
 * way each route delivers them to Netral, must pass the strict policy schema
 * and Netral's own reading with no problem at all; and the schema and the
 * deployment guide must stay in step with the code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ID, GECKO_ID } from '../../src/identity';
import { validatePack } from '../../src/packs/validate';
import { checkAgainstSchema } from '../../src/policy/check-schema';
import { readPolicy } from '../../src/policy/read';
import { managedSchema, POLICY_KEYS, strictPolicySchema } from '../../src/policy/schema';

const ROOT = join(import.meta.dirname, '../..');
const doc = (name: string) => readFileSync(join(ROOT, 'docs', name), 'utf8');
const json = (name: string) => JSON.parse(doc(name)) as Record<string, any>;

/** A .reg export's values under `key`, typed by the managed schema as Chromium does (lists and objects as JSON text). */
function registryPolicy(text: string, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let inside = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('[')) inside = line === `[${key}]`;
    if (!inside) continue;
    const m = /^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!m) continue;
    const [, name, string, dword] = m;
    const type = managedSchema().properties?.[name!]?.type;
    if (dword !== undefined) out[name!] = type === 'boolean' ? parseInt(dword, 16) !== 0 : parseInt(dword, 16);
    else {
      const value = string!.replace(/\\(.)/g, '$1');
      out[name!] = type === 'array' || type === 'object' ? JSON.parse(value) : value;
    }
  }
  return out;
}

function plistValue(node: Element): unknown {
  switch (node.tagName) {
    case 'dict': {
      const out: Record<string, unknown> = {};
      const children = [...node.children];
      for (let i = 0; i < children.length; i += 2) out[children[i]!.textContent!] = plistValue(children[i + 1]!);
      return out;
    }
    case 'array':
      return [...node.children].map(plistValue);
    case 'string':
      return node.textContent;
    case 'integer':
      return Number(node.textContent);
    case 'true':
      return true;
    case 'false':
      return false;
    default:
      throw new Error(`unexpected plist element ${node.tagName}`);
  }
}

function profilePayloads(): Array<Record<string, unknown>> {
  const xml = new DOMParser().parseFromString(doc('policies/macos-chrome.mobileconfig'), 'application/xml');
  const root = plistValue(xml.querySelector('plist > dict')!) as { PayloadContent: Array<Record<string, unknown>> };
  return root.PayloadContent;
}

const withoutPayloadKeys = (payload: Record<string, unknown>) => Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('Payload')));

/** Netral's settings as each route hands them over. */
const SAMPLES: Array<[string, () => Record<string, unknown>]> = [
  ['chrome-linux.json', () => json('policies/chrome-linux.json')['3rdparty'].extensions[CHROMIUM_ID]],
  ['chromium-linux.json', () => json('policies/chromium-linux.json')['3rdparty'].extensions[CHROMIUM_ID]],
  ['firefox-policies.json', () => json('policies/firefox-policies.json').policies['3rdparty'].Extensions[GECKO_ID]],
  ['google-admin-console.json', () => Object.fromEntries(Object.entries(json('policies/google-admin-console.json')).map(([k, v]) => [k, v.Value]))],
  ['windows-chrome.reg', () => registryPolicy(doc('policies/windows-chrome.reg'), `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROMIUM_ID}\\policy`)],
  ['windows-edge.reg', () => registryPolicy(doc('policies/windows-edge.reg'), `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROMIUM_ID}\\policy`)],
  ['macos-chrome.mobileconfig', () => withoutPayloadKeys(profilePayloads().find((p) => p.PayloadType === `com.google.Chrome.extensions.${CHROMIUM_ID}`)!)],
];

describe('sample policies in docs/policies/', () => {
  for (const [name, extract] of SAMPLES) {
    it(`${name}: passes the strict schema and Netral's reading, and its packs are valid`, () => {
      const policy = extract();
      expect(Object.keys(policy).length).toBeGreaterThan(5);
      expect(checkAgainstSchema(policy, strictPolicySchema())).toEqual([]);
      expect(readPolicy(policy).problems).toEqual([]);
      const packs = readPolicy(policy).packs;
      expect(packs.length).toBeGreaterThan(0);
      for (const pack of packs) expect(validatePack(pack)).toMatchObject({ ok: true });
    });
  }

  it('name Netral by its ids and force-install it from https addresses', () => {
    const urls = [
      ...json('policies/chrome-linux.json').ExtensionInstallForcelist,
      ...registryPolicyValues(doc('policies/windows-chrome.reg'), 'ExtensionInstallForcelist'),
      ...registryPolicyValues(doc('policies/windows-edge.reg'), 'ExtensionInstallForcelist'),
      ...(profilePayloads().find((p) => p.PayloadType === 'com.google.Chrome')!.ExtensionInstallForcelist as string[]),
    ];
    for (const entry of urls) expect(entry).toMatch(new RegExp(`^${CHROMIUM_ID};https://`));
    expect(json('policies/chromium-linux.json').ExtensionSettings[CHROMIUM_ID]).toMatchObject({ installation_mode: 'force_installed', update_url: expect.stringMatching(/^https:\/\//) });
    expect(json('policies/firefox-policies.json').policies.ExtensionSettings[GECKO_ID]).toMatchObject({ installation_mode: 'force_installed', install_url: expect.stringMatching(/^https:\/\//) });
    const manifest = new DOMParser().parseFromString(doc('policies/update-manifest.xml'), 'application/xml');
    expect(manifest.querySelector('app')?.getAttribute('appid')).toBe(CHROMIUM_ID);
    expect(manifest.querySelector('updatecheck')?.getAttribute('codebase')).toMatch(/^https:\/\/.+\.crx$/);
  });
});

function registryPolicyValues(text: string, key: string): string[] {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => l.endsWith(`\\${key}]`));
  const out: string[] = [];
  for (let i = at + 1; i < lines.length && !lines[i]!.startsWith('['); i++) {
    const m = /^"\d+"="(.*)"$/.exec(lines[i]!);
    if (m) out.push(m[1]!);
  }
  return out;
}

describe('the schema checker', () => {
  const schema = strictPolicySchema();
  it('reports each kind of wrong value with its path', () => {
    expect(checkAgainstSchema({ mode: 5 }, schema)).toEqual(['$.mode: expected string, got integer']);
    expect(checkAgainstSchema({ mode: 'strict' }, schema)[0]).toMatch(/^\$\.mode: "strict" is not one of warn/);
    expect(checkAgainstSchema({ colour: 'red' }, schema)).toEqual(['$.colour: unknown property']);
    expect(checkAgainstSchema({ history: { days: 0 } }, schema)).toEqual(['$.history.days: 0 is below 1']);
    expect(checkAgainstSchema({ history: { days: 4000 } }, schema)).toEqual(['$.history.days: 4000 is above 3650']);
    expect(checkAgainstSchema({ packUrl: 'http://x.example/p.json' }, schema)).toEqual(['$.packUrl: does not match ^https://']);
    expect(checkAgainstSchema({ lockedSettings: ['mode', 'colour'] }, schema)[0]).toMatch(/^\$\.lockedSettings\[1\]: "colour" is not one of/);
    expect(checkAgainstSchema({ history: { keep: true, days: 30 }, mode: 'block' }, schema)).toEqual([]);
  });
});

describe('documents in step with the code', () => {
  it('docs/policy.schema.json is the strict schema', () => {
    expect(json('policy.schema.json')).toEqual(JSON.parse(JSON.stringify(strictPolicySchema())));
  });

  it('docs/deployment.md explains every policy key, in both languages', () => {
    const guide = doc('deployment.md');
    for (const key of POLICY_KEYS) expect(guide, key).toContain(`\`${key}\``);
    expect(guide).toMatch(/^# .*Panduan/m);
    expect(guide).toMatch(/^# .*guide/im);
  });
});
