import { describe, expect, it } from 'vitest';
import { readPolicy } from '../../src/policy/read';
import { SETTING_KEYS } from '../../src/settings/schema';

const pack = (id: string) => JSON.stringify({ id, version: '1.0.0' });

describe('readPolicy', () => {
  it('is "no policy" for nothing, an empty object or garbage', () => {
    for (const managed of [undefined, null, {}, [], 'mode=block', 7]) {
      const policy = readPolicy(managed);
      expect(policy.organisation).toBeNull();
      expect(policy.problems).toEqual([]);
    }
  });

  it('maps policy keys to settings, history to its two settings, and locks by policy name', () => {
    const policy = readPolicy({
      organisationName: '  BKD Provinsi Contoh ',
      mode: 'justify',
      sensitivity: 'risk',
      sites: { whatsapp: false },
      history: { keep: true, days: 30 },
      extraTerms: ['Relawan Contoh'],
      lockedSettings: ['mode', 'history'],
      helpText: 'Tanya Subbag Kepegawaian, ext. 123',
      helpUrl: 'mailto:netralitas@bkd.contoh.go.id',
    });
    expect(policy.problems).toEqual([]);
    expect(policy.organisation?.name).toBe('BKD Provinsi Contoh');
    expect(policy.organisation?.values).toMatchObject({ mode: 'justify', sensitivity: 'risk', historyKeep: true, historyDays: 30, extraTerms: ['Relawan Contoh'] });
    expect((policy.organisation?.values?.sites as Record<string, boolean>).whatsapp).toBe(false);
    expect(new Set(policy.organisation?.locked)).toEqual(new Set(['mode', 'historyKeep', 'historyDays']));
    expect(policy.helpText).toBe('Tanya Subbag Kepegawaian, ext. 123');
    expect(policy.helpUrl).toBe('mailto:netralitas@bkd.contoh.go.id');
  });

  it('locks every setting with "*"', () => {
    expect(new Set(readPolicy({ lockedSettings: ['*'] }).organisation?.locked)).toEqual(new Set(SETTING_KEYS));
  });

  it('ignores each bad value with a problem naming it, and applies the rest', () => {
    const policy = readPolicy({
      mode: 'strict',
      sensitivity: 'risk',
      history: { keep: 'yes', days: 30, weeks: 2 },
      lockedSettings: ['mode', 'colour'],
      packUrl: 'http://packs.example/pack.json',
      helpUrl: 'javascript:alert(1)',
      helpText: 'x'.repeat(501),
      organisationName: 42,
      telemetry: true,
    });
    const byKey = Object.fromEntries(policy.problems.map((p) => [p.key, p.code]));
    expect(byKey).toEqual({
      mode: 'wrong-value',
      'history.keep': 'wrong-value',
      'history.weeks': 'unknown-key',
      lockedSettings: 'unknown-lock',
      packUrl: 'bad-url',
      helpUrl: 'bad-url',
      helpText: 'too-long',
      organisationName: 'wrong-value',
      telemetry: 'unknown-key',
    });
    // The rest still applies.
    expect(policy.organisation?.values).toEqual({ sensitivity: 'risk', historyDays: 30 });
    expect(policy.organisation?.locked).toEqual(['mode']);
    expect(policy.packUrl).toBeUndefined();
    expect(policy.helpUrl).toBeUndefined();
  });

  it('takes inline packs as JSON text or objects, and reports text that is not JSON', () => {
    const policy = readPolicy({ packs: [pack('satu'), { id: 'dua' }, '{not json', 5] });
    expect(policy.packs).toEqual([{ id: 'satu', version: '1.0.0' }, { id: 'dua' }]);
    expect(policy.problems.map((p) => [p.key, p.code])).toEqual([
      ['packs[2]', 'invalid-pack'],
      ['packs[3]', 'invalid-pack'],
    ]);
  });

  it('does not fetch updates without a public key, and says so', () => {
    const policy = readPolicy({ packUrl: 'https://packs.example/pack.signed.json' });
    expect(policy.packUrl).toBeUndefined();
    expect(policy.problems).toEqual([expect.objectContaining({ key: 'packPublicKey', code: 'pack-key-missing' })]);
    const ok = readPolicy({ packUrl: 'https://packs.example/pack.signed.json', packPublicKey: 'AAAA' });
    expect(ok.packUrl).toBe('https://packs.example/pack.signed.json');
    // Plain http only to this machine (an administrator's local test).
    expect(readPolicy({ packUrl: 'http://127.0.0.1:8080/p.json', packPublicKey: 'AAAA' }).packUrl).toBe('http://127.0.0.1:8080/p.json');
    expect(readPolicy({ packUrl: 'http://packs.example/p.json', packPublicKey: 'AAAA' }).problems).toEqual([expect.objectContaining({ key: 'packUrl', code: 'bad-url' })]);
  });

  it('survives hostile shapes without throwing', () => {
    const weird = Object.create(null) as Record<string, unknown>;
    weird.mode = 'warn';
    weird.history = [];
    weird.sites = { x: 'no' };
    weird.lockedSettings = 'mode';
    weird.packs = { id: 'x' };
    const policy = readPolicy(weird);
    expect(policy.organisation?.values).toEqual({ mode: 'warn' });
    expect(policy.problems.map((p) => p.key).sort()).toEqual(['history', 'lockedSettings', 'packs', 'sites']);
  });
});
