// A role noun the reader takes for an unnamed source ("porte-parole", "portavoz") followed by a full name, as the subject
// before the verb ("Le porte-parole Jean Morel a confirmé"), is that named person with the role: it was read as one
// anonymous source "Le porte-parole Jean Morel". Sentences of our own (invented people); an unnamed spokesperson stays one.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a role and a full name before the verb", () => {
  it.each([
    ["fr", "Le porte-parole Jean Morel a confirmé que le port fermera en mai."],
    ["es", "El portavoz Jean Morel dijo que el puerto cerrará en mayo."],
  ])("%s: %s", (language, text) => {
    const reading = readPlain(text, language);
    expect(sourceLabels(reading)).toEqual(["named:Jean Morel"]);
    expect(reading.sources[0]?.role).toMatch(/porte-parole|portavoz/u);
  });

  it.each([
    ["fr", "Un porte-parole du ministère a confirmé que le port fermera en mai."],
    ["en", "A spokesman for the port said the bridge will close in May."],
  ])("keeps an unnamed spokesperson unnamed (%s)", (language, text) => {
    expect(sourceLabels(readPlain(text, language))[0]).toMatch(/^anonymous:/u);
  });
});
