/**
 * Ed25519-signed election packs: an agency signs its pack offline with its
 * private key, publishes the signed envelope on any static host, and the
 * extension verifies it against the public key in its policy before use.
 *
 * Pure on purpose: no DOM, no browser API, no node: imports. It runs in an
 * extension service worker and in Node 20 with only WebCrypto
 * (`globalThis.crypto.subtle`), TextEncoder/TextDecoder and atob/btoa.
 * WebCrypto Ed25519 is in Node since 18.4, Chromium since 137 and Firefox
 * since 129; older browsers fail at key import and get reason `bad-key`.
 *
 * The envelope (extra fields are ignored):
 *   { "format": "netral-signed-pack", "formatVersion": 1,
 *     "payload": base64(UTF-8 bytes of the pack JSON),
 *     "signature": base64(Ed25519 signature over exactly those bytes) }
 * The signature covers the raw payload bytes, not re-serialised JSON: JSON has
 * no canonical form (key order, spacing, number and escape spelling), so
 * signing a parsed-and-reprinted object would break on any harmless change.
 * The verifier checks the bytes first and only then parses them.
 */
import type { Pack } from './schema';
import { formatProblem, parsePack } from './validate';

export const SIGNED_PACK_FORMAT = 'netral-signed-pack';
export const SIGNED_PACK_FORMAT_VERSION = 1;
/**
 * Largest envelope text and largest base64 payload accepted, checked before
 * anything is decoded, so a hostile host cannot make the worker parse
 * hundreds of megabytes. A pack of up to ~3.75 MB fits; shipped packs are ~30 KB.
 */
export const MAX_SIGNED_PACK_CHARS = 5 * 1024 * 1024;

export interface SignedEnvelope {
  format: typeof SIGNED_PACK_FORMAT;
  formatVersion: typeof SIGNED_PACK_FORMAT_VERSION;
  payload: string;
  signature: string;
}

export type VerifyFailureReason = 'malformed-envelope' | 'bad-key' | 'bad-signature' | 'invalid-pack' | 'older-version';

export type VerifyResult =
  | { ok: true; pack: Pack; /** Same id and version as `options.active`. */ unchanged: boolean }
  | { ok: false; reason: VerifyFailureReason; message: string };

export interface VerifyOptions {
  /** The pack currently in use, to refuse a replayed older file. */
  active?: { id: string; version: string };
}

/** A malformed key, or a key this runtime cannot use. */
export class SignatureError extends Error {
  override name = 'SignatureError';
}

const ED25519 = { name: 'Ed25519' } as const;
const SIGNATURE_BYTES = 64;
const RAW_KEY_BYTES = 32;
/** DER header of an Ed25519 SubjectPublicKeyInfo (OID 1.3.101.112); the 32 key bytes follow. */
const ED25519_SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

// ---------------------------------------------------------------- base64

/** Strict standard base64 (padding required); null when the text is not. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | null {
  // atob is forgiving (whitespace, missing padding); a signed file should not be.
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode(...hugeArray) overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

// ---------------------------------------------------------------- keys

function pemBody(text: string, label: string): Uint8Array<ArrayBuffer> | null {
  const match = new RegExp(`^-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]*)-----END ${label}-----$`).exec(text.trim());
  return match ? decodeBase64(match[1]!.replace(/\s+/g, '')) : null;
}

function toPem(der: ArrayBuffer, label: string): string {
  const lines = encodeBase64(new Uint8Array(der)).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function isEd25519Spki(der: Uint8Array): boolean {
  return der.length === ED25519_SPKI_PREFIX.length + RAW_KEY_BYTES && ED25519_SPKI_PREFIX.every((b, i) => der[i] === b);
}

function cryptoFailure(error: unknown, what: string): SignatureError {
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'NotSupportedError') {
    return new SignatureError(`${what}: this runtime does not support Ed25519 (needs Chromium 137+, Firefox 129+ or Node 18.4+): ${detail}`);
  }
  return new SignatureError(`${what}: ${detail}`);
}

/**
 * Imports an Ed25519 public key as an admin would paste it into a policy:
 * an SPKI PEM ("-----BEGIN PUBLIC KEY-----"), bare base64 SPKI (60 chars) or
 * bare base64 of the raw 32-byte key (44 chars). Whitespace is ignored.
 */
export async function importPublicKey(text: string): Promise<CryptoKey> {
  if (typeof text !== 'string' || text.trim() === '') throw new SignatureError('no public key given');
  const trimmed = text.trim();
  let format: 'spki' | 'raw';
  let der: Uint8Array<ArrayBuffer>;
  if (trimmed.startsWith('-----BEGIN')) {
    if (/^-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(trimmed)) {
      throw new SignatureError('this is a private key; give the public key (keep the private key offline)');
    }
    const body = pemBody(trimmed, 'PUBLIC KEY');
    if (!body) throw new SignatureError('not a valid "-----BEGIN PUBLIC KEY-----" PEM block');
    if (!isEd25519Spki(body)) throw new SignatureError('the PEM public key is not an Ed25519 key');
    [format, der] = ['spki', body];
  } else {
    const bytes = decodeBase64(trimmed.replace(/\s+/g, ''));
    if (!bytes) throw new SignatureError('a public key must be a PEM block or base64 text');
    if (bytes.length === RAW_KEY_BYTES) [format, der] = ['raw', bytes];
    else if (isEd25519Spki(bytes)) [format, der] = ['spki', bytes];
    else {
      throw new SignatureError(
        `a base64 public key must be a raw Ed25519 key (32 bytes) or an Ed25519 SPKI (44 bytes); this one is ${bytes.length} bytes`,
      );
    }
  }
  try {
    return await globalThis.crypto.subtle.importKey(format, der, ED25519, true, ['verify']);
  } catch (error) {
    throw cryptoFailure(error, 'cannot import the public key');
  }
}

/** Imports a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----") Ed25519 private key. */
export async function importPrivateKey(pem: string): Promise<CryptoKey> {
  const body = typeof pem === 'string' ? pemBody(pem, 'PRIVATE KEY') : null;
  if (!body) {
    throw new SignatureError('a private key must be an unencrypted PKCS#8 PEM block ("-----BEGIN PRIVATE KEY-----")');
  }
  try {
    return await globalThis.crypto.subtle.importKey('pkcs8', body, ED25519, false, ['sign']);
  } catch (error) {
    throw cryptoFailure(error, 'cannot import the private key (is it an Ed25519 key?)');
  }
}

/** A new key pair; `publicKeyBase64` (raw 32 bytes) is the value for the `packPublicKey` policy. */
export async function generateKeyPair(): Promise<{ privateKeyPem: string; publicKeyPem: string; publicKeyBase64: string }> {
  const pair = (await globalThis.crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const subtle = globalThis.crypto.subtle;
  return {
    privateKeyPem: toPem(await subtle.exportKey('pkcs8', pair.privateKey), 'PRIVATE KEY'),
    publicKeyPem: toPem(await subtle.exportKey('spki', pair.publicKey), 'PUBLIC KEY'),
    publicKeyBase64: encodeBase64(new Uint8Array(await subtle.exportKey('raw', pair.publicKey))),
  };
}

// ---------------------------------------------------------------- sign / verify

/**
 * Signs the pack text as given (its exact UTF-8 bytes). It does not validate
 * the pack: callers (the CLI) do that first. Throws SignatureError on a bad
 * key or a pack too large for any verifier to accept.
 */
export async function signPack(packJsonText: string, privateKeyPem: string): Promise<SignedEnvelope> {
  const key = await importPrivateKey(privateKeyPem);
  const bytes = new TextEncoder().encode(packJsonText);
  const payload = encodeBase64(bytes);
  if (payload.length > MAX_SIGNED_PACK_CHARS) {
    throw new SignatureError(`the pack is ${bytes.length} bytes; signed packs are limited to about 3.75 MB`);
  }
  const signature = new Uint8Array(await globalThis.crypto.subtle.sign(ED25519, key, bytes));
  return { format: SIGNED_PACK_FORMAT, formatVersion: SIGNED_PACK_FORMAT_VERSION, payload, signature: encodeBase64(signature) };
}

const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

/**
 * Compares "x.y.z" versions numerically: negative, 0 or positive like a sort
 * comparator ("1.10.0" > "1.9.0"). Throws RangeError on anything else.
 */
export function compareVersions(a: string, b: string): number {
  const pa = VERSION.exec(a);
  const pb = VERSION.exec(b);
  if (!pa || !pb) throw new RangeError(`not a version x.y.z: "${pa ? b : a}"`);
  for (let i = 1; i <= 3; i++) {
    // Compare digit strings, not Numbers, so huge components stay exact.
    const x = pa[i]!.replace(/^0+(?=\d)/, '');
    const y = pb[i]!.replace(/^0+(?=\d)/, '');
    if (x.length !== y.length) return x.length - y.length;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

type Failure = Extract<VerifyResult, { ok: false }>;
const fail = (reason: VerifyFailureReason, message: string): Failure => ({ ok: false, reason, message });

/** Envelope shape and size checks; the decoded payload and signature bytes, or a failure. */
function readEnvelope(input: unknown): { payload: Uint8Array<ArrayBuffer>; signature: Uint8Array<ArrayBuffer> } | Failure {
  let value = input;
  if (typeof value === 'string') {
    if (value.length > MAX_SIGNED_PACK_CHARS) return fail('malformed-envelope', `the signed pack is larger than ${MAX_SIGNED_PACK_CHARS} characters`);
    try {
      value = JSON.parse(value);
    } catch (error) {
      return fail('malformed-envelope', `the signed pack is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('malformed-envelope', 'the signed pack must be a JSON object');
  }
  const envelope = value as Record<string, unknown>;
  if (envelope.format !== SIGNED_PACK_FORMAT) {
    return fail('malformed-envelope', `"format" must be "${SIGNED_PACK_FORMAT}" (is this a signed Netral pack?)`);
  }
  if (envelope.formatVersion !== SIGNED_PACK_FORMAT_VERSION) {
    return fail('malformed-envelope', `unsupported "formatVersion" ${JSON.stringify(envelope.formatVersion)}; this Netral reads version ${SIGNED_PACK_FORMAT_VERSION}`);
  }
  for (const field of ['payload', 'signature'] as const) {
    if (typeof envelope[field] !== 'string' || envelope[field] === '') return fail('malformed-envelope', `"${field}" must be a non-empty base64 string`);
  }
  const payloadText = envelope.payload as string;
  if (payloadText.length > MAX_SIGNED_PACK_CHARS) return fail('malformed-envelope', `"payload" is larger than ${MAX_SIGNED_PACK_CHARS} characters`);
  const payload = decodeBase64(payloadText);
  if (!payload) return fail('malformed-envelope', '"payload" is not valid base64');
  const signature = decodeBase64(envelope.signature as string);
  if (!signature) return fail('malformed-envelope', '"signature" is not valid base64');
  if (signature.length !== SIGNATURE_BYTES) {
    return fail('malformed-envelope', `"signature" must be ${SIGNATURE_BYTES} bytes (Ed25519), not ${signature.length}`);
  }
  return { payload, signature };
}

/**
 * Verifies a signed pack (envelope object or its JSON text) against a public
 * key (any format importPublicKey takes). Checks in order: envelope shape,
 * key, signature, pack validity, version. Never throws: every failure is a
 * result whose message can be shown to the admin.
 */
export async function verifySignedPack(input: unknown, publicKey: string, options: VerifyOptions = {}): Promise<VerifyResult> {
  const envelope = readEnvelope(input);
  if ('ok' in envelope) return envelope;

  let key: CryptoKey;
  try {
    key = await importPublicKey(publicKey);
  } catch (error) {
    return fail('bad-key', error instanceof Error ? error.message : String(error));
  }

  let valid = false;
  try {
    valid = await globalThis.crypto.subtle.verify(ED25519, key, envelope.signature, envelope.payload);
  } catch (error) {
    return fail('bad-signature', `the signature could not be checked: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!valid) return fail('bad-signature', 'the signature does not match the pack for this public key (tampered file or wrong key)');

  // Only now, with the bytes authenticated, is the payload parsed.
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(envelope.payload);
  } catch {
    return fail('invalid-pack', 'the signed payload is not UTF-8 text');
  }
  const parsed = parsePack(text, 'signed pack');
  if (!parsed.ok) return fail('invalid-pack', parsed.problems.map(formatProblem).join('; '));
  const pack = parsed.pack;

  const active = options.active;
  // A different id is allowed: an agency may rename its pack.
  if (!active || active.id !== pack.id) return { ok: true, pack, unchanged: false };
  let order: number;
  try {
    order = compareVersions(pack.version, active.version);
  } catch {
    // Fail closed: without a comparable active version a rollback cannot be ruled out.
    return fail('older-version', `cannot compare version ${pack.version} with the active version "${active.version}" of pack "${pack.id}"`);
  }
  if (order < 0) {
    // A replayed old file is still validly signed; it must not roll data back.
    return fail('older-version', `pack "${pack.id}" ${pack.version} is older than the active ${active.version}`);
  }
  return { ok: true, pack, unchanged: order === 0 };
}
