import { analyze } from './analyze';

/** A piece of displayed text; hits are rendered as <mark> by React, never as HTML strings. */
export interface Segment {
  text: string;
  hit: boolean;
}

/** Character ranges of the text whose terms are among the matched ones, merged and in order. */
function hitRanges(text: string, matched: ReadonlySet<string>): [number, number][] {
  const ranges = analyze(text, 'index')
    .filter((s) => s.terms.some((t) => matched.has(t)))
    .map((s) => [s.start, s.end] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}

function toSegments(text: string, ranges: [number, number][], from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let pos = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const a = Math.max(s, from);
    const b = Math.min(e, to);
    if (a > pos) out.push({ text: text.slice(pos, a), hit: false });
    out.push({ text: text.slice(a, b), hit: true });
    pos = b;
  }
  if (pos < to) out.push({ text: text.slice(pos, to), hit: false });
  return out;
}

/** The whole text, split into plain and matched segments. */
export function highlight(text: string, matched: ReadonlySet<string>): Segment[] {
  return toSegments(text, hitRanges(text, matched));
}

export function hasHit(text: string, matched: ReadonlySet<string>): boolean {
  return hitRanges(text, matched).length > 0;
}

/** A window of about maxLength characters around the first match, cut at spaces, with ellipses. */
export function snippet(text: string, matched: ReadonlySet<string>, maxLength = 200): Segment[] {
  const ranges = hitRanges(text, matched);
  if (text.length <= maxLength) return toSegments(text, ranges);
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(maxLength / 3));
  let to = Math.min(text.length, from + maxLength);
  from = Math.max(0, to - maxLength);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
  const segments = toSegments(text, ranges, from, to);
  if (from > 0) segments.unshift({ text: '… ', hit: false });
  if (to < text.length) segments.push({ text: ' …', hit: false });
  return segments;
}
