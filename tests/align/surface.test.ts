/** Surface words of a span: read from the body's words, cut at the span's edges, they are the words a scan of the span alone finds. */
import { describe, expect, it } from "vitest";
import { foldTypography } from "../../src/core/text.ts";
import { surfaceTokens } from "../../src/align/surface.ts";

/** The plain reading: white-space runs of `text[start, end)`, each folded and stripped of surrounding punctuation. */
function scanned(text: string, start: number, end: number) {
  const out: { start: number; end: number; norm: string }[] = [];
  const re = /\S+/g;
  re.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const norm = foldTypography(m[0]).replace(/^[^\p{L}\p{N}[\]]+|[^\p{L}\p{N}[\]]+$/gu, "");
    if (norm) out.push({ start: m.index, end: m.index + m[0].length, norm });
  }
  return out;
}

const TEXTS = [
  "The mayor said \u201Cwe will rebuild\u201D \u2014 and [the council] agreed.\n\nA second paragraph, with \u2018quotes\u2019 \u2026 and -- dashes.",
  "  Leading space, trailing space.  ",
  "one",
  "",
  "Tabs\tand\u00A0no-break spaces;  doubled  gaps . . . end",
];

describe("surfaceTokens", () => {
  it("gives, for every span, the words a scan of that span alone gives (edges inside words included)", () => {
    for (const text of TEXTS)
      for (let start = 0; start <= text.length; start++)
        for (let end = start; end <= text.length + 1; end++) expect(surfaceTokens(text, start, end), `${JSON.stringify(text)} [${start}, ${end})`).toEqual(scanned(text, start, end));
  });

  it("reads the whole text by default", () => {
    expect(surfaceTokens(TEXTS[0]!)).toEqual(scanned(TEXTS[0]!, 0, TEXTS[0]!.length));
  });
});
