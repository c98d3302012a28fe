import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/netral';

async function run(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    stdin: async () => stdin,
    color: false,
  });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'netral-cli-'));

describe('netral CLI', () => {
  it('check prints the level, highlighted words and reasons', async () => {
    const { code, out } = await run(['check', 'Ayo coblos Pak Anies nomor 1']);
    expect(code).toBe(0);
    expect(out[0]).toBe('level: risk');
    expect(out[1]).toContain('«Anies»');
    expect(out.some((line) => line.includes('Anies Baswedan'))).toBe(true);
  });

  it('check --json prints the assessment, reading stdin when no text is given', async () => {
    const { code, out } = await run(['check', '--json'], 'makan siang dulu');
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toMatchObject({ level: 'none', matches: [] });
  });

  it('eval prints confusion matrices and ends with the summary line', async () => {
    const csv = join(dir, 'posts.csv');
    writeFileSync(csv, 'id,text,label,extra\n1,"Coblos Prabowo-Gibran, nomor 2!",risk,x\n2,kopi susu enak,none,y\n3,"rapat RT, aamiin",risk,z\n');
    const { code, out } = await run(['eval', csv, '--errors']);
    expect(code).toBe(0);
    expect(out.some((line) => line.startsWith('flagged at level >= caution'))).toBe(true);
    expect(out.some((line) => line.startsWith('FN 3'))).toBe(true);
    expect(out[out.length - 1]).toBe('precision=1.000 recall=0.500 f1=0.667 n=3');
  });

  it('eval rejects a CSV without text and label columns', async () => {
    const csv = join(dir, 'bad.csv');
    writeFileSync(csv, 'a,b\n1,2\n');
    const { code, err } = await run(['eval', csv]);
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/"text" and "label"/);
  });

  it('validate reports each problem with pack, path and message', async () => {
    const good = join(dir, 'good.json');
    const bad = join(dir, 'bad.json');
    writeFileSync(good, JSON.stringify({ id: 'ok-pack', version: '1.0.0', title: { id: 'a', en: 'b' } }));
    writeFileSync(bad, JSON.stringify({ id: 'bad-pack', version: '1', title: { id: 'a', en: 'b' } }));
    expect((await run(['validate', good])).out).toEqual(['ok ' + good + ' (pack "ok-pack" 1.0.0)']);
    const result = await run(['validate', good, bad]);
    expect(result.code).toBe(1);
    expect(result.out[1]).toMatch(/^error pack "bad-pack": version: /);
  });

  it('--pack adds an agency pack to the shipped ones', async () => {
    const pack = join(dir, 'agency.json');
    writeFileSync(
      pack,
      JSON.stringify({
        id: 'agency',
        version: '1.0.0',
        title: { id: 'Instansi', en: 'Agency' },
        sources: [{ id: 's', title: 'Source', url: 'https://example.org' }],
        markers: [{ id: 'm', kind: 'slogan', terms: ['Maju Terus Kabupaten Contoh'], sources: ['s'] }],
      }),
    );
    const { out } = await run(['check', '--pack', pack, 'maju terus kabupaten contoh!']);
    expect(out[0]).toBe('level: risk');
  });

  it('rejects unknown commands and options with usage', async () => {
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['check', '--bogus'])).code).toBe(2);
    expect((await run(['eval', '/nonexistent.csv'])).err.join()).toMatch(/cannot read/);
  });

  it('schema prints the pack JSON Schema', async () => {
    const { out } = await run(['schema']);
    expect(JSON.parse(out.join('\n')).type).toBe('object');
  });
});
