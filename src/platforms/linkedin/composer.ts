/**
 * The comment composer under a post or a comment: SDUI's TipTap editor in a
 * `commentBox-` block, Ember's Quill editor in `comments-comment-box__form`.
 * The submit button only appears (Ember) or enables (SDUI) once there is text.
 */
import { readText } from '../dom';
import type { ActionKind } from '../types';
import { css } from './post';

export interface Composer {
  box: Element;
  editor: Element;
  submit: Element | null;
  kind: Extract<ActionKind, 'comment'>;
}

/** The comment box that `element` (editor, submit, or anything inside the box) belongs to. */
export function findComposer(element: Element): Composer | null {
  const box = element.closest(css('commentBox'));
  const editor = box ? box.querySelector(css('editor')) : element.closest(css('editor'));
  if (!editor) return null;
  const scope = box ?? editor.parentElement;
  return { box: box ?? editor, editor, submit: scope?.querySelector(css('commentSubmit')) ?? null, kind: 'comment' };
}

/** The draft as written (mentions and hashtags are plain text in both editors). */
export function draftOf(composer: Composer): string {
  return readText(composer.editor);
}
