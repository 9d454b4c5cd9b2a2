// A station's name in capitals with its channel number ending a sentence ("potrivit ARDEAL 3.") was cut before the number
// and read as nothing; the same name without a number ("potrivit DRUMUL NOU") was read as a person; a channel written
// apart from its number ("Vale 7") missed the registry's "Vale7"; and a closing "(sursa: X)" of one unknown word credited
// nobody. Own invented texts, places and stations.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Vale7", aliases: [], descriptors: [], domains: [], kind: "broadcaster" }]);
const read = (body: string) => readText(body, registry, { outlet: "Foaia de Luncă", language: "ro" });
const cited = (body: string): string[] => read(body).attributions.map((a) => a.outletName);

describe("Romanian credits of stations and agencies", () => {
  it.each([
    ["Podul peste râu va fi închis până în aprilie, potrivit ARDEAL 3.", "ARDEAL 3"],
    ["Podul peste râu va fi închis până în aprilie, potrivit Vale 7.", "Vale7"],
    ["Vale 7 a relatat că podul peste râu rămâne închis.", "Vale7"],
  ])("cites the station: %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it("reads no person in a name written in capitals only, nor an outlet where nothing says it is one", () => {
    const r = read("Podul peste râu va fi închis până în aprilie, potrivit DRUMUL NOU.");
    expect(r.sources.map((s) => s.name)).toEqual([]);
    expect(r.attributions).toEqual([]);
  });

  it("takes a closing bracketed source credit of one unknown word as the agency the text came from", () => {
    const body = "Podul peste râu va fi închis până în aprilie, a anunțat primăria.\n\nLucrările costă două milioane de lei.\n\n(sursa: Carpatpress)";
    expect(cited(body)).toEqual(["Carpatpress"]);
  });

  it("takes no such word in a bracket inside the text", () => {
    expect(cited("Lucrările costă două milioane de lei (sursa: Carpatpress), iar podul se redeschide în mai.")).toEqual([]);
  });
});
