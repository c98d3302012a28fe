/**
 * A short excerpt of a post around what matched, split into plain and
 * marked segments for highlighting. Pure: the dialog renders the segments.
 */
export interface Segment {
  text: string;
  marked: boolean;
}

export interface Span {
  start: number;
  end: number;
}

const CONTEXT = 60;
const MAX = 320;

export function excerpt(text: string, spans: readonly Span[]): Segment[] {
  const merged = mergeSpans(spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start));
  if (merged.length === 0) return text.length === 0 ? [] : [{ text: clip(text, 0, Math.min(text.length, MAX)), marked: false }];
  const from = snapBack(text, Math.max(0, merged[0]!.start - CONTEXT));
  const to = Math.min(text.length, Math.max(merged[0]!.end + CONTEXT, from + MAX));
  const segments: Segment[] = [];
  if (from > 0) segments.push({ text: '…', marked: false });
  let at = from;
  for (const span of merged) {
    if (span.start >= to) break;
    if (span.start > at) segments.push({ text: text.slice(at, span.start), marked: false });
    segments.push({ text: text.slice(Math.max(at, span.start), Math.min(span.end, to)), marked: true });
    at = Math.min(span.end, to);
  }
  if (at < to) segments.push({ text: text.slice(at, to), marked: false });
  if (to < text.length) segments.push({ text: '…', marked: false });
  return segments.filter((s) => s.text.length > 0);
}

function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

/** Start the excerpt at a word boundary and never inside a surrogate pair. */
function snapBack(text: string, at: number): number {
  let i = at;
  while (i > 0 && i > at - 20 && !/\s/.test(text[i - 1]!)) i--;
  if (i > 0 && /[\uDC00-\uDFFF]/.test(text[i]!)) i--;
  return i;
}

function clip(text: string, from: number, to: number): string {
  return to < text.length ? `${text.slice(from, to)}…` : text.slice(from, to);
}
