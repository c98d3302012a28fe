/**
 * The comment box: a `<textarea>` in a `<form>` under the post (feed, post
 * page, post dialog), a contenteditable textbox on some surfaces (reels).
 * Instagram has no new-post composer in the page itself (creating a post is
 * a multi-step upload dialog), so every composer here writes a comment.
 */
import { readText } from '../dom';
import type { ActionKind, PostInfo } from '../types';
import { postContainer, postOf, sel } from './post';
import { TEXTS } from './selectors';

const EDITOR = 'textarea, [contenteditable="true"][role="textbox"], [contenteditable=""][role="textbox"]';

/** The editor `element` is, sits in, or shares a form with. */
export function editorOf(element: Element): Element | null {
  const own = element.closest(EDITOR);
  if (own) return own;
  return element.closest('form')?.querySelector(EDITOR) ?? null;
}

/** A comment box: inside a post, or labelled like one (a post page may render the form outside the article). */
export function isCommentEditor(editor: Element): boolean {
  if (postContainer(editor)) return true;
  const label = editor.getAttribute('aria-label') ?? editor.getAttribute('placeholder') ?? editor.getAttribute('aria-placeholder') ?? '';
  return TEXTS.commentEditor.some((prefix) => label.startsWith(prefix));
}

/** The user's text: a textarea's value (not in the DOM tree), else the editor's text. */
export function draftOf(editor: Element): string {
  if (editor.tagName === 'TEXTAREA') return (editor as HTMLTextAreaElement).value.trim();
  return readText(editor);
}

/** The post a comment box answers: its own post, else the only post of its dialog or page. */
export function postOfEditor(editor: Element): PostInfo | null {
  const own = postOf(editor);
  if (own) return own;
  const scope = editor.closest('[role="dialog"]') ?? editor.ownerDocument.querySelector('main');
  const posts = scope ? scope.querySelectorAll(sel('post')) : [];
  return posts.length === 1 && posts[0] ? postOf(posts[0]) : null;
}

export function composerOf(element: Element): { text: string; kind: ActionKind } | null {
  const editor = editorOf(element);
  return editor && isCommentEditor(editor) ? { text: draftOf(editor), kind: 'comment' } : null;
}
