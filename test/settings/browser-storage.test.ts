/**
 * Reading what is in force from storage (src/settings/browser-storage.ts):
 * managed storage that answers late, as Chromium's does for seconds after
 * the browser starts, must not hold the guard's first action.
 */
import { describe, expect, it } from 'vitest';
import { readInputsFrom, type StorageAreas } from '../../src/settings/browser-storage';
import { SETTINGS_KEY } from '../../src/settings/schema';

const POLICY = { mode: 'block', organisation: { name: 'Kementerian Contoh' } };
const USER = { version: 2, mode: 'warn' };

function areas(local: Record<string, unknown>, managed: () => Promise<Record<string, unknown> | undefined>): StorageAreas {
  return {
    local: { get: async (keys) => Object.fromEntries(keys.filter((k) => k in local).map((k) => [k, local[k]])) },
    managed: { get: managed },
  };
}

/** A managed answer that comes only when `answer` is called. */
function lateManaged() {
  let answer: (value: Record<string, unknown>) => void = () => {};
  const coming = new Promise<Record<string, unknown>>((resolve) => (answer = resolve));
  return { get: () => coming, answer: (value: Record<string, unknown>) => answer(value) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('reading the stored inputs', () => {
  it('uses managed storage when it answers in time', async () => {
    const store = areas({ [SETTINGS_KEY]: USER }, async () => POLICY);
    expect(await readInputsFrom(store, { managedWaitMs: 50 })).toEqual({ user: USER, organisationPacks: undefined, managed: POLICY });
  });

  it('goes without the policy when managed storage is late, then tells the caller, whose next read has it', async () => {
    const managed = lateManaged();
    const store = areas({ [SETTINGS_KEY]: USER }, managed.get);
    let reread: ReturnType<typeof readInputsFrom> | undefined;
    // Resolves although managed storage has not answered (it answers below).
    const inputs = await readInputsFrom(store, { managedWaitMs: 30, onLateManaged: () => (reread = readInputsFrom(store, { managedWaitMs: 30 })) });
    expect(inputs).toEqual({ user: USER, organisationPacks: undefined, managed: {} });
    expect(reread).toBeUndefined();
    managed.answer(POLICY);
    await flush();
    expect(await reread).toEqual({ user: USER, organisationPacks: undefined, managed: POLICY });
  });

  it('treats a managed read that fails, or answers nothing, as no policy', async () => {
    expect((await readInputsFrom(areas({}, () => Promise.reject(new Error('managed storage unavailable'))), { managedWaitMs: 50 })).managed).toEqual({});
    expect((await readInputsFrom(areas({}, async () => undefined))).managed).toEqual({});
  });

  it('waits for managed storage however long it takes when no bound is given (background and pages)', async () => {
    const managed = lateManaged();
    let settled = false;
    const reading = readInputsFrom(areas({}, managed.get)).then((inputs) => ((settled = true), inputs));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    managed.answer(POLICY);
    expect((await reading).managed).toEqual(POLICY);
  });
});
