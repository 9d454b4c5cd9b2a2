import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a piece on a person", () => {
  it("is about the person, who is no source of the article", () => {
    expect(sourceLabels(readPlain("A time stamp on the website suggests it had published its satire piece on Mr Dorn earlier this month.", "en"))).toEqual([]);
    expect(sourceLabels(readPlain("The Harbour Daily ran a long video on Ana Velt last week.", "en"))).not.toContain("named:Ana Velt");
  });

  it("still cites who wrote a piece: a piece by a person is theirs", () => {
    expect(sourceLabels(readPlain("The figures appeared in an essay by Ana Velt last week.", "en"))).toContain("named:Ana Velt");
  });
});
