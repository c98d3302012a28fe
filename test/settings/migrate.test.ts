import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateSettings, SETTINGS_VERSION, storedVersion } from '../../src/settings/migrate';
import { resolveSettings, settingValues } from '../../src/settings/resolve';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

/** Frozen examples: settings exactly as each version stored them. Never edit one; add the next. */
const VERSIONS = join(import.meta.dirname, 'versions');
const example = (n: number) => JSON.parse(readFileSync(join(VERSIONS, `v${n}.json`), 'utf8')) as Record<string, unknown>;

describe('settings migrations', () => {
  it('has a frozen example for every version up to the current one', () => {
    const files = readdirSync(VERSIONS).filter((f) => /^v\d+\.json$/.test(f)).sort();
    expect(files).toEqual(Array.from({ length: SETTINGS_VERSION }, (_, i) => `v${i + 1}.json`));
  });

  it('migrates each version to the next, step by step, to the following example', () => {
    for (let n = 1; n < SETTINGS_VERSION; n++) {
      const { settings, changed } = migrateSettings(example(n));
      expect(changed).toBe(true);
      expect(settings).toEqual(example(SETTINGS_VERSION));
      expect(storedVersion(settings)).toBe(SETTINGS_VERSION);
    }
  });

  it('keeps every value the user chose across the migration', () => {
    const before = settingValues(resolveSettings(DEFAULT_SETTINGS, example(1)));
    expect(before.activePacks).toEqual(['pemilu-2024', 'kampanye']);
    expect(before).toEqual(settingValues(resolveSettings(DEFAULT_SETTINGS, example(SETTINGS_VERSION))));
  });

  it('leaves the current version alone and does not modify its input', () => {
    const current = example(SETTINGS_VERSION);
    const copy = structuredClone(current);
    expect(migrateSettings(current)).toEqual({ settings: current, changed: false });
    const old = example(1);
    migrateSettings(old);
    expect(old).toEqual(example(1));
    expect(current).toEqual(copy);
  });

  it('keeps settings from a newer Netral untouched instead of destroying them', () => {
    const newer = { version: SETTINGS_VERSION + 1, mode: 'warn', somethingNew: [1] };
    expect(migrateSettings(newer)).toEqual({ settings: newer, changed: false, newer: true });
  });

  it('turns a corrupt stored value into an empty current-version object', () => {
    for (const bad of ['{', 7, null, [1, 2]]) {
      expect(migrateSettings(bad)).toEqual({ settings: { version: SETTINGS_VERSION }, changed: true });
    }
    expect(migrateSettings(undefined)).toEqual({ settings: { version: SETTINGS_VERSION }, changed: false });
    // A junk version number counts as the oldest shape.
    expect(migrateSettings({ version: 'two', packs: ['kampanye'] }).settings).toMatchObject({ activePacks: ['kampanye'], version: 2 });
  });
});
