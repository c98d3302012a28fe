import { describe, expect, it } from 'vitest';
import { assess } from '../../src/detect/index';
import { guardSettingsFor } from '../../src/settings/guard-settings';
import { extraTermsPack, validateExtraTerms } from '../../src/settings/extra-terms';
import { lexiconFor } from '../../src/settings/lexicon';
import { resolveSettings, settingValues } from '../../src/settings/resolve';
import { DEFAULT_SETTINGS, SETTING_KEYS, SHIPPED_PACK_IDS } from '../../src/settings/schema';

describe('resolveSettings', () => {
  it('gives every key its default, from source default, unlocked', () => {
    const r = resolveSettings(DEFAULT_SETTINGS, undefined);
    expect(Object.keys(r).sort()).toEqual([...SETTING_KEYS].sort());
    for (const key of SETTING_KEYS) expect(r[key]).toEqual({ value: DEFAULT_SETTINGS[key], source: 'default', locked: false });
    expect(r.mode.value).toBe('warn');
    expect(r.sensitivity.value).toBe('caution');
    expect(r.historyDays.value).toBe(90);
    expect(r.language.value).toBe('auto');
  });

  it('takes valid user values and records invalid ones as problems, falling back to the default', () => {
    const r = resolveSettings(DEFAULT_SETTINGS, { mode: 'audit', sensitivity: 'loud', historyDays: 0, extraTerms: ['a', 'A'], sites: { x: false } });
    expect(r.mode).toEqual({ value: 'audit', source: 'user', locked: false });
    expect(r.sensitivity).toMatchObject({ value: 'caution', source: 'default', problem: 'invalid-user-value' });
    expect(r.historyDays).toMatchObject({ value: 90, problem: 'invalid-user-value' });
    expect(r.extraTerms).toMatchObject({ value: [], problem: 'invalid-user-value' });
    // A partial switch map is merged over the defaults: unnamed sites stay on.
    expect(r.sites.value.x).toBe(false);
    expect(r.sites.value.facebook).toBe(true);
  });

  it('enforces locked organisation values and lets the user change unlocked ones', () => {
    const r = resolveSettings(DEFAULT_SETTINGS, { mode: 'off', sensitivity: 'risk' }, { name: 'BKN', values: { mode: 'warn', sensitivity: 'caution' }, locked: ['mode'] });
    // Locked: the organisation's value, whatever the user stored.
    expect(r.mode).toEqual({ value: 'warn', source: 'organisation', locked: true });
    // Unlocked: the organisation's value is only where the user starts.
    expect(r.sensitivity).toEqual({ value: 'risk', source: 'user', locked: false });
    expect(resolveSettings(DEFAULT_SETTINGS, {}, { values: { sensitivity: 'risk' } }).sensitivity).toEqual({ value: 'risk', source: 'organisation', locked: false });
    // Locked without a value: the default, and the user's stored value is ignored.
    const r2 = resolveSettings(DEFAULT_SETTINGS, { historyKeep: false }, { locked: ['historyKeep'] });
    expect(r2.historyKeep).toEqual({ value: true, source: 'default', locked: true });
    // An invalid organisation value is ignored and recorded.
    const r3 = resolveSettings(DEFAULT_SETTINGS, {}, { values: { mode: 'strict' } });
    expect(r3.mode).toMatchObject({ value: 'warn', source: 'default', problem: 'invalid-organisation-value' });
    // Organisation-only modes are settings like any other.
    expect(resolveSettings(DEFAULT_SETTINGS, {}, { values: { mode: 'justify' } }).mode.value).toBe('justify');
  });

  it('reads settings stored by an older version through the migrations', () => {
    const r = resolveSettings(DEFAULT_SETTINGS, { packs: ['pemilu-2024'], mode: 'audit' });
    expect(r.activePacks).toEqual({ value: ['pemilu-2024'], source: 'user', locked: false });
    expect(r.mode.value).toBe('audit');
  });

  it('is pure: inputs are not modified', () => {
    const user = { sites: { x: false } };
    const before = JSON.stringify([DEFAULT_SETTINGS, user]);
    resolveSettings(DEFAULT_SETTINGS, user, { values: { enabled: false } });
    expect(JSON.stringify([DEFAULT_SETTINGS, user])).toBe(before);
  });
});

describe('guard settings', () => {
  it('follows protection, the site switch, mode and sensitivity', () => {
    const values = settingValues(resolveSettings(DEFAULT_SETTINGS, { sites: { facebook: false }, mode: 'audit', sensitivity: 'risk' }));
    expect(guardSettingsFor(values, 'x')).toEqual({ enabled: true, mode: 'audit', threshold: 'risk' });
    expect(guardSettingsFor(values, 'facebook').enabled).toBe(false);
    expect(guardSettingsFor(settingValues(resolveSettings(DEFAULT_SETTINGS, { enabled: false }, null)), 'x').enabled).toBe(false);
    expect(guardSettingsFor(settingValues(resolveSettings(DEFAULT_SETTINGS, {}, { values: { mode: 'off' } }))).mode).toBe('off');
  });
});

describe('extra terms', () => {
  it('validates: non-empty, at most 100 characters, no duplicates', () => {
    expect(validateExtraTerms(['Relawan Merah', 'salam jempol'])).toEqual([]);
    expect(validateExtraTerms(['ok', '  ', 'x'.repeat(101), 'OK '])).toEqual([
      { index: 1, error: 'empty' },
      { index: 2, error: 'too-long' },
      { index: 3, error: 'duplicate' },
    ]);
  });

  it('become a pack the engine treats as campaign markers', () => {
    expect(extraTermsPack([])).toBeNull();
    const text = 'Ayo gabung Relawan Merah Jambu sekarang';
    const base = lexiconFor({ activePacks: [...SHIPPED_PACK_IDS], extraTerms: [] });
    expect(assess(text, base).level).toBe('none');
    const withTerms = lexiconFor({ activePacks: [...SHIPPED_PACK_IDS], extraTerms: ['Relawan Merah Jambu'] });
    const result = assess(text, withTerms);
    expect(result.level).toBe('risk');
    expect(result.matches.map((m) => m.text)).toContain('Relawan Merah Jambu');
  });

  it('an inactive pack is not matched', () => {
    const text = 'Prabowo Gibran menang';
    expect(assess(text, lexiconFor({ activePacks: [...SHIPPED_PACK_IDS], extraTerms: [] })).level).toBe('risk');
    expect(assess(text, lexiconFor({ activePacks: [], extraTerms: [] })).level).toBe('none');
  });
});
