// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assess, shippedLexicon } from '../../src/detect/index';
import { DIALOG_MESSAGES } from '../../src/ui/dialog/messages';
import { excerpt } from '../../src/ui/dialog/excerpt';
import { WarningDialog, type WarningProps } from '../../src/ui/dialog/WarningDialog';
import { ACTION_KINDS } from '../../src/platforms/types';

const text = 'Ayo dukung Pak Anies, coblos nomor 1 tanggal 14 Februari!';
let container: HTMLElement;
let onCancel: ReturnType<typeof vi.fn>;
let onProceed: ReturnType<typeof vi.fn>;

function show(overrides: Partial<WarningProps> = {}) {
  const assessment = assess(text, shippedLexicon());
  const props = {
    action: 'like',
    text,
    isDraft: false,
    assessment: assessment as WarningProps['assessment'],
    site: 'X',
    language: 'id',
    allowProceed: true,
    onCancel,
    onProceed,
    ...overrides,
  } as WarningProps;
  act(() => render(<WarningDialog {...props} />, container));
  return container.querySelector('[role="alertdialog"]') as HTMLElement;
}

/** happy-dom marks dispatched events untrusted; the dialog must ignore those, so simulate a user event. */
function trustedClick(element: Element) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  act(() => void element.dispatchEvent(event));
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  onCancel = vi.fn();
  onProceed = vi.fn();
});
afterEach(() => {
  render(null, container);
  container.remove();
});

describe('WarningDialog', () => {
  it('is a labelled modal dialog that says what was about to happen, in Indonesian by default', () => {
    const dialog = show();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const title = container.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toBe('Konten ini tentang calon atau kampanye');
    expect(dialog.textContent).toContain('Anda akan menyukai postingan ini di X');
  });

  it('highlights the matched words and gives the reasons, the rule and the sanctions with sources', () => {
    const dialog = show();
    const marked = [...dialog.querySelectorAll('.excerpt mark')].map((m) => m.textContent);
    expect(marked).toEqual(expect.arrayContaining(['Anies']));
    expect(dialog.textContent).toContain('Anies Baswedan');
    expect(dialog.textContent).toContain('SKB 22 September 2022');
    expect(dialog.textContent).toContain('UU 20/2023');
    expect(dialog.textContent).toContain('PP 42/2004');
    expect(dialog.textContent).toContain('PP 94/2021');
    expect(dialog.textContent).toContain('pemberhentian dengan hormat');
    expect(dialog.textContent).toContain('PP 53/2010');
    expect(dialog.querySelectorAll('a[href^="https://"]').length).toBeGreaterThan(3);
  });

  it('speaks English when asked', () => {
    const dialog = show({ language: 'en', action: 'share' });
    expect(dialog.textContent).toContain('You are about to share this post on X');
    expect(dialog.textContent).toContain('Proceed anyway');
  });

  it('focuses Cancel in the first frame, cancels on Escape and traps Tab', async () => {
    const dialog = show();
    const cancel = dialog.querySelector('button.cancel') as HTMLButtonElement;
    // Not in the click's task (focus() would restyle the whole page there): in the frame that shows the dialog.
    expect(document.activeElement).not.toBe(cancel);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(cancel);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(escape, 'isTrusted', { value: true });
    act(() => void cancel.dispatchEvent(escape));
    expect(onCancel).toHaveBeenCalledTimes(1);
    const proceed = dialog.querySelector('button.proceed') as HTMLButtonElement;
    proceed.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    Object.defineProperty(tab, 'isTrusted', { value: true });
    act(() => void proceed.dispatchEvent(tab));
    expect(tab.defaultPrevented).toBe(true);
  });

  it('staged unseen (hidden from assistive technology too), takes focus only once shown, and keeps its DOM but that when shown with the same content', async () => {
    const dialog = show({ shown: false });
    const cancel = dialog.querySelector('button.cancel') as HTMLButtonElement;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).not.toBe(cancel);
    expect(container.querySelector('.backdrop')!.getAttribute('aria-hidden')).toBe('true');
    const before = container.innerHTML;
    const shown = show({ shown: true });
    expect(shown).toBe(dialog);
    expect(container.querySelector('.backdrop')!.hasAttribute('aria-hidden')).toBe(false);
    expect(container.innerHTML).toBe(before.replace(' aria-hidden="true"', ''));
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(cancel);
  });

  it('counts only trusted clicks', () => {
    const dialog = show();
    const proceed = dialog.querySelector('button.proceed')!;
    act(() => void proceed.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(onProceed).not.toHaveBeenCalled();
    trustedClick(proceed);
    expect(onProceed).toHaveBeenCalledTimes(1);
  });

  it('has no proceed button when the organisation blocks proceeding', () => {
    const dialog = show({ allowProceed: false });
    expect(dialog.querySelector('button.proceed')).toBeNull();
  });

  it('in justify mode enables proceed only once a reason is typed, and hands the reason over', () => {
    const dialog = show({ requireReason: true });
    const proceed = dialog.querySelector<HTMLButtonElement>('button.proceed')!;
    const reason = dialog.querySelector<HTMLTextAreaElement>('textarea#netral-reason')!;
    expect(dialog.querySelector('label[for="netral-reason"]')?.textContent).toContain('Alasan');
    expect(proceed.disabled).toBe(true);
    trustedClick(proceed);
    expect(onProceed).not.toHaveBeenCalled();
    act(() => {
      reason.value = '   ';
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(proceed.disabled).toBe(true);
    act(() => {
      reason.value = ' Memantau kampanye untuk laporan Bawaslu ';
      reason.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(proceed.disabled).toBe(false);
    trustedClick(proceed);
    expect(onProceed).toHaveBeenCalledWith('Memantau kampanye untuk laporan Bawaslu');
  });

  it("says why there is no proceed in block mode, and shows the organisation's help line", () => {
    const dialog = show({ allowProceed: false, organisationName: 'BKD Contoh', helpText: 'Tanya Subbag Kepegawaian, ext. 123', helpUrl: 'mailto:netralitas@bkd.contoh.go.id', language: 'en' });
    expect(dialog.querySelector('.blocked')?.textContent).toBe('Your organisation does not allow this action to go ahead.');
    const help = dialog.querySelector('section.help')!;
    expect(help.textContent).toContain('Managed by your organisation (BKD Contoh)');
    expect(help.textContent).toContain('Tanya Subbag Kepegawaian, ext. 123');
    expect(help.querySelector('a')?.getAttribute('href')).toBe('mailto:netralitas@bkd.contoh.go.id');
    expect(help.querySelector('a')?.textContent).toBe('netralitas@bkd.contoh.go.id');
    expect(dialog.querySelector('textarea')).toBeNull();
  });

  it('differs in title, not in the ability to cancel, for caution', () => {
    const assessment = assess('Jangan lupa cek DPT pilkada', shippedLexicon());
    expect(assessment.level).toBe('caution');
    const dialog = show({ text: 'Jangan lupa cek DPT pilkada', assessment: assessment as WarningProps['assessment'] });
    expect(dialog.className).toContain('caution');
    expect(dialog.textContent).toContain('Konten ini mungkin menyangkut pemilu');
    expect(dialog.querySelector('button.cancel')).not.toBeNull();
  });
});

describe('dialog messages', () => {
  it('have every key, non-empty, in both languages', () => {
    const flat = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : typeof value === 'function' ? [String((value as (s: string) => string)('X'))] : Object.values(value as object).flatMap(flat);
    for (const language of ['id', 'en'] as const) {
      const messages = DIALOG_MESSAGES[language];
      for (const kind of ACTION_KINDS) expect(messages.about[kind].length).toBeGreaterThan(5);
      expect(flat(messages).every((s) => s.trim().length > 0)).toBe(true);
    }
    expect(Object.keys(DIALOG_MESSAGES.id).sort()).toEqual(Object.keys(DIALOG_MESSAGES.en).sort());
  });
});

describe('excerpt', () => {
  it('marks matches and clips long texts around the first one', () => {
    const long = `${'kata '.repeat(100)}Prabowo menang ${'lagi '.repeat(100)}`;
    const start = long.indexOf('Prabowo');
    const segments = excerpt(long, [{ start, end: start + 7 }]);
    expect(segments[0]).toEqual({ text: '…', marked: false });
    expect(segments.find((s) => s.marked)?.text).toBe('Prabowo');
    expect(segments[segments.length - 1]).toEqual({ text: '…', marked: false });
    expect(segments.map((s) => s.text).join('').length).toBeLessThan(420);
  });

  it('merges overlapping spans and ignores spans outside the text', () => {
    expect(excerpt('abc def', [{ start: 0, end: 3 }, { start: 2, end: 5 }, { start: 50, end: 60 }])).toEqual([
      { text: 'abc d', marked: true },
      { text: 'ef', marked: false },
    ]);
  });
});
