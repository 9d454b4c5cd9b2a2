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
