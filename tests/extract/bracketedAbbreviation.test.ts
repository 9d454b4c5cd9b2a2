// "A name, then its abbreviation in brackets" had two readers with their own bracket pattern and their own spelling
// (spelledOutInitials.ts, speakers/nameEntry.ts bodyByItsAcronym); both now read it through bracketedAbbreviation.ts,
// each with the spelling it needs. Invented names.
import { describe, expect, it } from "vitest";
import { bracketedAbbreviationFirst, bracketedAbbreviations, runsSpelling, type Spelling } from "../../src/extract/bracketedAbbreviation.ts";

describe("abbreviations in brackets", () => {
  it("finds each one word of letters in brackets, and where its brackets stand", () => {
    const text = "The Marrow Ferry Board (MFB) met the Dinas Perahu Kota ( Dipeko ) on (3) May (a long aside).";
    expect(bracketedAbbreviations(text).map((b) => [b.letters, text.slice(b.start, b.end)])).toEqual([
      ["MFB", "(MFB)"],
      ["Dipeko", "( Dipeko )"],
    ]);
  });

  it("reads the one a text opens with, spaces allowed before it, and nothing else", () => {
    expect(bracketedAbbreviationFirst(" (KPF), Tono Wirawan")).toEqual({ letters: "KPF", start: 0, end: 6 });
    expect(bracketedAbbreviationFirst("said (KPF)")).toBeUndefined();
  });
});

describe("the runs of words an abbreviation spells", () => {
  const words = (text: string) => text.split(" ");
  it.each<[string, string, Spelling, [number, number][]]>([
    // Capitals: each capitalised word and hyphenated part gives its capital, a small word none.
    ["Marrow Ferry Board", "MFB", "capitals", [[0, 2]]],
    ["Office of the Surveyor-General", "OSG", "capitals", [[0, 3]]],
    ["Bureau for New Quays", "BfNQ", "capitals", [[0, 3]]],
    // A small word before the name gives nothing: the run may take it in or not (the shorter first).
    ["met the Marrow Ferry Board", "MFB", "capitals", [[2, 4], [1, 4], [0, 4]]],
    ["Marrow Ferry Board", "mfb", "capitals", []],
    // Prefixes: each word gives its first letter and maybe more of its letters in order, case aside.
    ["Kepala Dinas Perahu Kota", "Kadipeko", "prefixes", [[0, 3]]],
    ["Dinas Perahu Kota", "dpk", "prefixes", [[0, 2]]],
    ["Marrow Ferry Board", "MFB", "prefixes", [[0, 2]]],
    ["Kepala Dinas Perahu Kota", "Kapolda", "prefixes", []],
  ])("%s (%s) by %s", (text, abbreviation, spelling, runs) => {
    expect(runsSpelling(abbreviation, words(text), spelling).map((r) => [r.first, r.last])).toEqual(runs);
  });
});
