// Names an outlet writes in small letters ("dpa"), an agency named without its article ("berichtete Reuters"), the
// outlet that cites an anonymous source ("X unter Berufung auf Y"), and German compound roles before a name. Each was
// missed or misread in a case written to probe the reader.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import type { ArticleReading } from "../../src/extract/types.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "dpa", aliases: ["Deutsche Presse-Agentur"], descriptors: [], domains: [], kind: "agency" },
  { name: "Reuters", aliases: [], descriptors: [], domains: [], kind: "agency" },
  { name: "Die Welt", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
]);

function read(body: string, language = "en"): ArticleReading {
  return readText(body, registry, { outlet: "Test Daily", language });
}
const cited = (r: ArticleReading) => r.attributions.map((a) => a.outletName);
const sources = (r: ArticleReading) => r.sources.map((s) => [s.name, s.type, s.role ?? null]);

describe("an outlet that writes its name in small letters", () => {
  it.each([
    ["The mill will close next spring, its owner told dpa on Friday.", "en"],
    ["Die Mühle schließt im Frühjahr, sagte Werksleiter Brenner der dpa am Freitag.", "de"],
    ["Die Mühle schließt, berichtete die dpa.", "de"],
  ])("is cited where the registry spells it so: %j", (body, language) => {
    expect(cited(read(body, language))).toEqual(["dpa"]);
  });

  it("is no outlet when the registry spells the word otherwise ('told welt' is not Die Welt)", () => {
    expect(cited(read("The mill will close, the owner told welt reporters."))).toEqual([]);
  });
});

describe("a German agency named without its article", () => {
  it("cites a registered outlet after 'berichtete' ('berichtete Reuters unter Berufung auf …')", () => {
    const r = read("Die Mühle schließt, berichtete Reuters unter Berufung auf Unternehmenskreise.", "de");
    expect(cited(r)).toEqual(["Reuters"]);
    // The anonymous source is the circles Reuters cites, not a phrase that runs from the agency's name to them.
    expect(sources(r)).toEqual([["Unternehmenskreise", "anonymous", null]]);
  });

  it("reads a person after 'berichtete' as no outlet ('berichtete Bürgermeisterin Anna Vell')", () => {
    expect(cited(read("Die Mühle schließt, berichtete Bürgermeisterin Anna Vell.", "de"))).toEqual([]);
  });
});

describe("a German compound role before a name", () => {
  it.each([
    ["Die Mühle schließt, sagte Personalchefin Anna Vell.", ["Anna Vell", "named", "Personalchefin"]],
    ["Die Mühle schließt, sagte Betriebsratschef Brenner.", ["Brenner", "named", "Betriebsratschef"]],
  ])("keeps the role apart from the person: %j", (body, expected) => {
    expect(sources(read(body, "de"))).toEqual([expected]);
  });

  it("still reads a generic noun and its inflections as nobody ('laut Experten', 'den Angaben zufolge')", () => {
    expect(cited(read("Laut Experten schließt die Mühle. Den Angaben zufolge fehlt Geld.", "de"))).toEqual([]);
  });
});
