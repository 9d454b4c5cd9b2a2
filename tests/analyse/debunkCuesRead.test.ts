// Debunk cues found in an article's texts are kept only in the map its analysis passes in (stance.ts CuesRead), never
// in a module-level cache that outlives the analysis.
import { describe, expect, it } from "vitest";
import { debunkCues, type CuesRead } from "../../src/analyse/stance.ts";

describe("debunk cues kept per analysis", () => {
  const sentence = "The photo of the flooded market square is a fake, the town hall said.";

  it("keeps what it found in the map it is given, and hands the same hits back", () => {
    const read: CuesRead = new Map();
    const first = debunkCues(sentence, "en", read);
    expect(first.map((c) => c.text)).toEqual(["fake"]);
    expect(read.get(sentence)).toBe(first);
    expect(debunkCues(sentence, "en", read)).toBe(first);
  });

  it("keeps nothing between calls without a map", () => {
    const a = debunkCues(sentence, "en");
    const b = debunkCues(sentence, "en");
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
  });
});
