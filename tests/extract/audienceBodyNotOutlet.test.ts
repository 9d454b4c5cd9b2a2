// "speaking to the Lakeland Chamber of Commerce", "told the Velmar Rotary Club": a speaker's audience named as a
// chamber or a club is a body, not an outlet that was told something.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

describe("a chamber or a club a speaker addressed is no outlet", () => {
  it.each([
    "The ambassador, speaking to the Lakeland Chamber of Commerce on Thursday, says the campaign was hostile.",
    "The ambassador told the Lakeland Chamber of Commerce that the campaign was hostile.",
    "The mayor, speaking to the Velmar Rotary Club, said the bridge would reopen.",
  ])("%s", (body) => {
    expect(readPlain(body, "en").attributions.map((a) => a.outletName)).toEqual([]);
  });

  it("an outlet told the same way is still read", () => {
    expect(readPlain("The mayor, speaking to the Velmar Courier on Thursday, said the bridge would reopen.", "en").attributions.map((a) => a.outletName)).toEqual(["Velmar Courier"]);
  });
});
