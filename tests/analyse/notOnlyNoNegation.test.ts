/**
 * "Not only P, but Q" adds to P; it negates nothing. Read as a negation it made a debunks' retelling of a study's claim
 * ("Not only does oat bread lower blood pressure, it …") a denial of the story they call false. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { negationCues } from "../../src/analyse/stance.ts";

describe("English additive 'not only', 'not just'", () => {
  it.each(["Not only does oat bread lower blood pressure, it also helps sleep.", "The Harlow ferry is not just late, it is full.", "The report was not merely wrong but invented."])("negates nothing: %s", (text) => {
    expect(negationCues(text, "en")).toEqual([]);
  });
  it.each(["The mayor has not resigned.", "Oat bread does not only come from Harlow bakeries, the guild said: it is not sold there at all."])("a negation still is: %s", (text) => {
    expect(negationCues(text, "en").length).toBeGreaterThan(0);
  });
});
