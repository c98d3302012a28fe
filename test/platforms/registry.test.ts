import { readdirSync, statSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { guardContentScript } from '../../src/guard/content-script';
import { startGuard } from '../../src/guard/start';
import { adapterForHost, contentScriptMatches, PLATFORMS } from '../../src/platforms/registry';

// The real start needs the extension APIs; here only what it is given matters.
vi.mock('../../src/guard/start', () => ({ startGuard: vi.fn() }));

const ROOT = join(import.meta.dirname, '../..');
const folders = readdirSync(join(ROOT, 'src/platforms')).filter((name) => statSync(join(ROOT, 'src/platforms', name)).isDirectory());

describe('platform registry', () => {
  it('registers every platform folder, once', () => {
    expect(PLATFORMS.map((p) => p.id).sort()).toEqual([...folders].sort());
    expect(new Set(PLATFORMS.map((p) => p.id)).size).toBe(PLATFORMS.length);
  });

  it.each(folders)('%s has fixtures in both interface languages, with expected selector counts', (id) => {
    const dir = join(ROOT, 'test/fixtures', id);
    expect(existsSync(dir), `test/fixtures/${id}`).toBe(true);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(pages.some((f) => f.endsWith('.id.html'))).toBe(true);
    expect(pages.some((f) => f.endsWith('.en.html'))).toBe(true);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(expected).sort()).toEqual(pages.sort());
    expect(existsSync(join(ROOT, 'test/platforms', `${id}.test.ts`))).toBe(true);
  });

  it('gives every registered platform its own content script, passing its adapter, and no other', () => {
    const scripts = readdirSync(join(ROOT, 'entrypoints')).filter((f) => /^guard-.+\.content\.ts$/.test(f));
    expect(scripts.sort()).toEqual(PLATFORMS.map((p) => `guard-${p.id}.content.ts`).sort());
    for (const platform of PLATFORMS) {
      const source = readFileSync(join(ROOT, 'entrypoints', `guard-${platform.id}.content.ts`), 'utf8');
      expect(source).toContain(`from '../src/platforms/${platform.id}/index'`);
      expect(source).toContain(`defineContentScript(guardContentScript(${platform.id}Adapter))`);
    }
  });

  it('derives each content script\'s matches from its adapter', () => {
    for (const platform of PLATFORMS) {
      const script = guardContentScript(platform);
      expect(script.matches).toEqual(platform.matches);
      expect(script.runAt).toBe('document_start');
      expect(script.noScriptStartedPostMessage).toBe(true);
      const ctx = {} as Parameters<typeof script.main>[0];
      void script.main(ctx);
      expect(startGuard).toHaveBeenLastCalledWith(ctx, platform);
    }
  });

  it('derives the content-script matches from the adapters', () => {
    const matches = contentScriptMatches();
    for (const platform of PLATFORMS) for (const pattern of platform.matches) expect(matches).toContain(pattern);
    expect(matches.every((m) => m.startsWith('https://') && !m.includes('<all_urls>'))).toBe(true);
  });

  it('finds the adapter for a host, and none for other sites', () => {
    expect(adapterForHost('x.com')?.id).toBe('x');
    expect(adapterForHost('www.facebook.com')?.id).toBe('facebook');
    expect(adapterForHost('evil-facebook.com')).toBeUndefined();
    expect(adapterForHost('example.org')).toBeUndefined();
  });

  it('keeps selectors as data, without hashed class names', () => {
    for (const platform of PLATFORMS) {
      for (const [name, alternatives] of Object.entries(platform.selectors)) {
        expect(alternatives.length, `${platform.id}.${name}`).toBeGreaterThan(0);
        for (const selector of alternatives) expect(selector, `${platform.id}.${name}`).not.toMatch(/\.(x[0-9a-z]{5,}|css-[0-9a-z]+|r-[0-9a-z]+)\b/);
      }
    }
  });
});
