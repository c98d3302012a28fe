// @vitest-environment happy-dom
/**
 * The dialog's host staged during a press (src/ui/dialog/mount.tsx): when it
 * mounts, who takes it, and when it goes. What it looks like staged and
 * shown, in a real browser, is test/browser/staging.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { assess, shippedLexicon } from '../../src/detect/index';
import { showWarning, stageWarning, type DialogProps } from '../../src/ui/dialog/mount';

const text = 'Ayo dukung Pak Anies, coblos nomor 1 tanggal 14 Februari!';
const props: DialogProps = {
  action: 'like',
  text,
  isDraft: false,
  assessment: assess(text, shippedLexicon()) as DialogProps['assessment'],
  site: 'X',
  language: 'id',
  allowProceed: true,
};

/** Just what the mount uses of WXT's content-script context. */
function fakeContext(): ContentScriptContext {
  return { isInvalid: false, onInvalidated: () => () => {} } as unknown as ContentScriptContext;
}

const hosts = () => [...document.querySelectorAll('netral-warning')];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const release = () => window.dispatchEvent(new PointerEvent('pointerup'));

/** Opens the dialog and answers it by removing its host (counts as cancel), returning the host it used. */
async function showAndClose(ctx: ContentScriptContext): Promise<{ host: Element | undefined; choice: string }> {
  const outcome = showWarning(ctx, props);
  await wait(0);
  const host = hosts()[0];
  host?.remove();
  return { host, choice: (await outcome).choice };
}

afterEach(async () => {
  release();
  await wait(1100);
  for (const host of hosts()) host.remove();
});

describe('the staged dialog host', () => {
  it("mounts only after the press's own frame, and the warning that follows shows that same host", async () => {
    const ctx = fakeContext();
    stageWarning(ctx, props);
    expect(hosts()).toHaveLength(0);
    await frame();
    await wait(0);
    const staged = hosts();
    expect(staged).toHaveLength(1);
    // The page cannot see into it: the shadow root is closed.
    expect(staged[0]!.shadowRoot).toBeNull();
    const { host, choice } = await showAndClose(ctx);
    expect(host).toBe(staged[0]);
    expect(choice).toBe('cancel');
    expect(hosts()).toHaveLength(0);
  });

  it('is not waited for by a click that comes before it has begun mounting: that warning mounts its own, and the stage never does', async () => {
    const ctx = fakeContext();
    stageWarning(ctx, props);
    const outcome = showWarning(ctx, props);
    await wait(0);
    expect(hosts()).toHaveLength(1);
    await frame();
    await wait(0);
    expect(hosts()).toHaveLength(1);
    hosts()[0]!.remove();
    expect((await outcome).choice).toBe('cancel');
    await frame();
    expect(hosts()).toHaveLength(0);
  });

  it('goes away soon after the press ends when no warning takes it; one stage at a time', async () => {
    const ctx = fakeContext();
    stageWarning(ctx, props);
    stageWarning(ctx, props);
    await frame();
    await wait(0);
    expect(hosts()).toHaveLength(1);
    await wait(300);
    expect(hosts()).toHaveLength(1); // still pressed
    release();
    await wait(1100);
    expect(hosts()).toHaveLength(0);
    // The next press stages again.
    stageWarning(ctx, props);
    await frame();
    await wait(0);
    expect(hosts()).toHaveLength(1);
  });

  it('is replaced when the page has moved it, and the moved one is removed', async () => {
    const ctx = fakeContext();
    stageWarning(ctx, props);
    await frame();
    await wait(0);
    const staged = hosts()[0]!;
    const box = document.createElement('div');
    document.body.append(box);
    box.append(staged);
    const outcome = showWarning(ctx, props);
    await wait(0);
    expect(staged.isConnected).toBe(false);
    const shown = hosts();
    expect(shown).toHaveLength(1);
    expect(shown[0]).not.toBe(staged);
    shown[0]!.remove();
    expect((await outcome).choice).toBe('cancel');
    box.remove();
  });

  it('leaves nothing in the page when the dialog cannot be rendered, staged or shown', async () => {
    const ctx = fakeContext();
    const broken = { ...props, assessment: undefined } as unknown as DialogProps;
    stageWarning(ctx, broken);
    await frame();
    await wait(0);
    expect(hosts()).toHaveLength(0);
    // The warning that follows mounts its own host.
    const { host, choice } = await showAndClose(ctx);
    expect(host).toBeDefined();
    expect(choice).toBe('cancel');
    await expect(showWarning(ctx, broken)).rejects.toThrow();
    expect(hosts()).toHaveLength(0);
  });
});
