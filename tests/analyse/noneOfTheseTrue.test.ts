/**
 * "None of these … were true" is a verdict on each story told before it, and its "none" a negation: a claim worded so
 * (a police officer's "None of these events were true, we checked them all") is the denial of the stories it answers,
 * as "These stories are not true" is, not a story of its own that a headline's "fake news" calls false. Before, neither
 * word was read: the denial was a plain claim, asserted by the article that tells it and read "false" by another's
 * headline. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { debunkCues, isDenialClaim, negationCues } from "../../src/analyse/stance.ts";

describe("none of these were true", () => {
  it.each(["None of these events were true, the police said.", "The council said none of the reports about the bridge are true.", "None of it is true."])("is a debunk cue: %s", (text) => {
    expect(debunkCues(text, "en").length).toBeGreaterThan(0);
  });

  it("makes a claim worded so the denial of the stories it answers", () => {
    expect(isDenialClaim("None of these events were true", "en", [], { debunk: true })).toBe(true);
  });

  it("reads 'none' as a negation", () => {
    expect(negationCues("None of the ferries sailed on Sunday.", "en").length).toBeGreaterThan(0);
  });

  it("leaves a verdict of truth on something else alone", () => {
    expect(debunkCues("None of the ferries sailed, and the forecast was true to its word.", "en")).toEqual([]);
  });
});
