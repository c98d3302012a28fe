/**
 * The agency side of signed packs, dispatched from netral.ts:
 *
 *   keygen [--out PREFIX]                        PREFIX.private.pem (0600) and PREFIX.public.pem
 *   sign PACK.json --key PRIVATE.pem [--out F]   validates, then writes the signed envelope
 *   verify SIGNED.json --public-key KEY          KEY: a PEM file path or the base64 key itself
 *
 * The crypto lives in src/packs/signature.ts, the same code the extension
 * runs, so `verify` here answers exactly what the extension will answer.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateKeyPair, signPack, SignatureError, verifySignedPack } from '../packs/signature';
import { formatProblem, parsePack } from '../packs/validate';

/** A CLI failure: the message goes to stderr as `netral: …`, `code` becomes the exit code. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

export interface KeyCommandOptions {
  out?: string;
  key?: string;
  publicKey?: string;
}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CommandError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 2);
  }
}

/** `exclusive` never overwrites ('wx'), even if a file appears between a check and the write. */
function write(path: string, text: string, { mode = 0o644, exclusive = false } = {}): void {
  try {
    writeFileSync(path, text, { encoding: 'utf8', mode, flag: exclusive ? 'wx' : 'w' });
  } catch (error) {
    throw new CommandError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, 1);
  }
}

export async function keygen(args: string[], options: KeyCommandOptions, io: Io): Promise<number> {
  if (args.length > 0) throw new CommandError('keygen takes no file arguments; use --out PREFIX', 2);
  const prefix = options.out ?? 'netral-pack-key';
  const privatePath = `${prefix}.private.pem`;
  const publicPath = `${prefix}.public.pem`;
  // Overwriting a private key would lose the only way to sign for a deployed public key.
  for (const path of [privatePath, publicPath]) {
    if (existsSync(path)) throw new CommandError(`${path} already exists; refusing to overwrite it (choose another --out PREFIX)`, 1);
  }
  const keys = await generateKeyPair();
  write(privatePath, keys.privateKeyPem, { mode: 0o600, exclusive: true });
  write(publicPath, keys.publicKeyPem, { exclusive: true });
  io.out(`private key: ${privatePath}`);
  io.out(`public key:  ${publicPath}`);
  io.out(`packPublicKey: ${keys.publicKeyBase64}`);
  io.err(`warning: keep ${privatePath} offline and backed up; anyone holding it can publish packs your users will trust`);
  return 0;
}

export async function sign(args: string[], options: KeyCommandOptions, io: Io): Promise<number> {
  if (args.length !== 1) throw new CommandError('sign needs exactly one pack file', 2);
  if (!options.key) throw new CommandError('sign needs --key PRIVATE.pem', 2);
  const packPath = args[0]!;
  const outPath = options.out ?? `${packPath.replace(/\.json$/i, '')}.signed.json`;
  if (resolve(outPath) === resolve(packPath)) throw new CommandError('--out must not be the pack file itself', 2);
  const text = read(packPath);
  // Never sign what the extension would reject: validate first.
  const parsed = parsePack(text, packPath);
  if (!parsed.ok) {
    parsed.problems.forEach((p) => io.err(`error ${formatProblem(p)}`));
    throw new CommandError(`pack ${packPath} is invalid; not signed`, 1);
  }
  let envelope;
  try {
    envelope = await signPack(text, read(options.key));
  } catch (error) {
    if (error instanceof SignatureError) throw new CommandError(`${options.key}: ${error.message}`, 1);
    throw error;
  }
  write(outPath, `${JSON.stringify(envelope, null, 2)}\n`);
  io.out(`signed pack "${parsed.pack.id}" ${parsed.pack.version} -> ${outPath}`);
  return 0;
}

export async function verify(args: string[], options: KeyCommandOptions, io: Io): Promise<number> {
  if (args.length !== 1) throw new CommandError('verify needs exactly one signed pack file', 2);
  if (!options.publicKey) throw new CommandError('verify needs --public-key KEY (a PEM file or the base64 key)', 2);
  // A path when such a file exists, otherwise the key text itself (as pasted into the policy).
  const isFile = existsSync(options.publicKey);
  const keyText = isFile ? read(options.publicKey) : options.publicKey;
  const result = await verifySignedPack(read(args[0]!), keyText);
  if (result.ok) {
    io.out(`ok: ${result.pack.id} ${result.pack.version}`);
    return 0;
  }
  const hint = result.reason === 'bad-key' && !isFile ? ' (--public-key is neither an existing file nor a valid key)' : '';
  io.err(`${result.reason}: ${result.message}${hint}`);
  return 1;
}
