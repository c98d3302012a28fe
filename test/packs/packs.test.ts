import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shippedPackDocuments, shippedPacks } from '../../src/packs/index';
import { SHIPPED_PACK_IDS } from '../../src/packs/shipped';
import { loadPacks } from '../../src/packs/load';
import { packJsonSchema, type Pack } from '../../src/packs/schema';
import { formatProblem, parsePack, validatePack } from '../../src/packs/validate';
import { compileLexicon } from '../../src/detect/lexicon';
import { assess } from '../../src/detect/assess';

const minimal = () => ({
  id: 'uji',
  version: '1.0.0',
  title: { id: 'Uji', en: 'Test' },
  sources: [{ id: 'src', title: 'Source', url: 'https://example.org/a' }],
  contests: [{ id: 'pilbup', title: { id: 'Pilbup', en: 'Regent election' }, office: 'regent', sources: ['src'] }],
  candidates: [
    { id: 'budi', name: 'Budi Santoso Wirawan', sources: ['src'] },
    { id: 'sari', name: 'Sari Wulandari Kusuma', sources: ['src'] },
  ],
  pairs: [{ id: 'busa', contest: 'pilbup', ballotNumber: 1, members: ['budi', 'sari'], names: ['BUSA'], sources: ['src'] }],
});

describe('shipped packs', () => {
  it('all validate and load', () => {
    const { packs, problems } = shippedPacks();
    expect(problems.map(formatProblem)).toEqual([]);
    expect(packs.map((p) => p.id).sort()).toEqual(
      ['kampanye', 'pemilu-2024', 'pilkada-2017-2018', 'pilkada-2024', 'pilpres-2019', 'tokoh-politik'].sort(),
    );
  });

  const byId = (id: string) => shippedPacks().packs.find((p) => p.id === id)!;

  it('pemilu-2024 has the three presidential pairs and 18 national plus 6 Aceh parties', () => {
    const pack = byId('pemilu-2024');
    expect(pack.pairs.map((p) => p.ballotNumber).sort()).toEqual([1, 2, 3]);
    expect(pack.parties.filter((p) => p.scope === 'national')).toHaveLength(18);
    expect(pack.parties.filter((p) => p.scope === 'aceh')).toHaveLength(6);
    expect(pack.parties.find((p) => p.ballotNumber === 24)?.name).toMatch(/Ummat/);
    expect(pack.dates?.votingDay).toBe('2024-02-14');
  });

  it('pilkada-2024 covers the six gubernatorial races and the Papua re-vote', () => {
    const pack = byId('pilkada-2024');
    const regions = pack.contests.map((c) => `${c.region ?? ''} ${c.title.en}`).join(' | ');
    for (const region of ['Jakarta', 'Jawa Barat', 'Jawa Tengah', 'Jawa Timur', 'Sumatera Utara', 'Banten', 'Papua']) {
      expect(regions).toContain(region);
    }
    expect(pack.contests.some((c) => c.dates?.votingDay === '2025-08-06')).toBe(true);
  });

  it('are stored in canonical form, so the content script can trust them without the validator', () => {
    for (const doc of shippedPackDocuments()) {
      const result = validatePack(doc);
      expect(result.ok).toBe(true);
      if (result.ok) expect({ $schema: (doc as { $schema?: string }).$schema, ...result.pack }).toEqual(doc);
    }
  });

  it('lists their ids in load order without parsing them (settings and the managed schema use the list)', () => {
    expect(shippedPackDocuments().map((doc) => doc.id)).toEqual(SHIPPED_PACK_IDS);
  });

  it('every fact cites a source with an address', () => {
    for (const pack of shippedPacks().packs) {
      const facts = [...pack.contests, ...pack.candidates, ...pack.pairs, ...pack.parties, ...pack.figures, ...pack.markers];
      for (const fact of facts) expect(fact.sources.length, `${pack.id}/${fact.id}`).toBeGreaterThan(0);
      for (const source of pack.sources) expect(source.url).toMatch(/^https?:\/\//);
    }
  });
});

describe('pack validation', () => {
  it('accepts a minimal pack', () => {
    expect(validatePack(minimal()).ok).toBe(true);
  });

  it('names the pack, the field path and the problem', () => {
    const bad = minimal() as Record<string, unknown>;
    bad.candidates = [{ id: 'budi', name: '', sources: ['src'] }];
    const result = validatePack(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ pack: 'uji', path: 'candidates[0].name' });
    expect(formatProblem(result.problems[0]!)).toMatch(/^pack "uji": candidates\[0\]\.name: /);
  });

  it('reports unknown references', () => {
    const bad = minimal();
    bad.pairs[0]!.members = ['budi', 'nobody'];
    bad.pairs[0]!.sources = ['missing'];
    const result = validatePack(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map(formatProblem);
    expect(messages).toContain('pack "uji": pairs[0].members[1]: unknown candidate id "nobody"');
    expect(messages).toContain('pack "uji": pairs[0].sources[0]: unknown source id "missing"');
  });

  it('rejects wrong types, bad dates and broken JSON with a clear message', () => {
    const wrongType = validatePack({ ...minimal(), version: 3 });
    expect(!wrongType.ok && wrongType.problems[0]!.path).toBe('version');
    const badDate = validatePack({ ...minimal(), dates: { votingDay: '27/11/2024' } });
    expect(!badDate.ok && badDate.problems[0]!.message).toMatch(/YYYY-MM-DD/);
    const broken = parsePack('{"id": "x",', 'broken.json');
    expect(!broken.ok && formatProblem(broken.problems[0]!)).toMatch(/^pack "broken.json": \(document\): not valid JSON/);
    expect(validatePack(null, 'null.json')).toEqual({
      ok: false,
      problems: [{ pack: 'null.json', path: '', message: 'a pack must be a JSON object' }],
    });
  });

  it('keeps the engine running when one pack is broken', () => {
    const { packs, problems } = loadPacks([minimal(), { id: 'rusak', version: 'x' }, minimal()], ['a', 'b', 'c']);
    expect(packs).toHaveLength(1);
    expect(problems.some((p) => p.pack === 'rusak')).toBe(true);
    expect(problems.some((p) => p.message.includes('already has this id'))).toBe(true);
    const lexicon = compileLexicon(packs as Pack[]);
    expect(assess('Ayo BUSA menang!', lexicon).level).toBe('risk');
  });

  it('publishes a JSON Schema generated from the same source', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/pack.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(packJsonSchema());
    expect(JSON.stringify(committed)).toContain('ballotNumber');
  });
});
