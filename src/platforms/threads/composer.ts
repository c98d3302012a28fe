/**
 * Threads composers: the inline "Reply to …" box under a thread's main post,
 * and the dialog opened by a Reply icon, by the Quote menu item or by "New
 * thread". All are Lexical contenteditables with a "Post" button (some
 * builds use a second Reply icon as the send button). Enter inserts a line;
 * Ctrl/⌘+Enter posts (unverified on Threads, held anyway).
 */
import { readText } from '../dom';
import type { ActionKind } from '../types';
import { mainPost, postContainer, sel } from './post';
import { TEXTS } from './selectors';

export interface Composer {
  root: Element;
  editor: Element;
  submit: Element | null;
  /** What the composer publishes, when its placeholder says so. */
  labelled: Extract<ActionKind, 'post' | 'comment' | 'quote'> | undefined;
  kind: Extract<ActionKind, 'post' | 'comment' | 'quote'>;
  /** The post shown with the composer (reply target or quoted card), if any. */
  shown: Element | null;
}

/** Ancestors climbed at most to find the box holding editor and submit. */
const MAX_DEPTH = 12;
const BUTTON = '[role="button"], button';

/** A composer's send button: "Post"/"Posting", or a Reply icon outside any post's action bar. */
export function isSubmit(button: Element): boolean {
  if (!button.matches(BUTTON)) return false;
  const text = readText(button);
  if (text && (TEXTS.submit as readonly string[]).includes(text)) return true;
  return text === '' && button.querySelector(sel('reply')) !== null && postContainer(button) === null;
}

function submitIn(root: Element): Element | null {
  for (const button of root.querySelectorAll(BUTTON)) if (isSubmit(button)) return button;
  return null;
}

/** The editor `element` is or sits in, else the one of the box around it (a submit button). */
function editorNear(element: Element): Element | null {
  const own = element.closest(sel('editor'));
  if (own) return own;
  const dialog = element.closest(sel('dialog'));
  let node: Element | null = element.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    const editors = node.querySelectorAll(sel('editor'));
    if (editors.length === 1) return editors[0] ?? null;
    if (editors.length > 1 || node === dialog) return null;
  }
  return null;
}

/** Placeholder-ish text: attributes first, then the Lexical placeholder sibling. */
function placeholderOf(editor: Element): string[] {
  const values = ['aria-placeholder', 'placeholder', 'aria-label'].map((name) => editor.getAttribute(name) ?? '');
  if (editor.parentElement) values.push(readText(editor.parentElement, sel('editor'), 200));
  return values.map((v) => v.trim()).filter(Boolean);
}

function labelledKind(editor: Element): Composer['labelled'] {
  const labels = placeholderOf(editor);
  const starts = (table: readonly string[]) => labels.some((label) => table.some((prefix) => label.startsWith(prefix)));
  if (starts(TEXTS.replyEditor)) return 'comment';
  if (starts(TEXTS.quoteEditor)) return 'quote';
  if (starts(TEXTS.postEditor)) return 'post';
  return undefined;
}

/** The composer `element` (editor, submit, or anything in the box) belongs to. */
export function findComposer(element: Element): Composer | null {
  const editor = editorNear(element);
  if (!editor) return null;
  const dialog = editor.closest(sel('dialog'));
  let root: Element | null = null;
  let node: Element | null = editor.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    if (submitIn(node)) {
      root = node;
      break;
    }
    if (node === dialog) break; // a dialog's composer never reaches outside it
  }
  const scope = dialog ?? root;
  if (!scope) return null;
  // The post shown with the composer: in a dialog, the one not holding the editor.
  const shown = [...scope.querySelectorAll(sel('post'))].find((p) => !p.contains(editor)) ?? null;
  const labelled = labelledKind(editor);
  // Unlabelled: a dialog showing a post, or a box on a thread page, replies; anything else is a new thread.
  const onThread = !dialog && mainPost(editor.ownerDocument) !== null;
  const kind = labelled ?? (shown || onThread ? 'comment' : 'post');
  return { root: root ?? scope, editor, submit: root ? submitIn(root) : null, labelled, kind, shown };
}

/** The post a reply composer answers: the one shown with it, else the thread page's main post. */
export function replyTarget(composer: Composer): Element | null {
  if (composer.shown) return composer.shown;
  if (composer.editor.closest(sel('dialog'))) return null;
  return mainPost(composer.editor.ownerDocument);
}

export function draftOf(composer: Composer): string {
  return readText(composer.editor);
}

export function composerOf(element: Element): { text: string; kind: ActionKind } | null {
  const composer = findComposer(element);
  return composer ? { text: draftOf(composer), kind: composer.kind } : null;
}
