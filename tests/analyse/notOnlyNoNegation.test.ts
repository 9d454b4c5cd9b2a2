/**
 * "Not only P, but Q" adds to P; it negates nothing. Read as a negation it marked a claim negated ("Not only did the
 * ferry arrive late, it …"), which kept debunk cues off it and could make it a denial. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { negationCues } from "../../src/analyse/stance.ts";

describe("additive 'not only' and its kin", () => {
  it.each([
    ["en", "Not only did the Harlow ferry arrive late, it also ran aground."],
    ["en", "The Harlow ferry is not just late, it is full."],
    ["en", "The report was not merely wrong but invented."],
    ["es", "No sólo fue un gran pintor, sino que además escribió novelas."],
    ["it", "Il traghetto non solo è in ritardo, ma è anche pieno."],
    ["pt", "O barco de Olmedo não só chegou tarde, como também encalhou."],
    ["de", "Der Hafen ist nicht nur alt, sondern auch schön."],
  ])("%s negates nothing: %s", (language, text) => {
    expect(negationCues(text, language)).toEqual([]);
  });
  it.each(["The mayor has not resigned.", "The Harlow ferry did not only leave late, the harbour said: it did not leave at all."])("a negation still is: %s", (text) => {
    expect(negationCues(text, "en").length).toBeGreaterThan(0);
  });
});
