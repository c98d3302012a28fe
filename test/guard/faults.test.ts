// @vitest-environment happy-dom
/**
 * Fault injection, layer by layer: whatever breaks inside Netral (the
 * settings, the adapter, the engine, the dialog, the history, the error
 * reporting itself), the user's action reaches the site exactly once, as if
 * Netral were not there, the error is reported with where it happened, and
 * the guard still works for the next action.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assess, shippedLexicon } from '../../src/detect/index';
import { installGuard, type GuardOptions, type GuardRecord } from '../../src/guard/guard';
import type { PlatformAdapter } from '../../src/platforms/types';

const CANDIDATE_POST = 'Ayo coblos Prabowo-Gibran nomor 2!';
document.body.innerHTML = '';

const adapter: PlatformAdapter = {
  id: 'x',
  name: 'Fake',
  matches: ['https://fake.example/*'],
  selectors: { post: ['.post'], like: ['.like'] },
  pages: {},
  actionOf(event) {
    const el = event.target as Element;
    if (event.type !== 'click' || !el.matches?.('.like')) return null;
    return { kind: 'like', target: el, post: { text: el.closest('.post')!.querySelector('p')!.textContent!, id: 'p1' } };
  },
  postOf: () => null,
  composerOf: () => null,
};

let siteLikes: number;
let reports: Array<{ where: string; message: string }>;
let records: GuardRecord[];
let warnings: number;
let site: AbortController;
let guard: ReturnType<typeof installGuard> | undefined;
const userEvents = new WeakSet<Event>();

function setup(overrides: Partial<GuardOptions> = {}) {
  guard = installGuard({
    adapter,
    target: window,
    assess: (text, context) => assess(text, shippedLexicon(), context),
    settings: () => ({ enabled: true, mode: 'warn', threshold: 'caution' }),
    warn: async () => {
      warnings++;
      return 'cancel';
    },
    record: (entry) => records.push(entry),
    report: (error, where) => reports.push({ where, message: error instanceof Error ? error.message : String(error) }),
    isUserEvent: (event) => userEvents.has(event),
    ...overrides,
  });
}

function like() {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  userEvents.add(event);
  document.querySelector('.like')!.dispatchEvent(event);
}
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.body.innerHTML = `<div class="post"><p>${CANDIDATE_POST}</p><button class="like">Suka</button></div>`;
  siteLikes = 0;
  reports = [];
  records = [];
  warnings = 0;
  site = new AbortController();
  document.addEventListener('click', (e) => (e.target as Element).matches('.like') && siteLikes++, { signal: site.signal });
});
afterEach(() => {
  guard?.uninstall();
  site.abort();
});

/** Each fault: what to break, and where the report must say it happened. */
const FAULTS: Array<[string, () => Partial<GuardOptions>, RegExp]> = [
  ['the settings cannot be read', () => ({ settings: () => { throw new Error('settings gone'); } }), /^x\.actionOf\(click\)$/],
  ['the adapter throws (a changed DOM)', () => ({ adapter: { ...adapter, actionOf: () => { throw new TypeError("Cannot read properties of null (reading 'closest')"); } } }), /^x\.actionOf/],
  ['the adapter returns a malformed action', () => ({ adapter: { ...adapter, actionOf: (e) => ({ kind: 'like', target: e.target as Element, post: { text: undefined as unknown as string } }) } }), /^guard\.click$/],
  ['the engine throws', () => ({ assess: () => { throw new RangeError('engine broke'); } }), /^guard\.click$/],
  ['the engine returns garbage', () => ({ assess: () => null as never }), /^guard\.click$/],
  ['the dialog throws before it opens', () => ({ warn: () => { throw new Error('no shadow root'); } }), /^guard\.warn$/],
  ['the dialog fails after it opened', () => ({ warn: () => Promise.reject(new Error('render failed')) }), /^guard\.warn$/],
  ['the dialog answers nonsense', () => ({ warn: async () => null as never }), /^guard\.warn$/],
];

describe('fail open, layer by layer', () => {
  for (const [what, fault, where] of FAULTS) {
    it(`lets the action through exactly once when ${what}, reports it, and keeps guarding`, async () => {
      setup(fault());
      like();
      await flush();
      expect(siteLikes).toBe(1);
      expect(reports).toHaveLength(1);
      expect(reports[0]!.where).toMatch(where);
      // The report names the layer, never the post's text.
      expect(JSON.stringify(reports)).not.toContain('Prabowo');
      // The guard is alive: with the fault gone, the next like is held.
      guard!.uninstall();
      setup();
      like();
      await flush();
      expect(warnings).toBe(1);
      expect(siteLikes).toBe(1);
    });
  }

  it('keeps a cancel a cancel when the history write fails afterwards', async () => {
    setup({ record: () => { throw new Error('storage full'); } });
    like();
    await flush();
    expect(warnings).toBe(1);
    expect(siteLikes).toBe(0);
    expect(reports.map((r) => r.where)).toEqual(['guard.record']);
  });

  it('proceeds exactly once when the history write fails after proceed', async () => {
    setup({ warn: async () => 'proceed', record: () => { throw new Error('storage full'); } });
    like();
    await flush();
    expect(siteLikes).toBe(1);
    expect(reports.map((r) => r.where)).toEqual(['guard.record']);
  });

  it('still fails open when reporting the error fails too (extension context gone)', async () => {
    setup({
      assess: () => { throw new Error('engine broke'); },
      report: () => { throw new Error('Extension context invalidated.'); },
    });
    like();
    await flush();
    expect(siteLikes).toBe(1);
  });
});
