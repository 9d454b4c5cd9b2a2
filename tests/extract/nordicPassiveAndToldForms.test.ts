// Icelandic and Danish forms of citing the frames missed: "á fréttavefnum X" (on the news site X), "segir við X" (says
// to X), and the Danish passive "blev omtalt af X" (was reported by X). A person in the same place is no outlet.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);
const cited = (body: string, language: string) => readText(body, registry, { outlet: "Test Daily", language }).attributions.map((a) => a.outlet);

describe("Icelandic", () => {
  it("reads 'á fréttavefnum hafnarfrettir.is'", () => {
    expect(cited("Fjallað er um málið á fréttavefnum hafnarfrettir.is í dag.", "is")).toEqual(["outlet:hafnarfrettir-is"]);
  });
  it("reads 'segir við Hafnarblaðið að …' and not 'segir við Jón Sigurðsson að …'", () => {
    expect(cited("Talsmaðurinn segir við Hafnarblaðið að brúin opni í maí.", "is")).toEqual(["outlet:hafnarblaðið"]);
    expect(cited("Hafnarstjórinn segir við Jón Sigurðsson að höfninni verði lokað.", "is")).toEqual([]);
  });
});

describe("Danish", () => {
  it("reads 'blev omtalt af avisen Havnebladet' and not 'blev omtalt af Anders Kvist'", () => {
    expect(cited("Planen om en ny færgehavn blev omtalt af avisen Havnebladet i går.", "da")).toEqual(["outlet:havnebladet"]);
    expect(cited("Sagen blev omtalt af Anders Kvist på et møde i Velby.", "da")).toEqual([]);
  });
});
