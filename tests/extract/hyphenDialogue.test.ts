// Danish and Norwegian web copy often types the dialogue dash as a hyphen: "- Vi har fat i de to mistænkte, siger Jens
// Holm." Before, only a real dash (– or —) opened such a quotation, so these words were no quotation at all and could
// not be matched with the same words printed in »…« elsewhere.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

function quotations(body: string, language: string) {
  const r = readPlain(body, language);
  return r.quotations.filter((q) => q.kind === "quotation").map((q) => ({ text: q.parts.map((p) => p.text).join(" "), speaker: r.sources.find((s) => s.key === q.speaker)?.name }));
}

describe("a hyphen opening the paragraph, closed by a comma and a speech verb", () => {
  it.each([
    ["da", "- Jeg er tilfreds med, at vi nu har fat i de to mistænkte, siger Jens Holm.", "Jeg er tilfreds med, at vi nu har fat i de to mistænkte", "Jens Holm"],
    ["no", "- Vi har ikke funnet noe på stedet, sier Kari Nordvik.", "Vi har ikke funnet noe på stedet", "Kari Nordvik"],
  ])("%s: %s", (language, body, text, speaker) => {
    expect(quotations(body, language)).toEqual([{ text, speaker }]);
  });

  it("a hyphen bullet with no speech verb after a comma opens nothing", () => {
    expect(quotations("- Æbler, pærer og blommer\n\n- Kager, brød og mel", "da")).toEqual([]);
  });
});
