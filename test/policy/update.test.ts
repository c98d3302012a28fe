import { beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, signPack } from '../../src/packs/signature';
import { activeOrganisationPacks, NO_ORGANISATION_PACKS, organisationPacksFrom, type OrganisationPacks } from '../../src/policy/packs';
import { readPolicy, type Policy } from '../../src/policy/read';
import { applyPolicyPacks, checkPackUpdate, PACK_MAX_BYTES, type Fetcher } from '../../src/policy/update';

const URL_ = 'https://packs.bkd.contoh.go.id/netral/pack.signed.json';
const pack = (version: string, name = 'Calon Contoh Satu') => ({
  id: 'contoh-lokal',
  version,
  title: { id: 'Contoh paket lokal', en: 'Example local pack' },
  sources: [{ id: 'kpu', title: 'KPU', url: 'https://www.kpu.go.id/' }],
  candidates: [{ id: 'satu', name, sources: ['kpu'] }],
});

type Keys = Awaited<ReturnType<typeof generateKeyPair>>;
let keys: Keys;
let other: Keys;
beforeAll(async () => {
  [keys, other] = await Promise.all([generateKeyPair(), generateKeyPair()]);
});

const signed = async (version: string, key = keys) => JSON.stringify(await signPack(JSON.stringify(pack(version)), key.privateKeyPem));
const policyWith = (extra: Record<string, unknown> = {}): Policy => readPolicy({ packUrl: URL_, packPublicKey: keys.publicKeyBase64, ...extra });

/** A fake network that serves `body` (or fails) and records what was asked. */
function serving(body: string | Error, status = 200) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetcher: Fetcher = async (url, init) => {
    calls.push({ url, init });
    if (body instanceof Error) throw body;
    return new Response(body, { status });
  };
  return { fetcher, calls };
}

const at = new Date('2026-11-23T08:00:00Z');

async function activeAt(version: string): Promise<OrganisationPacks> {
  const state = await checkPackUpdate(policyWith(), NO_ORGANISATION_PACKS, serving(await signed(version)).fetcher, at);
  expect(state.signed?.pack.version).toBe(version);
  return state;
}

describe('signed pack updates', () => {
  it('activates a good signed pack, asking without cookies or referrer', async () => {
    const net = serving(await signed('1.0.0'));
    const state = await checkPackUpdate(policyWith(), NO_ORGANISATION_PACKS, net.fetcher, at);
    expect(state.signed).toMatchObject({ url: URL_, fetchedAt: at.toISOString(), pack: { id: 'contoh-lokal', version: '1.0.0' } });
    expect(state.lastCheck).toEqual({ at: at.toISOString(), ok: true, version: '1.0.0', unchanged: false });
    expect(net.calls).toHaveLength(1);
    expect(net.calls[0]!.init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
    expect(activeOrganisationPacks(state).map((p) => p.id)).toEqual(['contoh-lokal']);
  });

  it('moves to a newer version and reports an identical one as unchanged', async () => {
    const first = await activeAt('1.0.0');
    const same = await checkPackUpdate(policyWith(), first, serving(await signed('1.0.0')).fetcher, new Date('2026-11-23T14:00:00Z'));
    expect(same.signed).toBe(first.signed);
    expect(same.lastCheck).toMatchObject({ ok: true, unchanged: true });
    const newer = await checkPackUpdate(policyWith(), first, serving(await signed('1.1.0')).fetcher, at);
    expect(newer.signed?.pack.version).toBe('1.1.0');
  });

  const failures: Array<[string, () => Promise<string | Error>, string, number?]> = [
    ['network failure', async () => new Error('Failed to fetch'), 'network'],
    ['HTTP error', async () => 'Not found', 'http', 404],
    ['a tampered file', async () => (await signed('2.0.0')).replace(/"payload":"(.)/, (_m, c: string) => `"payload":"${c === 'e' ? 'f' : 'e'}`), 'bad-signature'],
    ['the wrong key', async () => signed('2.0.0', other), 'bad-signature'],
    ['a replayed older version', async () => signed('0.9.0'), 'older-version'],
    ['not an envelope', async () => '<html>maintenance</html>', 'malformed-envelope'],
    ['a signed but invalid pack', async () => JSON.stringify(await signPack(JSON.stringify({ ...pack('3.0.0'), candidates: [{ id: 'x' }] }), keys.privateKeyPem)), 'invalid-pack'],
    ['a file over the size limit', async () => 'x'.repeat(PACK_MAX_BYTES + 1), 'too-large'],
  ];
  for (const [what, body, reason, status] of failures) {
    it(`keeps the last good pack on ${what}, recording why and when`, async () => {
      const good = await activeAt('1.0.0');
      const later = new Date('2026-11-23T14:00:00Z');
      const state = await checkPackUpdate(policyWith(), good, serving(await body(), status).fetcher, later);
      expect(state.signed).toBe(good.signed);
      expect(state.lastCheck).toMatchObject({ at: later.toISOString(), ok: false, reason });
      expect(state.lastCheck?.message).toMatch(/\S/);
    });
  }

  it('does nothing without packUrl and key', async () => {
    const net = serving('never');
    const state = await checkPackUpdate(readPolicy({ mode: 'warn' }), NO_ORGANISATION_PACKS, net.fetcher, at);
    expect(state).toBe(NO_ORGANISATION_PACKS);
    expect(net.calls).toEqual([]);
  });
});

describe('organisation packs from the policy', () => {
  it('validates inline packs, keeping the good and reporting the broken', () => {
    const policy = readPolicy({ packs: [JSON.stringify(pack('1.0.0')), JSON.stringify({ id: 'rusak', version: 'one' })] });
    const state = applyPolicyPacks(policy, NO_ORGANISATION_PACKS);
    expect(state.inline.map((p) => p.id)).toEqual(['contoh-lokal']);
    expect(state.problems.length).toBeGreaterThan(0);
    expect(state.problems.every((p) => p.key === 'packs' && p.code === 'invalid-pack' && p.detail?.startsWith('pack "rusak": '))).toBe(true);
    expect(state.problems.map((p) => p.detail)).toContainEqual(expect.stringContaining('pack "rusak": version'));
  });

  it('drops the signed pack when the address or the key changes, and lets it replace an inline pack of the same id', async () => {
    const good = await activeAt('2.0.0');
    const withInline = applyPolicyPacks(policyWith({ packs: [JSON.stringify(pack('1.0.0', 'Nama Lama'))] }), good);
    expect(activeOrganisationPacks(withInline).map((p) => [p.id, p.version])).toEqual([['contoh-lokal', '2.0.0']]);
    expect(applyPolicyPacks(policyWith({ packPublicKey: other.publicKeyBase64 }), good).signed).toBeUndefined();
    expect(applyPolicyPacks(readPolicy({ packUrl: 'https://elsewhere.example/p.json', packPublicKey: keys.publicKeyBase64 }), good).signed).toBeUndefined();
  });

  it('reads a corrupt stored state as none, dropping packs not in the shape the background stores', async () => {
    const good = (await activeAt('1.0.0')).signed!.pack;
    const kept = organisationPacksFrom({ inline: [good, { id: 'half', version: '1.0.0', title: { id: 'a', en: 'b' } }, 'x'], signed: { url: URL_, pack: { ...good, candidates: 'none' } } });
    expect(kept.inline.map((p) => p.id)).toEqual(['contoh-lokal']);
    expect(kept.signed).toBeUndefined();
    for (const bad of [undefined, 'x', [], { inline: 'no', signed: { pack: 3 } }]) {
      const state = organisationPacksFrom(bad);
      expect(state.inline).toEqual([]);
      expect(state.signed).toBeUndefined();
    }
  });
});
