/**
 * Small DOM helpers shared by adapters. All are read-only and avoid layout
 * (`textContent` rather than `innerText`, `closest`/`querySelector` only),
 * except `popoverAnchor`, which reads positions once, when a picker's item
 * is clicked.
 */
import { selectorList, type PlatformAdapter, type PostInfo } from './types';

/** The element an event is about (text-node targets resolve to their parent). */
export function eventElement(event: Event): Element | null {
  const target = event.target as Node | null;
  if (!target) return null;
  if ((target as Element).nodeType === 1) return target as Element;
  return target.parentElement;
}

/** `element.closest` over a named selector of an adapter; null when the name has no match. */
export function closestNamed(element: Element | null, adapter: Pick<PlatformAdapter, 'selectors'>, name: string): Element | null {
  return element ? element.closest(selectorList(adapter, name)) : null;
}

/** `root.querySelector` over a named selector of an adapter. */
export function findNamed(root: ParentNode | null, adapter: Pick<PlatformAdapter, 'selectors'>, name: string): Element | null {
  return root ? root.querySelector(selectorList(adapter, name)) : null;
}

/**
 * Readable text of an element without layout: text nodes plus the `alt`
 * of images (emoji and photos on X and Facebook are `<img alt>`), with
 * block-ish boundaries kept as spaces so words do not run together.
 * `skip` excludes nested parts (a quoted post inside a post).
 */
export function readText(root: Element | null, skip?: string, limit = 20_000): string {
  if (!root) return '';
  let out = '';
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  let node: Node | null = walker.currentNode;
  while (node && out.length < limit) {
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
    } else if (node !== root) {
      const element = node as Element;
      if (skip && element.matches(skip)) {
        node = nextOutside(walker, element);
        continue;
      }
      const tag = element.tagName;
      if (tag === 'IMG') out += ` ${element.getAttribute('alt') ?? ''} `;
      else if (tag === 'BR' || tag === 'DIV' || tag === 'P' || tag === 'LI') out += ' ';
      else if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'SVG' || tag === 'svg') {
        node = nextOutside(walker, element);
        continue;
      }
    }
    node = walker.nextNode();
  }
  return out.replace(/\s+/g, ' ').trim().slice(0, limit);
}

function nextOutside(walker: TreeWalker, element: Element): Node | null {
  walker.currentNode = element;
  let next = walker.nextSibling();
  let parent: Node | null = element;
  while (!next && parent) {
    parent = walker.parentNode();
    if (!parent) return null;
    next = walker.nextSibling();
  }
  return next;
}

/** True for inputs, textareas and contenteditable regions: single-key shortcuts do not apply there. */
export function isEditable(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return (element as HTMLElement).isContentEditable === true || element.closest('[contenteditable="true"], [contenteditable=""]') !== null;
}

/** A control that is disabled does nothing on click. */
export function isDisabled(element: Element): boolean {
  return element.getAttribute('aria-disabled') === 'true' || element.hasAttribute('disabled');
}

/** Strips tracking query strings and fragments from a link. */
export function cleanUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    url.search = '';
    url.hash = '';
    return url.toString();
  } catch {
    return undefined;
  }
}

/** Containers a hover-opened popover (reaction picker, share panel) is rendered in. */
const POPOVER = '[role="dialog"], [role="menu"], [role="toolbar"], [role="listbox"], [role="tooltip"]';

/**
 * The control a popover was opened from, found by where it sits: reaction
 * pickers and share panels open on hover, in a layer outside their post,
 * right next to the control that opened them. Read once, when an item is
 * picked (one layout read then), so the guard need not watch every element
 * the pointer crosses. Of the visible `controls` outside the popover, the
 * nearest to it within `maxGapPx`; null when none is that close.
 */
export function popoverAnchor(item: Element, controls: string, popover = POPOVER, maxGapPx = 96): Element | null {
  const layer = item.closest(popover) ?? item;
  const box = layer.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return null;
  let best: Element | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const control of item.ownerDocument.querySelectorAll(controls)) {
    if (layer.contains(control)) continue; // the picker's own buttons reuse the labels
    const r = control.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue; // not rendered
    const dx = Math.max(0, r.left - box.right, box.left - r.right);
    const dy = Math.max(0, r.top - box.bottom, box.top - r.bottom);
    const gap = Math.hypot(dx, dy);
    if (gap < bestGap) {
      best = control;
      bestGap = gap;
    }
  }
  return bestGap <= maxGapPx ? best : null;
}

/** The post of the control a popover sits next to (popoverAnchor), if there is one. */
export function popoverPost(
  item: Element,
  controls: string,
  postOf: (control: Element) => PostInfo | null,
  popover?: string,
): PostInfo | undefined {
  const anchor = popoverAnchor(item, controls, popover);
  return (anchor && postOf(anchor)) ?? undefined;
}
