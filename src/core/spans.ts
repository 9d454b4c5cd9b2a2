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
