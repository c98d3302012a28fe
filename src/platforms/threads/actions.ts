/**
 * Which click or key press on Threads is about to like, reply, repost,
 * quote, share or follow. Runs in the guard's capture-phase listener:
 * synchronous, `closest`/`querySelector` only, null whenever unsure.
 */
import { eventElement, isDisabled, readText } from '../dom';
import type { ActionMemory, HeldAction, PostInfo } from '../types';
import { draftOf, findComposer, isSubmit, replyTarget, type Composer } from './composer';
import { profileOf } from './pages';
import { baseOf, handleOf, postContainer, postOf, profileUrl, sel } from './post';
import { isText, TEXTS } from './selectors';

const BUTTON = '[role="button"], button';

/**
 * Which opener put a post in memory. The repost, share and More menus are
 * portalled outside the post and share item words ("Copy link"), so an item
 * only counts when the opener of its own kind was the last one seen.
 */
type Opener = 'reply' | 'repost' | 'quote' | 'share' | 'menu';
/** Openers seen per remembered post: a Quote item adds 'quote' and keeps 'repost' (the menu may be used again). */
const openers = new WeakMap<PostInfo, Set<Opener>>();

function remember(memory: ActionMemory, post: PostInfo | null, opener: Opener): void {
  if (!post) return;
  const seen = memory.recall() === post ? openers.get(post) : undefined;
  openers.set(post, new Set([...(seen ?? []), opener]));
  memory.remember(post);
}

function recall(memory: ActionMemory, opener: Opener): PostInfo | undefined {
  const post = memory.recall();
  return post && openers.get(post)?.has(opener) ? post : undefined;
}

/**
 * The button around an icon: the click lands on the svg, a path in it, or
 * the button itself (which also holds the count). A button with several
 * icons is a row, not an icon button.
 */
function iconButton(element: Element, icon: string): Element | null {
  const svg = element.closest(icon);
  if (svg) return svg.closest(BUTTON);
  const button = element.closest(BUTTON);
  if (!button) return null;
  const icons = button.querySelectorAll('svg');
  return icons.length === 1 && icons[0]?.matches(icon) ? button : null;
}

/** An item of a portalled menu (repost, share, More): never inside a post. */
function menuItem(element: Element): Element | null {
  const item = element.closest(sel('menuItem'));
  return item && !postContainer(item) ? item : null;
}

function onMenuItem(item: Element, memory: ActionMemory): HeldAction | null {
  if (isDisabled(item)) return null;
  const text = readText(item);
  if (isText(TEXTS.repostItem, text)) {
    const post = recall(memory, 'repost');
    return post ? { kind: 'repost', target: item, post } : null;
  }
  if (isText(TEXTS.quoteItem, text)) {
    const post = recall(memory, 'repost');
    // The quote composer that opens next publishes this post: its submit recalls it.
    if (post) remember(memory, post, 'quote');
    return post ? { kind: 'quote', target: item, post } : null;
  }
  if (isText(TEXTS.shareItem, text)) {
    const post = recall(memory, 'share');
    return post ? { kind: 'share', target: item, post } : null;
  }
  // "Remove" (undo repost), Save, Mute…: not actions.
  return null;
}

/** A text Follow button (profile header, suggestions), or the "+" badge on a post's avatar. */
function followButton(element: Element): Element | null {
  const badge = iconButton(element, sel('followIcon'));
  if (badge) return badge;
  const button = element.closest(BUTTON);
  return button && isText(TEXTS.follow, readText(button)) ? button : null;
}

/**
 * Who a Follow button follows: the profile link nearest to it (the avatar
 * next to the badge, a suggestion card), else the profile page's address;
 * with the post when the button sits in that account's post.
 */
function followed(button: Element): PostInfo | undefined {
  let block: Element | null = button.parentElement;
  let handle: string | undefined;
  for (let depth = 0; block && depth < 8; depth++, block = block.parentElement) {
    const link = [...block.querySelectorAll(sel('authorLink'))].find((a) => handleOf(a) !== undefined);
    if (link) {
      handle = handleOf(link);
      break;
    }
  }
  const base = baseOf(button);
  if (!handle) {
    // Profile header: its own account is in the address.
    const page = new URL(base);
    handle = profileOf(page);
    block = button.closest('header') ?? button.parentElement?.parentElement ?? null;
  }
  if (!handle) return undefined;
  const post = postContainer(button) ? postOf(button) : null;
  if (post?.author?.handle === handle) return { ...post, text: [post.author.name, post.text].filter(Boolean).join(' ') };
  const text = block ? readText(block, BUTTON, 1000) : '';
  return { text: text || `@${handle}`, author: { name: handle, handle, url: profileUrl(handle, base) } };
}

/** A submit of `composer` (Post button, Reply send icon, Ctrl/⌘+Enter). */
function composerAction(target: Element, composer: Composer, memory: ActionMemory): HeldAction | null {
  if (composer.submit && isDisabled(composer.submit)) return null;
  const draft = draftOf(composer);
  const inDialog = composer.editor.closest(sel('dialog')) !== null;
  const quoting = recall(memory, 'quote');
  const kind = composer.labelled ?? (inDialog && quoting ? 'quote' : composer.kind);
  // An empty reply or post publishes nothing; an empty quote still reposts the quoted post.
  if (!draft && kind !== 'quote') return null;
  let post: PostInfo | undefined;
  if (kind === 'quote') post = quoting ?? (composer.shown ? postOf(composer.shown) ?? undefined : undefined);
  if (kind === 'comment') {
    const target = replyTarget(composer);
    post = (target ? postOf(target) : null) ?? recall(memory, 'reply');
  }
  return { kind, target, draft: draft || undefined, post };
}

function click(element: Element, memory: ActionMemory): HeldAction | null {
  // Menu items first: the "Repost" item carries the same icon as its opener.
  const item = menuItem(element);
  if (item) return onMenuItem(item, memory);

  if (iconButton(element, sel('unlike'))) return null; // un-like
  const like = iconButton(element, sel('like'));
  if (like) {
    const post = postOf(like);
    return post && !isDisabled(like) ? { kind: 'like', target: like, post } : null;
  }

  const reply = iconButton(element, sel('reply'));
  if (reply && postContainer(reply)) {
    // Opening the reply box is the intent to comment; the submit is checked again with the draft.
    const post = postOf(reply);
    remember(memory, post, 'reply');
    return post ? { kind: 'comment', target: reply, post } : null;
  }

  const repost = iconButton(element, sel('repostOpener'));
  if (repost) {
    // The opener only shows the Repost / Quote menu.
    remember(memory, postOf(repost), 'repost');
    return null;
  }
  const share = iconButton(element, sel('shareOpener'));
  if (share) {
    remember(memory, postOf(share), 'share');
    return null;
  }
  const more = iconButton(element, sel('moreOpener'));
  if (more) {
    // Another menu of the post: its items must not be taken for sharing.
    remember(memory, postOf(more), 'menu');
    return null;
  }

  const follow = followButton(element);
  if (follow) {
    if (isDisabled(follow)) return null;
    const post = followed(follow);
    return post ? { kind: 'follow', target: follow, post } : null;
  }

  const button = element.closest(BUTTON);
  if (button && isSubmit(button)) {
    const composer = findComposer(button);
    return composer ? composerAction(button, composer, memory) : null;
  }
  return null;
}

/** Ctrl/⌘+Enter in a composer; Enter/Space on a focused div button (Meta's buttons press on keydown). */
function keydown(event: KeyboardEvent, element: Element, memory: ActionMemory): HeldAction | null {
  if (event.isComposing || event.keyCode === 229 || event.altKey) return null;
  const editor = element.closest(sel('editor'));
  if (editor) {
    // Plain Enter inserts a line in the Lexical editor.
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return null;
    const composer = findComposer(editor);
    return composer ? composerAction(editor, composer, memory) : null;
  }
  if ((event.key === 'Enter' || event.key === ' ') && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
    // Native <button>s turn Enter into a click of their own; only ARIA buttons need this path.
    const button = element.closest('[role="button"], [role="menuitem"]');
    if (button && button.tagName !== 'BUTTON' && button === element) return click(element, memory);
  }
  return null;
}

export function actionOf(event: Event, memory: ActionMemory): HeldAction | null {
  const element = eventElement(event);
  if (!element) return null;
  if (event.type === 'click') return click(element, memory);
  if (event.type === 'keydown') return keydown(event as KeyboardEvent, element, memory);
  return null;
}
