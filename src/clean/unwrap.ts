/**
 * Hard-wrapped text (wire copy, mailing lists, old archives: every line broken near one width, paragraphs without a
 * blank line between them) read as one line per paragraph would cut every sentence at the margin: the opening line of
 * a story becomes a "headline", a quotation loses its speaker. This finds where a line only ends because the next word
 * would not fit, and joins those lines, as a mail reader unwraps a fixed-width message.
 */

import type { Span } from "../core/spans.ts";
import { TERMINAL } from "./patterns.ts";

/** One non-empty line of a text, as the cleaner splits it. */
export interface Line extends Span {
  text: string;
  /** A blank line precedes it. */
  blockStart: boolean;
}

/** Fewer lines than this say nothing about a wrap width. */
const MIN_LINES = 8;
/** Wrap widths outside this range are not a fixed-width layout (a list of short labels; paragraphs one per line). */
const WIDTH_RANGE = { min: 40, max: 100 } as const;
/** A line this close to the width is a full line. */
const FULL_LINE_SLACK = 15;
/** Share of lines that must be full for the text to count as hard-wrapped. */
const FULL_LINE_SHARE = 0.5;


/** The width a text is wrapped at, or undefined when it is not hard-wrapped. */
export function wrapWidth(lines: readonly Line[]): number | undefined {
  if (lines.length < MIN_LINES) return undefined;
  const lengths = lines.map((l) => l.text.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9) - 1]!;
  if (width < WIDTH_RANGE.min || width > WIDTH_RANGE.max) return undefined;
  const full = lengths.filter((n) => n >= width - FULL_LINE_SLACK && n <= width + FULL_LINE_SLACK).length;
  return full / lengths.length >= FULL_LINE_SHARE ? width : undefined;
}

/**
 * Indexes of lines that continue the line before them: in a hard-wrapped text, a line whose first word would not have
 * fitted on the line before, or that starts in lower case after a line that does not end a sentence.
 */
export function continuedLines(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  const width = wrapWidth(lines);
  if (width === undefined) return out;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    if (line.blockStart) continue;
    const firstWord = line.text.split(/\s/, 1)[0]!;
    const wouldNotFit = prev.text.length + 1 + firstWord.length > width;
    const sentenceGoesOn = /^\p{Ll}/u.test(line.text) && !TERMINAL.test(prev.text);
    if (wouldNotFit || sentenceGoesOn) out.add(i);
  }
  return out;
}
