// An agency that writes its name first and the place and date after it ("(AGENCY) - PLACE, 3 MAG - …") heads the story
// with two datelines; only the first was stepped over, and the claim's statement began with the place and date.
import { describe, expect, it } from "vitest";
import { shortLabel } from "../../src/analyse/claims.ts";
import { datelineLength } from "../../src/extract/dateline.ts";

describe("a claim's statement after an agency's two datelines", () => {
  it.each([
    ['(NRV) - VALDORNO, 3 MAG - "Un rapporto dei vigili del fuoco lo dice: 4 incendi su 10 a Valdorno sono dolosi".', "Un rapporto dei vigili del fuoco lo dice: 4 incendi su 10 a Valdorno sono dolosi"],
    ["(Lowland Press) - PORT ELLIS, 3 May - The ferry will not run in June for lack of crew.", "The ferry will not run in June for lack of crew"],
  ])("%s", (text, label) => {
    expect(shortLabel(text)).toBe(label);
  });

  it.each([
    // One dateline: as before.
    ['(NRV) - "Un rapporto dei vigili del fuoco lo dice: 4 incendi su 10 a Valdorno sono dolosi".', "Un rapporto dei vigili del fuoco lo dice: 4 incendi su 10 a Valdorno sono dolosi"],
    ["PORT ELLIS — The ferry will not run in June.", "The ferry will not run in June"],
    // A name in the sentence after one dateline is the sentence's, not a second dateline.
    ["(Lowland Press) - Mayor Ann Ray, 54, said the ferry will not run in June.", "Mayor Ann Ray, 54, said the ferry will not run in June"],
  ])("control: %s", (text, label) => {
    expect(shortLabel(text)).toBe(label);
  });

  it("steps over both datelines before a sentence's subject", () => {
    const text = "(NRV) - VALDORNO, 3 MAG - Il sindaco Marta Lenzi ha detto che il ponte riapre.";
    expect(text.slice(datelineLength(text))).toBe("Il sindaco Marta Lenzi ha detto che il ponte riapre.");
  });
});
