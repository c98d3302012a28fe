import { describe, expect, it } from 'vitest';
import { DIAGNOSTICS_LIMIT, logDiagnostic, type StorageArea } from '../../src/diagnostics/log';
import { HISTORY_LIMIT, type HistoryEntry } from '../../src/history/history';
import { addToHistory, clearHistory } from '../../src/history/store';

const NOW = new Date('2026-11-23T12:00:00Z');
const DAY = 86_400_000;
/** Entry `i` is one second newer than entry `i - 1`. */
const entry = (i: number, daysAgo = 0): HistoryEntry => ({
  time: new Date(NOW.getTime() - daysAgo * DAY - (5000 - i) * 1000).toISOString(),
  platform: 'x',
  action: 'like',
  level: 'risk',
  terms: ['Anies'],
  decision: 'cancelled',
});

type MemoryArea = StorageArea & { data: Record<string, unknown>; sets: number };

/**
 * An in-memory storage area: values JSON-copied as real storage does, and
 * every call yields to the event loop (as the real, asynchronous API does),
 * so interleaved read-modify-write cycles can actually race.
 */
function memoryArea(initial: Record<string, unknown> = {}): MemoryArea {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  const area: MemoryArea = {
    data: JSON.parse(JSON.stringify(initial)),
    sets: 0,
    async get(key) {
      await tick();
      return key in area.data ? { [key]: JSON.parse(JSON.stringify(area.data[key])) } : {};
    },
    async set(items) {
      await tick();
      area.sets++;
      Object.assign(area.data, JSON.parse(JSON.stringify(items)));
    },
  };
  return area;
}

/** The same shape of queue as entrypoints/background.ts. */
function serialQueue() {
  let queue: Promise<void> = Promise.resolve();
  const errors: unknown[] = [];
  return {
    errors,
    run(task: () => Promise<unknown>): Promise<void> {
      const step = async () => void (await task());
      queue = queue.then(step, step).catch((error: unknown) => void errors.push(error));
      return queue;
    },
  };
}

const policy = { keep: true, days: 90, now: NOW };
const historyDiagnostic = (message: string) => ({ time: NOW.toISOString(), where: 'history', message });

describe('writing the history', () => {
  it('appends in order, in one write, with no diagnostic', async () => {
    const area = memoryArea();
    expect(await addToHistory(area, [entry(1)], policy)).toEqual({ written: 1, rejected: 0, dropped: 0, stripped: 0, expired: 0, corrupt: false, diagnostics: [] });
    await addToHistory(area, [entry(2), entry(3)], policy);
    expect(area.data.history).toEqual([entry(1), entry(2), entry(3)]);
    expect(area.sets).toBe(2);
    expect(area.data.diagnostics).toBeUndefined();
  });

  it(`is capped at ${HISTORY_LIMIT}: 1,000 + 5 drops the 5 oldest and keeps the order`, async () => {
    const area = memoryArea({ history: Array.from({ length: HISTORY_LIMIT }, (_, i) => entry(i)) });
    const result = await addToHistory(area, [1000, 1001, 1002, 1003, 1004].map((i) => entry(i)), policy);
    expect(result).toMatchObject({ written: 5, expired: 5 });
    expect(area.data.history).toEqual(Array.from({ length: HISTORY_LIMIT }, (_, i) => entry(i + 5)));
  });

  it('keeps the newest when one batch alone is over the cap', async () => {
    const area = memoryArea({ history: [entry(0)] });
    await addToHistory(area, [1, 2, 3, 4].map((i) => entry(i)), { ...policy, limit: 3 });
    expect(area.data.history).toEqual([entry(2), entry(3), entry(4)]);
  });

  it('keeps only the configured days', async () => {
    const area = memoryArea({ history: [entry(1, 100), entry(2, 31), entry(3, 29), entry(4, 10)] });
    expect(await addToHistory(area, [entry(5)], { ...policy, days: 30 })).toMatchObject({ written: 1, expired: 2 });
    expect(area.data.history).toEqual([entry(3, 29), entry(4, 10), entry(5)]);
    expect(area.data.diagnostics).toBeUndefined();
  });

  it('writes nothing at all when the history is off, not even a repair', async () => {
    const area = memoryArea({ history: 'rusak' });
    expect(await addToHistory(area, [entry(1)], { ...policy, keep: false })).toMatchObject({ written: 0, corrupt: false });
    expect(area.data).toEqual({ history: 'rusak' });
    expect(area.sets).toBe(0);
  });
});

describe('a corrupt stored history', () => {
  for (const [what, value, type] of [
    ['a string', 'rusak', 'string'],
    ['an empty object', {}, 'object'],
    ['an array-like object', { 0: entry(0), length: 1 }, 'object'],
    ['a number', 42, 'number'],
    ['a boolean', true, 'boolean'],
    ['null', null, 'null'],
  ] as const) {
    it(`(${what}) is replaced with an empty history plus the new entry, and said so in the diagnostics`, async () => {
      const area = memoryArea({ history: value });
      const message = `stored history was corrupt (${type}, not a list); replaced with an empty history`;
      expect(await addToHistory(area, [entry(1)], policy)).toEqual({ written: 1, rejected: 0, dropped: 0, stripped: 0, expired: 0, corrupt: true, diagnostics: [message] });
      expect(area.data.history).toEqual([entry(1)]);
      expect(area.data.diagnostics).toEqual([historyDiagnostic(message)]);
      // Repaired: the next write finds a list and has nothing to report.
      await addToHistory(area, [entry(2)], policy);
      expect(area.data.history).toEqual([entry(1), entry(2)]);
      expect(area.data.diagnostics).toHaveLength(1);
    });
  }

  it('loses its malformed entries, keeps the valid ones in order, and counts the dropped', async () => {
    const junk = [
      null,
      7,
      'Anies',
      [entry(0)],
      { nope: 1 },
      { ...entry(0), decision: 'maybe' },
      { ...entry(0), level: 'none' },
      { ...entry(0), terms: 'Anies' },
      { ...entry(0), terms: [1, 2] },
      { ...entry(0), time: 'kemarin' },
      { ...entry(0), time: 1700000000000 },
      { ...entry(0), platform: undefined },
      { ...entry(0), reason: 42 },
    ];
    const area = memoryArea({ history: [entry(1), ...junk.slice(0, 6), entry(2), ...junk.slice(6)] });
    const result = await addToHistory(area, [entry(3)], policy);
    expect(result).toMatchObject({ written: 1, dropped: junk.length, corrupt: false });
    expect(area.data.history).toEqual([entry(1), entry(2), entry(3)]);
    expect(area.data.diagnostics).toEqual([historyDiagnostic(`${junk.length} malformed history entries dropped`)]);
  });

  it('says "1 malformed history entry" for one', async () => {
    const area = memoryArea({ history: [entry(1), { ...entry(0), action: 7 }] });
    await addToHistory(area, [entry(2)], policy);
    expect(area.data.history).toEqual([entry(1), entry(2)]);
    expect(area.data.diagnostics).toEqual([historyDiagnostic('1 malformed history entry dropped')]);
  });

  it('strips fields an entry may not hold (such as a post text), keeping the entry', async () => {
    const area = memoryArea({ history: [{ ...entry(1), text: 'Ayo coblos nomor 2!' }, { ...entry(2), reason: 'tugas', url: 'https://x.com/a' }, entry(3)] });
    const result = await addToHistory(area, [entry(4)], policy);
    expect(result).toMatchObject({ stripped: 2, dropped: 0 });
    expect(area.data.history).toEqual([entry(1), { ...entry(2), reason: 'tugas' }, entry(3), entry(4)]);
    expect(JSON.stringify(area.data.history)).not.toContain('coblos');
    expect(area.data.diagnostics).toEqual([historyDiagnostic('2 history entries had unknown fields; removed')]);
  });

  it('refuses malformed new entries and stores new entries with known fields only', async () => {
    const area = memoryArea();
    const withText = { ...entry(2), text: 'Ayo coblos nomor 2!' };
    const result = await addToHistory(area, [entry(1), { ...entry(0), decision: 'maybe' }, withText, undefined], policy);
    expect(result).toMatchObject({ written: 2, rejected: 2 });
    expect(area.data.history).toEqual([entry(1), entry(2)]);
    expect(area.data.diagnostics).toEqual([historyDiagnostic('2 malformed new entries refused')]);
  });

  it('writes the repaired history and every diagnostic in one set', async () => {
    const area = memoryArea({ history: [entry(1), 'junk', { ...entry(2), extra: true }], diagnostics: [{ time: 'earlier', where: 'x:guard.click', message: 'boom' }] });
    await addToHistory(area, [entry(3), { nope: 1 }], policy);
    expect(area.sets).toBe(1);
    expect(area.data.history).toEqual([entry(1), entry(2), entry(3)]);
    expect(area.data.diagnostics).toEqual([
      { time: 'earlier', where: 'x:guard.click', message: 'boom' },
      historyDiagnostic('1 malformed history entry dropped'),
      historyDiagnostic('1 history entry had unknown fields; removed'),
      historyDiagnostic('1 malformed new entry refused'),
    ]);
  });

  it(`keeps the diagnostics list at ${DIAGNOSTICS_LIMIT}, the oldest dropped, and survives a corrupt one`, async () => {
    const old = Array.from({ length: DIAGNOSTICS_LIMIT }, (_, i) => ({ time: NOW.toISOString(), where: 'x:guard.click', message: `error ${i}` }));
    const area = memoryArea({ history: 'rusak', diagnostics: old });
    await addToHistory(area, [entry(1), { nope: 1 }], policy);
    const list = area.data.diagnostics as Array<{ message: string }>;
    expect(list).toHaveLength(DIAGNOSTICS_LIMIT);
    expect(list[0]!.message).toBe('error 2');
    expect(list.slice(-2).map((d) => d.message)).toEqual([
      'stored history was corrupt (string, not a list); replaced with an empty history',
      '1 malformed new entry refused',
    ]);

    const corruptLog = memoryArea({ history: 7, diagnostics: 'rusak' });
    await addToHistory(corruptLog, [entry(1)], policy);
    expect(corruptLog.data.diagnostics).toEqual([historyDiagnostic('stored history was corrupt (number, not a list); replaced with an empty history')]);
  });
});

describe('a failing storage', () => {
  // Decision: the error propagates (the background's queue catches and logs
  // it, then runs the next task); since history and diagnostics go in one
  // set, a failed write leaves storage exactly as it was.
  it('lets a failing set reach the caller and leaves storage as it was', async () => {
    const initial = { history: [entry(1), 'junk'], diagnostics: [{ time: 'earlier', where: 'x', message: 'm' }] };
    const area = memoryArea(initial);
    area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    await expect(addToHistory(area, [entry(2)], policy)).rejects.toThrow('QUOTA_BYTES');
    await expect(clearHistory(area)).rejects.toThrow('QUOTA_BYTES');
    expect(area.data).toEqual(initial);
  });

  it('lets a failing get reach the caller without writing anything', async () => {
    const area = memoryArea({ history: [entry(1)] });
    area.get = async () => {
      throw new Error('storage unavailable');
    };
    await expect(addToHistory(area, [entry(2)], policy)).rejects.toThrow('unavailable');
    expect(area.sets).toBe(0);
    expect(area.data).toEqual({ history: [entry(1)] });
  });

  it('does not stop the queue: the next write after a failure goes through', async () => {
    const area = memoryArea({ history: [entry(1)] });
    const queue = serialQueue();
    const realSet = area.set;
    let fail = true;
    area.set = async (items) => {
      if (fail) {
        fail = false;
        throw new Error('transient');
      }
      return realSet(items);
    };
    await Promise.all([queue.run(() => addToHistory(area, [entry(2)], policy)), queue.run(() => addToHistory(area, [entry(3)], policy))]);
    expect(queue.errors).toEqual([new Error('transient')]);
    expect(area.data.history).toEqual([entry(1), entry(3)]);
  });
});

describe('concurrent writers', () => {
  it('lose no entry through a serial queue like the background’s', async () => {
    const area = memoryArea();
    const queue = serialQueue();
    await Promise.all(Array.from({ length: 40 }, (_, i) => queue.run(() => addToHistory(area, [entry(i)], policy))));
    expect(area.data.history).toEqual(Array.from({ length: 40 }, (_, i) => entry(i)));
    expect(queue.errors).toEqual([]);
  });

  it('would lose entries without it (why the background has the queue)', async () => {
    const area = memoryArea();
    await Promise.all(Array.from({ length: 40 }, (_, i) => addToHistory(area, [entry(i)], policy)));
    expect((area.data.history as unknown[]).length).toBeLessThan(40);
  });
});

describe('clearing the history', () => {
  it('empties a list', async () => {
    const area = memoryArea({ history: [entry(1), entry(2)] });
    await clearHistory(area, NOW);
    expect(area.data.history).toEqual([]);
    expect(area.data.diagnostics).toBeUndefined();
  });

  it('replaces a corrupt value and says so in the diagnostics', async () => {
    const area = memoryArea({ history: { rusak: true } });
    await clearHistory(area, NOW);
    expect(area.sets).toBe(1);
    expect(area.data.history).toEqual([]);
    expect(area.data.diagnostics).toEqual([historyDiagnostic('stored history was corrupt (object, not a list); cleared')]);
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
