/**
 * Which click or key press is about to like, comment, share, follow or post.
 * Runs in the guard's capture-phase listener: synchronous, `closest` and
 * `querySelector` only, null whenever unsure.
 */
import { eventElement, isDisabled, popoverPost, readText } from '../dom';
import type { ActionMemory, HeldAction, PostInfo } from '../types';
import { composerOf, editorKind, editorOf } from './composer';
import { commentContainer, postContainer, postOf, sel } from './post';
import { MARKER, TEXTS } from './selectors';
import { baseOf, FB_BASE, profileUrl } from './urls';

const BUTTON = '[role="button"]';
const S = {
  like: sel('like'),
  liked: sel('liked'),
  reactOpener: sel('reactOpener'),
  reaction: sel('reaction'),
  commentOpener: sel('commentOpener'),
  commentReply: sel('commentReply'),
  commentSubmit: sel('commentSubmit'),
  editor: sel('editor'),
  shareOpener: sel('shareOpener'),
  shareTarget: sel('shareTarget'),
  follow: sel('follow'),
  postSubmit: sel('postSubmit'),
};

/** A button found through a marker inside it or through its own label. */
function buttonOf(element: Element, marker: string, labelled: string): Element | null {
  const viaMarker = element.closest(marker)?.closest(BUTTON) ?? element.closest(BUTTON)?.querySelector(marker)?.closest(BUTTON);
  return viaMarker ?? element.closest(labelled);
}

/**
 * The Like button (post or comment) in its un-liked state, else null.
 * Known labels decide first; for an unknown UI language the un-liked button's
 * label equals its visible word ("Like"/"Like"), the liked one does not
 * ("Remove Like"/"Like").
 */
function unlikedButton(element: Element): Element | null {
  const button = buttonOf(element, MARKER.like, S.like);
  if (!button || button.matches(S.liked) || isDisabled(button)) return null;
  if (button.matches(S.like)) return button;
  const label = button.getAttribute('aria-label');
  return label && label === readText(button.querySelector(MARKER.like)) ? button : null;
}

/** Where a reaction picker is opened from: Facebook opens it on hovering Like (or on React), in a layer outside the post. */
const PICKER_OPENERS = `${MARKER.like}, ${S.like}, ${S.liked}, ${S.reactOpener}`;

function follow(button: Element): PostInfo | undefined {
  const post = postContainer(button);
  const info = post ? postOf(post) : null;
  if (info) return { ...info, text: [info.author?.name, info.text].filter(Boolean).join(' ') };
  // Page, profile or group header: the nearest block holding the <h1> name.
  let block: Element | null = button.parentElement;
  for (let depth = 0; block && depth < 12 && !block.querySelector('h1'); depth++) block = block.parentElement;
  const h1 = block?.querySelector('h1');
  if (!block || !h1) return undefined;
  const page = baseOf(button);
  return { text: readText(block, BUTTON, 1000), author: { name: readText(h1), url: page === FB_BASE ? undefined : profileUrl(page, page) } };
}

function click(element: Element, memory: ActionMemory): HeldAction | null {
  // Portalled steps first: their buttons reuse labels ("Like" in the picker).
  const reaction = element.closest(S.reaction);
  if (reaction) return { kind: 'like', target: reaction, post: postOf(reaction) ?? popoverPost(reaction, PICKER_OPENERS, postOf) ?? memory.recall() };

  const inDialog = element.closest(`[role="dialog"] ${BUTTON}`);
  const shareTarget =
    element.closest(S.shareTarget) ??
    (inDialog && TEXTS.shareTarget.includes(readText(inDialog) as never) ? inDialog : null);
  if (shareTarget) return isDisabled(shareTarget) ? null : { kind: 'share', target: shareTarget, post: memory.recall() };

  const postSubmit = element.closest(S.postSubmit);
  if (postSubmit) {
    const composer = composerOf(postSubmit);
    return composer?.kind === 'post' && !isDisabled(postSubmit) ? { kind: 'post', target: postSubmit, draft: composer.text } : null;
  }

  const submit = element.closest(S.commentSubmit);
  if (submit) {
    const editor = editorOf(submit);
    if (!editor || editorKind(editor) !== 'comment' || isDisabled(submit)) return null;
    return { kind: 'comment', target: submit, draft: readText(editor), post: postOf(editor, true) ?? memory.recall() };
  }

  const reactOpener = element.closest(S.reactOpener);
  if (reactOpener) {
    // A click is rare: the post is read now, for the picker that opens next.
    const post = postOf(reactOpener);
    if (post) memory.remember(post);
    return null;
  }
  if (element.closest(S.liked)) return null; // un-like / remove reaction
  const like = unlikedButton(element);
  if (like) return { kind: 'like', target: like, post: postOf(like) ?? undefined };

  const opener = buttonOf(element, MARKER.comment, S.commentOpener) ?? commentReply(element);
  if (opener) return { kind: 'comment', target: opener, post: postOf(opener) ?? undefined };

  const share = buttonOf(element, MARKER.share, S.shareOpener);
  if (share) {
    const post = postOf(share);
    if (post) memory.remember(post);
    return null;
  }

  const followButton = element.closest(S.follow);
  if (followButton && !isDisabled(followButton)) return { kind: 'follow', target: followButton, post: follow(followButton) };
  return null;
}

/** "Reply" under a comment, labelled or (as some builds render it) by its text only. */
function commentReply(element: Element): Element | null {
  const button = element.closest(BUTTON);
  if (!button || !commentContainer(button)) return null;
  return button.matches(S.commentReply) || TEXTS.commentReply.includes(readText(button) as never) ? button : null;
}

/** Enter (without Shift, outside an IME composition) in a comment box submits it. */
function keydown(event: KeyboardEvent, element: Element, memory: ActionMemory): HeldAction | null {
  if (event.key !== 'Enter' || event.shiftKey || event.isComposing || event.keyCode === 229) return null;
  const editor = element.closest(S.editor);
  if (!editor || editorKind(editor) !== 'comment') return null;
  const draft = readText(editor);
  if (!draft) return null; // Enter in an empty box sends nothing
  return { kind: 'comment', target: editor, draft, post: postOf(editor, true) ?? memory.recall() };
}

export function actionOf(event: Event, memory: ActionMemory): HeldAction | null {
  const element = eventElement(event);
  if (!element) return null;
  switch (event.type) {
    case 'click':
      return click(element, memory);
    case 'keydown':
      return keydown(event as KeyboardEvent, element, memory);
    default:
      return null;
  }
}
