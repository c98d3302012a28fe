/**
 * Which click, double-click or key press on Instagram is about to like,
 * comment, share or follow. Runs in the guard's capture-phase listener:
 * synchronous, `closest`/`querySelector` only, null whenever unsure.
 */
import { eventElement, isDisabled, readText } from '../dom';
import type { ActionMemory, HeldAction, PostInfo } from '../types';
import { draftOf, editorOf, isCommentEditor, postOfEditor } from './composer';
import { commentContainer, handleOf, postContainer, postOf, profileUrl, sel } from './post';
import { TEXTS } from './selectors';

const BUTTON = '[role="button"], button';
const S = {
  like: sel('like'),
  unlike: sel('unlike'),
  comment: sel('commentOpener'),
  share: sel('shareOpener'),
  formButton: sel('formButton'),
};
/** Post-level heart in the liked state: a double-click on the media then does nothing. */
const POST_UNLIKE = S.unlike
  .split(', ')
  .map((s) => `${s}[height="24"]`)
  .join(', ');

/** Which opener put a post in memory: the share dialog's Send only trusts the share opener. */
type Opener = 'share' | 'comment';
const openers = new WeakMap<PostInfo, Opener>();

function remember(memory: ActionMemory, post: PostInfo | null, opener: Opener): void {
  if (!post) return;
  openers.set(post, opener);
  memory.remember(post);
}

function recall(memory: ActionMemory, opener: Opener): PostInfo | undefined {
  const post = memory.recall();
  return post && openers.get(post) === opener ? post : undefined;
}

/**
 * The button around an icon: the click lands on the svg, a path in it, or
 * the button itself. A button holding several icons is not an icon button.
 */
function iconButton(element: Element, icon: string): Element | null {
  const svg = element.closest(icon);
  if (svg) return svg.closest(BUTTON) ?? svg;
  const button = element.closest(BUTTON);
  // Only an icon-only button: a whole row that happens to be a button (and holds a heart) is not one.
  return button && button.querySelectorAll(icon).length === 1 && readText(button) === '' ? button : null;
}

const label = (button: Element): string => (button.getAttribute('aria-label') ?? readText(button)).trim();

/** An item of the share dialog (Send, Copy link, Add to story…); the dialog sits outside the post. */
function shareTarget(element: Element): Element | null {
  const button = element.closest(BUTTON);
  if (!button?.closest('[role="dialog"]') || button.closest('form, article')) return null;
  const text = readText(button);
  return (TEXTS.shareTarget as readonly string[]).includes(text) || (TEXTS.shareTarget as readonly string[]).includes(label(button)) ? button : null;
}

/** The comment form's submit: the form's button with text and no icon (the emoji button has one). */
function commentSubmit(element: Element): { button: Element; editor: Element } | null {
  const button = element.closest(S.formButton);
  if (!button || button.querySelector('svg') || readText(button) === '') return null;
  const editor = editorOf(button);
  return editor && isCommentEditor(editor) ? { button, editor } : null;
}

/** A Follow button (text only, no label): "Follow"/"Ikuti"; "Following"/"Mengikuti" opens the unfollow menu. */
function followButton(element: Element): Element | null {
  const button = element.closest(BUTTON);
  return button && (TEXTS.follow as readonly string[]).includes(readText(button)) ? button : null;
}

/**
 * Who a Follow button follows: the profile link nearest to it (post
 * header, suggestion card, profile header), with the post when the button
 * sits in that account's post.
 */
function followed(button: Element): PostInfo | undefined {
  let block: Element | null = button.parentElement;
  let link: Element | undefined;
  for (let depth = 0; block && depth < 8 && !link; depth++, block = block.parentElement) {
    link = [...block.querySelectorAll('a[href]')].find((a) => handleOf(a) !== undefined);
    if (link) break;
  }
  const handle = link ? handleOf(link) : undefined;
  if (!block || !handle) return undefined;
  const post = postContainer(button) ? postOf(button) : null;
  if (post?.author?.handle === handle) return { ...post, text: [post.author.name, post.text].filter(Boolean).join(' ') };
  const name = (link?.textContent ?? '').trim() || handle;
  return { text: readText(block, BUTTON, 1000), author: { name, handle, url: profileUrl(handle) } };
}

function click(element: Element, memory: ActionMemory): HeldAction | null {
  if (iconButton(element, S.unlike)) return null; // un-like
  const like = iconButton(element, S.like);
  if (like) {
    const post = postOf(like);
    return post && !isDisabled(like) ? { kind: 'like', target: like, post } : null;
  }

  // Before the comment form: "Kirim" is both the share dialog's Send and the comment submit.
  const item = shareTarget(element);
  if (item) {
    const post = recall(memory, 'share');
    return post && !isDisabled(item) ? { kind: 'share', target: item, post } : null;
  }

  const share = iconButton(element, S.share);
  if (share) {
    // The opener only shows the share dialog; its Send shares.
    remember(memory, postOf(share), 'share');
    return null;
  }
  const comment = iconButton(element, S.comment);
  if (comment) {
    // Opens the post dialog or focuses the box; the submit is what publishes.
    remember(memory, postOf(comment), 'comment');
    return null;
  }

  const submit = commentSubmit(element);
  if (submit) {
    const draft = draftOf(submit.editor);
    if (!draft || isDisabled(submit.button)) return null;
    const post = postOfEditor(submit.editor) ?? recall(memory, 'comment');
    return { kind: 'comment', target: submit.button, draft, post: post ?? undefined };
  }

  const follow = followButton(element);
  if (follow && !isDisabled(follow)) {
    const post = followed(follow);
    return post ? { kind: 'follow', target: follow, post } : null;
  }
  return null;
}

/**
 * Double-click on a post's photo or video likes it (never un-likes). The
 * media area is the nearest ancestor holding an image or video but none of
 * the post's other parts (header time link, action bar, comment form).
 */
function dblclick(element: Element): HeldAction | null {
  const post = postContainer(element);
  if (!post || commentContainer(element)) return null;
  let media: Element | null = null;
  for (let node: Element | null = element; node && node !== post; node = node.parentElement) {
    if (node.matches('form, textarea, h1') || node.querySelector('time, form, section, svg[height="24"]')) break;
    if (isMedia(node) || [...node.querySelectorAll('img, video')].some(isMedia)) {
      media = node;
      break;
    }
  }
  if (!media || post.querySelector(POST_UNLIKE)) return null;
  const info = postOf(post);
  return info ? { kind: 'like', target: media, post: info } : null;
}

/** A photo or video of the post: not an avatar, not an image inside a profile link. */
function isMedia(element: Element): boolean {
  if (element.tagName === 'VIDEO') return true;
  if (element.tagName !== 'IMG' || !element.getAttribute('alt') || element.matches(sel('avatar'))) return false;
  const link = element.closest('a[href]');
  return !(link && handleOf(link));
}

/** Enter (also Ctrl/⌘+Enter, not Shift) in a comment box submits it. */
function keydown(event: KeyboardEvent, element: Element, memory: ActionMemory): HeldAction | null {
  if (event.isComposing || event.keyCode === 229 || event.altKey) return null;
  const editor = element.closest('textarea, [contenteditable="true"], [contenteditable=""]') ? editorOf(element) : null;
  if (editor) {
    if (event.key !== 'Enter' || event.shiftKey || !isCommentEditor(editor)) return null;
    const draft = draftOf(editor);
    if (!draft) return null; // Enter in an empty box sends nothing
    return { kind: 'comment', target: editor, draft, post: postOfEditor(editor) ?? recall(memory, 'comment') };
  }
  // Meta's div/span buttons act on Enter and Space like a click (native <button>s fire a click themselves).
  if ((event.key === 'Enter' || event.key === ' ') && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    const button = element.closest('[role="button"]');
    if (button && button.tagName !== 'BUTTON' && button === element) return click(element, memory);
  }
  return null;
}

export function actionOf(event: Event, memory: ActionMemory): HeldAction | null {
  const element = eventElement(event);
  if (!element) return null;
  switch (event.type) {
    case 'click':
      return click(element, memory);
    case 'dblclick':
      return dblclick(element);
    case 'keydown':
      return keydown(event as KeyboardEvent, element, memory);
    default:
      return null;
  }
}
