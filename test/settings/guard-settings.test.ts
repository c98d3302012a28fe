import { describe, expect, it } from 'vitest';
import { guardSettingsFor } from '../../src/settings/guard-settings';
import { resolveSettings, settingValues } from '../../src/settings/resolve';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const guardSettingsFrom = (stored: unknown) => guardSettingsFor(settingValues(resolveSettings(DEFAULT_SETTINGS, stored)));

describe('guard settings', () => {
  it('defaults to warn at caution, and ignores invalid stored values', () => {
    expect(guardSettingsFrom(undefined)).toEqual({ enabled: true, mode: 'warn', threshold: 'caution' });
    expect(guardSettingsFrom({ mode: 'explode', sensitivity: 'risk', enabled: 'yes' })).toEqual({ enabled: true, mode: 'warn', threshold: 'risk' });
    expect(guardSettingsFrom({ mode: 'audit', enabled: false })).toMatchObject({ mode: 'audit', enabled: false });
  });
});
