/**
 * Which click, double-click or key press on TikTok is about to like,
 * comment, share, repost or follow. Runs in the guard's capture listener,
 * before TikTok sees the event: synchronous, cheap, null whenever unsure.
 */
import { eventElement, isDisabled, isEditable, popoverPost, readText } from '../dom';
import type { ActionMemory, HeldAction, PostInfo } from '../types';
import { draftOf, editorOf } from './composer';
import { accountOf, css, currentPost, postContainer, postOf, readPost } from './post';
import { UNDO_TEXTS } from './selectors';

/**
 * Which opener put a post in memory: the share panel and the feed's
 * comment panel both sit outside the card, and a comment opener's post
 * must not be taken for the one being shared.
 */
type Opener = 'share' | 'comment';
const openers = new WeakMap<PostInfo, Opener>();

function remember(memory: ActionMemory, post: PostInfo | null, opener: Opener): void {
  if (!post) return;
  openers.set(post, opener);
  memory.remember(post);
}

/** The remembered post if `opener` remembered it (or code we do not know, unless strict). */
function recall(memory: ActionMemory, opener: Opener, strict = false): PostInfo | undefined {
  const post = memory.recall();
  if (!post) return undefined;
  const from = openers.get(post);
  return from === opener || (!strict && from === undefined) ? post : undefined;
}

/** The like button around `element`, by its icon or (fallback) its label. */
function likeButton(element: Element): Element | null {
  const viaIcon = element.closest(css('likeIcon'))?.closest('button, [role="button"]');
  if (viaIcon) return viaIcon;
  const button = element.closest('button, [role="button"]');
  if (button?.querySelector(css('likeIcon'))) return button;
  return element.closest(css('likeLabel'));
}

/** A like button that would like (not un-like): TikTok marks the liked state with aria-pressed. */
const isLiked = (button: Element): boolean => button.getAttribute('aria-pressed') === 'true';

function opener(element: Element, icon: 'commentIcon' | 'shareIcon', label?: 'shareLabel'): Element | null {
  const viaIcon = element.closest(css(icon))?.closest('button, [role="button"]') ?? element.closest(css(icon));
  if (viaIcon) return viaIcon;
  const button = element.closest('button, [role="button"]');
  if (button?.querySelector(css(icon))) return button;
  return label ? element.closest(css(label)) : null;
}

function like(button: Element): HeldAction | null {
  if (isLiked(button) || isDisabled(button)) return null;
  const post = postOf(button);
  return post ? { kind: 'like', target: button, post } : null;
}

/**
 * The post a share-panel item is about: the card it sits in; else, as
 * TikTok opens its share popover on hovering Share, outside the card, the
 * card of the share opener the popover sits next to; else the one whose
 * opener was clicked.
 */
function sharedPost(item: Element, memory: ActionMemory): PostInfo | undefined {
  return postOf(item) ?? popoverPost(item, `${css('shareIcon')}, ${css('shareLabel')}`, postOf, css('sharePanel')) ?? recall(memory, 'share', true);
}

/** The comment being submitted from `from` (the submit button or the editor). */
function comment(target: Element, from: Element, memory: ActionMemory): HeldAction | null {
  const editor = editorOf(from);
  if (!editor) return null;
  const draft = draftOf(editor);
  // An empty box posts nothing (TikTok keeps the button disabled).
  if (!draft) return null;
  const post = postOf(editor) ?? recall(memory, 'comment');
  return { kind: 'comment', target, draft, post };
}

function click(element: Element, memory: ActionMemory): HeldAction | null {
  let control: Element | null;

  if ((control = element.closest(css('repost')))) {
    // The same entry takes a repost back once reposted ("Remove repost").
    if (isDisabled(control) || UNDO_TEXTS.repost.test(readText(control))) return null;
    const post = sharedPost(control, memory);
    return post ? { kind: 'repost', target: control, post } : null;
  }
  if ((control = element.closest(css('shareTarget')))) {
    if (isDisabled(control)) return null;
    const post = sharedPost(control, memory);
    return post ? { kind: 'share', target: control, post } : null;
  }
  if ((control = element.closest(css('commentSubmit')))) {
    return isDisabled(control) ? null : comment(control, control, memory);
  }
  if ((control = likeButton(element))) return like(control);
  if ((control = opener(element, 'shareIcon', 'shareLabel'))) {
    // The opener only shows the share panel; its entries are the actions.
    remember(memory, postOf(control), 'share');
    return null;
  }
  if ((control = opener(element, 'commentIcon'))) {
    // Opening the comments is reading them; the submit is the action.
    remember(memory, postOf(control), 'comment');
    return null;
  }
  if ((control = element.closest(css('follow')))) {
    if (isDisabled(control) || (UNDO_TEXTS.following as readonly string[]).includes(readText(control))) return null;
    const post = accountOf(control);
    return post ? { kind: 'follow', target: control, post } : null;
  }
  return null;
}

/** Double-click on the video likes it; on a liked video it does nothing. */
function doubleClick(element: Element): HeldAction | null {
  const player = element.closest(css('player'));
  const root = player ? postContainer(player) : null;
  if (!player || !root) return null;
  const button = likeButton(root.querySelector(css('likeIcon')) ?? root.querySelector(css('likeLabel')) ?? root);
  if (button && isLiked(button)) return null;
  const post = readPost(root);
  return post ? { kind: 'like', target: player, post } : null;
}

/** Enter in the comment box submits it; `L` likes the video on screen (reported shortcut). */
function keydown(event: KeyboardEvent, element: Element, memory: ActionMemory): HeldAction | null {
  if (event.isComposing || event.keyCode === 229) return null;
  if (event.key === 'Enter') {
    const editor = element.closest(css('commentEditor'));
    // Shift+Enter is a line break, not a submit.
    if (editor) return event.shiftKey || event.altKey ? null : comment(editor, editor, memory);
    return null;
  }
  if (event.key !== 'l' && event.key !== 'L') return null;
  if (event.ctrlKey || event.metaKey || event.altKey || isEditable(element)) return null;
  const focused = element.ownerDocument.activeElement ?? element;
  if (isEditable(focused)) return null;
  const root = currentPost(focused);
  const icon = root?.querySelector(css('likeIcon')) ?? root?.querySelector(css('likeLabel'));
  const button = icon ? likeButton(icon) : null;
  if (!root || !button || isLiked(button)) return null;
  const post = readPost(root);
  return post ? { kind: 'like', target: button, post } : null;
}

export function actionOf(event: Event, memory: ActionMemory): HeldAction | null {
  const element = eventElement(event);
  if (!element) return null;
  switch (event.type) {
    case 'click':
      return click(element, memory);
    case 'dblclick':
      return doubleClick(element);
    case 'keydown':
      return keydown(event as KeyboardEvent, element, memory);
    default:
      return null;
  }
}
