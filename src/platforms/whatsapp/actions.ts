/**
 * Which click or key press on WhatsApp Web is about to forward a message or
 * send a draft. Runs in the guard's capture listener before WhatsApp sees
 * the event: synchronous, `closest`/`querySelector` only, null when unsure.
 *
 * Forwarding is two steps or more (chevron → menu "Forward" → dialog: tick
 * chats → Send; or the quick-forward icon → dialog; or "Select messages" →
 * bar's forward → dialog). Only the dialog's Send forwards, and the dialog
 * sits outside the message: every opener remembers the message, Send
 * recalls it.
 */
import { eventElement, isDisabled, readText } from '../dom';
import type { ActionMemory, HeldAction, PostInfo } from '../types';
import { draftOf, findComposer } from './composer';
import { css, firstWithin, postOf, replyPanelPost, selectedPostOf } from './post';
import { TEXTS, type WhatsAppSelectorName } from './selectors';

const BUTTON = 'button, [role="button"]';

/** Which opener put a message in memory: a Reply must not be forwarded, a chevron may lead either way. */
type Opener = 'menu' | 'forward' | 'reply';
const openers = new WeakMap<PostInfo, Opener>();

function remember(memory: ActionMemory, post: PostInfo | null, opener: Opener): void {
  if (!post) return;
  openers.set(post, opener);
  memory.remember(post);
}

/** The remembered message if one of `accepted` openers put it there. */
function recall(memory: ActionMemory, accepted: readonly Opener[]): PostInfo | undefined {
  const post = memory.recall();
  const from = post ? openers.get(post) : undefined;
  return post && from && accepted.includes(from) ? post : undefined;
}

/**
 * The control named `name` that `element` is in: the labelled control
 * itself, the button around a matching icon, or a button whose own icon
 * matches (a click on the button's padding).
 */
function controlOf(element: Element, name: WhatsAppSelectorName): Element | null {
  const hit = element.closest(css(name));
  if (hit) return hit.matches(BUTTON) ? hit : (hit.closest(BUTTON) ?? hit);
  const button = element.closest(BUTTON);
  const inner = button ? firstWithin(button, name) : null;
  return inner && inner.closest(BUTTON) === button ? button : null;
}

/** A dialog's title: aria-label, its labelling element, its header or heading. */
function dialogTitle(dialog: Element): string {
  const label = dialog.getAttribute('aria-label');
  if (label) return label.trim();
  const labelledBy = dialog.getAttribute('aria-labelledby')?.split(' ')[0];
  const byId = labelledBy ? dialog.ownerDocument.getElementById(labelledBy) : null;
  const heading = byId ?? dialog.querySelector('header [title], h1, h2, [role="heading"], header');
  return heading?.getAttribute('title')?.trim() || readText(heading, BUTTON, 200);
}

/** The forward dialog: its title says so, or (an unknown UI language) it offers chats to tick. */
function isForwardDialog(dialog: Element): boolean {
  return (TEXTS.forwardTitle as readonly string[]).includes(dialogTitle(dialog)) || firstWithin(dialog, 'dialogCheck') !== null;
}

/** Which item of the message menu this is, by label, test id or visible text. */
function menuItemKind(element: Element): 'forward' | 'reply' | 'other' | null {
  if (element.closest(css('forwardItem'))) return 'forward';
  if (element.closest(css('replyItem'))) return 'reply';
  const item = element.closest(css('menuItem'));
  if (!item) return null;
  const text = readText(item, undefined, 100);
  if ((TEXTS.forward as readonly string[]).includes(text)) return 'forward';
  if ((TEXTS.reply as readonly string[]).includes(text)) return 'reply';
  return 'other';
}

function click(element: Element, memory: ActionMemory): HeldAction | null {
  // The forward dialog's Send: the step that forwards.
  const dialogSend = controlOf(element, 'dialogSend');
  if (dialogSend) {
    const dialog = dialogSend.closest(css('dialog'));
    if (!dialog || isDisabled(dialogSend) || !isForwardDialog(dialog)) return null;
    const post = recall(memory, ['forward', 'menu']);
    return post ? { kind: 'share', target: dialogSend, post } : null;
  }

  const send = controlOf(element, 'send');
  if (send) return isDisabled(send) ? null : composerAction(send, memory);

  const chevron = controlOf(element, 'messageMenu');
  if (chevron) {
    remember(memory, postOf(chevron), 'menu');
    return null;
  }
  const quick = controlOf(element, 'quickForward');
  if (quick) {
    remember(memory, postOf(quick), 'forward');
    return null;
  }
  const selectForward = controlOf(element, 'selectForward');
  if (selectForward) {
    remember(memory, selectedPostOf(element.ownerDocument) ?? recall(memory, ['menu', 'forward']) ?? null, 'forward');
    return null;
  }

  // Menu items only re-label the message the chevron remembered: Forward opens the dialog, Reply the reply panel.
  const item = menuItemKind(element);
  if (item === 'forward' || item === 'reply') {
    const post = recall(memory, ['menu', 'forward', 'reply']);
    if (post) remember(memory, post, item);
  }
  return null;
}

/** A send from the footer composer; null when there is nothing to send. */
function composerAction(target: Element, memory: ActionMemory): HeldAction | null {
  const composer = findComposer(target);
  if (!composer) return null;
  const draft = draftOf(composer);
  if (!draft) return null;
  if (!composer.replyPanel) return { kind: 'post', target, draft };
  return { kind: 'comment', target, draft, post: replyTarget(composer.replyPanel, memory) };
}

/** The message being replied to: the one the menu's Reply remembered if it matches the panel, else the panel's own text. */
function replyTarget(panel: Element, memory: ActionMemory): PostInfo | undefined {
  const shown = replyPanelPost(panel);
  const remembered = recall(memory, ['reply']);
  if (remembered && shown) {
    // The panel may cut a long message short.
    const head = shown.text.replace(/[….]+$/, '').slice(0, 40);
    if (remembered.text.startsWith(head)) return remembered;
  }
  return shown ?? undefined;
}

/**
 * Enter (no Shift, outside an IME composition) in the footer composer sends.
 * With a mention or emoji suggestion highlighted (aria-activedescendant),
 * Enter picks the suggestion instead. Ctrl/⌘+Enter is not held: no source
 * shows WhatsApp Web sending on it.
 */
function keydown(event: KeyboardEvent, element: Element, memory: ActionMemory): HeldAction | null {
  if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.isComposing || event.keyCode === 229) return null;
  const editor = element.closest(css('composer'));
  if (!editor || editor.getAttribute('aria-activedescendant')) return null;
  return composerAction(editor, memory);
}

export function actionOf(event: Event, memory: ActionMemory): HeldAction | null {
  const element = eventElement(event);
  if (!element) return null;
  if (event.type === 'click') return click(element, memory);
  if (event.type === 'keydown') return keydown(event as KeyboardEvent, element, memory);
  return null;
}
