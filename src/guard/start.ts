/**
 * Content-script glue: given this site's adapter, keeps the guard's
 * settings in step with storage, and wires the guard to the engine, the
 * dialog and the background's history. Everything here fails open.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { assess } from '../detect/index';
import { errorLimiter, errorText } from '../diagnostics/errors';
import { adapterHealth } from '../diagnostics/health';
import { languageFor } from '../i18n/language';
import { isNetralMessage, type NetralMessage } from '../messages';
import type { PlatformAdapter } from '../platforms/types';
import { readStoredInputs, watchStoredInputs } from '../settings/browser-storage';
import { guardSettingsFor } from '../settings/guard-settings';
import { inForce, type InForce } from '../settings/in-force';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { lexiconFor } from '../settings/lexicon';
import { dialogLoader } from '../ui/dialog/loader';
import { installGuard, type GuardSettings } from './guard';

/** Where an action may start: a button, or a box being typed in. */
const ACTION_HINT = 'button, [role="button"], a[role="link"], [contenteditable="true"], [contenteditable=""], textarea';

/** Set on the content script's own window (an isolated world the page cannot see), not on the DOM: a page must not learn that its visitor runs Netral. */
const INSTALLED = Symbol.for('netral.guard');

export function startGuard(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  const scope = window as unknown as Record<symbol, boolean>;
  if (scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  // What is in force: user values, the organisation's policy (read from
  // managed storage, never from anything the user can edit) and its packs.
  // Until storage answers, the defaults apply (resolved only if an action
  // comes first: the answer usually arrives within milliseconds).
  let stored: InForce | undefined;
  const current = (): InForce => (stored ??= inForce({}));
  let settings: GuardSettings = guardSettingsFor(DEFAULT_SETTINGS, adapter.id);
  let reads = 0;
  const update = () => {
    const read = ++reads;
    readStoredInputs()
      .then((inputs) => {
        if (read !== reads) return; // a later read is under way: it wins
        stored = inForce(inputs);
        settings = guardSettingsFor(stored.values, adapter.id);
      })
      .catch(() => {});
  };
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

  update();
  const unwatch = watchStoredInputs(update);
  // Answered synchronously through sendResponse, which Chrome's and Firefox's
  // own APIs both accept (a returned promise needs the polyfill in Chrome).
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): false => {
    if (!isNetralMessage(message)) return false;
    if (message.type === 'netral:where') sendResponse({ url: location.href });
    // The options page's diagnostics: which selectors find something here (computed only when asked).
    else if (message.type === 'netral:health') sendResponse(adapterHealth(adapter, document, location.href));
    return false;
  };
  const firstTime = errorLimiter();
  const loadDialog = dialogLoader();
  browser.runtime.onMessage.addListener(onMessage);

  // The lexicon is compiled on the first action the adapter recognises (50–80 ms
  // on a slow machine, once), so a page where the user never acts pays nothing for it.

  const guard = installGuard({
    adapter,
    target: window,
    assess: (text, context) => {
      const { values, packs } = current();
      return assess(text, lexiconFor(values, packs), context);
    },
    settings: () => settings,
    // Reading isInvalid makes WXT notice a reloaded extension and run the onInvalidated cleanup below.
    alive: () => !ctx.isInvalid,
    warn: async (request) => {
      const { values, policy } = current();
      const showWarning = await loadDialog();
      return showWarning(ctx, {
        action: request.action.kind,
        text: request.text,
        isDraft: request.isDraft,
        assessment: request.assessment,
        site: adapter.name,
        language: values.language === 'auto' ? languageFor(navigator.language) : values.language,
        allowProceed: request.allowProceed,
        requireReason: request.requireReason,
        helpText: policy.helpText,
        helpUrl: policy.helpUrl,
        organisationName: policy.organisation?.name,
      });
    },
    record: (entry) => send({ type: 'netral:history-add', entry: { ...entry, time: new Date().toISOString() } }),
    report: (error, where) => {
      const message = errorText(error);
      if (!firstTime(where, message)) return;
      console.warn('[netral]', where, message);
      send({ type: 'netral:error', where: `${adapter.id}:${where}`, message });
    },
  });

  // Pressing a control or typing in a box is the earliest sign that an action
  // may follow: the dialog's file is fetched then, once, so that a warning
  // does not wait for it (a click follows its press by tens of milliseconds).
  // A page the user only reads never loads it.
  const warmUp = (event: Event) => {
    const target = event.target;
    if (!event.isTrusted || !(target instanceof Element) || !target.closest(ACTION_HINT)) return;
    stopWarmUp();
    loadDialog().catch(() => {});
  };
  const stopWarmUp = () => {
    window.removeEventListener('pointerdown', warmUp, true);
    window.removeEventListener('keydown', warmUp, true);
  };
  window.addEventListener('pointerdown', warmUp, { capture: true, passive: true });
  window.addEventListener('keydown', warmUp, { capture: true, passive: true });

  // An updated or reloaded extension leaves this script orphaned: step aside completely.
  ctx.onInvalidated(() => {
    guard.uninstall();
    stopWarmUp();
    scope[INSTALLED] = false;
    unwatch();
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The API may already be gone with the old context.
    }
  });
}
