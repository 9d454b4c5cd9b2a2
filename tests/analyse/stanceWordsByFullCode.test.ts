// A language's stance words are found by its code without the region, never by its first two letters: Filipino ("fil")
// is no Finnish ("fi"), whose debunk words would be read in a Tagalog text.
import { describe, expect, it } from "vitest";
import { stanceWordsFor } from "../../src/analyse/stance/index.ts";

describe("stance words by language code", () => {
  it("a three-letter code is not cut to two letters", () => {
    expect(stanceWordsFor("fil")?.language).not.toBe("fi");
  });
  it("a region is dropped and a written standard read as its language", () => {
    expect(stanceWordsFor("pt-BR")?.language).toBe("pt");
    expect(stanceWordsFor("nb")?.language).toBe("no");
  });
});
