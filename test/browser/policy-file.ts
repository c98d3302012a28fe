/**
 * Managed policy for the browser tests: Chromium reads JSON files in
 * /etc/chromium/policies/managed/ (root only; CI runs as root). Every file a
 * test writes is removed afterwards, also when the test process dies.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ID } from '../../src/identity';

export const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';
const written = new Set<string>();

function cleanUp(): void {
  for (const file of written) rmSync(file, { force: true });
  written.clear();
}
process.once('exit', cleanUp);

/** Writes a policy file; Chromium picks it up at start, and within seconds while running. */
export function writePolicy(name: string, policy: Record<string, unknown>): string {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    const file = join(POLICY_DIR, `${name}.json`);
    writeFileSync(file, JSON.stringify(policy, null, 2));
    written.add(file);
    return file;
  } catch (error) {
    throw new Error(`Cannot write the managed policy in ${POLICY_DIR} (the policy tests need root, as in CI): ${String(error)}`);
  }
}

/** Netral's own settings as a Chromium policy for the extension with this id. */
export function netralPolicy(settings: Record<string, unknown>, extra: Record<string, unknown> = {}, id = CHROMIUM_ID): Record<string, unknown> {
  return { ...extra, '3rdparty': { extensions: { [id]: settings } } };
}

export function removePolicy(name: string): void {
  const file = join(POLICY_DIR, `${name}.json`);
  rmSync(file, { force: true });
  written.delete(file);
}

export function policyExists(name: string): boolean {
  return existsSync(join(POLICY_DIR, `${name}.json`));
}
