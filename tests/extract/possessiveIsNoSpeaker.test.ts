// A name in the possessive before a word that is also a speech verb ("Hale's alleged origins", "the mayor's reported
// plan") owns the noun after it: the word is an adjective, and the name no speaker. Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a possessive name before a speech verb's form", () => {
  it("is no speaker: 'Mayor Tobin Hale's alleged origins are in doubt'", () => {
    expect(sourceLabels(readPlain("The harbour festival opened. Mayor Tobin Hale's alleged origins are in doubt.", "en"))).toEqual([]);
  });
  it("leaves the name that is the verb's subject a speaker", () => {
    expect(sourceLabels(readPlain("The harbour festival opened. Mayor Tobin Hale said the origins were in doubt.", "en"))).toContain("named:Tobin Hale");
  });
});
