// @vitest-environment happy-dom
/**
 * A changed or hostile DOM degrades to "no action", never to an exception
 * or a dead button: every registered adapter is handed events whose target
 * is something no site markup would give it, and events from inside an
 * unrelated page structure, and must answer null without throwing.
 */
import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../src/platforms/registry';
import type { ActionMemory, PostInfo } from '../../src/platforms/types';

function memory(): ActionMemory {
  let post: PostInfo | undefined;
  return { remember: (p) => void (post = p), recall: () => post };
}

/** An event as the guard receives it, with any target. */
function eventAt(type: string, target: unknown, init: Record<string, unknown> = {}): Event {
  const event = type === 'keydown' ? new KeyboardEvent(type, { bubbles: true, key: 'Enter', ...init }) : new MouseEvent(type, { bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

function oddTargets(): Array<[string, unknown]> {
  document.body.innerHTML = `
    <div role="article"><div role="group"><button aria-label="Like">♥</button><span>Suka</span></div></div>
    <svg><g><path d="M0 0"/></g></svg>
    <div id="host"></div>`;
  const host = document.getElementById('host')!;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<button data-testid="like">like</button>';
  const detached = document.createElement('button');
  detached.setAttribute('data-testid', 'like');
  let deep: Element = document.createElement('div');
  const top = deep;
  for (let i = 0; i < 2000; i++) {
    const child = document.createElement('div');
    deep.append(child);
    deep = child;
  }
  deep.innerHTML = '<button aria-label="Suka">Suka</button>';
  document.body.append(top);
  return [
    ['null', null],
    ['the window', window],
    ['the document', document],
    ['the root element', document.documentElement],
    ['a text node', document.body.querySelector('span')!.firstChild],
    ['a comment node', document.createComment('x')],
    ['an SVG path', document.querySelector('path')],
    ['a detached button that looks like a like', detached],
    ['a button inside a shadow root', shadow.querySelector('button')],
    ['a "Like" button outside any post markup', document.querySelector('[aria-label="Like"]')],
    ['a button 2,000 elements deep', deep.querySelector('button')],
  ];
}

describe('adapters given odd targets', () => {
  for (const adapter of PLATFORMS) {
    it(`${adapter.name}: answers null without throwing`, () => {
      for (const [what, target] of oddTargets()) {
        for (const type of ['click', 'dblclick', 'keydown', 'pointerover', 'focusin']) {
          let result: unknown;
          expect(() => (result = adapter.actionOf(eventAt(type, target, { ctrlKey: type === 'keydown' }), memory())), `${type} on ${what}`).not.toThrow();
          expect(result ?? null, `${type} on ${what}`).toBeNull();
        }
      }
    });
  }
});
