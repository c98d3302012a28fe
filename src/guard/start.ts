/**
 * Content-script glue: picks the adapter for this site, keeps the guard's
 * settings in step with storage, and wires the guard to the engine, the
 * dialog and the background's history. Everything here fails open.
 */
import browser from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { assess } from '../detect/index';
import { languageFor } from '../i18n/language';
import { isNetralMessage, type NetralMessage } from '../messages';
import { adapterForHost } from '../platforms/registry';
import { guardSettingsFor } from '../settings/guard-settings';
import { lexiconFor } from '../settings/lexicon';
import { organisationFrom, resolveSettings, settingValues } from '../settings/resolve';
import { DEFAULT_SETTINGS, ORGANISATION_KEY, SETTINGS_KEY, type SettingsValues } from '../settings/schema';
import { showWarning } from '../ui/dialog/mount';
import { installGuard, type GuardSettings } from './guard';

/** Set on the content script's own window (an isolated world the page cannot see), not on the DOM: a page must not learn that its visitor runs Netral. */
const INSTALLED = Symbol.for('netral.guard');

export function startGuard(ctx: ContentScriptContext): void {
  const adapter = adapterForHost(location.hostname);
  const scope = window as unknown as Record<symbol, boolean>;
  if (!adapter || scope[INSTALLED]) return;
  scope[INSTALLED] = true;
  // User and organisation values as stored; resolved on every change (cheap, pure).
  const stored: Record<string, unknown> = {};
  let values: SettingsValues = DEFAULT_SETTINGS;
  let settings: GuardSettings = guardSettingsFor(values, adapter.id);
  const update = () => {
    values = settingValues(resolveSettings(DEFAULT_SETTINGS, stored[SETTINGS_KEY], organisationFrom(stored[ORGANISATION_KEY])));
    settings = guardSettingsFor(values, adapter.id);
  };
  const send = (message: NetralMessage) => {
    if (ctx.isInvalid) return;
    browser.runtime.sendMessage(message).catch(() => {
      // The background may be restarting; losing one entry beats breaking the page.
    });
  };

  browser.storage.local
    .get([SETTINGS_KEY, ORGANISATION_KEY])
    .then((got) => {
      Object.assign(stored, got);
      update();
    })
    .catch(() => {});
  const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'local') return;
    let changed = false;
    for (const key of [SETTINGS_KEY, ORGANISATION_KEY]) {
      if (key in changes) {
        stored[key] = changes[key]?.newValue;
        changed = true;
      }
    }
    if (changed) update();
  };
  browser.storage.onChanged.addListener(onChanged);
  const onMessage = (message: unknown) =>
    isNetralMessage(message) && message.type === 'netral:where' ? Promise.resolve({ url: location.href }) : undefined;
  browser.runtime.onMessage.addListener(onMessage);

  // The lexicon is compiled on the first action the adapter recognises (a few
  // milliseconds), so a page where the user never acts pays nothing for it.

  const guard = installGuard({
    adapter,
    target: window,
    assess: (text, context) => assess(text, lexiconFor(values), context),
    settings: () => settings,
    warn: (request) =>
      showWarning(ctx, {
        action: request.action.kind,
        text: request.text,
        isDraft: request.isDraft,
        assessment: request.assessment,
        site: adapter.name,
        language: values.language === 'auto' ? languageFor(navigator.language) : values.language,
        allowProceed: request.allowProceed,
      }),
    record: (entry) => send({ type: 'netral:history-add', entry: { ...entry, time: new Date().toISOString() } }),
    report: (error, where) => {
      console.warn('[netral]', where, error);
      send({ type: 'netral:error', where: `${adapter.id}:${where}`, message: error instanceof Error ? error.message : String(error) });
    },
  });

  // An updated or reloaded extension leaves this script orphaned: step aside completely.
  ctx.onInvalidated(() => {
    guard.uninstall();
    scope[INSTALLED] = false;
    try {
      browser.storage.onChanged.removeListener(onChanged);
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The API may already be gone with the old context.
    }
  });
}
