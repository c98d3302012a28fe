/**
 * Which public action an event on X is about to trigger. Runs in a capture
 * listener before X sees the event: cheap, synchronous, null when unsure.
 */
import { eventElement, isDisabled, isEditable } from '../dom';
import type { ActionMemory, HeldAction, PostInfo } from '../types';
import { draftOf, findComposer } from './composer';
import { accountOf, css, outerPost, postNear, postOf, quotedInfo } from './post';
import type { XSelectorName } from './selectors';

/** Which opener put a post in memory: menus in #layers are told apart by it. */
type Opener = 'reply' | 'repost' | 'share' | 'menu';
const openers = new WeakMap<PostInfo, Opener>();

function remember(memory: ActionMemory, post: PostInfo | null, opener: Opener): void {
  if (!post) return;
  openers.set(post, opener);
  memory.remember(post);
}

/**
 * The remembered post if it came from `opener`. A post remembered by code
 * we do not know about (another memory user) is accepted unless `strict`.
 */
function recall(memory: ActionMemory, opener: Opener, strict = false): PostInfo | undefined {
  const post = memory.recall();
  if (!post) return undefined;
  const from = openers.get(post);
  if (from === opener || (!strict && from === undefined)) return post;
  return undefined;
}

export function actionOf(event: Event, memory: ActionMemory): HeldAction | null {
  const element = eventElement(event);
  if (!element) return null;
  if (event.type === 'click') return onActivate(element, memory);
  if (event.type === 'keydown') return onKey(event as KeyboardEvent, element, memory);
  return null;
}

/** A click, or Enter/Space on a non-native control (React Native Web presses those on keydown). */
function onActivate(element: Element, memory: ActionMemory): HeldAction | null {
  const hit = (name: XSelectorName) => element.closest(css(name));
  let control: Element | null;

  if (hit('unlike') || hit('undoRepost') || hit('unfollow')) return null;
  if ((control = hit('like'))) {
    const post = postNear(control);
    return post ? { kind: 'like', target: control, post } : null;
  }
  if ((control = hit('reply'))) {
    // Opening the reply box is the intent to comment; the submit is checked again.
    const post = postNear(control);
    remember(memory, post, 'reply');
    return post ? { kind: 'comment', target: control, post } : null;
  }
  if ((control = hit('retweet') ?? hit('unretweet'))) {
    // The opener only shows the Repost / Quote menu.
    remember(memory, postNear(control), 'repost');
    return null;
  }
  if ((control = hit('repostConfirm'))) {
    const post = recall(memory, 'repost');
    return post ? { kind: 'repost', target: control, post } : null;
  }
  if ((control = hit('quoteMenuItem'))) {
    const post = recall(memory, 'repost');
    return post ? { kind: 'quote', target: control, post } : null;
  }
  if ((control = hit('share'))) {
    remember(memory, postNear(control), 'share');
    return null;
  }
  if ((control = hit('menuOpener')) && outerPost(control)) {
    // Another menu of a post (More, Grok): forget the share opener so its items are not taken for sharing.
    remember(memory, postOf(control), 'menu');
    return null;
  }
  if ((control = hit('shareMenuItems'))) return shareItem(control, memory);
  if ((control = hit('follow'))) {
    if (isDisabled(control)) return null;
    const post = accountOf(control);
    return post ? { kind: 'follow', target: control, post } : null;
  }
  if ((control = hit('submit'))) {
    if (isDisabled(control)) return null;
    return composerAction(control, control, memory);
  }
  return null;
}

/** An item of the share menu: the open opener says which menu it is, else the memory does. */
function shareItem(item: Element, memory: ActionMemory): HeldAction | null {
  const opener = item.ownerDocument.querySelector(
    css('menuOpener')
      .split(', ')
      .map((s) => `${s}[aria-expanded="true"]`)
      .join(', '),
  );
  if (opener) {
    if (!opener.matches(css('share'))) return null;
    const post = postNear(opener) ?? recall(memory, 'share', true);
    return post ? { kind: 'share', target: item, post } : null;
  }
  const post = recall(memory, 'share', true);
  return post ? { kind: 'share', target: item, post } : null;
}

/** A submit of the composer `from` belongs to (button click or Ctrl/⌘+Enter in the editor). */
function composerAction(target: Element, from: Element, memory: ActionMemory): HeldAction | null {
  const composer = findComposer(from);
  if (!composer) return null;
  if (composer.submit && isDisabled(composer.submit)) return null;
  let post: PostInfo | undefined;
  if (composer.replyTo) post = postOf(composer.replyTo) ?? undefined;
  if (composer.quoted) {
    const card = quotedInfo(composer.quoted);
    // The remembered post of the Quote menu has the permalink the card lacks.
    const remembered = recall(memory, 'repost');
    post = remembered && remembered.author?.handle === card.author?.handle ? remembered : card;
  }
  if (!post && composer.kind !== 'post') post = recall(memory, composer.kind === 'quote' ? 'repost' : 'reply');
  return { kind: composer.kind, target, draft: draftOf(composer), post };
}

/** Single-key shortcuts on the focused post (l, r, t, s) and Ctrl/⌘+Enter in a composer. */
function onKey(event: KeyboardEvent, element: Element, memory: ActionMemory): HeldAction | null {
  if (event.isComposing) return null;
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey) {
    const editor = element.closest(css('composerText'));
    return editor ? composerAction(editor, editor, memory) : null;
  }
  if (event.ctrlKey || event.metaKey || event.altKey || isEditable(element)) return null;
  if (event.key === 'Enter' || event.key === ' ') {
    // Native buttons and links turn Enter into a click of their own; only ARIA controls need this path.
    const control = element.closest('[role="menuitem"], [role="button"]');
    if (!control || control.tagName === 'BUTTON' || (control.tagName === 'A' && event.key === 'Enter')) return null;
    return onActivate(element, memory);
  }
  const focused = element.ownerDocument.activeElement ?? element;
  if (isEditable(focused)) return null;
  const article = outerPost(focused);
  if (!article) return null;
  const button = (name: XSelectorName) => article.querySelector(css(name));
  switch (event.key) {
    case 'l': {
      const like = button('like');
      const post = like ? postOf(article) : null;
      return like && post ? { kind: 'like', target: like, post } : null;
    }
    case 'r': {
      const reply = button('reply');
      const post = reply ? postOf(article) : null;
      remember(memory, post, 'reply');
      return reply && post ? { kind: 'comment', target: reply, post } : null;
    }
    case 't':
      if (button('retweet') ?? button('unretweet')) remember(memory, postOf(article), 'repost');
      return null;
    case 's':
      if (button('share')) remember(memory, postOf(article), 'share');
      return null;
    default:
      return null;
  }
}
