import { describe, expect, it } from 'vitest';
import { appendHistory, type HistoryEntry } from '../../src/history/history';
import { guardSettingsFor } from '../../src/settings/guard-settings';
import { resolveSettings, settingValues } from '../../src/settings/resolve';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';

const guardSettingsFrom = (stored: unknown) => guardSettingsFor(settingValues(resolveSettings(DEFAULT_SETTINGS, stored)));

const entry = (i: number): HistoryEntry => ({
  time: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  platform: 'x',
  action: 'like',
  level: 'risk',
  terms: ['Anies'],
  decision: 'cancelled',
});

describe('history', () => {
  it('appends and keeps the newest entries when over the cap', () => {
    let stored: unknown = undefined;
    for (let i = 0; i < 12; i++) stored = appendHistory(stored, [entry(i)], 10);
    const list = stored as HistoryEntry[];
    expect(list).toHaveLength(10);
    expect(list[0]).toEqual(entry(2));
    expect(list[9]).toEqual(entry(11));
  });

  it('treats a corrupted stored value as empty and drops malformed entries', () => {
    expect(appendHistory('garbage', [entry(1)])).toEqual([entry(1)]);
    expect(appendHistory([{ nope: 1 }, entry(0), null], [entry(1)])).toEqual([entry(0), entry(1)]);
    expect(appendHistory([], [{ ...entry(1), decision: 'maybe' } as unknown as HistoryEntry])).toEqual([]);
  });
});

describe('guard settings', () => {
  it('defaults to warn at caution, and ignores invalid stored values', () => {
    expect(guardSettingsFrom(undefined)).toEqual({ enabled: true, mode: 'warn', threshold: 'caution' });
    expect(guardSettingsFrom({ mode: 'explode', sensitivity: 'risk', enabled: 'yes' })).toEqual({ enabled: true, mode: 'warn', threshold: 'risk' });
    expect(guardSettingsFrom({ mode: 'audit', enabled: false })).toMatchObject({ mode: 'audit', enabled: false });
  });
});
