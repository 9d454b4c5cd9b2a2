/** Shared setup of the extraction tests: articles written for a test as plain text, paragraphs apart by a blank line. */
import type { Span } from "../../src/core/spans.ts";

/** The paragraph spans of a body whose paragraphs are separated by exactly one blank line ("\n\n"), as the cleaner hands them on. */
export function paragraphSpans(body: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const p of body.split("\n\n")) {
    out.push({ start, end: start + p.length });
    start += p.length + 2;
  }
  return out;
}
