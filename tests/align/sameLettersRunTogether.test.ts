// Words written joined in one printing and apart in the other: one test (align/folding.ts sameLettersRunTogether)
// for the quotation comparison, the quotation findings and the altered-quote wording. Invented words.
import { describe, expect, it } from "vitest";
import { sameLettersRunTogether } from "../../src/align/folding.ts";

describe("sameLettersRunTogether", () => {
  it.each([
    [["heartthrob"], ["heart", "throb"], true],
    [["sea", "wall"], ["seawall"], true],
    [["river", "bank", "path"], ["riverbank", "path"], true],
    [["کانالهای"], ["کانال", "های"], true],
    [["heart", "throb"], ["heart", "throbs"], false],
    [["sea", "wall"], ["wall", "sea"], false],
  ] as [string[], string[], boolean][])("%j / %j → %s", (a, b, same) => {
    expect(sameLettersRunTogether(a, b)).toBe(same);
  });
});
