import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS_LIMIT, logDiagnostic, type StorageArea } from '../../src/diagnostics/log';
import type { HistoryEntry } from '../../src/history/history';
import { addToHistory, clearHistory } from '../../src/history/store';

const NOW = new Date('2026-11-23T12:00:00Z');
const entry = (i: number, daysAgo = 0): HistoryEntry => ({
  time: new Date(NOW.getTime() - daysAgo * 86_400_000 - (2000 - i) * 1000).toISOString(),
  platform: 'x',
  action: 'like',
  level: 'risk',
  terms: ['Anies'],
  decision: 'cancelled',
});

/** An in-memory storage area, with the values JSON-copied as real storage does. */
function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = JSON.parse(JSON.stringify(initial));
  return {
    data,
    get: async (key) => (key in data ? { [key]: JSON.parse(JSON.stringify(data[key])) } : {}),
    set: async (items) => void Object.assign(data, JSON.parse(JSON.stringify(items))),
  };
}
const policy = { keep: true, days: 90, now: NOW };

describe('writing the history', () => {
  it('appends in order', async () => {
    const area = memoryArea();
    await addToHistory(area, [entry(1)], policy);
    await addToHistory(area, [entry(2), entry(3)], policy);
    expect(area.data.history).toEqual([entry(1), entry(2), entry(3)]);
    expect(area.data.diagnostics).toBeUndefined();
  });

  it('is capped at 1,000, the oldest dropped first and the order kept', async () => {
    const area = memoryArea({ history: Array.from({ length: 1000 }, (_, i) => entry(i)) });
    await addToHistory(area, [1000, 1001, 1002, 1003, 1004].map((i) => entry(i)), policy);
    const list = area.data.history as HistoryEntry[];
    expect(list).toHaveLength(1000);
    expect(list[0]).toEqual(entry(5));
    expect(list[999]).toEqual(entry(1004));
  });

  it('keeps only the configured days, and nothing when the history is off', async () => {
    const area = memoryArea({ history: [entry(1, 100), entry(2, 10)] });
    await addToHistory(area, [entry(3)], { ...policy, days: 30 });
    expect(area.data.history).toEqual([entry(2, 10), entry(3)]);
    const off = memoryArea();
    expect(await addToHistory(off, [entry(1)], { ...policy, keep: false })).toEqual({ written: 0, dropped: 0, corrupt: false });
    expect(off.data).toEqual({});
  });

  for (const [what, value] of [
    ['a string', 'rusak'],
    ['an object', { 0: 'x' }],
    ['a number', 42],
  ] as const) {
    it(`replaces a corrupt stored value (${what}) with the new entries and says so in the diagnostics`, async () => {
      const area = memoryArea({ history: value });
      expect(await addToHistory(area, [entry(1)], policy)).toEqual({ written: 1, dropped: 0, corrupt: true });
      expect(area.data.history).toEqual([entry(1)]);
      expect(area.data.diagnostics).toEqual([{ time: NOW.toISOString(), where: 'history', message: expect.stringContaining('stored history was corrupt') }]);
    });
  }

  it('drops malformed entries, keeps the valid ones, and counts the dropped in the diagnostics', async () => {
    const junk = [null, 7, { nope: 1 }, { ...entry(0), decision: 'maybe' }, { ...entry(0), terms: 'Anies' }, { ...entry(0), time: 'kemarin' }];
    const area = memoryArea({ history: [entry(1), ...junk, { ...entry(2), extra: 'kept' }] });
    await addToHistory(area, [entry(3), { ...entry(4), level: 'none' } as unknown as HistoryEntry], policy);
    expect((area.data.history as HistoryEntry[]).map((e) => e.time)).toEqual([entry(1).time, entry(2).time, entry(3).time]);
    expect(area.data.diagnostics).toEqual([expect.objectContaining({ where: 'history', message: '6 malformed history entries dropped' })]);
  });

  it('clears to an empty list', async () => {
    const area = memoryArea({ history: [entry(1)] });
    await clearHistory(area);
    expect(area.data.history).toEqual([]);
  });

  it('lets a failing storage write reach the caller (the queue logs it) without partial state', async () => {
    const area = memoryArea({ history: [entry(1)] });
    area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    await expect(addToHistory(area, [entry(2)], policy)).rejects.toThrow('quota');
    expect(area.data.history).toEqual([entry(1)]);
  });
});

describe('the diagnostics log', () => {
  it('keeps the last 50 and survives a corrupt list', async () => {
    const area = memoryArea({ diagnostics: 'rusak' });
    for (let i = 0; i < 60; i++) await logDiagnostic(area, `x:guard.click`, `error ${i}`, NOW);
    const list = area.data.diagnostics as Array<{ message: string }>;
    expect(list).toHaveLength(DIAGNOSTICS_LIMIT);
    expect(list[0]!.message).toBe('error 10');
    expect(list[49]!.message).toBe('error 59');
  });
});
