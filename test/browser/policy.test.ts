/**
 * Managed policy in real Chromium: a policy file in /etc/chromium/policies/managed/
 * configures the unpacked extension (its id is stable, from the manifest key).
 * Block mode, a locked setting that editing storage cannot bypass, the
 * organisation's help line, ignored values explained on the pages, signed
 * pack updates from a loopback server (good, tampered, replayed), a policy
 * change applied while the browser runs (justify mode keeps the reason), and
 * removing the policy.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, signPack, type SignedEnvelope } from '../../src/packs/signature';
import { dialogText, extensionStorage, FIXTURES_DIR, launch, logged, waitForDialog, type Session } from './harness';
import { startLoopback, type Loopback } from './loopback';
import { netralPolicy, removePolicy, writePolicy } from './policy-file';

const POLICY = 'netral-policy-test';
const ORG = 'BKD Provinsi Contoh';
const HELP = 'Tanya Subbag Kepegawaian, ext. 123';
const CANDIDATE = 'Wiratama Kusumadewi';

const pack = (version: string) => ({
  id: 'contoh-lokal',
  version,
  title: { id: 'Contoh paket lokal', en: 'Example local pack' },
  sources: [{ id: 'contoh', title: 'Contoh sumber', url: 'https://www.kpu.go.id/' }],
  candidates: [{ id: 'wiratama', name: CANDIDATE, sources: ['contoh'] }],
});

let session: Session;
let worker: Worker;
let base: string;
let server: Loopback;
let keys: Awaited<ReturnType<typeof generateKeyPair>>;

const signed = async (version: string): Promise<SignedEnvelope> => signPack(JSON.stringify(pack(version)), keys.privateKeyPem);
const serveJson = (value: unknown) => server.serve('/pack.signed.json', { body: JSON.stringify(value), type: 'application/json' });

const basePolicy = () => ({
  organisationName: ORG,
  mode: 'block',
  sensitivity: 'loud', // not a sensitivity: ignored, explained, the rest applies
  lockedSettings: ['mode'],
  helpText: HELP,
  packUrl: server.url('/pack.signed.json'),
  packPublicKey: keys.publicKeyBase64,
});

/** X's home fixture, its food post (index 1) now naming the organisation pack's candidate. */
function xHomeNaming(name: string): string {
  return readFileSync(join(FIXTURES_DIR, 'x/home.id.html'), 'utf8').replace('Nasi goreng kambing Kebon Sirih masih juara ', `Nasi goreng kambing bareng ${name} masih juara `);
}

async function openX(): Promise<Page> {
  return session.open('https://x.com/home', 'x/home.id.html');
}

async function likeTweet(page: Page, index: number): Promise<void> {
  await page.locator('article[data-testid="tweet"]').nth(index).locator('[data-testid="like"]').click();
}

async function openOptions(): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${base}/options.html`);
  await page.waitForSelector('main');
  return page;
}

async function setUserSettings(settings: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ settings: v });
  }, settings);
}

async function organisationPacks(): Promise<{ signed?: { pack: { version: string } }; lastCheck?: { ok: boolean; reason?: string; at: string } }> {
  return ((await extensionStorage(session, 'organisationPacks')) ?? {}) as never;
}

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value)) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    value = await read();
  }
  return value;
}

beforeAll(async () => {
  removePolicy(POLICY);
  keys = await generateKeyPair();
  server = await startLoopback();
  serveJson(await signed('1.0.0'));
  writePolicy(POLICY, netralPolicy(basePolicy()));
  session = await launch({ locale: 'id-ID' });
  worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  base = `chrome-extension://${new URL(worker.url()).host}`;
  // Chromium loads policy asynchronously after start; until then managed storage is empty.
  await until('the policy to load', managedNow, (m) => m.organisationName === ORG);
});

async function managedNow(): Promise<Record<string, unknown>> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } } }).chrome;
    return api.storage.managed.get();
  });
}

afterAll(async () => {
  removePolicy(POLICY);
  await session?.close();
  await server?.close();
});

describe('managed policy in Chromium', () => {
  it('block mode: no proceed, the organisation and its help line in the dialog; editing storage does not unlock it', async () => {
    // A user (or anything with access to extension storage) tries to switch Netral off.
    await setUserSettings({ version: 2, mode: 'off', enabled: true });
    const page = await openX();
    await likeTweet(page, 0);
    await waitForDialog(page);
    const text = await dialogText(page);
    expect(text).toContain(`Diatur oleh organisasi Anda (${ORG})`);
    expect(text).toContain(HELP);
    expect(text).toContain('Organisasi Anda tidak mengizinkan tindakan ini dilanjutkan.');
    expect(text).not.toContain('Tetap lanjutkan');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('netral-warning'));
    expect(await logged(page, 'like:')).toEqual([]);
    await page.close();
  });

  it('shows the locked setting as locked and the ignored value with its reason, on the options page and the popup', async () => {
    const page = await openOptions();
    await page.waitForSelector('[data-testid=policy-problems]');
    expect(await page.locator('input[name=mode][value=warn]').isDisabled()).toBe(true);
    expect(await page.locator('[data-testid=locked-mode]').textContent()).toBe(`Diatur oleh organisasi Anda (${ORG})`);
    expect(await page.locator('input[name=mode][value=block]').isChecked()).toBe(true);
    expect(await page.locator('[data-testid=policy-problems]').textContent()).toContain('sensitivity: nilai tidak diizinkan ("loud" is not allowed)');
    // The rest of the policy applies; the unlocked sensitivity stays the user's to change.
    expect(await page.locator('input[name=sensitivity][value=risk]').isDisabled()).toBe(false);
    await page.close();
    const popup = await session.context.newPage();
    await popup.goto(`${base}/popup.html`);
    await popup.waitForSelector('[data-testid=policy-problems]');
    expect(await popup.locator('[data-testid=org]').textContent()).toBe(`Diatur oleh organisasi Anda (${ORG})`);
    await popup.close();
  });

  it('applies the signed pack served on loopback: a post naming its candidate is held', async () => {
    const state = await until('the signed pack', organisationPacks, (s) => s.signed?.pack.version === '1.0.0');
    expect(state.lastCheck?.ok).toBe(true);
    session.serve('https://x.com/home', 'x/home.id.html');
    await session.context.route('https://x.com/home', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: xHomeNaming(CANDIDATE) }));
    const page = await session.context.newPage();
    await page.goto('https://x.com/home', { waitUntil: 'load' });
    await likeTweet(page, 1);
    await waitForDialog(page);
    expect(await dialogText(page)).toContain(CANDIDATE);
    await page.keyboard.press('Escape');
    await page.close();
    await session.context.unroute('https://x.com/home');
  });

  it('rejects a tampered update and a replayed older version, keeps the last good pack and shows why on the options page', async () => {
    const good = await signed('1.1.0');
    const payload = Buffer.from(good.payload, 'base64').toString('utf8').replace(CANDIDATE, 'Nama Sisipan');
    serveJson({ ...good, payload: Buffer.from(payload).toString('base64') });
    const page = await openOptions();
    await page.locator('[data-testid=pack-update] button').click();
    await page.waitForSelector('[data-testid=pack-check][data-ok=false]');
    expect(await page.locator('[data-testid=pack-check]').textContent()).toContain('bad-signature');
    expect((await organisationPacks()).signed?.pack.version).toBe('1.0.0');

    serveJson(await signed('0.9.0'));
    const before = (await organisationPacks()).lastCheck?.at;
    await page.locator('[data-testid=pack-update] button').click();
    await until('a new check', organisationPacks, (s) => s.lastCheck?.at !== before);
    await page.waitForFunction(() => document.querySelector('[data-testid=pack-check]')?.textContent?.includes('older-version'));
    expect((await organisationPacks()).signed?.pack.version).toBe('1.0.0');
    // The good pack is still what the pages use.
    expect(await page.locator('[data-testid=org-packs]').textContent()).toContain('Contoh paket lokal');
    await page.close();
  });

  it('applies a policy change without a restart: justify mode asks for a reason and keeps it in the history', async () => {
    writePolicy(POLICY, netralPolicy({ ...basePolicy(), mode: 'justify' }));
    const options = await openOptions();
    await options.waitForFunction(() => (document.querySelector('input[name=mode][value=justify]') as HTMLInputElement | null)?.checked === true, null, { timeout: 60_000 });
    await options.close();
    const page = await openX();
    await likeTweet(page, 0);
    await waitForDialog(page);
    expect(await dialogText(page)).toContain('Alasan Anda tetap melanjutkan (wajib)');
    // Focus starts on Cancel; the reason field is just before it.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('Memantau kampanye untuk laporan');
    await page.keyboard.press('Tab'); // Cancel
    await page.keyboard.press('Tab'); // Proceed, enabled now
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('netral-warning'));
    expect(await logged(page, 'like:')).toHaveLength(1);
    const history = await until(
      'the history entry',
      async () => ((await extensionStorage(session, 'history')) ?? []) as Array<{ decision: string; reason?: string }>,
      (h) => h.some((e) => e.decision === 'proceeded'),
    );
    expect(history.find((e) => e.decision === 'proceeded')?.reason).toBe('Memantau kampanye untuk laporan');
    await page.close();
  });

  it('falls back cleanly when the policy is removed: the user values apply again, never overwritten', async () => {
    removePolicy(POLICY);
    const options = await openOptions();
    await options.waitForSelector('[data-testid=org-none]', { timeout: 60_000 });
    expect(await options.locator('input[name=mode][value=warn]').isDisabled()).toBe(false);
    // The user's own choice, stored before and never touched by the policy.
    expect(await options.locator('input[name=mode][value=off]').isChecked()).toBe(true);
    await options.close();
    const stored = (await extensionStorage(session, 'organisationPacks')) as { inline: unknown[]; signed?: unknown };
    expect(stored.signed).toBeUndefined();
  });
});
