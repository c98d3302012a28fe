/**
 * The guard: one set of capture-phase listeners on the window, shared by
 * every platform. When the user is about to act, the adapter says which
 * action on which post; the engine rates the text synchronously; a rated
 * action is held before the site's own handler sees the event, and the
 * dialog decides. Proceed replays the original event exactly once.
 *
 * The engine and settings may still be loading when the first action comes
 * (Chrome loads them at the page's first press, see start.ts): that action
 * is held until they are there, then decided as usual; when there is
 * nothing to say, it is replayed, as after "proceed".
 *
 * Never break the site: any internal error lets the event through untouched
 * (a held one is replayed) and is reported; an unrecognised DOM yields no
 * action, so no warning.
 * Nothing is done on feed mutations: work happens only when the user acts.
 */
import { atLeast, type Assessment, type AssessContext, type Level } from '../detect/types';
import type { ActionKind, ActionMemory, HeldAction, PlatformAdapter, PostInfo } from '../platforms/types';

export type GuardMode = 'off' | 'audit' | 'warn' | 'justify' | 'block';

/** The longest reason kept in the history (the user types it; it is theirs, not the post's). */
export const REASON_MAX = 500;

export interface GuardSettings {
  enabled: boolean;
  mode: GuardMode;
  /** Lowest level that is held: 'caution' (default) or 'risk'. */
  threshold: Exclude<Level, 'none'>;
}

export type Decision = 'cancelled' | 'proceeded' | 'audited';

export interface WarningRequest {
  action: HeldAction;
  text: string;
  isDraft: boolean;
  assessment: Assessment & { level: Exclude<Level, 'none'> };
  allowProceed: boolean;
  /** Justify mode: proceeding needs a typed reason. */
  requireReason: boolean;
}

/** What the dialog decided; a bare choice is accepted too. */
export type WarningOutcome = 'cancel' | 'proceed' | { choice: 'cancel' | 'proceed'; reason?: string };

export interface GuardRecord {
  platform: string;
  action: ActionKind;
  level: Exclude<Level, 'none'>;
  /** The matched words only; never the post's text. */
  terms: string[];
  decision: Decision;
  /** Justify mode: the reason the user typed before proceeding. */
  reason?: string;
}

export interface GuardOptions {
  adapter: PlatformAdapter;
  target: Window;
  assess(text: string, context?: AssessContext): Assessment;
  settings(): GuardSettings;
  /** Shows the warning and resolves with the user's choice. */
  warn(request: WarningRequest): Promise<WarningOutcome>;
  record(entry: GuardRecord): void;
  report(error: unknown, where: string): void;
  now?: () => number;
  /** Whether an event came from the user; tests substitute this, the browser's `isTrusted` decides otherwise. */
  isUserEvent?: (event: Event) => boolean;
  /**
   * False once the extension is gone (updated, reloaded, removed): checked
   * whenever an event is about to be held, so an orphaned guard removes
   * itself at the first action instead of holding what it can no longer decide.
   */
  alive?: () => boolean;
  /**
   * When `assess`, `settings` and `warn` come from a core loaded on demand:
   * whether it is there, and how to load it (settles when it is). Without
   * this they are always ready.
   */
  core?: CoreState;
  /**
   * Called when the user presses a control whose click would be held (the
   * primary button goes down on it), with the warning the click would
   * show: the dialog can get ready during the press, before the click.
   */
  stage?(request: WarningRequest): void;
}

export interface CoreState {
  ready(): boolean;
  load(): Promise<unknown>;
}

/**
 * The only events the guard listens to. No hover or focus: those fire for
 * every element the pointer crosses while scrolling (popovers opened on hover
 * are traced back to their control when an item is picked, see popoverAnchor).
 */
const HOLDABLE = ['click', 'keydown', 'dblclick'] as const;
const MEMORY_MS = 60_000;
/** After "proceed", the same action on the same post passes for a moment (a re-render may eat the replay). */
const APPROVAL_MS = 10_000;

export interface Guard {
  uninstall(): void;
  /** True while a dialog is open. */
  readonly holding: boolean;
}

export function installGuard(options: GuardOptions): Guard {
  const now = options.now ?? (() => Date.now());
  const isUserEvent = options.isUserEvent ?? ((event: Event) => event.isTrusted);
  const memory = createMemory(now);
  // Reporting must never be what breaks the page (the extension context may be gone).
  const report = (error: unknown, where: string) => {
    try {
      options.report(error, where);
    } catch {
      // nothing left to tell
    }
  };
  // Nor may a failed history write turn the user's "cancel" into anything else.
  const record = (entry: GuardRecord) => {
    try {
      options.record(entry);
    } catch (error) {
      report(error, 'guard.record');
    }
  };
  const approvals = new Map<string, number>();
  const approved = (action: HeldAction) => {
    const at = approvals.get(approvalKey(action));
    return at !== undefined && now() - at < APPROVAL_MS;
  };
  let holding = false;
  /** Counts the user's presses and clicks: a press is still the latest when nothing came after it. */
  let moments = 0;

  const orphaned = (): boolean => {
    try {
      if (!options.alive || options.alive()) return false;
    } catch {
      // cannot tell: treat as gone
    }
    uninstall();
    return true;
  };

  // Settles when the open dialog closes: a held action waits for the one before it.
  let dialogClosed: Promise<unknown> = Promise.resolve();
  const decideWhenFree = (event: Event, action: HeldAction): unknown =>
    holding ? dialogClosed.then(() => decideWhenFree(event, action)) : decide(event, action, true);

  /** Lets a held event go on as if Netral had not been there. */
  const release = (event: Event) => {
    try {
      replay(event, options.target);
    } catch (error) {
      report(error, 'guard.replay');
    }
  };

  const onEvent = (event: Event) => {
    // Replays and page-made events are not the user's: let them through.
    if (!isUserEvent(event)) return;
    if (event.type === 'click') moments++;
    if (holding) {
      // One decision at a time: while the dialog is open, page shortcuts wait.
      if (event.type === 'keydown' && !isFromOurDialog(event) && !orphaned()) hold(event);
      return;
    }
    let ready: boolean;
    let action: HeldAction | null;
    try {
      ready = options.core?.ready() ?? true;
      // Until the core is there the settings are unknown: every action is held, and decided once they are.
      if (ready) {
        const settings = options.settings();
        if (!settings.enabled || settings.mode === 'off') return;
      }
      action = options.adapter.actionOf(event, memory);
    } catch (error) {
      report(error, `${options.adapter.id}.actionOf(${event.type})`);
      return;
    }
    // Asking whether the extension is still there costs a call into the
    // browser: done only for an action, the one case where the answer matters.
    if (!action || orphaned()) return;
    if (ready) decide(event, action, false);
    else holdUntilReady(event, action);
  };

  /** The first action of a page, before the core is there: held, then decided once it is (or let go if it never comes). */
  const holdUntilReady = (event: Event, action: HeldAction) => {
    hold(event);
    let loading: Promise<unknown>;
    try {
      loading = options.core!.load();
    } catch (error) {
      loading = Promise.reject(error);
    }
    loading.then(
      () => decideWhenFree(event, action),
      (error: unknown) => {
        report(error, 'guard.loading');
        release(event);
      },
    );
  };

  /** Rates the action and, when it is to be held, asks the user. `held`: the event is already stopped (and must be replayed to pass). */
  const decide = (event: Event, action: HeldAction, held: boolean) => {
    let request: WarningRequest | null;
    try {
      const settings = options.settings();
      request = rate(action, options, settings);
      if (request && settings.mode === 'audit') {
        record(recordOf(options.adapter.id, request, 'audited'));
        request = null;
      }
      if (request && approved(action)) request = null;
    } catch (error) {
      report(error, `guard.${event.type}`);
      request = null;
    }
    if (!request) {
      if (held) release(event);
      return;
    }
    if (!held) hold(event);
    holding = true;
    const pending = request;
    let shown: Promise<WarningOutcome>;
    try {
      shown = options.warn(pending);
    } catch (error) {
      shown = Promise.reject(error);
    }
    // The dialog failing (no decision) fails open: the action goes through as without Netral.
    const failOpen = (error: unknown) => {
      holding = false;
      report(error, 'guard.warn');
      release(event);
    };
    shown.then((outcome) => {
      let proceed: boolean;
      let reason: string;
      try {
        const choice = typeof outcome === 'string' ? outcome : outcome.choice;
        reason = typeof outcome === 'string' ? '' : String(outcome.reason ?? '').trim().slice(0, REASON_MAX);
        // The dialog enforces both rules; the guard does too, whatever a dialog returns.
        proceed = choice === 'proceed' && pending.allowProceed && (!pending.requireReason || reason !== '');
      } catch (error) {
        failOpen(error);
        return;
      }
      // Decided: from here an error must not change what the user chose.
      holding = false;
      const entry = recordOf(options.adapter.id, pending, proceed ? 'proceeded' : 'cancelled');
      record(proceed && pending.requireReason ? { ...entry, reason } : entry);
      if (!proceed) return;
      approvals.set(approvalKey(action), now());
      release(event);
    }, failOpen);
    // Registered after the handlers above, so `holding` is false when this settles.
    dialogClosed = shown.then(
      () => undefined,
      () => undefined,
    );
  };

  /**
   * A press on a control whose click would be held: the dialog is staged
   * while the button is down. Read-only: nothing is held, recorded or
   * remembered, and an error only means no staging. On a page's first press
   * the core is loading: the dialog is staged once it is there, if the press
   * is still the user's latest move.
   */
  const onPress = (event: Event) => {
    if (!options.stage || holding || !isUserEvent(event) || (event as MouseEvent).button !== 0) return;
    const press = ++moments;
    let action: HeldAction | null;
    try {
      action = options.adapter.actionOf(asClick(event), readOnly(memory));
    } catch (error) {
      report(error, `${options.adapter.id}.actionOf(pointerdown)`);
      return;
    }
    if (!action) return;
    const stageIfHeld = () => {
      try {
        const settings = options.settings();
        const request = settings.mode === 'audit' ? null : rate(action, options, settings);
        if (request && !approved(action)) options.stage!(request);
      } catch (error) {
        report(error, 'guard.stage');
      }
    };
    if (options.core?.ready() ?? true) stageIfHeld();
    else
      options.core!.load().then(
        () => press === moments && !holding && stageIfHeld(),
        () => {}, // the click that follows reports it
      );
  };

  function uninstall(): void {
    for (const type of HOLDABLE) options.target.removeEventListener(type, onEvent, { capture: true });
    options.target.removeEventListener('pointerdown', onPress, { capture: true });
  }

  for (const type of HOLDABLE) options.target.addEventListener(type, onEvent, { capture: true });
  options.target.addEventListener('pointerdown', onPress, { capture: true, passive: true });

  return {
    uninstall,
    get holding() {
      return holding;
    },
  };
}

/** The text to judge and its assessment, or null when protection is off or the text is below the threshold. */
function rate(action: HeldAction, options: GuardOptions, settings: GuardSettings): WarningRequest | null {
  if (!settings.enabled || settings.mode === 'off') return null;
  const isDraft = action.draft !== undefined && action.draft.trim() !== '';
  const text = isDraft ? action.draft! : postText(action.post);
  if (text.trim() === '' && !action.post?.author?.handle) return null;
  const author = { platform: options.adapter.id, handle: action.post?.author?.handle };
  const assessment = options.assess(text, isDraft ? {} : { date: action.post?.time, author });
  if (assessment.level === 'none' || !atLeast(assessment.level, settings.threshold)) return null;
  return {
    action,
    text,
    isDraft,
    assessment: assessment as WarningRequest['assessment'],
    allowProceed: settings.mode !== 'block',
    requireReason: settings.mode === 'justify',
  };
}

/** A post's text with its author: a post by a campaign account is itself a reason. */
export function postText(post: PostInfo | undefined): string {
  if (!post) return '';
  const author = [post.author?.name, post.author?.handle ? `@${post.author.handle}` : undefined].filter(Boolean).join(' ');
  return author ? `${post.text}\n${author}` : post.text;
}

function recordOf(platform: string, request: WarningRequest, decision: Decision): GuardRecord {
  return {
    platform,
    action: request.action.kind,
    level: request.assessment.level,
    terms: [...new Set(request.assessment.matches.map((m) => m.text))].slice(0, 10),
    decision,
  };
}

function approvalKey(action: HeldAction): string {
  return `${action.kind}|${action.post?.id ?? action.post?.url ?? action.post?.text.slice(0, 200) ?? ''}|${action.draft ?? ''}`;
}

/** What a click would be on the element a press went down on: adapters read only `type` and `target` of a click. */
function asClick(press: Event): Event {
  return { type: 'click', target: press.target } as unknown as Event;
}

/** The guard's memory for a look ahead: what an opener remembered is read, nothing is remembered. */
function readOnly(memory: ActionMemory): ActionMemory {
  return { remember: () => {}, recall: () => memory.recall() };
}

function hold(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function isFromOurDialog(event: Event): boolean {
  const target = event.target as Element | null;
  return target?.tagName?.toLowerCase() === 'netral-warning';
}

/** Dispatches a copy of the held event on its original target, once. */
export function replay(event: Event, view: Window): void {
  const target = event.target as EventTarget | null;
  if (!target || (target as Node).isConnected === false) return;
  // The page's own constructors (happy-dom windows in tests, the real window in the browser).
  const { KeyboardEvent: Keyboard, MouseEvent: Mouse } = view as unknown as typeof globalThis;
  let copy: Event;
  if (event.type === 'keydown') {
    const k = event as KeyboardEvent;
    copy = new Keyboard(k.type, {
      key: k.key,
      code: k.code,
      ctrlKey: k.ctrlKey,
      metaKey: k.metaKey,
      shiftKey: k.shiftKey,
      altKey: k.altKey,
      repeat: false,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
  } else {
    const m = event as MouseEvent;
    copy = new Mouse(m.type, {
      clientX: m.clientX,
      clientY: m.clientY,
      screenX: m.screenX,
      screenY: m.screenY,
      button: m.button,
      buttons: m.buttons,
      detail: m.detail,
      ctrlKey: m.ctrlKey,
      metaKey: m.metaKey,
      shiftKey: m.shiftKey,
      altKey: m.altKey,
      bubbles: true,
      cancelable: true,
      composed: true,
      view,
    });
  }
  target.dispatchEvent(copy);
}

function createMemory(now: () => number): ActionMemory {
  let remembered: { post: PostInfo; at: number } | undefined;
  return {
    remember(post) {
      remembered = { post, at: now() };
    },
    recall() {
      if (!remembered || now() - remembered.at > MEMORY_MS) return undefined;
      return remembered.post;
    },
  };
}
