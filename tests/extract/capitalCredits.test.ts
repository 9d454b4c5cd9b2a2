/** A credit registered in capitals only ("MAP", "AP") is that outlet's only in capitals: the same letters in small type are an ordinary word. Invented texts. */
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Meridian Agency of the Plains", aliases: [], credits: ["MAP"], descriptors: [], domains: ["meridian-plains.example"], kind: "agency", country: "XX" },
  { name: "Auster Press", aliases: ["AP"], credits: [], descriptors: [], domains: ["auster.example"], kind: "agency", country: "XX" },
  { name: "vdp", aliases: ["VDP"], credits: [], descriptors: [], domains: ["vdp.example"], kind: "agency", country: "XX" },
]);

const STORY = "The harbour board of Elmstead agreed on Monday to rebuild the east jetty before the autumn storms.";
const credited = (last: string): string[] => readText(`${STORY}\n\n${last}`, registry, { outlet: "Elmstead Gazette", language: "en" }).syndication.map((s) => s.outletName);

describe("an agency line names a capitals-only credit only as the agency writes it", () => {
  it.each(["map", "Map", "ap", "Home | Contact\n\nmap"])("a page's last line %j is no credit", (last) => {
    expect(credited(last)).toEqual([]);
  });

  it.each([
    ["MAP", "Meridian Agency of the Plains"],
    ["(AP)", "Auster Press"],
    ["vdp", "vdp"],
    ["VDP", "vdp"],
  ])("%s is still the agency's credit", (last, outlet) => {
    expect(credited(last)).toEqual([outlet]);
  });

  it("keeps the lookup itself case-exact for capitals-only spellings", () => {
    expect(registry.byCredit("map")).toBeUndefined();
    expect(registry.byCredit("MAP")?.name).toBe("Meridian Agency of the Plains");
    expect(registry.byCredit("Vdp")?.name).toBe("vdp");
  });
});
