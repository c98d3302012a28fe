/**
 * Which public action an event on LinkedIn is about to trigger. Runs in the
 * guard's capture listener before LinkedIn sees the event: cheap,
 * synchronous, null when unsure.
 *
 * One-step: a reaction (the Like toggle or a flyout reaction), a comment
 * submit, Follow. Two-step (opener → item that publishes): repost and
 * "Repost with your thoughts" (Repost opener → menu item), send (Send
 * opener → the dialog's Send button). Openers only remember the post.
 */
import { eventElement, isDisabled, isEditable, popoverPost, readText } from '../dom';
import type { ActionMemory, HeldAction, PostInfo } from '../types';
import { draftOf, findComposer } from './composer';
import { accountOf, css, postContainer, postOf } from './post';
import { TEXTS, type LiSelectorName } from './selectors';

/** Which opener put a post in memory: the repost menu and the send dialog sit outside the post. */
type Opener = 'react' | 'comment' | 'repost' | 'send' | 'menu';
const openers = new WeakMap<PostInfo, Opener>();

function remember(memory: ActionMemory, post: PostInfo | null, opener: Opener): void {
  if (!post) return;
  openers.set(post, opener);
  memory.remember(post);
}

/** The remembered post if `opener` put it there (or, unless strict, code we do not know about). */
function recall(memory: ActionMemory, opener: Opener, strict = false): PostInfo | undefined {
  const post = memory.recall();
  if (!post) return undefined;
  const from = openers.get(post);
  return from === opener || (!strict && from === undefined) ? post : undefined;
}

/**
 * Where the reactions flyout is opened from: LinkedIn opens it on hovering
 * Like (in SDUI, outside the post). Its post is found from the control it
 * sits next to, apart from the shared memory, so a flyout crossed on the way
 * to an open repost menu does not make that menu forget its post.
 */
const FLYOUT_OPENERS = `${css('reactionState')}, ${css('reactTrigger')}, ${css('reactionsOpener')}`;

export function actionOf(event: Event, memory: ActionMemory): HeldAction | null {
  const element = eventElement(event);
  if (!element) return null;
  switch (event.type) {
    case 'click':
      return onClick(element, memory);
    case 'keydown':
      return onKey(event as KeyboardEvent, element, memory);
    default:
      return null;
  }
}

function onClick(element: Element, memory: ActionMemory): HeldAction | null {
  const hit = (name: LiSelectorName) => element.closest(css(name));
  let control: Element | null;

  // Steps outside the post (flyout, menus, dialogs) first: their buttons reuse icons and words.
  if ((control = hit('reactionItem'))) {
    const post = postOf(control) ?? popoverPost(control, FLYOUT_OPENERS, postOf) ?? recall(memory, 'react');
    return post ? { kind: 'like', target: control, post } : null;
  }
  if ((control = hit('repostItem') ?? hit('quoteItem') ?? hit('menuItem'))) return repostMenuItem(control, memory);
  if ((control = hit('sendButton') ?? dialogSend(element))) {
    if (isDisabled(control)) return null;
    const post = recall(memory, 'send', true);
    return post ? { kind: 'share', target: control, post } : null;
  }
  if ((control = hit('commentSubmit'))) return commentAction(control, control, memory);

  if (hit('unfollow')) return null;
  if ((control = hit('follow'))) {
    if (isDisabled(control)) return null;
    const post = accountOf(control);
    return post ? { kind: 'follow', target: control, post } : null;
  }

  if ((control = hit('reactionsOpener'))) {
    remember(memory, postOf(control), 'react');
    return null;
  }
  if ((control = hit('reactionState'))) {
    // SDUI: aria-pressed lies; only "…: no reaction" means this click adds one.
    if (!control.matches(css('reactionNone')) || isDisabled(control)) return null;
    const post = postOf(control);
    return post ? { kind: 'like', target: control, post } : null;
  }
  if ((control = hit('reactTrigger'))) {
    // Ember: aria-pressed="true" means the click removes the reaction.
    if (control.getAttribute('aria-pressed') !== 'false' || isDisabled(control)) return null;
    const post = postOf(control);
    return post ? { kind: 'like', target: control, post } : null;
  }
  if ((control = hit('repostOpener'))) {
    remember(memory, postOf(control), 'repost');
    return null;
  }
  if ((control = hit('sendOpener'))) {
    remember(memory, postOf(control), 'send');
    return null;
  }
  if ((control = hit('commentOpener'))) {
    // Opening the box publishes nothing; the submit is what is held.
    remember(memory, postOf(control), 'comment');
    return null;
  }
  if ((control = element.closest('button[aria-expanded], button[aria-haspopup], [role="button"][aria-expanded]')) && postContainer(control)) {
    // Another menu of a post (control menu, "…"): its items must not be taken for repost items.
    remember(memory, postOf(control), 'menu');
  }
  return null;
}

/** An item of the menu the Repost opener showed: instant repost, quote, or something else (null). */
function repostMenuItem(item: Element, memory: ActionMemory): HeldAction | null {
  if (isDisabled(item)) return null;
  const post = recall(memory, 'repost', true);
  if (!post) return null;
  const text = readText(item, '.visually-hidden, svg');
  const startsWith = (words: readonly string[]) => words.some((w) => text === w || text.startsWith(`${w} `));
  if (item.matches(css('quoteItem')) || startsWith(TEXTS.quote)) return { kind: 'quote', target: item, post };
  if (startsWith(TEXTS.undoRepost)) return null;
  if (item.matches(css('repostItem')) || startsWith(TEXTS.repost)) return { kind: 'repost', target: item, post };
  return null;
}

/** The send dialog's Send button when it has no known hook: a dialog button whose words are "Send". */
function dialogSend(element: Element): Element | null {
  const button = element.closest(`${css('dialog')} button`);
  if (!button) return null;
  const text = readText(button, '.visually-hidden, svg');
  return (TEXTS.send as readonly string[]).includes(text) ? button : null;
}

/** A comment submit (button click or Ctrl/⌘+Enter in the editor) with its draft. */
function commentAction(target: Element, from: Element, memory: ActionMemory): HeldAction | null {
  const composer = findComposer(from);
  if (!composer) return null;
  if (target !== composer.editor && isDisabled(target)) return null;
  const draft = draftOf(composer);
  if (!draft) return null; // an empty box sends nothing
  const post = postOf(composer.box) ?? recall(memory, 'comment');
  return { kind: 'comment', target, draft, post };
}

/**
 * LinkedIn has no single-key shortcuts. Ctrl/⌘+Enter in a comment editor
 * submits; Enter/Space on non-native controls (Ember's `div[role=button]`
 * menu items) activates them like a click.
 */
function onKey(event: KeyboardEvent, element: Element, memory: ActionMemory): HeldAction | null {
  if (event.isComposing || event.keyCode === 229) return null;
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) {
    const editor = element.closest(css('editor'));
    return editor ? commentAction(editor, editor, memory) : null;
  }
  if (event.ctrlKey || event.metaKey || event.altKey || isEditable(element)) return null;
  if (event.key !== 'Enter' && event.key !== ' ') return null;
  // Native buttons and links turn Enter/Space into a click of their own.
  const control = element.closest('[role="menuitem"], [role="button"]');
  if (!control || control.tagName === 'BUTTON' || control.tagName === 'A') return null;
  return onClick(element, memory);
}
