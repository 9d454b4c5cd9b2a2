// English: "clarified" gives words as "explained" does ("X has clarified that …"), and "the individual" is a generic
// unnamed person as "the resident" is (session 39). Invented.
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

describe("English clarified and individual", () => {
  it("a named speaker who clarified", () => {
    expect(sourceLabels(readPlain("Council spokesperson Marit Osei has clarified via a statement that the pier is safe.", "en"))).toEqual(["named:Marit Osei"]);
  });

  it("an individual speaks unnamed", () => {
    const r = readPlain("“We are all at risk, because no cure has been found so far,” the individual said.", "en");
    expect(quotedSpeaker(r)).toBe("the individual");
    expect(sourceLabels(r)).toEqual(["anonymous:the individual"]);
  });
});
