// Dutch sources on sentences of our own (invented outlets, towns and people): anonymous sources told to an outlet, an
// inverted pronoun after a quotation, separable and other Dutch speech verbs, bodies written with their kind, and a place
// or portfolio written after a full name with "van", which a surname's "van" is not.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { splitAffiliation } from "../../src/extract/affiliation.ts";
import { nl } from "../../src/extract/frames/nl.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Havenkoerier", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);

function read(body: string) {
  return readText(body, registry, { outlet: "Testblad", language: "nl" });
}

const sourceNames = (body: string) => read(body).sources.map((s) => [s.type, s.name, s.role ?? ""]);

describe("Dutch anonymous sources", () => {
  it("reads the source of 'Dat melden bronnen … aan de X' as told to the outlet, the day and the outlet left out of it", () => {
    const r = read("De kranen gaan weg. Dat melden bronnen rond de gemeente maandag aan de Havenkoerier.");
    expect(r.sources.map((s) => [s.type, s.name, s.via])).toEqual([["anonymous", "bronnen rond de gemeente", "outlet:havenkoerier"]]);
    expect(r.attributions.map((a) => [a.frame, a.outlet])).toEqual([["told", "outlet:havenkoerier"]]);
  });

  it("reads 'volgens ingewijden', and 'de ingewijden' after a group already speaking is that group", () => {
    expect(sourceNames("Volgens ingewijden gaat het om tien kranen.")).toEqual([["anonymous", "ingewijden", ""]]);
    expect(sourceNames("Dat melden bronnen rond de gemeente. Volgens de ingewijden gaat het om tien kranen.")).toEqual([["anonymous", "bronnen rond de gemeente", ""]]);
  });
});

describe("Dutch speakers", () => {
  it("resolves an inverted pronoun after a quotation to the person the sentence before introduced with her role", () => {
    const r = read('Wethouder Marit Kool van Zuidhaven wilde niet reageren. "Ik wacht het rapport af," zei zij.');
    expect(r.sources.map((s) => [s.name, s.role])).toEqual([["Marit Kool", "Wethouder van Zuidhaven"]]);
    expect(r.quotations[0]?.speaker).toBe("source:marit-kool");
  });

  it.each([
    ['Havenbeheerder Kadenet liet in een verklaring weten dat het "geen enkel signaal" had ontvangen.', ["organisation", "Kadenet", ""]],
    ['Belangenvereniging Kadeleven noemde het plan "een klap voor de buurt".', ["organisation", "Kadeleven", ""]],
    ['Kamerlid Dirk Wessel (oppositie) sprak van "een blunder van formaat".', ["named", "Dirk Wessel", "Kamerlid"]],
    ["Burgemeester Kees Brouwer zei tegen de Havenkoerier blij te zijn met het besluit.", ["named", "Kees Brouwer", "Burgemeester"]],
  ])("%s", (body, source) => {
    expect(sourceNames(body)).toEqual([source]);
  });

  it("cites the outlet a speaker told something, the rest of the clause after its name", () => {
    expect(read("Burgemeester Kees Brouwer zei tegen de Havenkoerier blij te zijn met het besluit.").attributions.map((a) => [a.frame, a.outlet])).toEqual([["told", "outlet:havenkoerier"]]);
  });
});

describe("Dutch 'van' after a name", () => {
  it.each([
    ["Minister Ans Terpstra van Financiën zei dat het kan.", "Ans Terpstra", "Minister van Financiën"],
    ["Burgemeester Kees Brouwer van Zuidhaven zei dat het kan.", "Kees Brouwer", "Burgemeester van Zuidhaven"],
    ["Burgemeester Jan van Dijk zei dat het kan.", "Jan van Dijk", "Burgemeester"],
    ["Jan van der Berg zei dat het kan.", "Jan van der Berg", undefined],
    ["Marit de Vries zei dat het kan.", "Marit de Vries", undefined],
  ])("%s → %s", (body, name, role) => {
    expect(read(body).sources.map((s) => [s.name, s.role])).toEqual([[name, role]]);
  });

  it.each([
    ["Ans Terpstra van Financiën", false, "Ans Terpstra"],
    ["Kees Brouwer van Amsterdam", false, "Kees Brouwer"],
    ["Kees Brouwer van Zuidhaven", true, "Kees Brouwer"],
    ["Kees Brouwer van Zuidhaven", false, undefined],
    ["Jan van Dijk", true, undefined],
    ["Jan Peter van Dijk Hoek", true, undefined],
  ])("splitAffiliation(%s, role: %s) → %s", (name, hasRole, expected) => {
    expect(splitAffiliation(name, hasRole, nl)?.name).toBe(expected);
  });
});
