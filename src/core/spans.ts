/** Character spans: every finding in claimtrail points back to offsets in an article's cleaned body. */

/** A half-open range [start, end) of UTF-16 offsets into a string. */
export interface Span {
  start: number;
  end: number;
}

/** A span with the text it covers, so a consumer never needs the whole body to show evidence. */
export interface TextSpan extends Span {
  text: string;
}

export function textSpan(body: string, start: number, end: number): TextSpan {
  return { start, end, text: body.slice(start, end) };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether `inner` lies wholly inside `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** How many characters two spans share (0 where they do not overlap). */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The index of the first of some spans that holds a span (`findIndex` with `contains`), or -1. */
export type ContainerOf = (w: Span) => number;

/**
 * `ContainerOf` for `spans`, for many questions of one set of spans (findings/quoteWords.ts asks it of every word of
 * every window a quotation is looked for in, where a scan of the article's quoted pieces per word grew with its
 * quotations). Where the spans are disjoint (none ends after the next by start begins), a span that is not empty lies
 * in at most one of them, the last to start at or before it, found by halving; otherwise, and for an empty span, the
 * scan. Same answers as the scan.
 */
export function containerOf(spans: readonly Span[]): ContainerOf {
  const scan: ContainerOf = (w) => spans.findIndex((p) => contains(p, w));
  if (spans.length < 2) return scan;
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  for (let k = 0; k < order.length; k++) {
    const span = spans[order[k]!]!;
    if (span.end < span.start || (k > 0 && spans[order[k - 1]!]!.end > span.start)) return scan;
  }
  const starts = order.map((i) => spans[i]!.start);
  return (w) => {
    if (w.end <= w.start) return scan(w);
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= w.start) lo = mid + 1;
      else hi = mid;
    }
    const i = lo === 0 ? -1 : order[lo - 1]!;
    return i >= 0 && contains(spans[i]!, w) ? i : -1;
  };
}

/**
 * `text`, which starts at offset `offset` of its body, with the characters of `spans` (offsets into that body) blanked
 * to spaces: same length, so every offset still points where it did, and line breaks kept, so lines and paragraphs stay.
 * How a stage reads only the writer's own words around quotations (the reading stage's masked body, the occasion a
 * quotation was given on).
 */
export function blankSpans(text: string, spans: readonly Span[], offset = 0): string {
  // Split into code units only once a span falls in the text: most texts blank nothing, and are then their own result.
  let chars: string[] | undefined;
  for (const s of spans) {
    const from = Math.max(0, s.start - offset);
    const to = Math.min(text.length, s.end - offset);
    if (from >= to) continue;
    chars ??= text.split("");
    for (let i = from; i < to; i++) if (chars[i] !== "\n") chars[i] = " ";
  }
  return chars ? chars.join("") : text;
}

/** The index of the first of some spans sorted by start, not overlapping, whose end lies after `at`, or `spans.length`. */
export function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
