/**
 * The guard's core: what it needs to decide and to explain, kept out of the
 * script every page load compiles. It holds the engine and its packs, what
 * is in force (user values, the organisation's policy and packs, followed
 * in storage) and the warning dialog. In Chrome it is a file of its own,
 * loaded at the page's first press (core-loader.ts); elsewhere it is bundled.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { assess } from '../detect/index';
import type { Assessment, AssessContext } from '../detect/types';
import { languageFor } from '../i18n/language';
import type { PlatformAdapter } from '../platforms/types';
import { MANAGED_WAIT_MS, readStoredInputs, watchStoredInputs } from '../settings/browser-storage';
import { guardSettingsFor } from '../settings/guard-settings';
import { inForce, type InForce } from '../settings/in-force';
import { lexiconFor } from '../settings/lexicon';
import { showWarning, stageWarning, type DialogProps } from '../ui/dialog/mount';
import type { GuardSettings, WarningOutcome, WarningRequest } from './guard';

export interface GuardCore {
  settings(): GuardSettings;
  assess(text: string, context?: AssessContext): Assessment;
  warn(request: WarningRequest): Promise<WarningOutcome>;
  /** This warning is likely to follow (the user is pressing a control whose click would be held): the dialog gets ready, unseen. */
  stage(request: WarningRequest): void;
  /** Stops following storage (the extension went away). */
  dispose(): void;
}

export type CreateGuardCore = (ctx: ContentScriptContext, adapter: Pick<PlatformAdapter, 'id' | 'name'>) => Promise<GuardCore>;

/**
 * Resolves once what is in force has been read, and the lexicon it asks for
 * compiled, so the action that follows is decided at once. A storage read
 * that fails leaves the defaults in force rather than no guard.
 */
export const createGuardCore: CreateGuardCore = async (ctx, adapter) => {
  let current: InForce = inForce({});
  // Derived once per read, not per event: the guard asks on every click of the page.
  let settings = guardSettingsFor(current.values, adapter.id);
  let reads = 0;
  const read = async (): Promise<void> => {
    const mine = ++reads;
    // The first action after the browser starts must not wait seconds for managed storage: the policy applies once it answers.
    const next = inForce(await readStoredInputs({ managedWaitMs: MANAGED_WAIT_MS, onLateManaged: () => void read().catch(() => {}) }));
    if (mine !== reads) return; // a later read is under way: it wins
    current = next;
    settings = guardSettingsFor(next.values, adapter.id);
  };
  const unwatch = watchStoredInputs(() => void read().catch(() => {}));
  await read().catch(() => {});
  lexiconFor(current.values, current.packs);

  /** What the dialog says about a request, in the language and with the help lines in force now. */
  const dialogProps = (request: WarningRequest): DialogProps => {
    const { values, policy } = current;
    return {
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
    };
  };

  return {
    settings: () => settings,
    assess: (text, context) => assess(text, lexiconFor(current.values, current.packs), context),
    warn: (request) => showWarning(ctx, dialogProps(request)),
    stage: (request) => stageWarning(ctx, dialogProps(request)),
    dispose: unwatch,
  };
};
