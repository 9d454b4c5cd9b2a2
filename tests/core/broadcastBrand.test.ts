// A broadcaster named by its brand and its kind or channel ("Quillvale Canal 7", "Nordlicht TV", "Ostwind News 24") is
// called by the brand alone ("el canal regional Quillvale"): the brand is its short form. Not a brand two outlets of the
// case share, not one that is another case outlet's own name, not "News" alone after a word. Own invented names.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, shortForms, withCaseOutlets } from "../../src/core/outlets.ts";
import { isPlace } from "../../src/extract/gazetteer.ts";
import { readText } from "../extract/helpers.ts";

describe("a broadcaster's brand as its short form", () => {
  it.each([
    ["Quillvale Canal 7", ["Quillvale"]],
    ["Nordlicht TV", ["Nordlicht"]],
    ["Ostwind News 24", ["Ostwind"]],
    ["RadioMar FM", ["RadioMar"]],
  ])("gives %s the short form %j", (name, forms) => {
    expect(shortForms(name, isPlace)).toEqual(expect.arrayContaining(forms));
  });

  it.each([["Ecumenical News"], ["Canal 7"], ["Channel 9"], ["Holmfirth TV"]])("gives %s no brand form", (name) => {
    const first = name.split(" ")[0] as string;
    expect(shortForms(name, (n) => isPlace(n) || n === "Holmfirth")).not.toContain(first);
  });

  function cites(body: string, outlets: string[]): string[] {
    const registry = withCaseOutlets(createOutletRegistry([]), outlets.map((name) => ({ name })), isPlace);
    return readText(body, registry, { outlet: "Diario Test", language: "es" }).attributions.map((a) => a.outlet);
  }

  it("cites the case's broadcaster by its brand", () => {
    expect(cites("Doce personas fueron evacuadas en Valdeluz, según informó el canal regional Quillvale.", ["Quillvale Canal 7", "Diario Test"])).toEqual(["outlet:quillvale-canal-7"]);
  });

  it("cites neither of two case outlets that share the brand", () => {
    const hits = cites("Doce personas fueron evacuadas en Valdeluz, según informó el canal regional Quillvale.", ["Quillvale Canal 7", "Quillvale Radio", "Diario Test"]);
    expect(hits).not.toContain("outlet:quillvale-canal-7");
    expect(hits).not.toContain("outlet:quillvale-radio");
  });

  it("cites the case outlet whose own name is the brand", () => {
    for (const order of [["Quillvale Canal 7", "Quillvale"], ["Quillvale", "Quillvale Canal 7"]]) {
      expect(cites("Doce personas fueron evacuadas en Valdeluz, según informó el canal regional Quillvale.", order)).toEqual(["outlet:quillvale"]);
    }
  });
});
