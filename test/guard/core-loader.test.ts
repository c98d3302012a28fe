// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

const getURL = vi.fn((path: string): string => {
  throw new Error(`extension context gone (${path})`);
});
vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => getURL(path) } } }));

const { CORE_KEY, coreLoader } = await import('../../src/guard/core-loader');
const scope = globalThis as unknown as Record<symbol, unknown>;

describe("Chrome's core loader", () => {
  afterEach(() => {
    delete scope[CORE_KEY];
    getURL.mockClear();
    vi.unstubAllEnvs();
  });

  it('uses the core already loaded in this world without importing it again', async () => {
    vi.stubEnv('BROWSER', 'chrome');
    const create = vi.fn();
    scope[CORE_KEY] = create;
    const load = coreLoader();
    expect(await load()).toBe(create);
    expect(await load()).toBe(create);
    expect(getURL).not.toHaveBeenCalled();
  });

  it('rejects when the file cannot be loaded (the guard then lets the action through) and tries again next time', async () => {
    vi.stubEnv('BROWSER', 'chrome');
    const load = coreLoader();
    await expect(load()).rejects.toThrow('extension context gone (/guard-core.js)');
    scope[CORE_KEY] = vi.fn();
    expect(await load()).toBe(scope[CORE_KEY]);
  });

  it('outside Chrome, takes the core bundled in the content script', async () => {
    vi.stubEnv('BROWSER', 'firefox');
    const { createGuardCore } = await import('../../src/guard/core');
    expect(await coreLoader()()).toBe(createGuardCore);
    expect(getURL).not.toHaveBeenCalled();
  });
});
