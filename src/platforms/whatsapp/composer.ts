/**
 * The footer composer of the open chat. Sending into a chat is kind 'post'
 * (the user's own new message; in a group it reaches everyone in it). A
 * message sent as a reply to another one (the quoted panel above the
 * editor) is kind 'comment' on that message, like a reply under a post:
 * the draft is what is judged, the quoted message is context.
 */
import { readText } from '../dom';
import { firstWithin } from './post';

export interface Composer {
  footer: Element;
  editor: Element;
  kind: 'post' | 'comment';
  /** The quoted message above the editor when replying. */
  replyPanel: Element | null;
}

/** The composer that `element` (editor, send button, anything in the footer) belongs to. */
export function findComposer(element: Element): Composer | null {
  const footer = element.closest('#main footer');
  const editor = footer ? firstWithin(footer, 'composer') : null;
  if (!footer || !editor) return null;
  const replyPanel = firstWithin(footer, 'replyPanel');
  return { footer, editor, kind: replyPanel ? 'comment' : 'post', replyPanel };
}

/** The draft as typed (Lexical paragraphs become lines; emoji are img[alt]). */
export function draftOf(composer: Composer): string {
  return readText(composer.editor);
}
