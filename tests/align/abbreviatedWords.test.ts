/**
 * A word one printing of a quotation abbreviates and the other writes out ("RV" / "Republiki Velmarii", "r." / "roku",
 * "Dr." / "Doctor") is the paper's style, not the speaker's words: no change of wording (invented statements).
 */
import { describe, expect, it } from "vitest";
import { compareWording } from "../../src/align/quoteWording.ts";

function compare(earlier: string, later: string) {
  return compareWording(earlier, [{ start: 0, end: earlier.length }], later, [{ start: 0, end: later.length }]);
}

const PL = "Burmistrz Republiki Velmarii Jan Kowal: 3 marca 2031 roku otworzymy nowy most na rzece Lesna dla wszystkich mieszkańców doliny";
const EN = "On Monday our Doctor Lena Holt will open the new ward of the Quillon hospital for the children of the valley";

describe("abbreviated words in a repeated quotation", () => {
  it.each([
    ["an acronym of the capitalised words", PL, PL.replace("Republiki Velmarii", "RV")],
    ["a word cut to its first letter before a stop", PL, PL.replace("2031 roku", "2031 r.")],
    ["both at once", PL, PL.replace("Republiki Velmarii", "RV").replace("2031 roku", "2031 r.")],
    ["a title cut to its consonants before a stop", EN, EN.replace("Doctor", "Dr.")],
  ])("%s is no change", (_, earlier, later) => {
    expect(compare(earlier, later)?.same).toBe(true);
  });

  it.each([
    ["another letter before a stop", PL, PL.replace("2031 roku", "2031 e.")],
    ["an acronym of other words", PL, PL.replace("Republiki Velmarii", "RP")],
    ["a word cut to a syllable with its vowel", "we cannot open the ward on Monday as planned by the council", "we can. open the ward on Monday as planned by the council"],
    ["a cut word without a stop", PL, PL.replace("2031 roku", "2031 r")],
  ])("%s is still a change", (_, earlier, later) => {
    expect(compare(earlier, later)?.same).toBe(false);
  });
});

describe("an acronym with a doubled letter", () => {
  // The folded word of "VAA" is "va" (doubled letters fold to one): its letters are read as printed, one for each word.
  const AID = "The Valdoria Aid Agency will open the new ward of the Quillon hospital for the children of the valley";
  it("is the words it stands for, no change", () => {
    expect(compare(AID, AID.replace("Valdoria Aid Agency", "VAA"))?.same).toBe(true);
  });
});
