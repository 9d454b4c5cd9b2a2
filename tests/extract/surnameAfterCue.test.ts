// "According to Vellin, …" after the article named Tomas Vellin (in a sentence where he does not speak): the surname
// after the cue is that person's, relied on as the sentence's source. A surname no full name stands for, or a word the
// registry knows as an outlet, is not read as a person (invented texts).
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a surname after 'according to'", () => {
  it("is the person the article named in full before", () => {
    const r = readPlain("A letter from the harbour spokesman, retired Captain Tomas Vellin, also refutes the claims. According to Vellin, the recording has been sent to the police.", "en");
    expect(sourceLabels(r)).toEqual(["named:Tomas Vellin"]);
    expect(r.sources[0]!.mentions.some((m) => m.text === "Vellin")).toBe(true);
  });

  it("is no one where the article never named the person in full", () => {
    const r = readPlain("The clip was dismissed on Monday. According to Vellin, the recording has been sent to the police.", "en");
    expect(sourceLabels(r)).toEqual([]);
  });

  it("is no person where the word is also a place's name", () => {
    const r = readPlain("Basketball player Michael Jordan visited the port. According to Jordan, the new harbour fees break a treaty.", "en");
    expect(sourceLabels(r)).not.toContain("named:Michael Jordan");
  });

  it("keeps an outlet's name after the cue an outlet's", () => {
    const r = readPlain("Mayor Anna Quill opened the bridge. According to Quillon Times, the recording has been sent to the police.", "en");
    expect(sourceLabels(r)).toEqual([]);
    expect(r.attributions.map((a) => a.outlet)).toEqual(["outlet:quillon-times"]);
  });
});
