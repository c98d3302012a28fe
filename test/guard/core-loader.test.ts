// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

const getURL = vi.fn((path: string): string => {
  throw new Error(`extension context gone (${path})`);
});
vi.mock('wxt/browser', () => ({ browser: { runtime: { getURL: (path: string) => getURL(path) } } }));

const { DIALOG_KEY, dialogLoader } = await import('../../src/ui/dialog/loader');
const scope = globalThis as unknown as Record<symbol, unknown>;

describe("Chrome's dialog loader", () => {
  afterEach(() => {
    delete scope[DIALOG_KEY];
    getURL.mockClear();
    vi.unstubAllEnvs();
  });

  it('uses the dialog already loaded in this world without importing it again', async () => {
    vi.stubEnv('BROWSER', 'chrome');
    const show = vi.fn();
    scope[DIALOG_KEY] = show;
    const load = dialogLoader();
    expect(await load()).toBe(show);
    expect(await load()).toBe(show);
    expect(getURL).not.toHaveBeenCalled();
  });

  it('rejects when the file cannot be loaded (the guard then lets the action through) and tries again on the next warning', async () => {
    vi.stubEnv('BROWSER', 'chrome');
    const load = dialogLoader();
    await expect(load()).rejects.toThrow('extension context gone (/dialog.js)');
    scope[DIALOG_KEY] = vi.fn();
    expect(await load()).toBe(scope[DIALOG_KEY]);
  });

  it('outside Chrome, takes the dialog bundled in the content script', async () => {
    vi.stubEnv('BROWSER', 'firefox');
    const { showWarning } = await import('../../src/ui/dialog/mount');
    expect(await dialogLoader()()).toBe(showWarning);
    expect(getURL).not.toHaveBeenCalled();
  });
});
