// '"…" by the Nordic states': the reader of one capitalised word after "the" as a body ("The Palace said") took "the
// Nordic" for a subject and the noun "states" for the verb, and made a source "Nordic" out of a passive's agent. After a
// preposition the phrase is the preposition's object. Texts invented.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a definite one-word body after a preposition", () => {
  it("is the preposition's object, no speaker", () => {
    expect(sourceLabels(readPlain('Critics said the town had been "smeared with lies and forgeries" by the Nordic states.', "en"))).toEqual(["anonymous:Critics"]);
  });
  it("still speaks where it opens the tag", () => {
    expect(sourceLabels(readPlain('"The bridge is safe," the Palace said.', "en"))).toEqual(["organisation:Palace"]);
  });
});
