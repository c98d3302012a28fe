import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/netral';

// Same harness as netral.test.ts: main() with captured output, no subprocess.
async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l), stdin: async () => '', color: false });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'netral-sign-'));
const at = (name: string) => join(dir, name);
const pack = {
  id: 'instansi-contoh',
  version: '2.0.1',
  title: { id: 'Instansi Contoh', en: 'Example agency' },
  sources: [{ id: 's', title: 'Source', url: 'https://example.org' }],
  markers: [{ id: 'm', kind: 'slogan', terms: ['Maju Terus Kabupaten Contoh'], sources: ['s'] }],
};

describe('netral keygen / sign / verify', () => {
  let publicKeyBase64 = '';

  beforeAll(async () => {
    writeFileSync(at('pack.json'), JSON.stringify(pack, null, 2));
    const { code, out, err } = await run(['keygen', '--out', at('agency')]);
    expect(code).toBe(0);
    publicKeyBase64 = out.find((l) => l.startsWith('packPublicKey: '))!.slice('packPublicKey: '.length);
    expect(err.join('\n')).toMatch(/keep .*agency\.private\.pem offline/);
  });

  it('keygen writes a 0600 private key and a public key, and prints the raw base64 public key', () => {
    expect(statSync(at('agency.private.pem')).mode & 0o777).toBe(0o600);
    expect(readFileSync(at('agency.private.pem'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(readFileSync(at('agency.public.pem'), 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(publicKeyBase64).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });

  it('keygen refuses to overwrite an existing key', async () => {
    const before = readFileSync(at('agency.private.pem'), 'utf8');
    const { code, err } = await run(['keygen', '--out', at('agency')]);
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/already exists; refusing to overwrite/);
    expect(readFileSync(at('agency.private.pem'), 'utf8')).toBe(before);
  });

  it('sign writes PACK.signed.json next to the pack; verify accepts it with the PEM file or the base64 key', async () => {
    const signed = await run(['sign', at('pack.json'), '--key', at('agency.private.pem')]);
    expect(signed.code).toBe(0);
    expect(signed.out).toEqual([`signed pack "instansi-contoh" 2.0.1 -> ${at('pack.signed.json')}`]);
    expect(JSON.parse(readFileSync(at('pack.signed.json'), 'utf8'))).toMatchObject({ format: 'netral-signed-pack', formatVersion: 1 });
    for (const key of [at('agency.public.pem'), publicKeyBase64]) {
      const verified = await run(['verify', at('pack.signed.json'), '--public-key', key]);
      expect(verified).toMatchObject({ code: 0, out: ['ok: instansi-contoh 2.0.1'] });
    }
  });

  it('verify exits 1 on a tampered file and on the wrong key', async () => {
    await run(['sign', at('pack.json'), '--key', at('agency.private.pem'), '--out', at('tampered.json')]);
    const envelope = JSON.parse(readFileSync(at('tampered.json'), 'utf8'));
    const payload = Buffer.from(envelope.payload, 'base64').toString('utf8').replace('Kabupaten', 'Kabupatem');
    writeFileSync(at('tampered.json'), JSON.stringify({ ...envelope, payload: Buffer.from(payload).toString('base64') }));
    const tampered = await run(['verify', at('tampered.json'), '--public-key', publicKeyBase64]);
    expect(tampered.code).toBe(1);
    expect(tampered.err[0]).toMatch(/^bad-signature: /);

    expect((await run(['keygen', '--out', at('other')])).code).toBe(0);
    const wrongKey = await run(['verify', at('pack.signed.json'), '--public-key', at('other.public.pem')]);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.err[0]).toMatch(/^bad-signature: /);
  });

  it('verify reports a key that is neither a file nor a key', async () => {
    const { code, err } = await run(['verify', at('pack.signed.json'), '--public-key', at('missing.pem')]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^bad-key: .*neither an existing file nor a valid key/);
  });

  it('sign refuses an invalid pack, printing the validator\'s errors, and writes nothing', async () => {
    writeFileSync(at('bad.json'), JSON.stringify({ ...pack, version: 'v2' }));
    const { code, err } = await run(['sign', at('bad.json'), '--key', at('agency.private.pem')]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/^error pack "instansi-contoh": version: must be a version/);
    expect(existsSync(at('bad.signed.json'))).toBe(false);
  });

  it('sign rejects missing options, a public key as --key, and --out equal to the pack', async () => {
    expect((await run(['sign', at('pack.json')])).code).toBe(2);
    const publicAsPrivate = await run(['sign', at('pack.json'), '--key', at('agency.public.pem'), '--out', at('x.json')]);
    expect(publicAsPrivate.code).toBe(1);
    expect(publicAsPrivate.err.join('\n')).toMatch(/PKCS#8/);
    expect((await run(['sign', at('pack.json'), '--key', at('agency.private.pem'), '--out', at('pack.json')])).code).toBe(2);
    expect(JSON.parse(readFileSync(at('pack.json'), 'utf8'))).toEqual(pack);
    expect((await run(['verify', at('pack.signed.json')])).code).toBe(2);
  });
});
