/**
 * Pins the built manifest's permissions: any new permission or host is a
 * deliberate change to this test, not an accident of a dependency.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptMatches } from '../../src/platforms/registry';
import { EXTENSION_DIR } from './harness';

describe('built Chrome manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
    content_scripts: Array<{ matches: string[] }>;
  };

  it('asks for storage only, and no host beyond the guarded sites', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    const matches = manifest.content_scripts.flatMap((c) => c.matches).sort();
    expect(matches).toEqual([...contentScriptMatches()].sort());
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('keeps the default strict content security policy (no remote code, no eval)', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});
