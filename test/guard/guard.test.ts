// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assess, shippedLexicon } from '../../src/detect/index';
import { installGuard, type GuardOptions, type GuardSettings, type WarningRequest } from '../../src/guard/guard';
import type { PlatformAdapter } from '../../src/platforms/types';

/** A tiny fake site: posts with a like button, and a page handler that records likes. */
const PAGE = `
  <div class="post" data-id="p1"><p class="text">Ayo coblos Prabowo-Gibran nomor 2!</p><button class="like">Like</button></div>
  <div class="post" data-id="p2"><p class="text">Resep sambal matah yang enak</p><button class="like">Like</button></div>
  <div class="post" data-id="p3"><p class="text">Jangan lupa cek DPT untuk pilkada</p><button class="like">Like</button></div>
  <textarea class="composer"></textarea>`;

const fakeAdapter: PlatformAdapter = {
  id: 'x',
  name: 'Fake',
  matches: ['https://fake.example/*'],
  selectors: { post: ['.post'], like: ['.like'] },
  pages: {},
  actionOf(event) {
    const el = event.target as Element;
    if (event.type === 'click' && el.matches?.('.like')) {
      const post = el.closest('.post')!;
      return { kind: 'like', target: el, post: { text: post.querySelector('.text')!.textContent!, id: post.getAttribute('data-id')! } };
    }
    if (event.type === 'keydown' && (event as KeyboardEvent).key === 'Enter' && el.matches?.('.composer')) {
      return { kind: 'post', target: el, draft: (el as HTMLTextAreaElement).value };
    }
    return null;
  },
  postOf: () => null,
  composerOf: () => null,
};

let userEvents: WeakSet<Event>;
let siteLog: string[];
let settings: GuardSettings;
let choice: 'cancel' | 'proceed';
let warned: WarningRequest[];
let records: unknown[];
let reports: string[];
let site: AbortController;

function setup(overrides: Partial<GuardOptions> = {}) {
  return installGuard({
    adapter: fakeAdapter,
    target: window,
    assess: (text, context) => assess(text, shippedLexicon(), context),
    settings: () => settings,
    warn: async (request) => {
      warned.push(request);
      return choice;
    },
    record: (entry) => records.push(entry),
    report: (_error, where) => reports.push(where),
    isUserEvent: (event) => userEvents.has(event),
    ...overrides,
  });
}

/** The primary (or another) button going down "by the user". */
function userPress(element: Element, button = 0) {
  const event = new PointerEvent('pointerdown', { bubbles: true, cancelable: true, button });
  userEvents.add(event);
  element.dispatchEvent(event);
}

/** A click "by the user". */
function userClick(element: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  userEvents.add(event);
  element.dispatchEvent(event);
}

const likeOf = (id: string) => document.querySelector(`[data-id="${id}"] .like`)!;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.body.innerHTML = PAGE;
  userEvents = new WeakSet();
  siteLog = [];
  settings = { enabled: true, mode: 'warn', threshold: 'caution' };
  choice = 'cancel';
  warned = [];
  records = [];
  reports = [];
  site = new AbortController();
  const { signal } = site;
  document.addEventListener('click', (e) => {
    const post = (e.target as Element).closest('.post');
    if ((e.target as Element).matches('.like') && post) siteLog.push(`like:${post.getAttribute('data-id')}`);
  }, { signal });
  document.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Enter') siteLog.push(`post:${(e.target as HTMLTextAreaElement).value}`);
  }, { signal });
});

let guard: ReturnType<typeof installGuard> | undefined;
afterEach(() => {
  guard?.uninstall();
  site.abort();
});

describe('guard', () => {
  it('holds a like on a candidate post until the user decides, and cancel leaves the site untouched', async () => {
    guard = setup();
    userClick(likeOf('p1'));
    expect(siteLog).toEqual([]);
    expect(warned).toHaveLength(1);
    expect(warned[0]!.action.kind).toBe('like');
    expect(warned[0]!.assessment.level).toBe('risk');
    await flush();
    expect(siteLog).toEqual([]);
    expect(records).toEqual([expect.objectContaining({ action: 'like', level: 'risk', decision: 'cancelled' })]);
    expect(JSON.stringify(records)).not.toContain('Ayo coblos');
  });

  it('replays the action exactly once on proceed', async () => {
    choice = 'proceed';
    guard = setup();
    userClick(likeOf('p1'));
    await flush();
    expect(siteLog).toEqual(['like:p1']);
    expect(records).toEqual([expect.objectContaining({ decision: 'proceeded' })]);
  });

  it('lets a non-political post through with no dialog', () => {
    guard = setup();
    userClick(likeOf('p2'));
    expect(siteLog).toEqual(['like:p2']);
    expect(warned).toHaveLength(0);
  });

  it('holds caution by default and lets it pass with the risk-only sensitivity', () => {
    guard = setup();
    userClick(likeOf('p3'));
    expect(warned.map((w) => w.assessment.level)).toEqual(['caution']);
    settings = { ...settings, threshold: 'risk' };
    userClick(likeOf('p3'));
    expect(siteLog).toEqual(['like:p3']);
  });

  it('holds a keyboard submit of a political draft and replays the key', async () => {
    choice = 'proceed';
    guard = setup();
    const composer = document.querySelector('textarea')!;
    composer.value = 'Dukung Anies nomor 1!';
    const key = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    userEvents.add(key);
    composer.dispatchEvent(key);
    expect(siteLog).toEqual([]);
    expect(warned[0]!.isDraft).toBe(true);
    await flush();
    expect(siteLog).toEqual(['post:Dukung Anies nomor 1!']);
  });

  it('records without holding in audit mode, and does nothing when off', () => {
    settings = { ...settings, mode: 'audit' };
    guard = setup();
    userClick(likeOf('p1'));
    expect(siteLog).toEqual(['like:p1']);
    expect(records).toEqual([expect.objectContaining({ decision: 'audited' })]);
    settings = { ...settings, mode: 'off' };
    userClick(likeOf('p1'));
    expect(siteLog).toEqual(['like:p1', 'like:p1']);
    expect(records).toHaveLength(1);
  });

  it('offers no proceed in block mode, even if asked to', async () => {
    settings = { ...settings, mode: 'block' };
    choice = 'proceed';
    guard = setup();
    userClick(likeOf('p1'));
    expect(warned[0]!.allowProceed).toBe(false);
    await flush();
    expect(siteLog).toEqual([]);
  });

  it('in justify mode proceeds only with a typed reason, and keeps the reason in the record', async () => {
    settings = { ...settings, mode: 'justify' };
    let outcome: Awaited<ReturnType<GuardOptions['warn']>> = { choice: 'proceed', reason: '   ' };
    guard = setup({ warn: async (request) => (warned.push(request), outcome) });
    userClick(likeOf('p1'));
    expect(warned[0]!.requireReason).toBe(true);
    await flush();
    // A blank reason is no reason: held, recorded as cancelled, nothing replayed.
    expect(siteLog).toEqual([]);
    expect(records).toEqual([expect.objectContaining({ decision: 'cancelled' })]);
    expect(records[0]).not.toHaveProperty('reason');
    outcome = { choice: 'proceed', reason: ` Tugas kedinasan: memantau kampanye ${'x'.repeat(600)}` };
    userClick(likeOf('p1'));
    await flush();
    expect(siteLog).toEqual(['like:p1']);
    const kept = records[1] as { decision: string; reason: string };
    expect(kept.decision).toBe('proceeded');
    expect(kept.reason.startsWith('Tugas kedinasan: memantau kampanye')).toBe(true);
    expect(kept.reason).toHaveLength(500);
  });

  it('does not ask for a reason outside justify mode', () => {
    guard = setup();
    userClick(likeOf('p1'));
    expect(warned[0]!.requireReason).toBe(false);
  });

  it('ignores events the user did not make (page scripts, its own replays)', () => {
    guard = setup();
    likeOf('p1').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(siteLog).toEqual(['like:p1']);
    expect(warned).toHaveLength(0);
  });

  it('fails open when the adapter, the engine or the dialog breaks', async () => {
    guard = setup({
      adapter: {
        ...fakeAdapter,
        actionOf: () => {
          throw new Error('changed DOM');
        },
      },
    });
    userClick(likeOf('p1'));
    expect(siteLog).toEqual(['like:p1']);
    guard.uninstall();

    guard = setup({
      assess: () => {
        throw new Error('engine');
      },
    });
    userClick(likeOf('p1'));
    expect(siteLog).toEqual(['like:p1', 'like:p1']);
    guard.uninstall();

    guard = setup({ warn: () => Promise.reject(new Error('dialog')) });
    userClick(likeOf('p1'));
    await flush();
    expect(siteLog).toEqual(['like:p1', 'like:p1', 'like:p1']);
    expect(reports).toEqual(['x.actionOf(click)', 'guard.click', 'guard.warn']);
  });

  it('keeps working for the next action after an error', () => {
    let calls = 0;
    guard = setup({
      adapter: {
        ...fakeAdapter,
        actionOf: (event, memory) => {
          calls++;
          if (calls === 1) throw new Error('once');
          return fakeAdapter.actionOf(event, memory);
        },
      },
    });
    userClick(likeOf('p1'));
    userClick(likeOf('p1'));
    expect(warned).toHaveLength(1);
  });

  it('does not ask twice for the same action right after proceed', async () => {
    choice = 'proceed';
    guard = setup();
    userClick(likeOf('p1'));
    await flush();
    userClick(likeOf('p1'));
    expect(warned).toHaveLength(1);
    expect(siteLog).toEqual(['like:p1', 'like:p1']);
  });

  it('holds further shortcuts while a dialog is open', () => {
    let resolve: (c: 'cancel') => void = () => {};
    guard = setup({ warn: () => new Promise((r) => (resolve = r)) });
    userClick(likeOf('p1'));
    expect(guard.holding).toBe(true);
    const key = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    userEvents.add(key);
    document.querySelector('textarea')!.dispatchEvent(key);
    expect(siteLog).toEqual([]);
    resolve('cancel');
  });

  it('removes itself at the first event once the extension is gone, letting that event through', () => {
    let alive = true;
    guard = setup({ alive: () => alive });
    userClick(likeOf('p1'));
    expect(warned).toHaveLength(1);
    alive = false;
    userClick(likeOf('p1'));
    userClick(likeOf('p1'));
    expect(warned).toHaveLength(1);
    expect(siteLog).toEqual(['like:p1', 'like:p1']);
  });

  it('listens to presses, clicks, double-clicks and keys only: never to hover or focus, which fire all through a scroll', () => {
    const types: string[] = [];
    const target = new EventTarget();
    const add = target.addEventListener.bind(target);
    target.addEventListener = (type: string, ...rest: [EventListenerOrEventListenerObject | null, (AddEventListenerOptions | boolean)?]) => {
      types.push(type);
      add(type, ...rest);
    };
    guard = setup({ target: target as unknown as Window });
    expect(types.sort()).toEqual(['click', 'dblclick', 'keydown', 'pointerdown']);
  });

  it('asks whether the extension is alive only when an action is about to be held', () => {
    let asked = 0;
    guard = setup({ alive: () => (asked++, true) });
    userClick(document.querySelector('[data-id="p2"] .text')!); // not an action
    expect(asked).toBe(0);
    userClick(likeOf('p1'));
    expect(asked).toBe(1);
    expect(warned).toHaveLength(1);
  });

  it('removes every listener on uninstall', () => {
    guard = setup();
    guard.uninstall();
    userClick(likeOf('p1'));
    expect(siteLog).toEqual(['like:p1']);
    expect(warned).toHaveLength(0);
  });
});

describe('guard, while its core is still loading (a page\'s first action)', () => {
  /** A core that arrives when the test says so; until then settings and engine must not be asked. */
  function loadingCore() {
    let ready = false;
    let settle: { resolve(): void; reject(error: Error): void } = { resolve() {}, reject() {} };
    let calls = 0;
    let coming: Promise<unknown> | undefined;
    const load = () =>
      (coming ??= new Promise<void>((resolve, reject) => {
        calls++;
        settle = {
          resolve: () => ((ready = true), resolve()),
          reject: (error) => ((coming = undefined), reject(error)),
        };
      }));
    const guarded = <T extends unknown[], R>(f: (...args: T) => R) => (...args: T): R => {
      if (!ready) throw new Error('asked before the core was loaded');
      return f(...args);
    };
    return { state: { ready: () => ready, load }, guarded, settle: () => settle, calls: () => calls };
  }

  function setupLoading(core: ReturnType<typeof loadingCore>, overrides: Partial<GuardOptions> = {}) {
    return setup({
      core: core.state,
      settings: core.guarded(() => settings),
      assess: core.guarded((text: string, context?: Parameters<GuardOptions['assess']>[1]) => assess(text, shippedLexicon(), context)),
      ...overrides,
    });
  }

  it('holds an action on a candidate post until the core is there, then warns; cancel leaves the site untouched', async () => {
    const core = loadingCore();
    guard = setupLoading(core);
    userClick(likeOf('p1'));
    expect(siteLog).toEqual([]);
    expect(warned).toHaveLength(0);
    core.settle().resolve();
    await flush();
    expect(warned.map((w) => [w.action.kind, w.assessment.level])).toEqual([['like', 'risk']]);
    expect(siteLog).toEqual([]);
    expect(records).toEqual([expect.objectContaining({ decision: 'cancelled' })]);
  });

  it('replays a held action exactly once when it needs no warning, or when the user proceeds', async () => {
    const core = loadingCore();
    choice = 'proceed';
    guard = setupLoading(core);
    userClick(likeOf('p2'));
    userClick(likeOf('p1'));
    expect(siteLog).toEqual([]);
    core.settle().resolve();
    await flush();
    expect(siteLog).toEqual(['like:p2', 'like:p1']);
    expect(warned).toHaveLength(1);
    // Loaded: the next action is decided at once, as usual.
    userClick(likeOf('p2'));
    expect(siteLog).toEqual(['like:p2', 'like:p1', 'like:p2']);
  });

  it('lets what is not an action through at once, without loading anything', () => {
    const core = loadingCore();
    guard = setupLoading(core);
    userClick(document.querySelector('[data-id="p1"] .text')!);
    expect(core.calls()).toBe(0);
    userClick(likeOf('p1'));
    expect(core.calls()).toBe(1);
  });

  it('replays the held action when the core cannot be loaded, and tries again at the next action', async () => {
    const core = loadingCore();
    guard = setupLoading(core);
    userClick(likeOf('p1'));
    core.settle().reject(new Error('guard-core.js missing'));
    await flush();
    expect(siteLog).toEqual(['like:p1']);
    expect(reports).toEqual(['guard.loading']);
    userClick(likeOf('p1'));
    expect(core.calls()).toBe(2);
    core.settle().resolve();
    await flush();
    expect(warned).toHaveLength(1);
    expect(siteLog).toEqual(['like:p1']);
  });

  it('replays held actions when the loaded settings say off, or audit (recorded)', async () => {
    const core = loadingCore();
    settings = { ...settings, mode: 'audit' };
    guard = setupLoading(core);
    userClick(likeOf('p1'));
    core.settle().resolve();
    await flush();
    expect(siteLog).toEqual(['like:p1']);
    expect(records).toEqual([expect.objectContaining({ decision: 'audited' })]);
    guard.uninstall();

    const off = loadingCore();
    settings = { ...settings, mode: 'off' };
    guard = setupLoading(off);
    userClick(likeOf('p1'));
    off.settle().resolve();
    await flush();
    expect(siteLog).toEqual(['like:p1', 'like:p1']);
    expect(warned).toHaveLength(0);
  });

  it('decides two held actions one dialog at a time', async () => {
    const core = loadingCore();
    const answers: Array<(choice: 'cancel' | 'proceed') => void> = [];
    guard = setupLoading(core, {
      warn: (request) => {
        warned.push(request);
        return new Promise((resolve) => answers.push(resolve));
      },
    });
    userClick(likeOf('p1'));
    userClick(likeOf('p3'));
    core.settle().resolve();
    await flush();
    expect(warned.map((w) => w.assessment.level)).toEqual(['risk']);
    answers[0]!('cancel');
    await flush();
    expect(warned.map((w) => w.assessment.level)).toEqual(['risk', 'caution']);
    answers[1]!('proceed');
    await flush();
    expect(siteLog).toEqual(['like:p3']);
    expect(records).toEqual([expect.objectContaining({ decision: 'cancelled' }), expect.objectContaining({ decision: 'proceeded' })]);
  });
});


describe('guard, staging the dialog while a control is pressed', () => {
  let staged: WarningRequest[];
  const setupStaging = (overrides: Partial<GuardOptions> = {}) => setup({ stage: (request) => staged.push(request), ...overrides });
  beforeEach(() => {
    staged = [];
  });

  it("stages the warning a candidate post's like would show when the button goes down; the click then warns as before", async () => {
    guard = setupStaging();
    userPress(likeOf('p1'));
    expect(staged.map((r) => [r.action.kind, r.action.post?.id, r.assessment.level, r.allowProceed])).toEqual([['like', 'p1', 'risk', true]]);
    expect(warned).toHaveLength(0);
    expect(siteLog).toEqual([]);
    userClick(likeOf('p1'));
    await flush();
    expect(warned.map((r) => r.action.post?.id)).toEqual(['p1']);
    expect(siteLog).toEqual([]);
    expect(staged).toHaveLength(1);
  });

  it('stages nothing for a neutral post, a non-action, another mouse button, a press the page made, or while a dialog is open', () => {
    guard = setupStaging({ warn: (request) => (warned.push(request), new Promise(() => {})) });
    userPress(likeOf('p2'));
    userPress(document.querySelector('[data-id="p1"] .text')!);
    userPress(likeOf('p1'), 2);
    likeOf('p1').dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0 }));
    expect(staged).toEqual([]);
    userClick(likeOf('p3')); // opens a dialog that stays open
    userPress(likeOf('p1'));
    expect(warned).toHaveLength(1);
    expect(staged).toEqual([]);
  });

  it('stages nothing when off, in audit mode, below the threshold, or right after proceed (the click would pass)', async () => {
    guard = setupStaging();
    for (const mode of ['off', 'audit'] as const) {
      settings = { ...settings, mode };
      userPress(likeOf('p1'));
    }
    settings = { enabled: false, mode: 'warn', threshold: 'caution' };
    userPress(likeOf('p1'));
    settings = { enabled: true, mode: 'warn', threshold: 'risk' };
    userPress(likeOf('p3')); // caution only
    expect(staged).toEqual([]);
    expect(records).toEqual([]); // a look ahead records nothing, not even in audit mode

    settings = { enabled: true, mode: 'warn', threshold: 'caution' };
    choice = 'proceed';
    userClick(likeOf('p1'));
    await flush();
    expect(siteLog).toEqual(['like:p1']);
    userPress(likeOf('p1'));
    expect(staged).toEqual([]);
  });

  it('stages with the mode in force: block offers no proceed, justify asks for a reason', () => {
    guard = setupStaging();
    settings = { ...settings, mode: 'block' };
    userPress(likeOf('p1'));
    settings = { ...settings, mode: 'justify' };
    userPress(likeOf('p1'));
    expect(staged.map((r) => [r.allowProceed, r.requireReason])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('remembers nothing when it looks ahead: a menu knows its post only from the click that opened it', async () => {
    document.body.insertAdjacentHTML('beforeend', '<button class="share">Share</button><div role="menu"><button class="repost">Repost</button></div>');
    const memoryAdapter: PlatformAdapter = {
      ...fakeAdapter,
      actionOf(event, memory) {
        const el = event.target as Element;
        if (event.type !== 'click') return null;
        if (el.matches('.share')) memory.remember({ text: 'Ayo coblos Prabowo-Gibran nomor 2!', id: 'p1' });
        const post = el.matches('.repost') ? memory.recall() : undefined;
        return post ? { kind: 'share', target: el, post } : null;
      },
    };
    guard = setupStaging({ adapter: memoryAdapter });
    const share = document.querySelector('.share')!;
    const repost = document.querySelector('.repost')!;
    userPress(share); // pressed, never clicked
    userPress(repost);
    userClick(repost);
    expect(staged).toEqual([]);
    expect(warned).toEqual([]);
    userClick(share);
    userPress(repost);
    userClick(repost);
    await flush();
    expect(staged.map((r) => r.action.kind)).toEqual(['share']);
    expect(warned.map((r) => r.action.kind)).toEqual(['share']);
  });

  /** A core still loading, and how to make it arrive. */
  function arrivingCore() {
    let ready = false;
    let arrive = () => {};
    const coming = new Promise<void>((resolve) => (arrive = () => ((ready = true), resolve())));
    return { state: { ready: () => ready, load: () => coming }, arrive: () => arrive() };
  }

  it("on a page's first press, stages once the core is there, unless the click came first", async () => {
    const { state, arrive } = arrivingCore();
    guard = setupStaging({ core: state });
    userPress(likeOf('p1'));
    userPress(likeOf('p3'));
    userClick(likeOf('p3'));
    expect(staged).toEqual([]);
    arrive();
    await flush();
    // The click on p3 came after both presses: neither is staged; the click is decided as usual.
    expect(staged).toEqual([]);
    expect(warned.map((r) => r.action.post?.id)).toEqual(['p3']);
  });

  it('stages after the core arrives when the button is still down', async () => {
    const { state, arrive } = arrivingCore();
    guard = setupStaging({ core: state });
    userPress(likeOf('p1'));
    arrive();
    await flush();
    expect(staged.map((r) => r.action.post?.id)).toEqual(['p1']);
  });

  it('reports an adapter or engine error during a press and stages nothing; the click still decides', async () => {
    let broken: 'adapter' | 'engine' | null = 'adapter';
    guard = setupStaging({
      adapter: {
        ...fakeAdapter,
        actionOf: (event, memory) => {
          if (broken === 'adapter') throw new Error('changed DOM');
          return fakeAdapter.actionOf(event, memory);
        },
      },
      assess: (text, context) => {
        if (broken === 'engine') throw new Error('bad pack');
        return assess(text, shippedLexicon(), context);
      },
    });
    userPress(likeOf('p1'));
    broken = 'engine';
    userPress(likeOf('p1'));
    expect(staged).toEqual([]);
    expect(reports).toEqual(['x.actionOf(pointerdown)', 'guard.stage']);
    broken = null;
    userClick(likeOf('p1'));
    await flush();
    expect(warned).toHaveLength(1);
  });
});
