/**
 * The warning dialog (Preact, its rules, texts and styles: about a quarter
 * of the guard's script) is not compiled on every page load. In Chrome it
 * is a file of its own, dialog.js, imported once per page: at the first
 * press of a control or key in a box (src/guard/start.ts), so that a warning
 * does not wait for it, or at the first warning at the latest (the action
 * is held by then; only the dialog waits). dialog.js is web-accessible
 * only to the guarded sites and only under Chrome's per-session dynamic
 * address (use_dynamic_url), so no page can probe for it; it runs in the
 * content script's isolated world and hands back its entry point there.
 *
 * Firefox keeps the dialog inside the content script: its content scripts'
 * module loading is not exercised by the tests here.
 */
import { browser } from 'wxt/browser';
import type { ShowWarning } from './mount';

/** Where dialog.js leaves `showWarning`: a global of the isolated world, which the page cannot see. */
export const DIALOG_KEY = Symbol.for('netral.dialog');
/** The dialog's file in the built extension (entrypoints/dialog.ts). */
export const DIALOG_FILE = 'dialog.js';

/** Returns the loader: the first call loads the dialog, later calls reuse it; a failed load is retried next time. */
export function dialogLoader(): () => Promise<ShowWarning> {
  if (import.meta.env.BROWSER !== 'chrome') return () => import('./mount').then((module) => module.showWarning);
  let loading: Promise<ShowWarning> | undefined;
  const load = async (): Promise<ShowWarning> => {
    const scope = globalThis as unknown as Record<symbol, unknown>;
    if (typeof scope[DIALOG_KEY] !== 'function') {
      await import(/* @vite-ignore */ browser.runtime.getURL(`/${DIALOG_FILE}` as '/dialog.js'));
    }
    const show = scope[DIALOG_KEY];
    if (typeof show !== 'function') throw new Error(`${DIALOG_FILE} loaded without its entry point`);
    return show as ShowWarning;
  };
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
