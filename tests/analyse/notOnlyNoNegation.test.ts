/**
 * "Not only P, but Q" adds to P; it negates nothing. Read as a negation it made a debunks' retelling of a study's claim
 * ("Not only does oat bread lower blood pressure, it …") a denial of the story they call false. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { negationCues } from "../../src/analyse/stance.ts";

describe("additive 'not only' and its kin", () => {
  it.each([
    ["en", "Not only does oat bread lower blood pressure, it also helps sleep."],
    ["en", "The Harlow ferry is not just late, it is full."],
    ["en", "The report was not merely wrong but invented."],
    ["es", "No sólo fue un gran pintor, sino que además escribió novelas."],
    ["it", "Il traghetto non solo è in ritardo, ma è anche pieno."],
    ["pt", "O pão de aveia não só baixa a pressão, como também ajuda a dormir."],
    ["de", "Der Hafen ist nicht nur alt, sondern auch schön."],
  ])("%s negates nothing: %s", (language, text) => {
    expect(negationCues(text, language)).toEqual([]);
  });
  it.each(["The mayor has not resigned.", "Oat bread does not only come from Harlow bakeries, the guild said: it is not sold there at all."])("a negation still is: %s", (text) => {
    expect(negationCues(text, "en").length).toBeGreaterThan(0);
  });
});
