// English speakers, in texts of our own (names invented): what someone called a thing ("dismissed the plan as “…”",
// "described the delay as “…”") is their quotation, never a title; "the" and one capitalised word that speaks ("The
// Palace said:") is a body, as in French or Spanish, unless the word is a person's noun.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const quotations = (body: string) => {
  const r = readText(body, createOutletRegistry([]), { outlet: "Test Daily", language: "en" });
  return r.quotations.map((q) => ({ kind: q.kind, speaker: r.sources.find((s) => s.key === q.speaker)?.name }));
};

describe("English: a quotation after 'dismissed … as' or 'described … as'", () => {
  it.each([
    ["Mira Olsen, the harbour pilot, dismissed the report as “pure fantasy”.", "Mira Olsen"],
    ["The Lakeside Rowing Club described the article as “a hatchet job from start to finish”.", "Lakeside Rowing Club"],
  ])("%s", (body, speaker) => {
    expect(quotations(body)).toEqual([{ kind: "quotation", speaker }]);
  });

  it("never takes whom the words are about, between the verb and 'as', for the speaker", () => {
    expect(quotations("Critics dismissed Ivo Brandt's report as “fiction”.").map((q) => q.speaker)).toEqual(["Critics"]);
    // No subject written: English puts no speaker after its verb before the reported words.
    expect(quotations("Then on Monday dismissed Ivo Brandt as “a liar”.").map((q) => q.speaker)).toEqual([undefined]);
  });
});

describe("English: the article and one capitalised word that speaks", () => {
  it("reads 'The Palace said:' as a body", () => {
    expect(quotations("The Palace said: “Her Highness will not attend the regatta this year.”")).toEqual([{ kind: "quotation", speaker: "Palace" }]);
  });

  it.each([
    ["The Queen said: “We shall open the new bridge in spring.”", "Queen"],
    // An abbreviation in capitals stands for a role as often as for a body.
    ["The PM said: “Ferries will run through the night.”", "PM"],
  ])("leaves a person's noun to the role readers, never a body: %s", (body, word) => {
    expect(quotations(body).map((q) => q.speaker)).not.toContain(word);
  });
});
