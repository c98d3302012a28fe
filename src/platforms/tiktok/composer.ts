/**
 * TikTok's comment box (under a video page, in the feed's comment panel,
 * or as a reply box under a comment): a Draft.js editor inside
 * `comment-input` with a `comment-post` submit next to it. TikTok web has
 * no other text composer on the pages Netral guards (uploads are a
 * separate studio flow), so every draft here is a comment.
 */
import { readText } from '../dom';
import type { ActionKind } from '../types';
import { css } from './post';

/** Levels climbed at most from a submit button to the box holding its editor. */
const MAX_DEPTH = 8;

/** The comment editor `element` (the editor, a node in it, or the submit) belongs to. */
export function editorOf(element: Element): Element | null {
  const own = element.closest(css('commentEditor'));
  if (own) return own;
  const box = element.closest(css('commentBox'));
  if (box) return box.querySelector(css('commentEditor'));
  // Only the submit sits outside the box; anything else is not a composer.
  const submit = element.closest(css('commentSubmit'));
  let node: Element | null = submit?.parentElement ?? null;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    const editors = node.querySelectorAll(css('commentEditor'));
    if (editors.length === 1) return editors[0] ?? null;
    // Several boxes (a reply box open under a comment): not ours to guess.
    if (editors.length > 1) return null;
  }
  return null;
}

/** The draft: Draft.js keeps its placeholder outside the contenteditable, so the editor's text is the draft. */
export function draftOf(editor: Element): string {
  return readText(editor);
}

export function composerOf(element: Element): { text: string; kind: ActionKind } | null {
  const editor = editorOf(element);
  return editor ? { text: draftOf(editor), kind: 'comment' } : null;
}
