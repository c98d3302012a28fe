import type { Match } from '../detect/types';

/**
 * Marks matched spans in the original text: ANSI inverse video on a
 * terminal, «guillemets» otherwise. Overlapping matches are merged.
 */
export function highlight(text: string, matches: readonly Match[], color: boolean): string {
  const spans = mergeSpans(matches.map((m) => [m.start, m.end] as const));
  const open = color ? '\x1b[7m' : '«';
  const close = color ? '\x1b[27m' : '»';
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    out += text.slice(at, start) + open + text.slice(start, end) + close;
    at = end;
  }
  return out + text.slice(at);
}

export function mergeSpans(spans: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
