/**
 * Force-installation end to end, as an agency that hosts Netral itself: the
 * built extension is packed into a CRX with the agency's own key, served with
 * an update manifest from a loopback HTTP server, and named in
 * ExtensionInstallForcelist. Chromium (started with no unpacked extension)
 * installs it with no user action, and its managed settings reach the guard.
 */
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, dialogOpen, dialogText, EXTENSION_DIR, launch, logged, type Session } from './harness';
import { startLoopback, type Loopback } from './loopback';
import { netralPolicy, removePolicy, writePolicy } from './policy-file';

const POLICY = 'netral-force-install-test';
const ORG = 'Dinas Kominfo Contoh';

let work: string;
let server: Loopback;
let session: Session;
let id: string;

/** Chromium's id for a public key: SHA-256 of the DER key, first 32 hex digits written a–p. */
function idOf(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/** Packs the built extension as the agency would (docs/deployment.md): its own key, so its own id. */
function packCrx(): { crx: Buffer; id: string; version: string } {
  const dir = join(work, 'netral');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { key?: string; version: string };
  // The store/unpacked key fixes Netral's public id; a self-hosted copy is identified by the agency's key.
  delete manifest.key;
  writeFileSync(manifestFile, JSON.stringify(manifest));
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyFile = join(work, 'agency-key.pem');
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  execFileSync(CHROMIUM, ['--no-sandbox', '--headless', '--disable-gpu', `--pack-extension=${dir}`, `--pack-extension-key=${keyFile}`], { stdio: 'ignore', timeout: 60_000 });
  return { crx: readFileSync(`${dir}.crx`), id: idOf(publicKey.export({ type: 'spki', format: 'der' })), version: manifest.version };
}

beforeAll(async () => {
  removePolicy(POLICY);
  work = mkdtempSync(join(tmpdir(), 'netral-force-'));
  const packed = packCrx();
  id = packed.id;
  server = await startLoopback();
  server.serve('/netral.crx', { body: packed.crx, type: 'application/x-chrome-extension' });
  server.serve('/updates.xml', {
    type: 'text/xml',
    body: `<?xml version="1.0" encoding="UTF-8"?>
<gupdate xmlns="http://www.google.com/update2/response" protocol="2.0">
  <app appid="${id}"><updatecheck codebase="${server.url('/netral.crx')}" version="${packed.version}"/></app>
</gupdate>`,
  });
  writePolicy(POLICY, netralPolicy({ mode: 'block', organisationName: ORG, lockedSettings: ['*'] }, { ExtensionInstallForcelist: [`${id};${server.url('/updates.xml')}`] }, id));
  session = await launch({ policyInstalled: true });
});

afterAll(async () => {
  removePolicy(POLICY);
  await session?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * Opens X and likes the candidate post until Netral answers with its
 * organisation's settings: the install, and then Chromium's asynchronous
 * policy load, take a few seconds after start.
 */
async function likeUntilManaged(): Promise<Page> {
  const end = Date.now() + 60_000;
  for (;;) {
    const page = await session.open('https://x.com/home', 'x/home.id.html');
    await page.locator('article[data-testid="tweet"]').first().locator('[data-testid="like"]').click();
    await page.waitForTimeout(500);
    if ((await dialogOpen(page)) && (await dialogText(page)).includes(ORG)) return page;
    await page.close();
    if (Date.now() > end) throw new Error(`Netral was not force-installed in time; the loopback server saw: ${server.requests.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

describe('force-installation from a self-hosted update manifest', () => {
  it('installs with no user action and obeys its managed settings', async () => {
    // Chromium fetches the update manifest and the CRX, installs, then loads the
    // extension's policy; pages opened in the first seconds may see none yet.
    const installDeadline = Date.now() + 60_000;
    while (!server.requests.includes('/netral.crx')) {
      if (Date.now() > installDeadline) throw new Error(`the CRX was never fetched; requests: ${server.requests.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const page = await likeUntilManaged();
    expect(server.requests).toContain('/updates.xml');
    expect(server.requests).toContain('/netral.crx');
    const text = await dialogText(page);
    expect(text).toContain(`Diatur oleh organisasi Anda (${ORG})`);
    expect(text).toContain('Organisasi Anda tidak mengizinkan tindakan ini dilanjutkan.');
    expect(text).not.toContain('Tetap lanjutkan');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('netral-warning'));
    expect(await logged(page, 'like:')).toEqual([]);
    await page.close();
  });
});
