// frames/common.ts perLanguage: one value per language's data object, for frames and for stance words alike.
import { describe, expect, it } from "vitest";
import { stanceWordsFor } from "../../../src/analyse/stance/index.ts";
import { negationTest } from "../../../src/core/negations.ts";
import { perLanguage } from "../../../src/extract/frames/common.ts";
import { framesFor } from "../../../src/extract/frames/index.ts";

describe("perLanguage", () => {
  it("builds once per frames object and hands back what it built", () => {
    let built = 0;
    const languageOf = perLanguage((frames) => {
      built++;
      return frames.language;
    });
    expect(languageOf(framesFor("fr"))).toBe("fr");
    expect(languageOf(framesFor("fr-CA"))).toBe("fr");
    expect(languageOf(framesFor("de"))).toBe("de");
    expect(built).toBe(2);
  });

  it("a language's negation test (core/negations.ts) is made once, whichever code names the language", () => {
    const en = stanceWordsFor("en")!;
    expect(negationTest(en)).toBe(negationTest(stanceWordsFor("en-GB")!));
    expect(negationTest(en).test("the ferry did not sail")).toBe(true);
    expect(negationTest(en).test("the ferry sailed")).toBe(false);
  });
});
