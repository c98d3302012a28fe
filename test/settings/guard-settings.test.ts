import { describe, expect, it } from 'vitest';
import { PLATFORM_IDS } from '../../src/platforms/ids';
import { guardSettingsFor } from '../../src/settings/guard-settings';
import { inForce } from '../../src/settings/in-force';
import { resolveSettings, settingValues } from '../../src/settings/resolve';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const guardSettingsFrom = (stored: unknown) => guardSettingsFor(settingValues(resolveSettings(DEFAULT_SETTINGS, stored)));

describe('guard settings', () => {
  it('defaults to warn at caution, and ignores invalid stored values', () => {
    expect(guardSettingsFrom(undefined)).toEqual({ enabled: true, mode: 'warn', threshold: 'caution' });
    expect(guardSettingsFrom({ mode: 'explode', sensitivity: 'risk', enabled: 'yes' })).toEqual({ enabled: true, mode: 'warn', threshold: 'risk' });
    expect(guardSettingsFrom({ mode: 'audit', enabled: false })).toMatchObject({ mode: 'audit', enabled: false });
  });

  it('reads the defaults as the content script does before storage answers (no resolution needed)', () => {
    const resolved = inForce({}).values;
    for (const platform of PLATFORM_IDS) expect(guardSettingsFor(DEFAULT_SETTINGS, platform)).toEqual(guardSettingsFor(resolved, platform));
    expect(resolved).toEqual(DEFAULT_SETTINGS);
  });
});
