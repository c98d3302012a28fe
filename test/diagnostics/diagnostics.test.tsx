// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { errorLimiter, errorText, ERROR_MESSAGE_MAX } from '../../src/diagnostics/errors';
import { adapterHealth } from '../../src/diagnostics/health';
import { PLATFORMS } from '../../src/platforms/registry';
import { Options } from '../../src/ui/options/Options';
import { memoryStore } from '../../src/ui/pages/store';

const x = PLATFORMS.find((p) => p.id === 'x')!;
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures', name), 'utf8');

describe('error reports', () => {
  it('carry the error name and a short one-line message', () => {
    expect(errorText(new TypeError("Cannot read properties of null (reading 'closest')"))).toBe("TypeError: Cannot read properties of null (reading 'closest')");
    expect(errorText('plain\n\tstring')).toBe('plain string');
    expect(errorText(new Error('x'.repeat(1000)))).toHaveLength(ERROR_MESSAGE_MAX);
  });

  it('are sent once per distinct error, and at most a few per page', () => {
    const first = errorLimiter(3);
    expect(first('x:guard.click', 'boom')).toBe(true);
    expect(first('x:guard.click', 'boom')).toBe(false);
    expect(first('x:guard.click', 'other')).toBe(true);
    expect(first('x:guard.keydown', 'boom')).toBe(true);
    expect(first('x:guard.warn', 'new')).toBe(false);
  });
});

describe('adapter health', () => {
  it('finds the post and action selectors on a feed, and nothing on a page the adapter does not know', () => {
    document.documentElement.innerHTML = fixture('x/home.id.html');
    const onFeed = adapterHealth(x, document, 'https://x.com/home');
    const found = (name: string) => onFeed.selectors.find((s) => s.name === name)?.found;
    expect(onFeed.platform).toBe('x');
    expect(found('post')).toBe(true);
    expect(found('like')).toBe(true);
    document.documentElement.innerHTML = '<body><div class="feed"><div class="item"><button>Suka</button></div></div></body>';
    const changed = adapterHealth(x, document, 'https://x.com/home');
    expect(changed.selectors.every((s) => !s.found)).toBe(true);
    expect(changed.selectors.map((s) => s.name)).toEqual(Object.keys(x.selectors));
  });

  it('survives a selector the browser rejects', () => {
    const broken = { ...x, selectors: { post: ['article:has(', 'article[data-testid="tweet"]'] } };
    document.documentElement.innerHTML = fixture('x/home.id.html');
    expect(adapterHealth(broken, document, 'not a url')).toEqual({ platform: 'x', page: 'other', selectors: [{ name: 'post', found: true }] });
  });
});

describe('options page diagnostics', () => {
  it('lists recent errors, clears them, and shows each open tab’s selector health', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const store = memoryStore(
      { diagnostics: [{ time: '2026-11-23T08:00:00.000Z', where: 'x:guard.click', message: 'TypeError: boom' }] },
      { health: [{ platform: 'x', page: 'home', selectors: [{ name: 'post', found: false }, { name: 'like', found: true }] }] },
    );
    const settle = () => act(async () => void (await new Promise((r) => setTimeout(r, 0))));
    await act(async () => render(<Options store={store} />, container));
    await settle();
    const $ = (s: string) => container.querySelector<HTMLElement>(s);
    expect($('[data-testid=diagnostics-errors]')?.textContent).toContain('x:guard.click TypeError: boom');
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('[data-testid=diagnostics] button')];
    await act(async () => buttons[1]!.click());
    await settle();
    expect($('[data-testid=diagnostics-health]')?.textContent).toContain('X (home): 1 dari 2 penanda ditemukan');
    expect($('[data-testid=diagnostics-health]')?.textContent).toContain('Tidak ditemukan: post');
    await act(async () => buttons[0]!.click());
    await settle();
    expect($('[data-testid=diagnostics-none]')).not.toBeNull();
    render(null, container);
  });
});
