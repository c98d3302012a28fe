/**
 * X composers: the home box, the status page's inline reply, and the
 * modal (new post, reply, quote). All share tweetTextarea_N editors and a
 * tweetButton / tweetButtonInline submit.
 */
import { readText } from '../dom';
import type { ActionKind } from '../types';
import { statusIdOf } from './pages';
import { css, outerPost, pageUrl, postOf, quotedPostOf } from './post';

export interface Composer {
  root: Element;
  editors: Element[];
  submit: Element | null;
  kind: Extract<ActionKind, 'post' | 'comment' | 'quote'>;
  /** The article being replied to, when the page shows it. */
  replyTo: Element | null;
  /** The quoted post card attached to the draft. */
  quoted: Element | null;
}

/** Ancestors climbed at most to find the box holding both editor and submit. */
const MAX_DEPTH = 30;

/** The composer that `element` (editor, submit, or anything inside the box) belongs to. */
export function findComposer(element: Element): Composer | null {
  const dialog = element.closest(css('dialog'));
  let root: Element | null = null;
  let node: Element | null = element;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    if (node.querySelector(css('composerText')) && node.querySelector(css('submit'))) {
      root = node;
      break;
    }
    // A modal composer never reaches outside its dialog.
    if (node === dialog) break;
  }
  if (!root) return null;
  const editors = [...root.querySelectorAll(css('composerText'))];
  const submit = root.querySelector(css('submit'));
  const scope = dialog ?? root;
  const quoted = quotedCard(scope);
  const replyTo = quoted ? null : replyTarget(root, dialog);
  const kind = quoted ? 'quote' : replyTo || (!dialog && onStatusPage(root)) ? 'comment' : 'post';
  return { root, editors, submit, kind, replyTo, quoted };
}

/** The draft: all editors of a thread, in order. */
export function draftOf(composer: Composer): string {
  return composer.editors
    .map((editor) => readText(editor))
    .filter(Boolean)
    .join('\n');
}

/** A quoted post attached to a draft: a post card that is not part of a shown article. */
function quotedCard(scope: Element): Element | null {
  const card = quotedPostOf(scope);
  return card && !card.closest(css('post')) ? card : null;
}

/**
 * The post a composer replies to: the article shown in the reply modal, or
 * on a status page the article in the composer's timeline cell, else the
 * focal post named by the URL.
 */
function replyTarget(root: Element, dialog: Element | null): Element | null {
  if (dialog) {
    for (const article of dialog.querySelectorAll(css('post'))) {
      if (!article.contains(root)) return outerPost(article);
    }
    return null;
  }
  const cell = root.closest(css('cell'));
  const inCell = cell?.querySelector(css('post'));
  if (inCell) return inCell;
  const url = pageUrl(root);
  const id = url ? statusIdOf(url) : undefined;
  if (!id) return null;
  for (const article of root.ownerDocument.querySelectorAll(css('post'))) {
    if (postOf(article)?.id === id) return article;
  }
  return null;
}

function onStatusPage(root: Element): boolean {
  const url = pageUrl(root);
  return url !== null && statusIdOf(url) !== undefined;
}
