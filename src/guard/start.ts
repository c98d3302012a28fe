/**
 * Content-script glue: given this site's adapter, installs the guard and
 * wires it to the core (the engine, the settings in force and the dialog,
 * loaded on demand: core-loader.ts) and to the background's history.
 * This is all a page load of a guarded site compiles and runs: listeners,
 * the adapter's selectors, nothing else. Everything here fails open.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { errorLimiter, errorText } from '../diagnostics/errors';
import { adapterHealth } from '../diagnostics/health';
import { isNetralMessage, type NetralMessage } from '../messages';
import type { PlatformAdapter } from '../platforms/types';
import type { GuardCore } from './core';
import { coreLoader } from './core-loader';
import { installGuard } from './guard';

/** Where an action may start: a button, or a box being typed in. */
const ACTION_HINT = 'button, [role="button"], a[role="link"], [contenteditable="true"], [contenteditable=""], textarea';

/** Set on the content script's own window (an isolated world the page cannot see), not on the DOM: a page must not learn that its visitor runs Netral. */
const INSTALLED = Symbol.for('netral.guard');

export function startGuard(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  const scope = window as unknown as Record<symbol, boolean>;
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  const send = (message: NetralMessage) => {
    if (ctx.isInvalid) return;
    try {
      browser.runtime.sendMessage(message).catch(() => {
        // The background may be restarting; losing one entry beats breaking the page.
      });
    } catch {
      // The extension went away between the check and the call.
    }
  };
  // Answered synchronously through sendResponse, which Chrome's and Firefox's
  // own APIs both accept (a returned promise needs the polyfill in Chrome).
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): false => {
    if (!isNetralMessage(message)) return false;
    if (message.type === 'netral:where') sendResponse({ url: location.href });
    // The options page's diagnostics: which selectors find something here (computed only when asked).
    else if (message.type === 'netral:health') sendResponse(adapterHealth(adapter, document, location.href));
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage);
  const firstTime = errorLimiter();

  // The core: loaded once, and again after a failed load. It reads what is in
  // force and compiles the lexicon before it resolves (50–80 ms on a slow
  // machine, once per page), so a page where the user never acts pays nothing.
  const loadCore = coreLoader();
  let core: GuardCore | undefined;
  let coming: Promise<GuardCore> | undefined;
  let gone = false;
  const prepare = (): Promise<GuardCore> =>
    (coming ??= loadCore()
      .then((create) => create(ctx, adapter))
      .then(
        (made) => {
          if (gone) made.dispose();
          return (core = made);
        },
        (error: unknown) => {
          coming = undefined;
          throw error;
        },
      ));

  const guard = installGuard({
    adapter,
    target: window,
    // Called only once the core is there (the guard holds an action until then).
    assess: (text, context) => core!.assess(text, context),
    settings: () => core!.settings(),
    warn: (request) => core!.warn(request),
    stage: (request) => core!.stage(request),
    core: { ready: () => core !== undefined, load: prepare },
    // Reading isInvalid makes WXT notice a reloaded extension and run the onInvalidated cleanup below.
    alive: () => !ctx.isInvalid,
    record: (entry) => send({ type: 'netral:history-add', entry: { ...entry, time: new Date().toISOString() } }),
    report: (error, where) => {
      const message = errorText(error);
      if (!firstTime(where, message)) return;
      console.warn('[netral]', where, message);
      send({ type: 'netral:error', where: `${adapter.id}:${where}`, message });
    },
  });

  // Pressing a control or typing in a box is the earliest sign that an action
  // may follow: the core is loaded then, once, so that the click which follows
  // (tens of milliseconds later) finds it ready. A page the user only reads
  // never loads it. Outside Chrome the core is in this script: read at once.
  const warmUp = (event: Event) => {
    const target = event.target;
    if (!event.isTrusted || !(target instanceof Element) || !target.closest(ACTION_HINT)) return;
    stopWarmUp();
    prepare().catch(() => {});
  };
  const stopWarmUp = () => {
    window.removeEventListener('pointerdown', warmUp, true);
    window.removeEventListener('keydown', warmUp, true);
  };
  if (import.meta.env.BROWSER === 'chrome') {
    window.addEventListener('pointerdown', warmUp, { capture: true, passive: true });
    window.addEventListener('keydown', warmUp, { capture: true, passive: true });
  } else {
    prepare().catch(() => {});
  }

  // An updated or reloaded extension leaves this script orphaned: step aside completely.
  ctx.onInvalidated(() => {
    gone = true;
    guard.uninstall();
    stopWarmUp();
    core?.dispose();
    scope[INSTALLED] = false;
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The API may already be gone with the old context.
    }
  });
}
