import { describe, expect, it } from 'vitest';
import { CATALOGUES, translator, uiLanguage } from '../../src/i18n/messages/index';
import { ACTION_KINDS } from '../../src/platforms/types';
import { LANGUAGES, MODES, SENSITIVITIES, SETTING_KEYS } from '../../src/settings/schema';

describe('page message catalogues', () => {
  const keys = new Set([...Object.keys(CATALOGUES.id), ...Object.keys(CATALOGUES.en)]);
  for (const lang of ['id', 'en'] as const) {
    it(`${lang} has every key, none empty`, () => {
      const catalogue = CATALOGUES[lang] as Record<string, string>;
      const missing = [...keys].filter((k) => typeof catalogue[k] !== 'string' || catalogue[k]!.trim() === '');
      expect(missing).toEqual([]);
    });
  }

  it('names every setting, mode, sensitivity, language and action', () => {
    const needed = [
      ...SETTING_KEYS.flatMap((k) => [`setting.${k}.label`, `setting.${k}.description`]),
      ...MODES.flatMap((m) => [`mode.${m}`, `mode.${m}.description`]),
      ...SENSITIVITIES.flatMap((s) => [`sensitivity.${s}`, `sensitivity.${s}.description`]),
      ...LANGUAGES.map((l) => `language.${l}`),
      ...ACTION_KINDS.map((a) => `action.${a}`),
    ];
    expect(needed.filter((k) => !keys.has(k))).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keys) expect(vars((CATALOGUES.en as Record<string, string>)[key]!), key).toEqual(vars((CATALOGUES.id as Record<string, string>)[key]!));
  });

  it('fills placeholders and picks the language', () => {
    expect(translator('id')('popup.status.protected', { site: 'X' })).toBe('X dilindungi Netral');
    expect(translator('en')('popup.status.protected', { site: 'X' })).toBe('X is protected by Netral');
    expect(uiLanguage('auto', 'en-US')).toBe('en');
    expect(uiLanguage('auto', 'id-ID')).toBe('id');
    expect(uiLanguage('id', 'en-US')).toBe('id');
  });
});
