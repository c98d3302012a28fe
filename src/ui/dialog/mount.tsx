/**
 * Shows the warning dialog (in its host, host.ts) and resolves with the
 * user's choice; focus returns to where it was. The dialog may have been
 * staged, unseen, during the press that led to it.
 */
import { render, type VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardHost, mountHost, type Host } from './host';
import { WarningDialog, type WarningProps } from './WarningDialog';

export type Choice = 'cancel' | 'proceed';
export interface Outcome {
  choice: Choice;
  /** Justify mode: what the user typed. */
  reason?: string;
}

/** A staged host nobody took is removed this long after the press ends, */
const STAGE_AFTER_RELEASE_MS = 1000;
/** and at the latest this long after it was mounted (a release outside the window is never seen). */
const STAGE_MAX_MS = 10_000;

/** What the dialog shows; the handlers are the mount's own. */
export type DialogProps = Omit<WarningProps, 'onCancel' | 'onProceed' | 'shown'>;

/** A staged dialog cannot be pressed (veiled: clipped to nothing, so not hit-testable); its handlers are replaced when it is shown. */
const ignore = () => {};

interface Stage {
  /** Set once the press's own frame is out and the mount has begun. */
  host?: Promise<Host>;
  /** Stops the stage (its timers, a mount not yet begun); `remove` takes a mounted host away too. */
  end(remove: boolean): void;
}

let staged: Stage | undefined;

/**
 * Mounts and renders the dialog ahead, veiled, for the warning that is
 * likely to follow: the guard calls this when the user presses a control
 * whose click it would hold. A press lasts tens of milliseconds (about 100
 * for a hand). Mounting and rendering the dialog, and the browser's first
 * style and layout of it, take 5–10 ms on a 2,000-post feed even in the
 * top layer (host.ts): that is done during the press, once
 * the press's own frame (the site's pressed look) is out, and the click
 * only takes the veil off (see showWarning). (Staging in the press's own
 * task was no faster at the click, within the bench's noise, and painted
 * the site's pressed look 30–100 ms late on long feeds.) One stage at a
 * time; one nobody takes is removed soon after the press ends, and a click
 * that comes before the mount has begun mounts its own host, as without a
 * stage.
 */
export function stageWarning(ctx: ContentScriptContext, props: DialogProps): void {
  if (staged || ctx.isInvalid) return;
  let ended = false;
  let timer = setTimeout(() => stage.end(true), STAGE_MAX_MS);
  const released = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stage.end(true), STAGE_AFTER_RELEASE_MS);
  };
  const stage: Stage = {
    end(remove) {
      ended = true;
      clearTimeout(timer);
      window.removeEventListener('pointerup', released, true);
      window.removeEventListener('pointercancel', released, true);
      if (staged === stage) staged = undefined;
      if (remove) stage.host?.then((h) => h.ui.remove(), () => {});
    },
  };
  afterNextFrame(() => {
    if (ended || ctx.isInvalid) return;
    // A failed render leaves no host: the warning, if it comes, mounts its own.
    stage.host = mountHost(ctx, true).then((h) => renderInto(h, <WarningDialog {...props} shown={false} onCancel={ignore} onProceed={ignore} />));
    // Nobody may come for it: a failure is seen by the warning that takes it (which then mounts its own).
    stage.host.catch(() => {});
  });
  window.addEventListener('pointerup', released, { capture: true, once: true });
  window.addEventListener('pointercancel', released, { capture: true, once: true });
  staged = stage;
}

/** Renders the dialog into a host; a render that throws takes the host away with it. */
function renderInto(host: Host, dialog: VNode): Host {
  try {
    render(dialog, host.ui.uiContainer);
  } catch (error) {
    host.ui.remove();
    throw error;
  }
  return host;
}

/** Runs `then` in a task after the next frame is rendered (a frame callback, then a message). */
function afterNextFrame(then: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      then();
    };
    channel.port2.postMessage(null);
  });
}

/** The staged host, if it is mounted and the page has left it where it was put; else a new one. */
async function takeHost(ctx: ContentScriptContext): Promise<Host> {
  const stage = staged;
  if (stage) {
    const host = await stage.host?.catch(() => undefined);
    const usable = host !== undefined && host.inPlace() && !ctx.isInvalid;
    stage.end(!usable);
    if (usable) return host;
  }
  return mountHost(ctx, false);
}

export type ShowWarning = (ctx: ContentScriptContext, props: DialogProps) => Promise<Outcome>;

export const showWarning: ShowWarning = async (ctx, props) => {
  const previousFocus = document.activeElement as HTMLElement | null;
  let settle: (outcome: Outcome) => void = () => {};
  const decided = new Promise<Outcome>((resolve) => (settle = resolve));
  // No dialog to answer leaves nothing in the page (the guard lets the action through).
  const { ui, reveal } = renderInto(await takeHost(ctx), <WarningDialog {...props} onCancel={() => settle({ choice: 'cancel' })} onProceed={(reason) => settle({ choice: 'proceed', ...(reason ? { reason } : {}) })} />);
  reveal();
  const unguard = guardHost(ui.shadowHost, ui.shadow, () => settle({ choice: 'cancel' }));
  // If the extension is reloaded while the dialog is open, WXT removes the UI: treat it as cancel.
  ctx.onInvalidated(() => settle({ choice: 'cancel' }));
  // Nothing tells an orphaned content script it is orphaned: look while the dialog is up.
  const watch = setInterval(() => void ctx.isInvalid, 500);
  const outcome = await decided;
  clearInterval(watch);
  unguard();
  ui.remove();
  previousFocus?.focus?.({ preventScroll: true });
  return outcome;
};
