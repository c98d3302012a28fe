/**
 * The adapter contract: everything Netral knows about one social site sits
 * behind this interface, in src/platforms/<id>/. The guard, the dialog and
 * the history never look at a site's DOM themselves.
 *
 * Rules for adapters:
 * - selectors are data (`selectors`), most stable first: `data-testid`,
 *   `aria-*`, `role`, custom elements; never hashed class names;
 * - `actionOf` runs inside a capture-phase event listener, before the site
 *   sees the event: synchronous, cheap (`closest`, `querySelector`,
 *   `textContent`; no layout), and it returns null whenever unsure — a
 *   changed DOM must degrade to "no warning", never to a dead button;
 * - `actionOf` is also asked, when a button goes down, what a click there
 *   would be (the guard stages its dialog during the press): it then gets
 *   `{ type: 'click', target }` only, and a memory that remembers nothing,
 *   so a click's decision must rest on its target and memory alone;
 * - "undo" controls (unlike, undo repost, unfollow) are not actions.
 */

import type { PlatformId } from './ids';

export type { PlatformId } from './ids';

/** What the user is about to do. */
export type ActionKind =
  | 'like' // like or any reaction
  | 'comment' // submit a comment or reply
  | 'share' // share, send, copy link, forward
  | 'repost' // repost / retweet
  | 'quote' // quote post (opens a composer with the post attached)
  | 'follow' // follow, subscribe, join
  | 'post'; // submit one's own new post

export const ACTION_KINDS: readonly ActionKind[] = ['like', 'comment', 'share', 'repost', 'quote', 'follow', 'post'];

export interface Author {
  name?: string | undefined;
  /** Without the leading "@". */
  handle?: string | undefined;
  url?: string | undefined;
}

/** What the page shows of a post. */
export interface PostInfo {
  /** The post's own text: body, image alt text, link card titles. */
  text: string;
  author?: Author | undefined;
  url?: string | undefined;
  /** ISO date-time when the page gives one. */
  time?: string | undefined;
  /** The platform's id for the post (status id, story id), for keying state. */
  id?: string | undefined;
}

export interface HeldAction {
  kind: ActionKind;
  /** The element the user activated: a button, a menu item, or the composer for keyboard submits. */
  target: Element;
  /** The post acted on (like, share, repost, quote, comment on it, follow its author). */
  post?: PostInfo | undefined;
  /** The user's own text being submitted (new post, reply, comment, quote). */
  draft?: string | undefined;
}

/**
 * Short-lived memory for two-step actions whose second step happens outside
 * the post (X's repost menu, Facebook's share dialog): the opener click
 * remembers the post; the confirm click recalls it.
 */
export interface ActionMemory {
  remember(post: PostInfo): void;
  /** The post remembered last, if recent enough to belong to the same gesture. */
  recall(): PostInfo | undefined;
}

export interface PlatformAdapter {
  id: PlatformId;
  /** Display name: "X", "Facebook". */
  name: string;
  /** Content-script match patterns for this site. */
  matches: readonly string[];
  /** Selectors as data: name → alternatives, most stable first. */
  selectors: Readonly<Record<string, readonly string[]>>;
  /** Page detectors: pure functions of a URL. */
  pages: Readonly<Record<string, (url: URL) => boolean>>;
  /** Which action on which post this event is about to trigger; null when it triggers none. */
  actionOf(event: Event, memory: ActionMemory): HeldAction | null;
  /** What the page shows of the post containing `element`. */
  postOf(element: Element): PostInfo | null;
  /** The draft in the composer that `element` (a submit button or the editor) belongs to. */
  composerOf(element: Element): { text: string; kind: ActionKind } | null;
}

/** `selectors[name]` joined into one CSS selector list. */
export function selectorList(adapter: Pick<PlatformAdapter, 'selectors'>, name: string): string {
  const alternatives = adapter.selectors[name];
  if (!alternatives || alternatives.length === 0) throw new Error(`no selector named "${name}"`);
  return alternatives.join(', ');
}
