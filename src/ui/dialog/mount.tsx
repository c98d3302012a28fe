/**
 * Shows the warning dialog in a closed shadow root (WXT shadow-root UI) and
 * resolves with the user's choice. Focus returns to where it was.
 */
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DIALOG_CSS } from './styles';
import { WarningDialog, type WarningProps } from './WarningDialog';

export type Choice = 'cancel' | 'proceed';
export interface Outcome {
  choice: Choice;
  /** Justify mode: what the user typed. */
  reason?: string;
}

/**
 * How the host must look: displayed, covering the viewport, above the page
 * and hit-testable. (WXT's 'modal' position leaves the host a 0x0 box and
 * only fixes the element inside the shadow root, so a page element with any
 * positive z-index would cover the dialog.)
 */
const HOST_STYLE = [
  'display:block',
  'visibility:visible',
  'opacity:1',
  'position:fixed',
  'inset:0',
  'width:auto',
  'height:auto',
  'margin:0',
  'z-index:2147483647',
  'pointer-events:auto',
  'transform:none',
  'filter:none',
  'clip-path:none',
  'mask:none',
  'content-visibility:visible',
]
  .map((declaration) => `${declaration}!important`)
  .join(';');

/**
 * The same declarations inside the closed shadow root. This is what holds:
 * for `!important` rules the shadow tree's `:host` outranks everything the
 * page has, its stylesheets and the host's inline style included (it is how
 * WXT's own `:host { all: initial !important }` reset wins, and that reset
 * would also wipe the inline copy below). Comes after the reset in the
 * shadow's stylesheet, so these win over it.
 */
const HOST_CSS = `:host{${HOST_STYLE}}`;

/**
 * The host element lives in the page's DOM, where the page can touch it.
 * Styling cannot hide it (see HOST_CSS), but attributes can: `inert` would
 * make the dialog deaf, `hidden`/`popover` could take it away. Every
 * attribute but our inline style is taken off again, and the inline style
 * (a second line of defence, e.g. if the shadow's sheet ever failed to
 * load) is put back. A host taken out of its place (removed, or moved into
 * a hidden container) counts as cancel, never as proceed.
 *
 * Focus stays in the dialog: a page that takes it (`focus()` elsewhere, or
 * a brief `hidden` that blurs the focused button) would leave a keyboard
 * user unable to answer, since the guard swallows page keys while a dialog
 * is up. It goes back to the dialog's last focused control, on a timer so
 * that a page fighting back costs it a loop, not us a recursion.
 */
function guardHost(host: HTMLElement, shadow: ShadowRoot, onRemoved: () => void): () => void {
  const parent = host.parentNode;
  let last = shadow.activeElement as HTMLElement | null;
  let stopped = false;
  const remember = (event: Event) => {
    last = event.target as HTMLElement;
  };
  shadow.addEventListener('focusin', remember);
  const refocus = () => {
    if (!stopped && host.isConnected && document.activeElement !== host) last?.focus({ preventScroll: true });
  };
  const refocusSoon = () => void setTimeout(refocus, 0);
  document.addEventListener('focusin', refocusSoon, true);
  host.addEventListener('focusout', refocusSoon);
  const restore = () => {
    for (const name of host.getAttributeNames()) if (name !== 'style') host.removeAttribute(name);
    // Compared first: our own write fires the observer once more, and must not loop.
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
    refocusSoon();
  };
  restore();
  const attributes = new MutationObserver(restore);
  attributes.observe(host, { attributes: true });
  // Cheap while the dialog is up: one check per batch of page mutations.
  const removal = new MutationObserver(() => {
    if (!host.isConnected || host.parentNode !== parent) onRemoved();
  });
  removal.observe(document, { childList: true, subtree: true });
  return () => {
    stopped = true;
    shadow.removeEventListener('focusin', remember);
    document.removeEventListener('focusin', refocusSoon, true);
    host.removeEventListener('focusout', refocusSoon);
    attributes.disconnect();
    removal.disconnect();
  };
}

/**
 * While staged: mounted, but neither painted nor hit-testable. A rule of the
 * shadow's own, after HOST_CSS, so it wins over it; the page cannot reach it.
 */
const VEIL_CSS = ':host{visibility:hidden!important;pointer-events:none!important}';

/** A staged host nobody took is removed this long after the press ends, */
const STAGE_AFTER_RELEASE_MS = 1000;
/** and at the latest this long after it was mounted (a release outside the window is never seen). */
const STAGE_MAX_MS = 10_000;

interface Host {
  ui: ShadowRootContentScriptUi<HTMLElement>;
  /** Takes the veil off a staged host (nothing to do for a fresh one). */
  reveal(): void;
}

async function mountHost(ctx: ContentScriptContext, veiled: boolean): Promise<Host> {
  const ui = await createShadowRootUi(ctx, {
    name: 'netral-warning',
    position: 'modal',
    zIndex: 2147483647,
    mode: 'closed',
    // Keys typed in the dialog must not reach the site's shortcuts (X's "l" likes).
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    css: DIALOG_CSS + HOST_CSS,
    onMount: (container) => container,
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  const veil = veiled ? ui.shadow.appendChild(document.createElement('style')) : undefined;
  if (veil) veil.textContent = VEIL_CSS;
  ui.mount();
  return { ui, reveal: () => veil?.remove() };
}

/** What the dialog shows; the handlers are the mount's own. */
export type DialogProps = Omit<WarningProps, 'onCancel' | 'onProceed' | 'shown'>;

/** A staged dialog cannot be pressed (veiled: not hit-testable, not focusable); its handlers are replaced when it is shown. */
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
 * for a hand). Putting a new element into a long page costs the browser a
 * full style, layout and pre-paint pass (15–20 ms on a 2,000-post feed),
 * and laying out the dialog a few more: that is done during the press, once
 * the press's own frame (the site's pressed look) is out, and the click
 * only takes the veil off (see showWarning). One stage at a time; one nobody
 * takes is removed soon after the press ends, and a click that comes before
 * the mount has begun mounts its own host, as without a stage.
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
    stage.host = mountHost(ctx, true).then((h) => {
      render(<WarningDialog {...props} shown={false} onCancel={ignore} onProceed={ignore} />, h.ui.uiContainer);
      return h;
    });
  });
  window.addEventListener('pointerup', released, { capture: true, once: true });
  window.addEventListener('pointercancel', released, { capture: true, once: true });
  staged = stage;
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
    const placed = host?.ui.shadowHost.isConnected && host.ui.shadowHost.parentNode === document.body;
    const usable = host !== undefined && placed && !ctx.isInvalid;
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
  const { ui, reveal } = await takeHost(ctx);
  render(<WarningDialog {...props} onCancel={() => settle({ choice: 'cancel' })} onProceed={(reason) => settle({ choice: 'proceed', ...(reason ? { reason } : {}) })} />, ui.uiContainer);
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
