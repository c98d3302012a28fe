/**
 * The dialog's host: the one element of Netral in the page's DOM, with a
 * closed shadow root (WXT shadow-root UI) the dialog renders into. How it
 * is put in the page, veiled or not, and how it holds its ground against
 * the page while the dialog is up.
 */
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DIALOG_CSS } from './styles';

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
  // A relayout boundary: what changes in the dialog (its text, the veil
  // coming off) is laid out from the host, not from the page's root, which
  // on a long feed means walking every post. Not `strict`: its style
  // containment made Chromium walk the page's style containment scopes each
  // time the host was put in or taken out (5 ms a time on a 2,000-post feed),
  // and the dialog has no counters or quotes to keep in.
  'contain:size layout paint',
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
 * make the dialog deaf, `hidden` could take it away. Every attribute but
 * our inline style and our `popover` is taken off again, and the inline style
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
export function guardHost(host: HTMLElement, shadow: ShadowRoot, onRemoved: () => void): () => void {
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
    for (const name of host.getAttributeNames()) if (name !== 'style' && name !== 'popover') host.removeAttribute(name);
    putHostStyle(host);
    putInTopLayer(host);
    refocusSoon();
  };
  restore();
  const attributes = new MutationObserver(restore);
  attributes.observe(host, { attributes: true });
  // A page that closes the host's popover (`hidePopover()`) or opens its own
  // top-layer element over it (a popover, a modal dialog) has it put back on top.
  const onTop = (event: Event) => {
    const ours = event.target === host;
    if (stopped || (event as ToggleEvent).newState !== (ours ? 'closed' : 'open')) return;
    // On a timer: a page that fights back costs it a loop, not us a recursion.
    setTimeout(() => !stopped && putInTopLayer(host, !ours), 0);
  };
  window.addEventListener('toggle', onTop, true);
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
    window.removeEventListener('toggle', onTop, true);
    attributes.disconnect();
    removal.disconnect();
  };
}

/**
 * Shows the host in the browser's top layer, as a manual popover (no light
 * dismiss, no focus move), where it is above everything in the page (its
 * z-index and its own top layer included; the latest shown is on top, hence
 * `again` to come back above a page's element). Why not a fixed element at
 * the maximum z-index in the page's own layer: putting such an element in
 * (or taking it out) made Chromium update the compositing inputs of the
 * whole page, 20–30 ms on a 2,000-post feed, in the frame right before the
 * user's release; a top-layer element is laid out on its own, under 1 ms.
 * Where the Popover API is missing (Chromium < 114, Firefox < 125) the host
 * stays what its style makes it: fixed, full-screen, at the maximum z-index.
 */
function putInTopLayer(host: HTMLElement, again = false): void {
  if (typeof host.showPopover !== 'function') return;
  if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
  try {
    const open = host.matches(':popover-open');
    if (open && again) host.hidePopover();
    if (!open || again) host.showPopover();
  } catch {
    // Disconnected, or the page is mid-change: the host's style still shows it.
  }
}

/** Gives the host its inline style; compared first, since a write the page's observers (and guardHost's) see must not loop or churn. */
function putHostStyle(host: HTMLElement): void {
  if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
}

/**
 * While staged: mounted and laid out, but clipped to nothing, so neither
 * seen nor hit-testable. A rule of the shadow's own, after HOST_CSS, so it
 * wins over it; the page cannot reach it. A clip, not `visibility: hidden`:
 * visibility is inherited, so taking it off restyled and re-pre-painted
 * every element of the dialog inside the click's task (3–4 ms on a long
 * feed); a clip is the host's alone. The staged dialog is also hidden from
 * assistive technology until shown (WarningDialog's `shown`), and its
 * handlers do nothing until then (mount.tsx).
 */
const VEIL_CSS = ':host{clip-path:inset(50%)!important}';

export interface Host {
  ui: ShadowRootContentScriptUi<HTMLElement>;
  /** Takes the veil off a staged host (nothing to do for a fresh one). */
  reveal(): void;
  /** Still in the page where it was put (a page may remove or move it). */
  inPlace(): boolean;
}

/** Puts a new host at the end of the page's body; a veiled one stays unseen until `reveal()`. */
export async function mountHost(ctx: ContentScriptContext, veiled: boolean): Promise<Host> {
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
  // WXT's own inline position (a 0x0 box) is replaced at once: showing the
  // dialog then changes nothing the page's layout depends on (guardHost
  // finds the style already right and writes nothing).
  putHostStyle(ui.shadowHost);
  // In the same task as the mount: it is first laid out in the top layer.
  putInTopLayer(ui.shadowHost);
  const parent = ui.shadowHost.parentNode;
  return { ui, reveal: () => veil?.remove(), inPlace: () => ui.shadowHost.isConnected && ui.shadowHost.parentNode === parent };
}

