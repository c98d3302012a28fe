/**
 * docs/security.md stays in step with the code: both languages, every
 * permission the manifest asks for, every storage key Netral writes, and
 * every test it cites as proof exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const doc = readFileSync(join(ROOT, 'docs/security.md'), 'utf8');

describe('docs/security.md', () => {
  it('is written in Indonesian and in English', () => {
    expect(doc).toMatch(/^# Keamanan dan privasi Netral/m);
    expect(doc).toMatch(/^# Netral security and privacy/m);
  });

  it('names every permission of the manifest', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const permissions = /permissions: \[([^\]]*)\]/.exec(config)![1]!.match(/'([^']+)'/g)!.map((p) => p.slice(1, -1));
    expect(permissions.length).toBeGreaterThan(0);
    for (const permission of permissions) expect(doc).toContain(`\`${permission}\``);
  });

  it('names every storage key Netral writes', () => {
    for (const key of ['settings', 'history', 'diagnostics', 'organisationPacks', 'badge']) expect(doc).toContain(`\`${key}\``);
  });

  it('cites only tests that exist', () => {
    const cited = [...new Set(doc.match(/test\/[\w/.-]+\.test\.tsx?/g))];
    expect(cited.length).toBeGreaterThan(5);
    for (const path of cited) expect(existsSync(join(ROOT, path)), path).toBe(true);
  });
});
