import { generateKeyPairSync, sign as nodeSign } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compareVersions,
  decodeBase64,
  encodeBase64,
  generateKeyPair,
  importPublicKey,
  MAX_SIGNED_PACK_CHARS,
  signPack,
  verifySignedPack,
  type SignedEnvelope,
} from '../../src/packs/signature';

// A small valid pack, as in packs.test.ts; `overrides` makes variants.
const pack = (overrides: Record<string, unknown> = {}) => ({
  id: 'uji',
  version: '1.2.0',
  title: { id: 'Uji', en: 'Test' },
  sources: [{ id: 'src', title: 'Source', url: 'https://example.org/a' }],
  candidates: [{ id: 'budi', name: 'Budi Santoso Wirawan', sources: ['src'] }],
  ...overrides,
});
const text = (overrides: Record<string, unknown> = {}) => JSON.stringify(pack(overrides), null, 2);

type Keys = Awaited<ReturnType<typeof generateKeyPair>>;
let keys: Keys;
let other: Keys;
let envelope: SignedEnvelope;

beforeAll(async () => {
  [keys, other] = await Promise.all([generateKeyPair(), generateKeyPair()]);
  envelope = await signPack(text(), keys.privateKeyPem);
});

/** The envelope with one payload byte changed (still valid JSON, so only the signature can catch it). */
function tamperedPayload(): SignedEnvelope {
  const bytes = decodeBase64(envelope.payload)!;
  const at = new TextDecoder().decode(bytes).indexOf('Budi');
  bytes[at] = 'R'.charCodeAt(0);
  return { ...envelope, payload: encodeBase64(bytes) };
}

describe('signPack / verifySignedPack', () => {
  it('round trip: the envelope has the documented shape and verifies to the pack', async () => {
    expect(Object.keys(envelope).sort()).toEqual(['format', 'formatVersion', 'payload', 'signature']);
    expect(envelope).toMatchObject({ format: 'netral-signed-pack', formatVersion: 1 });
    // The payload is the exact bytes given, not a re-serialisation.
    expect(new TextDecoder().decode(decodeBase64(envelope.payload)!)).toBe(text());
    expect(decodeBase64(envelope.signature)).toHaveLength(64);
    const result = await verifySignedPack(envelope, keys.publicKeyBase64);
    expect(result).toMatchObject({ ok: true, unchanged: false, pack: { id: 'uji', version: '1.2.0' } });
    // JSON text input, with an unknown extra field, works the same.
    const asText = JSON.stringify({ ...envelope, comment: 'published by Dinas X' });
    expect(await verifySignedPack(asText, keys.publicKeyBase64)).toMatchObject({ ok: true });
  });

  it('keeps non-ASCII text intact', async () => {
    const signed = await signPack(text({ title: { id: 'Pilkada Kota — Bèta ✌', en: 'Test' } }), keys.privateKeyPem);
    const result = await verifySignedPack(signed, keys.publicKeyPem);
    expect(result.ok && result.pack.title.id).toBe('Pilkada Kota — Bèta ✌');
  });

  it('rejects a payload with one byte changed, a changed signature and the wrong key as bad-signature', async () => {
    expect(await verifySignedPack(tamperedPayload(), keys.publicKeyBase64)).toMatchObject({ ok: false, reason: 'bad-signature' });
    const sig = decodeBase64(envelope.signature)!;
    sig[10] = sig[10]! ^ 0x01;
    const badSig = { ...envelope, signature: encodeBase64(sig) };
    expect(await verifySignedPack(badSig, keys.publicKeyBase64)).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(await verifySignedPack(envelope, other.publicKeyBase64)).toMatchObject({ ok: false, reason: 'bad-signature' });
  });

  it('checks the signature before parsing: an unsigned garbage payload is bad-signature, a signed one invalid-pack', async () => {
    const garbage = { ...envelope, payload: encodeBase64(new TextEncoder().encode('not json')) };
    expect(await verifySignedPack(garbage, keys.publicKeyBase64)).toMatchObject({ reason: 'bad-signature' });
    const signedGarbage = await signPack('not json', keys.privateKeyPem);
    const result = await verifySignedPack(signedGarbage, keys.publicKeyBase64);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-pack' });
    expect(!result.ok && result.message).toMatch(/not valid JSON/);
  });

  it('a validly signed but schema-invalid pack is invalid-pack with the validator\'s path', async () => {
    const broken = text({ pairs: [{ id: 'p', contest: 'none', ballotNumber: 1, members: ['budi'], sources: ['src'] }] });
    const result = await verifySignedPack(await signPack(broken, keys.privateKeyPem), keys.publicKeyBase64);
    expect(result).toMatchObject({ ok: false, reason: 'invalid-pack' });
    expect(!result.ok && result.message).toContain('pack "uji": pairs[0].contest: unknown contest id "none"');
  });
});

describe('public key formats', () => {
  it('accepts SPKI PEM, bare base64 SPKI and bare base64 raw, with whitespace', async () => {
    const spkiBase64 = keys.publicKeyPem.replace(/-----[A-Z ]+-----|\s/g, '');
    expect(spkiBase64).toHaveLength(60);
    expect(keys.publicKeyBase64).toHaveLength(44);
    const pasted = [
      keys.publicKeyPem,
      `  ${keys.publicKeyPem.replace(/\n/g, '\r\n')}  `,
      spkiBase64,
      `${spkiBase64.slice(0, 30)}\n  ${spkiBase64.slice(30)}`,
      keys.publicKeyBase64,
      ` ${keys.publicKeyBase64}\n`,
    ];
    for (const key of pasted) {
      expect(await verifySignedPack(envelope, key), JSON.stringify(key)).toMatchObject({ ok: true });
    }
  });

  it('interoperates with OpenSSL-made keys (node:crypto) in both directions', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const privatePem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    const publicPem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
    expect(await verifySignedPack(await signPack(text(), privatePem), publicPem)).toMatchObject({ ok: true });
    // A signature made by OpenSSL directly over the payload bytes verifies too.
    const payload = new TextEncoder().encode(text());
    const foreign = { format: 'netral-signed-pack', formatVersion: 1, payload: encodeBase64(payload), signature: nodeSign(null, payload, privateKey).toString('base64') };
    expect(await verifySignedPack(foreign, publicPem)).toMatchObject({ ok: true });
  });

  it('rejects malformed keys as bad-key with a clear message', async () => {
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }) as string;
    const cases: [string, RegExp][] = [
      ['', /no public key/],
      ['hello world', /PEM block or base64/],
      [encodeBase64(new Uint8Array(31)), /32 bytes.*44 bytes.*31 bytes/],
      [encodeBase64(new Uint8Array(44)), /44 bytes\); this one is 44 bytes/], // right length, not Ed25519 SPKI
      [keys.privateKeyPem, /private key/],
      [p256, /not an Ed25519 key/],
      ['-----BEGIN PUBLIC KEY-----\n!!!\n-----END PUBLIC KEY-----', /not a valid/],
    ];
    for (const [key, message] of cases) {
      await expect(importPublicKey(key), key).rejects.toThrow(message);
      const result = await verifySignedPack(envelope, key);
      expect(result, key).toMatchObject({ ok: false, reason: 'bad-key' });
    }
  });

  it('signPack refuses a key that is not a PKCS#8 private key', async () => {
    await expect(signPack(text(), keys.publicKeyPem)).rejects.toThrow(/PKCS#8/);
    await expect(signPack(text(), '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----')).rejects.toThrow(/cannot import the private key/);
  });
});

describe('malformed envelopes', () => {
  const cases: [string, unknown][] = [
    ['not JSON', '{"format": '],
    ['a JSON array', '[]'],
    ['null', null],
    ['wrong format', { format: 'other', formatVersion: 1, payload: 'AAAA', signature: 'AAAA' }],
    ['a future formatVersion', { format: 'netral-signed-pack', formatVersion: 2, payload: 'AAAA', signature: 'AAAA' }],
    ['no payload', { format: 'netral-signed-pack', formatVersion: 1, signature: 'AAAA' }],
    ['no signature', { format: 'netral-signed-pack', formatVersion: 1, payload: 'AAAA' }],
    ['a numeric payload', { format: 'netral-signed-pack', formatVersion: 1, payload: 5, signature: 'AAAA' }],
    ['non-base64 payload', { format: 'netral-signed-pack', formatVersion: 1, payload: 'ab$d', signature: 'AAAA' }],
    ['unpadded base64 payload', { format: 'netral-signed-pack', formatVersion: 1, payload: 'YWJjZA', signature: 'AAAA' }],
  ];
  for (const [name, input] of cases) {
    it(`rejects ${name}`, async () => {
      // Given a valid key, so only the envelope can be at fault.
      expect(await verifySignedPack(input, keys.publicKeyBase64)).toMatchObject({ ok: false, reason: 'malformed-envelope' });
    });
  }

  it('rejects non-base64 and wrong-length signatures', async () => {
    for (const signature of ['%%%%', envelope.signature.slice(4)]) {
      expect(await verifySignedPack({ ...envelope, signature }, keys.publicKeyBase64)).toMatchObject({ reason: 'malformed-envelope' });
    }
  });

  it('rejects oversize envelopes and payloads before decoding', async () => {
    const big = 'A'.repeat(MAX_SIGNED_PACK_CHARS + 4);
    const asObject = await verifySignedPack({ ...envelope, payload: big }, keys.publicKeyBase64);
    expect(asObject).toMatchObject({ ok: false, reason: 'malformed-envelope' });
    expect(!asObject.ok && asObject.message).toMatch(/larger than/);
    const asText = await verifySignedPack(JSON.stringify({ ...envelope, padding: big }), keys.publicKeyBase64);
    expect(asText).toMatchObject({ ok: false, reason: 'malformed-envelope' });
    expect(!asText.ok && asText.message).toMatch(/larger than/);
  });
});

describe('version check against the active pack', () => {
  it('refuses a replayed older version, marks the same version unchanged, accepts newer and renamed packs', async () => {
    const verifyAgainst = (active: { id: string; version: string }) => verifySignedPack(envelope, keys.publicKeyBase64, { active });
    const older = await verifyAgainst({ id: 'uji', version: '1.10.0' }); // numeric: 1.2.0 < 1.10.0
    expect(older).toMatchObject({ ok: false, reason: 'older-version' });
    expect(!older.ok && older.message).toContain('1.2.0 is older than the active 1.10.0');
    expect(await verifyAgainst({ id: 'uji', version: '1.2.0' })).toMatchObject({ ok: true, unchanged: true });
    expect(await verifyAgainst({ id: 'uji', version: '1.1.9' })).toMatchObject({ ok: true, unchanged: false });
    expect(await verifyAgainst({ id: 'uji-lama', version: '9.0.0' })).toMatchObject({ ok: true, unchanged: false });
    // Fail closed when the active version cannot be compared.
    expect(await verifyAgainst({ id: 'uji', version: 'latest' })).toMatchObject({ ok: false, reason: 'older-version' });
  });

  it('compareVersions orders x.y.z numerically', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(compareVersions('1.9.9', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('1.02.0', '1.2.0')).toBe(0);
    expect(compareVersions('0.0.12345678901234567891', '0.0.12345678901234567890')).toBeGreaterThan(0);
    expect(() => compareVersions('1.0', '1.0.0')).toThrow(RangeError);
  });
});

describe('generateKeyPair', () => {
  it('returns PKCS#8 and SPKI PEM blocks and a raw 32-byte base64 public key', async () => {
    expect(keys.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PRIVATE KEY-----\n$/);
    expect(keys.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PUBLIC KEY-----\n$/);
    expect(decodeBase64(keys.publicKeyBase64)).toHaveLength(32);
    expect(keys.publicKeyBase64).not.toBe(other.publicKeyBase64);
  });
});
