/** Hard-wrapped text (every line broken near one width) is cleaned as paragraphs, not as one paragraph per line. Invented wire copy. */
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../../src/clean/clean.ts";
import { continuedLines, wrapWidth, type Line } from "../../src/clean/unwrap.ts";
import { analyseSentences } from "../../src/extract/sentences.ts";

/** Greedy fixed-width wrap, as a wire terminal or a mail client writes it. */
function wrap(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of paragraph.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const PARAGRAPHS = [
  "HARBOURTON, March 3 The city's largest ferry operator suspended all crossings on Tuesday after inspectors found cracks in two of its four vessels, leaving thousands of commuters to find other routes to work.",
  "\"We will not put a single passenger on a boat we cannot vouch for,\" said Elena Marsh, the operator's safety director, adding that repairs could take several weeks.",
  "The port authority said buses would run every ten minutes between the two terminals until the ferries return.",
];

function lines(text: string): Line[] {
  let offset = 0;
  let blank = true;
  const out: Line[] = [];
  for (const l of text.split("\n")) {
    if (l.trim()) out.push({ start: offset, end: offset + l.length, text: l, blockStart: blank });
    blank = !l.trim();
    offset += l.length + 1;
  }
  return out;
}

describe("unwrapping hard-wrapped text", () => {
  const wrapped = PARAGRAPHS.flatMap((p) => wrap(p, 64)).join("\n");

  it("finds the wrap width of a fixed-width text and joins the lines of each paragraph", () => {
    const ls = lines(wrapped);
    expect(wrapWidth(ls)).toBeGreaterThanOrEqual(55);
    const continued = continuedLines(ls);
    // Lines that start a paragraph are the only ones not continued.
    const starts = ls.map((_, i) => i).filter((i) => !continued.has(i)).map((i) => ls[i]!.text.split(" ")[0]);
    expect(starts).toEqual(["HARBOURTON,", '"We', "The"]);
  });

  it("keeps the opening line of a wrapped story in the body instead of taking a line of it as the headline", () => {
    const clean = cleanArticle({ meta: { id: "w", file: "w.txt", format: "text" }, text: wrapped });
    expect(clean.meta.title).toBeUndefined();
    expect(clean.body.replace(/\s+/g, " ")).toContain(PARAGRAPHS[0]);
    expect(clean.paragraphs).toHaveLength(3);
  });

  it("reads the sentences of an unwrapped paragraph whole, not one per line, so a speaker after a line break stays with the quotation", () => {
    const clean = cleanArticle({ meta: { id: "w", file: "w.txt", format: "text" }, text: wrapped });
    const sentences = analyseSentences(clean.body, clean.paragraphs, "en").sentences.map((s) => s.text.replace(/\s+/g, " "));
    expect(sentences).toEqual(PARAGRAPHS);
  });

  it("leaves text that is not hard-wrapped alone: one paragraph per line under a headline", () => {
    const text = ["Ferries stop after inspectors find cracks", "", ...PARAGRAPHS.flatMap((p) => [p, ""])].join("\n");
    expect(wrapWidth(lines(text))).toBeUndefined();
    const clean = cleanArticle({ meta: { id: "p", file: "p.txt", format: "text" }, text });
    expect(clean.meta.title).toBe("Ferries stop after inspectors find cracks");
    expect(clean.paragraphs).toHaveLength(3);
  });
});
