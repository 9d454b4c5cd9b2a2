// Every stage keeps its per-language data under one code ("fr", "no", "hr"), and a page names its language with a region
// or a written standard ("pt-BR", "nb"). The align stage read its negation words through stance's lookup; it now reads
// them from core, which must resolve such codes itself (core/languages.ts dataLanguage).
import { describe, expect, it } from "vitest";
import { contrastTest } from "../../src/core/contrasts.ts";
import { dataLanguage } from "../../src/core/languages.ts";
import { negationWordsOf } from "../../src/core/negations.ts";

describe("the code a language's data is kept under", () => {
  it.each([
    ["fr-FR", "fr"],
    ["pt_BR", "pt"],
    ["nb", "no"],
    ["sr-Latn", "hr"],
    ["fil", "tl"],
    ["EN", "en"],
  ])("%s → %s", (code, kept) => {
    expect(dataLanguage(code)).toBe(kept);
  });

  it("finds negation words by a code with a region or a written standard", () => {
    expect(negationWordsOf("pt-BR")?.language).toBe("pt");
    expect(negationWordsOf("nn")?.language).toBe("no");
    expect(negationWordsOf("fil")).toBeUndefined();
  });

  it("finds contrast words by a code with a region, and none for a language without them", () => {
    expect(contrastTest("pt-BR").test("mas")).toBe(true);
    expect(contrastTest("de-AT").test("Abertausend")).toBe(false);
    expect(contrastTest("fi").test("mutta")).toBe(false);
  });
});
