/**
 * The guard's core (core.ts: the engine, its packs, the settings and the
 * warning dialog: four fifths of the guard's code) is not compiled on every
 * page load. In Chrome it is a file of its own, guard-core.js, imported once
 * per page: at the first press of a control or key in a box (start.ts), so
 * that the click which follows finds it ready, or at the first action at the
 * latest (the action is held meanwhile). guard-core.js is web-accessible
 * only to the guarded sites and only under Chrome's per-session dynamic
 * address (use_dynamic_url), so no page can probe for it; it runs in the
 * content script's isolated world and hands back its entry point there.
 *
 * Firefox keeps the core inside the content script: its content scripts'
 * module loading is not exercised by the tests here.
 */
import { browser } from 'wxt/browser';
import type { CreateGuardCore } from './core';

/** Where guard-core.js leaves `createGuardCore`: a global of the isolated world, which the page cannot see. */
export const CORE_KEY = Symbol.for('netral.core');
/** The core's file in the built extension (entrypoints/guard-core.ts). */
export const CORE_FILE = 'guard-core.js';

/**
 * Returns the loader. Each call imports guard-core.js unless this world
 * already has its entry point; a failed call rejects (start.ts keeps the
 * one load under way and tries again after a failure).
 */
export function coreLoader(): () => Promise<CreateGuardCore> {
  if (import.meta.env.BROWSER !== 'chrome') return () => import('./core').then((module) => module.createGuardCore);
  return async () => {
    const scope = globalThis as unknown as Record<symbol, unknown>;
    if (typeof scope[CORE_KEY] !== 'function') {
      await import(/* @vite-ignore */ browser.runtime.getURL(`/${CORE_FILE}` as '/guard-core.js'));
    }
    const create = scope[CORE_KEY];
    if (typeof create !== 'function') throw new Error(`${CORE_FILE} loaded without its entry point`);
    return create as CreateGuardCore;
  };
}
