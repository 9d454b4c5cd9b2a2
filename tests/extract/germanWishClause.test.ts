// German "so" closes a sentence with its source ("…, so Bürgermeister Hans Roth.") but also opens a clause of wish or
// condition whose verb ends it ("…, so Gott will.", "so es die Zeit erlaubt"): whoever wishes there says nothing.
// Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("German clauses of wish opened by 'so'", () => {
  it.each([
    "Wir sehen uns im Mai am Hafen wieder, so Gott will.",
    "Die Fähre fährt bald wieder, so Gott es will, und die Gäste kommen zurück.",
    "Der Markt öffnet im Juni, so es das Wetter erlaubt.",
  ])("names no source: %s", (body) => {
    expect(sourceLabels(readPlain(body, "de"))).toEqual([]);
  });

  it.each([
    ["Der Hafen bleibt bis Mai geschlossen, so Bürgermeister Hans Roth.", "named:Hans Roth"],
    ["Die Fähre fährt bald wieder, so Gott will, so Bürgermeister Hans Roth.", "named:Hans Roth"],
  ])("still reads the source 'so' credits: %s", (body, label) => {
    expect(sourceLabels(readPlain(body, "de"))).toEqual([label]);
  });
});
