// An organisation cue of several words ("white house", Spanish "guardia civil") marks a body inside a name as a cue of one word
// does: mid-sentence, the name before a speech verb was read as a person ("named:White House"). Invented sentences.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("organisation cues of several words", () => {
  it.each([
    ["Yesterday the White House said the report was false.", "en", "organisation:White House"],
    ["On Monday the White House denied the report.", "en", "organisation:White House"],
  ])("%j → %s", (body, language, label) => {
    expect(sourceLabels(readPlain(body, language))).toEqual([label]);
  });
});
