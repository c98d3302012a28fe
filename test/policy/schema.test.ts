import { describe, expect, it } from 'vitest';
import { managedSchema, POLICY_KEYS, POLICY_SETTING_KEYS, SETTINGS_OF, strictPolicySchema, type PolicySchema } from '../../src/policy/schema';
import { SETTING_KEYS } from '../../src/settings/schema';

/** Chromium's rules for a managed_schema: top level an object without additionalProperties; every schema exactly one type. */
function chromiumProblems(schema: PolicySchema, path = '$'): string[] {
  const out: string[] = [];
  const types = ['object', 'array', 'string', 'boolean', 'integer', 'number'];
  if (!types.includes(schema.type)) out.push(`${path}: type ${String(schema.type)}`);
  if ('additionalProperties' in schema) out.push(`${path}: additionalProperties`);
  for (const [k, v] of Object.entries(schema.properties ?? {})) out.push(...chromiumProblems(v, `${path}.${k}`));
  if (schema.items) out.push(...chromiumProblems(schema.items, `${path}[]`));
  if (schema.type === 'array' && !schema.items) out.push(`${path}: array without items`);
  return out;
}

describe('policy schema', () => {
  it('covers every setting, through exactly one policy key', () => {
    const covered = POLICY_SETTING_KEYS.flatMap((k) => SETTINGS_OF[k]);
    expect([...covered].sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('gives every key a title and a description for administrators', () => {
    const { properties } = managedSchema();
    expect(Object.keys(properties!).sort()).toEqual([...POLICY_KEYS].sort());
    for (const [key, schema] of Object.entries(properties!)) {
      expect(schema.title, key).toMatch(/\S/);
      expect((schema.description ?? '').length, key).toBeGreaterThan(15);
    }
  });

  it('is a schema Chromium accepts, declaring types only so that Netral sees and explains bad values', () => {
    const schema = managedSchema();
    expect(chromiumProblems(schema)).toEqual([]);
    expect(schema.properties!.mode).not.toHaveProperty('enum');
    expect(schema.properties!.packs!.items).toEqual({ type: 'string' });
  });

  it('lists every allowed value in the strict schema', () => {
    const strict = strictPolicySchema();
    expect(strict.additionalProperties).toBe(false);
    expect(strict.properties!.mode!.enum).toEqual(['warn', 'justify', 'block', 'audit', 'off']);
    expect(strict.properties!.history!.properties!.days).toMatchObject({ type: 'integer', minimum: 1, maximum: 3650 });
    expect(strict.properties!.lockedSettings!.items!.enum).toContain('*');
  });
});
