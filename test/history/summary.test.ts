import { describe, expect, it } from 'vitest';
import { badgeText, bump } from '../../src/history/badge';
import type { HistoryEntry } from '../../src/history/history';
import { countsSince, historyCsv, historyJson, latest, retained } from '../../src/history/summary';

const NOW = Date.UTC(2026, 10, 23, 12);
const at = (daysAgo: number, decision: HistoryEntry['decision'] = 'cancelled', terms = ['Anies']): HistoryEntry => ({
  time: new Date(NOW - daysAgo * 86_400_000).toISOString(),
  platform: 'x',
  action: 'like',
  level: 'risk',
  terms,
  decision,
});

describe('history summary', () => {
  it('counts the last 30 days by decision and keeps by retention', () => {
    const list = [at(1), at(2, 'proceeded'), at(3, 'audited'), at(40)];
    expect(countsSince(list, 30, NOW)).toEqual({ total: 3, cancelled: 1, proceeded: 1, audited: 1 });
    expect(retained(list, 30, NOW)).toHaveLength(3);
    expect(latest(list, 2)).toEqual([at(1), at(2, 'proceeded')]);
  });

  it('exports CSV with quoting and defused formulas, and JSON', () => {
    const csv = historyCsv([at(1, 'cancelled', ['Anies', '=HYPERLINK("x")'])]);
    const [header, row] = csv.trim().split('\r\n');
    expect(header).toBe('time,platform,action,level,terms,decision');
    expect(row).toContain(`"Anies; =HYPERLINK(""x"")"`);
    expect(historyCsv([at(1, 'cancelled', ['=cmd'])])).toContain(`"'=cmd"`);
    expect(JSON.parse(historyJson([at(1)]))).toEqual([at(1)]);
  });

  it('counts held actions per tab and per day for the badge', () => {
    let counts = {};
    ({ counts } = bump(counts, 7, NOW));
    const second = bump(counts, 7, NOW + 1000);
    expect(second.text).toBe('2');
    expect(badgeText(second.counts, 7, NOW)).toBe('2');
    expect(badgeText(second.counts, 8, NOW)).toBe('');
    expect(bump(second.counts, 7, NOW + 2 * 86_400_000).text).toBe('1');
  });
});
