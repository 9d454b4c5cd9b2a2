// A name of capitalised words outside English was read as a person's where it is a publication's: one the article writes
// elsewhere with an outlet word ("Yeni Kuzey gazetesi … Yeni Kuzey, … başlıklı haberinde"; "Kuzey" alone after it), or one
// opening on a publication word of its language ("…, påpeker Dagbladet Vest."). Such a name is now no person, and the
// frames cite it; "X har gått igenom klippet" (went through the clip) cites an outlet with evidence. A person named like
// that stays one ("Mavis Berg"), and a person who went through the material is that person. Invented outlets and people.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const read = (body: string, language: string) => readPlain(body, language, "Test Avis");
const cited = (body: string, language: string) => read(body, language).attributions.map((a) => a.outletName);

describe("a publication's name is no person", () => {
  it("a name the article writes with an outlet word elsewhere, and its last word alone", () => {
    const r = read("Yeni Kuzey gazetesi olayı 8 yıl sonra kabul etti. Kuzey, olayın provokasyon olduğunu belirtti. Yeni Kuzey, liman kapandı dedi.", "tr");
    expect(sourceLabels(r)).toEqual([]);
  });
  it.each([
    ["Påstandene stemmer heller ikke, påpeker Dagbladet Vest.", "no", "Dagbladet Vest"],
    ["Dagbladet Vest har gått igenom klippet och listar flera fel.", "sv", "Dagbladet Vest"],
    ["Dagbladet Vest har gått gjennom klippet og lister opp flere feil.", "no", "Dagbladet Vest"],
  ])("%s", (body, language, outlet) => {
    expect(sourceLabels(read(body, language))).toEqual([]);
    expect(cited(body, language)).toEqual([outlet]);
  });
  it("keeps a person whose name only ends like an outlet word, or who went through the material", () => {
    expect(sourceLabels(read("– Det er feil, sier Mavis Berg.", "no"))).toEqual(["named:Mavis Berg"]);
    expect(sourceLabels(read("Anna Berg har gått igenom klippet och listar flera fel.", "sv"))).toEqual(["named:Anna Berg"]);
  });
});
