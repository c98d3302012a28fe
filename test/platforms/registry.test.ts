import { readdirSync, statSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterForHost, contentScriptMatches, PLATFORMS } from '../../src/platforms/registry';

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
