/**
 * WCAG AA contrast of the extension pages' colour pairs, in both schemes,
 * computed from the stylesheet itself: a colour change that breaks AA fails here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIALOG_CSS } from '../../src/ui/dialog/styles';

const css = readFileSync(new URL('../../src/ui/pages/pages.css', import.meta.url), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const light = variables(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...variables(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))) };

// Text on its background (4.5:1), and the focus ring against the page (3:1, non-text).
const TEXT_PAIRS: Array<[string, string]> = [
  ['fg', 'bg'], ['fg', 'panel'], ['muted', 'bg'], ['muted', 'panel'], ['accent', 'bg'], ['accent', 'panel'],
  ['accent-fg', 'accent'], ['mark-fg', 'mark-bg'], ['risk-fg', 'risk-bg'], ['caution-fg', 'caution-bg'],
  ['none-fg', 'none-bg'], ['error', 'bg'],
];

describe('colour contrast (WCAG AA)', () => {
  for (const [scheme, colours] of [['light', light], ['dark', dark]] as const) {
    it(`pages: every text pair reaches 4.5:1 and focus 3:1 in the ${scheme} scheme`, () => {
      for (const [fg, bg] of TEXT_PAIRS) {
        expect(contrast(colours[fg]!, colours[bg]!), `${scheme} ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(colours.focus!, colours.bg!)).toBeGreaterThanOrEqual(3);
    });
  }

  it('warning dialog: text and buttons reach 4.5:1 in both schemes', () => {
    const pairs: Array<[string, string]> = [
      ['#111827', '#ffffff'], // body text
      ['#7f1d1d', '#ffffff'], // risk title
      ['#78350f', '#ffffff'], // caution title
      ['#ffffff', '#1d4ed8'], // Cancel
      ['#374151', '#ffffff'], // Proceed
      ['#111827', '#fde68a'], // marked words
      ['#4b5563', '#ffffff'], // fine print
      ['#f3f4f6', '#1f2937'], // dark body text
      ['#fca5a5', '#1f2937'], // dark risk title
      ['#ffffff', '#2563eb'], // dark Cancel
      ['#93c5fd', '#1f2937'], // dark links
    ];
    for (const [fg, bg] of pairs) {
      expect(DIALOG_CSS.toLowerCase(), `${fg} and ${bg} are the dialog's colours`).toContain(fg);
      expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
