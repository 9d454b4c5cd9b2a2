// A preposition that opens a sentence is no speaker: "From claims that the ferry … to rumours that …, many stories …"
// read "From" as a person who claims (probe 52b). The lexicon already kept adjectives so
// opening a sentence ("Funny tweets about …") from being names; it now keeps prepositions too. Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const named = (text: string): string[] => readPlain(text, "en").sources.filter((s) => s.type === "named").map((s) => s.name);

describe("an English preposition opening a sentence", () => {
  it.each([
    "From claims that the Tarvel ferry would stop in May to rumours that its captain had quit, many stories rest on unnamed sources.",
    "Amid claims that the harbour was sold, the council met on Monday.",
  ])("names nobody: %s", (text) => {
    expect(named(text)).toEqual([]);
  });

  it("a name that opens its sentence still speaks", () => {
    // Control: read before and after.
    expect(named("Morland claims that the harbour was never sold.")).toEqual(["Morland"]);
  });
});
