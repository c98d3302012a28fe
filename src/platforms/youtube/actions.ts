/**
 * Which public action an event on YouTube is about to trigger. Runs in the
 * guard's capture listener before YouTube sees the event: synchronous,
 * `closest`/`querySelector` only, null whenever unsure.
 *
 * Held: like (video, Short, comment), comment/reply submit (button and
 * Ctrl/⌘+Enter), share (a target or "Copy" in the share panel, for the video
 * remembered when the panel was opened), subscribe. Not held: dislike, the
 * pressed (un-)like, unsubscribe, openers that only show a box or a panel,
 * and single keys (`l` is seek +10 s on YouTube, not like).
 */
import { eventElement, isDisabled, readText } from '../dom';
import type { ActionMemory, HeldAction, PostInfo } from '../types';
import { canSubmit, draftOf, findComposer, repliedTo } from './composer';
import { videoIdOf } from './pages';
import { channelOf, currentVideo, postOf } from './post';
import { css, SUBSCRIBED_WORDS, type YtSelectorName } from './selectors';

export function actionOf(event: Event, memory: ActionMemory): HeldAction | null {
  const element = eventElement(event);
  if (!element) return null;
  if (event.type === 'click') return onClick(element, memory);
  if (event.type === 'keydown') return onKey(event as KeyboardEvent, element);
  return null;
}

function onClick(element: Element, memory: ActionMemory): HeldAction | null {
  const hit = (name: YtSelectorName) => element.closest(css(name));
  let control: Element | null;

  if (hit('dislike')) return null;
  if ((control = hit('like'))) {
    if (control.matches(css('pressed')) || isDisabled(control)) return null; // un-like
    const post = postOf(control);
    return post ? { kind: 'like', target: control, post } : null;
  }
  if ((control = hit('shareTarget') ?? hit('copyLink'))) {
    const post = sharedVideo(control, memory);
    return post ? { kind: 'share', target: control, post } : null;
  }
  if ((control = hit('shareOpener'))) {
    // The opener only shows the panel (outside the video): remember what it shares.
    const post = postOf(control) ?? currentVideo(control.ownerDocument);
    if (post) memory.remember(post);
    return null;
  }
  if ((control = hit('subscribe'))) {
    if (isDisabled(control) || isSubscribed(control)) return null;
    const post = channelOf(control);
    return post ? { kind: 'follow', target: control, post } : null;
  }
  if ((control = hit('submit'))) {
    const composer = findComposer(control);
    if (!composer || !canSubmit(composer)) return null;
    return { kind: 'comment', target: control, draft: draftOf(composer), post: repliedTo(composer) };
  }
  return null;
}

/** Undo state: the renderer says `subscribed`, or the label/text reads "Subscribed"/"Unsubscribe…". */
function isSubscribed(button: Element): boolean {
  if (button.closest(css('subscribed'))) return true;
  const words = [button.getAttribute('aria-label') ?? '', readText(button)].map((s) => s.trim().toLowerCase());
  return words.some((word) => SUBSCRIBED_WORDS.some((undo) => word.startsWith(undo)));
}

/**
 * The video a share-panel item sends: the one remembered by the opener,
 * unless the panel's link names another video (the panel outlived a
 * navigation); then, or with nothing remembered, the page's video.
 */
function sharedVideo(item: Element, memory: ActionMemory): PostInfo | undefined {
  const panel = item.closest(css('sharePanel'));
  const link = panel?.querySelector(css('shareUrl'));
  let id: string | undefined;
  try {
    const href = (link as HTMLInputElement | null)?.value || link?.getAttribute('value') || readText(link ?? null);
    id = href ? videoIdOf(new URL(href)) : undefined;
  } catch {
    id = undefined;
  }
  const remembered = memory.recall();
  if (remembered && (!id || !remembered.id || remembered.id === id)) return remembered;
  return currentVideo(item.ownerDocument, id) ?? remembered;
}

/** Ctrl/⌘+Enter in a comment box submits it (plain Enter is a new line). */
function onKey(event: KeyboardEvent, element: Element): HeldAction | null {
  if (event.isComposing || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const editor = element.closest(css('editor'));
  const composer = editor ? findComposer(editor) : null;
  if (!editor || !composer || !canSubmit(composer)) return null;
  return { kind: 'comment', target: editor, draft: draftOf(composer), post: repliedTo(composer) };
}
