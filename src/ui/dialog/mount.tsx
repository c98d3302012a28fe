/**
 * Shows the warning dialog in a closed shadow root (WXT shadow-root UI) and
 * resolves with the user's choice. Focus returns to where it was.
 */
import { render } from 'preact';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
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
 * The host element lives in the page's DOM, where the page can touch it.
 * Styling cannot hide it: WXT's `:host { all: initial !important }` inside
 * the closed shadow root outranks any page rule, `!important` included. But
 * attributes can: `inert` would make the dialog deaf, `hidden`/`popover`
 * would take it away; an observer takes them off again. A host taken out of
 * the document counts as cancel, never as proceed.
 */
function guardHost(host: HTMLElement, onRemoved: () => void): () => void {
  const strip = () => {
    for (const attribute of ['hidden', 'inert', 'popover']) if (host.hasAttribute(attribute)) host.removeAttribute(attribute);
  };
  const attributes = new MutationObserver(strip);
  attributes.observe(host, { attributes: true, attributeFilter: ['hidden', 'inert', 'popover'] });
  // Cheap while the dialog is up: one isConnected check per batch of page mutations.
  const removal = new MutationObserver(() => {
    if (!host.isConnected) onRemoved();
  });
  removal.observe(document, { childList: true, subtree: true });
  return () => {
    attributes.disconnect();
    removal.disconnect();
  };
}

export async function showWarning(
  ctx: ContentScriptContext,
  props: Omit<WarningProps, 'onCancel' | 'onProceed'>,
): Promise<Outcome> {
  const previousFocus = document.activeElement as HTMLElement | null;
  let settle: (outcome: Outcome) => void = () => {};
  const decided = new Promise<Outcome>((resolve) => (settle = resolve));
  const ui = await createShadowRootUi(ctx, {
    name: 'netral-warning',
    position: 'modal',
    zIndex: 2147483647,
    mode: 'closed',
    // Keys typed in the dialog must not reach the site's shortcuts (X's "l" likes).
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    css: DIALOG_CSS,
    onMount(container) {
      render(<WarningDialog {...props} onCancel={() => settle({ choice: 'cancel' })} onProceed={(reason) => settle({ choice: 'proceed', ...(reason ? { reason } : {}) })} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  const unguard = guardHost(ui.shadowHost, () => settle({ choice: 'cancel' }));
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
}
