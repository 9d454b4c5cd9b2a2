/** "the ministry" after "the Velmar Ministry of Transport" is that ministry, never a body "Velmar Ministry" the article did not name. */
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain, sourceLabels } from "./helpers.ts";

describe("a definite body noun refers back to the whole name it stands in", () => {
  it("reads 'the ministry' as the Ministry of Transport named before", () => {
    const reading = readPlain("The Velmar Ministry of Transport denied the reports on Friday. The ministry said no secret agreement was ever discussed.", "en");
    expect(sourceLabels(reading)).toEqual(["organisation:Velmar Ministry of Transport"]);
  });

  it("gives the quotation to the whole name", () => {
    const reading = readPlain('The Green Dawn Party of Velmar won four seats on Sunday. The party said "the count proves us right".', "en");
    expect(quotedSpeaker(reading)).toBe("Green Dawn Party of Velmar");
  });

  it("stops at capitals straight after the noun, which open another name", () => {
    const reading = readPlain('The Green Dawn Party Leader Anna Roe spoke on Sunday. The party said "the count proves us right".', "en");
    expect(quotedSpeaker(reading)).toBe("Green Dawn Party");
  });
});
