/**
 * Composers: the comment box under a post (or in a post dialog) and the
 * "Create post" dialog. Both are the same Lexical editor, so the kind comes
 * from where the editor sits, not from the editor itself.
 */
import { readText } from '../dom';
import type { ActionKind } from '../types';
import { commentContainer, postContainer, sel } from './post';
import { TEXTS } from './selectors';

const EDITOR = sel('editor');
/** Editor labels of comment boxes (aria-label / placeholder prefixes). */
const COMMENT_EDITOR_LABELS = [
  'Write a comment', 'Write a public comment', 'Comment as', 'Reply to', 'Write a reply', 'Submit your first comment',
  'Tulis komentar', 'Komentari sebagai', 'Balas', 'Tulis balasan', // Indonesian: only "Komentari sebagai" seen
];

const startsWithAny = (text: string, prefixes: readonly string[]): boolean => prefixes.some((p) => text.startsWith(p));

/** The editor a submit button or an editor's descendant belongs to. */
export function editorOf(element: Element): Element | null {
  const own = element.closest(EDITOR);
  if (own) return own;
  const scope = element.closest('form') ?? element.closest('[role="dialog"]');
  if (scope) return scope.querySelector(EDITOR);
  // Composer without a form: the submit sits a few levels next to the editor.
  let node: Element | null = element.parentElement;
  for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
    const editors = node.querySelectorAll(EDITOR);
    if (editors.length === 1) return editors[0] ?? null;
    if (editors.length > 1) return null;
  }
  return null;
}

/** A dialog's title: aria-label, its labelling element, or its first heading. */
export function dialogTitle(dialog: Element): string {
  const label = dialog.getAttribute('aria-label');
  if (label) return label.trim();
  const labelledBy = dialog.getAttribute('aria-labelledby');
  const byId = labelledBy ? dialog.ownerDocument.getElementById(labelledBy.split(' ')[0] ?? '') : null;
  return readText(byId ?? dialog.querySelector('h1, h2, [role="heading"]'));
}

/** Whether `editor` writes a comment, a new post, or something we cannot tell (null). */
export function editorKind(editor: Element): ActionKind | null {
  if (commentContainer(editor) || postContainer(editor)) return 'comment';
  const dialog = editor.closest('[role="dialog"]');
  const label = editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '';
  if ((dialog && TEXTS.createPost.includes(dialogTitle(dialog) as never)) || startsWithAny(label, TEXTS.postEditor)) return 'post';
  const form = editor.closest('form');
  if (form?.querySelector('#focused-state-composer-submit') || startsWithAny(label, COMMENT_EDITOR_LABELS)) return 'comment';
  return null;
}

export function composerOf(element: Element): { text: string; kind: ActionKind } | null {
  const editor = editorOf(element);
  const kind = editor ? editorKind(editor) : null;
  return editor && kind ? { text: readText(editor), kind } : null;
}
