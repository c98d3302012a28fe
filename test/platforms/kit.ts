/**
 * What the adapter tests share (happy-dom): loading a fixture page under
 * the site's address, running its fake site (site.js) with listeners that do
 * not leak into the next test, a memory like the guard's, dispatching an
 * event as a user would and reading what the adapter says, and the check
 * that every selector finds its expected count on every fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { selectorList, type ActionMemory, type HeldAction, type PlatformAdapter, type PostInfo } from '../../src/platforms/types';

const FIXTURES_DIR = join(import.meta.dirname, '../fixtures');

export interface FixtureSite {
  /** Loads `name` into the document at `url`; with `site`, also runs the fake site (site.js). */
  load(name: string, site?: boolean, url?: string): void;
  /** What the fake site's own handlers did. */
  siteLog(): string[];
  /** Expected selector counts per fixture (expected.json). */
  expected: Record<string, Record<string, number>>;
}

/** `defaultUrl` gives the address a fixture is served at when the test names none. */
export function fixtureSite(platform: string, defaultUrl: (name: string) => string): FixtureSite {
  const dir = join(FIXTURES_DIR, platform);
  const siteJs = readFileSync(join(dir, 'site.js'), 'utf8');
  // The happy-dom document lives across tests: site.js's listeners are removed before the next load.
  const listeners: [string, EventListener][] = [];
  const runSite = () => {
    const add = document.addEventListener.bind(document);
    document.addEventListener = ((type: string, listener: EventListener) => {
      listeners.push([type, listener]);
      add(type, listener);
    }) as typeof document.addEventListener;
    try {
      new Function(siteJs)();
    } finally {
      document.addEventListener = add;
    }
  };
  return {
    load(name, site = false, url = defaultUrl(name)) {
      for (const [type, listener] of listeners.splice(0)) document.removeEventListener(type, listener);
      delete (window as unknown as { __site?: unknown }).__site;
      const html = readFileSync(join(dir, name), 'utf8').replace(/<script[^>]*><\/script>/g, '');
      (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
      document.documentElement.setAttribute('lang', /<html lang="(\w+)"/.exec(html)?.[1] ?? 'en');
      document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/, '').replace(/<\/html>\s*$/, '');
      if (site) runSite();
    },
    siteLog: () => (window as unknown as { __site: string[] }).__site,
    expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Record<string, number>>,
  };
}

/** The guard's memory without the expiry; `last` shows what was remembered. */
export function newMemory(): ActionMemory & { last?: PostInfo | undefined } {
  const memory = { last: undefined as PostInfo | undefined, remember: (p: PostInfo) => void (memory.last = p), recall: () => memory.last };
  return memory;
}

/**
 * Dispatches an event the way a user would and returns what the adapter says
 * in the capture phase, as the guard does. With `hold`, the event then stops
 * there, as a held one would: the fake site never sees it.
 */
export function actor(adapter: PlatformAdapter, memory: () => ActionMemory, options: { hold?: boolean } = {}) {
  return (target: Element, type = 'click', init: KeyboardEventInit = {}): HeldAction | null => {
    let result: HeldAction | null = null;
    const listener = (event: Event): void => {
      result = adapter.actionOf(event, memory());
      if (options.hold) event.stopImmediatePropagation();
    };
    document.addEventListener(type, listener, { capture: true, once: true });
    const event = type === 'keydown' ? new KeyboardEvent(type, { bubbles: true, cancelable: true, ...init }) : new MouseEvent(type, { bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    document.removeEventListener(type, listener, { capture: true });
    return result;
  };
}

/** A click only the site sees (no adapter listening): opens its menus and dialogs. */
export const press = (target: Element): void => void target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

/** The first match, or a clear failure naming the selector. */
export const $ = (selector: string, root: ParentNode = document): Element => {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`fixture has no ${selector}`);
  return found;
};

/** Tests (inside a describe) that every selector of `adapter` finds its expected count on every fixture. */
export function selectorCountTests(adapter: PlatformAdapter, site: FixtureSite, fixtures: readonly string[]): void {
  it('lists every selector name in expected.json', () => {
    for (const name of fixtures) expect(Object.keys(site.expected[name] ?? {}).sort()).toEqual(Object.keys(adapter.selectors).sort());
  });
  for (const name of fixtures) {
    it(`matches the expected counts on ${name}`, () => {
      site.load(name);
      const counts = Object.fromEntries(Object.keys(adapter.selectors).map((s) => [s, document.querySelectorAll(selectorList(adapter, s)).length]));
      expect(counts).toEqual(site.expected[name]);
    });
  }
}

/** Lays `element` out at a box, as happy-dom has no layout: for adapters that read where a popover sits. */
export function placeAt(element: Element, left: number, top: number, width: number, height: number): void {
  const box = { left, top, width, height, x: left, y: top, right: left + width, bottom: top + height };
  Object.defineProperty(element, 'getBoundingClientRect', { configurable: true, value: () => ({ ...box, toJSON: () => box }) });
}
