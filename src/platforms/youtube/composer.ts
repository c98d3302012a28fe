/**
 * YouTube's comment box (`ytd-commentbox`): the same element serves new
 * comments (under the video, in the Shorts comment panel) and replies (opened
 * inside a comment by "Reply"). Both publish a comment.
 */
import { isDisabled, readText } from '../dom';
import type { PostInfo } from '../types';
import { commentInfo, currentVideo, postOf } from './post';
import { css } from './selectors';

export interface Composer {
  box: Element;
  editor: Element | null;
  submit: Element | null;
}

/** The comment box `element` (editor, submit, or anything in the box) belongs to. */
export function findComposer(element: Element): Composer | null {
  const box = element.closest(css('commentBox'));
  if (!box) return null;
  return { box, editor: box.querySelector(css('editor')), submit: box.querySelector(css('submit')) };
}

export function draftOf(composer: Composer): string {
  return readText(composer.editor);
}

/** A box that is open and holds text: YouTube keeps Comment disabled until then. */
export function canSubmit(composer: Composer): boolean {
  return draftOf(composer) !== '' && !(composer.submit && isDisabled(composer.submit));
}

/** What the comment answers: the comment a reply box sits in, else the video or Short of the page. */
export function repliedTo(composer: Composer): PostInfo | undefined {
  const comment = composer.box.closest(css('comment'));
  if (comment) return commentInfo(comment);
  return postOf(composer.box) ?? currentVideo(composer.box.ownerDocument) ?? undefined;
}
