// French names may open with an article ("Le Monde", "la Gazette du Lac"), but only at a word's start: the "le" that ends
// "porte-parole" was read as the article of the name after it, so "La porte-parole Anne Morel a indiqué que …" cited an
// invented outlet "le Anne Morel". Sentences of our own (invented people and outlets).
import { describe, expect, it } from "vitest";
import { fr } from "../../src/extract/frames/fr.ts";
import { names } from "./frames/helpers.ts";
import { readPlain } from "./helpers.ts";

describe("a French article inside a word opens no name", () => {
  it.each(["La porte-parole Anne Morel a indiqué que le port fermera.", "Le porte-parole Jean Morel a indiqué que le port fermera."])("%s", (text) => {
    expect(names(fr, text).filter((n) => /^(?:le|la)\s/iu.test(n))).toEqual([]);
    expect(readPlain(text, "fr").attributions.map((a) => a.outletName)).toEqual([]);
  });

  it("still reads a name opened by its article", () => {
    expect(readPlain("La Gazette du Lac a rapporté que le port fermera.", "fr").attributions.map((a) => a.outletName)).toEqual(["La Gazette du Lac"]);
  });
});
