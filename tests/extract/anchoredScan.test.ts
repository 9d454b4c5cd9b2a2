// anchoredScan: an expression that opens with a head pattern, tried only where the head matches, gives the scan's matches.
import { describe, expect, it } from "vitest";
import { anchoredMatches, anchoredPattern, headStarts } from "../../src/extract/anchoredScan.ts";
import { outletEvidence } from "../../src/extract/cited.ts";
import { LANGUAGES } from "../../src/extract/frames/index.ts";

const NAME = "\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,3}";

describe("anchored matches", () => {
  it.each([
    [`(?<n>${NAME})(?:['’]s)?\\s+(?:magazine|newspaper)`, "gu", "The Harbour Courier newspaper and Tide Weekly magazine. Ines Varga’s magazine"],
    [`(?<n>${NAME}),\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:paper|site)`, "gdu", `Porto Ledger, a small local paper;${" ".repeat(80)}Varga, an old site 😀 Nord Post, a site`],
    [`(?<n>${NAME})?x?`, "gu", "ab 😀 Cd"],
    [`(?<n>${NAME})`, "gu", ""],
  ])("%s (%s) on a sample text", (source, flags, text) => {
    const head = new RegExp(NAME.replace(/\(\?<n>/u, "(?:"), "uy");
    const pattern = anchoredPattern(source, flags);
    const shape = (m: RegExpExecArray | RegExpMatchArray) => [m.index, m[0], { ...m.groups }];
    // An expression that can match empty may start anywhere: its head must then be one that can too.
    const starts = source.endsWith("x?") ? headStarts(text, /(?:)/uy) : headStarts(text, head);
    expect(anchoredMatches(text, pattern, starts).map(shape)).toEqual([...text.matchAll(new RegExp(source, flags))].map(shape));
  });

  it("refuses a head without the y and u flags and a pattern without g", () => {
    expect(() => headStarts("a", /a/u)).toThrow(TypeError);
    expect(() => anchoredPattern("a", "u")).toThrow(TypeError);
  });
});

describe("outlet evidence", () => {
  it("reads names before and after outlet nouns, and appositions, once compiled per language", () => {
    const en = LANGUAGES.find((l) => l.language === "en")!;
    const text = `The newspaper Harbour Courier said so.${" ".repeat(50)}Tide Weekly magazine agreed. Porto Ledger, a local newspaper, did not.`;
    const first = outletEvidence(text, en);
    expect([...first]).toEqual(expect.arrayContaining(["harbour courier", "tide weekly", "porto ledger"]));
    expect([...outletEvidence(text, en)]).toEqual([...first]);
  });
});
