/**
 * Pins the built manifest's permissions: any new permission or host is a
 * deliberate change to this test, not an accident of a dependency.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_KEY, GECKO_ID } from '../../src/identity';
import { contentScriptMatches, PLATFORMS } from '../../src/platforms/registry';
import { SHIPPED_PACK_IDS } from '../../src/packs/shipped';
import { managedSchema } from '../../src/policy/schema';
import { EXTENSION_DIR } from './harness';

describe('built Chrome manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
    content_scripts: Array<{ matches: string[]; js: string[]; run_at: string }>;
  };

  it('asks for storage and alarms (the 6-hourly signed-pack check) only, and no host beyond the guarded sites', () => {
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    const matches = manifest.content_scripts.flatMap((c) => c.matches).sort();
    expect(matches).toEqual([...contentScriptMatches()].sort());
    // One script per site, each with that site's adapter only.
    expect(manifest.content_scripts).toHaveLength(PLATFORMS.length);
    for (const platform of PLATFORMS) {
      const script = manifest.content_scripts.find((c) => c.js.join() === `content-scripts/guard-${platform.id}.js`);
      expect(script?.matches.toSorted(), platform.id).toEqual(platform.matches.toSorted());
      expect(script?.run_at, platform.id).toBe('document_start');
    }
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('sets a strict content security policy for its pages (own scripts only, no eval, never framed)', () => {
    expect(manifest.content_security_policy).toEqual({
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    });
  });

  it('exposes one file, the lazily loaded core, to the guarded sites only and at a per-session address only', () => {
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['guard-core.js'], matches: contentScriptMatches(), use_dynamic_url: true }]);
    const core = readFileSync(join(EXTENSION_DIR, 'guard-core.js'), 'utf8');
    // The core carries the dialog (its texts and rules) and the packs; the guard scripts carry neither.
    expect(core).toContain('Tetap lanjutkan');
    for (const id of SHIPPED_PACK_IDS) expect(core).toContain(id);
    for (const platform of PLATFORMS) {
      const script = readFileSync(join(EXTENSION_DIR, `content-scripts/guard-${platform.id}.js`), 'utf8');
      expect(script, platform.id).not.toContain('Tetap lanjutkan');
      for (const id of SHIPPED_PACK_IDS) expect(script, platform.id).not.toContain(id);
    }
  });

  it('carries the stable id key and the managed-policy schema generated from the settings source', () => {
    expect(manifest.key).toBe(CHROMIUM_KEY);
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
    const built = JSON.parse(readFileSync(join(EXTENSION_DIR, 'managed_schema.json'), 'utf8'));
    expect(built).toEqual(JSON.parse(JSON.stringify(managedSchema())));
  });
});

describe('built Firefox manifest', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, '../firefox-mv2/manifest.json'), 'utf8')) as Record<string, unknown>;

  it('has the add-on id, no Chromium key, the same permissions, and no web-accessible file (the core stays in its content scripts)', () => {
    expect(manifest.browser_specific_settings).toMatchObject({ gecko: { id: GECKO_ID } });
    expect(manifest.key).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(existsSync(join(EXTENSION_DIR, '../firefox-mv2/guard-core.js'))).toBe(false);
    const script = readFileSync(join(EXTENSION_DIR, '../firefox-mv2/content-scripts/guard-x.js'), 'utf8');
    expect(script).toContain('Tetap lanjutkan');
    for (const id of SHIPPED_PACK_IDS) expect(script).toContain(id);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['storage', 'alarms']));
  });

  it('passes web-ext lint with no errors', () => {
    const out = execFileSync('npx', ['web-ext', 'lint', '-o', 'json', '-s', join(EXTENSION_DIR, '../firefox-mv2')], { encoding: 'utf8' });
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { summary: { errors: number }; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 60_000);
});
