// "Having said that, …": the auxiliary of a participle clause opening a sentence is capitalised for its place and names nobody.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a participle clause's auxiliary is no speaker's name", () => {
  it.each([
    "Having said that, no harm in being proud of a town that lights up for its festival.",
    "Having told the council about the leak, the harbour master left for the night.",
    "Being told the results were final, the runners went home.",
  ])("%s", (sentence) => {
    expect(sourceLabels(readPlain(`The lights were never photographed from orbit.\n\n${sentence}`, "en"))).toEqual([]);
  });

  it("still reads a speaker after the clause", () => {
    expect(sourceLabels(readPlain("Having said that, Mira Tolland said the lights were “a lovely sight”.", "en"))).toEqual(["named:Mira Tolland"]);
  });
});
