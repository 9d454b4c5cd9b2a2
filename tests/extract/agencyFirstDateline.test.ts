// A dateline may name the agency before the place, as Spanish-language papers print a wire's story: the agency's short
// credit glued to the place by a dash ("XYZ-CIUDAD."), or in brackets before it ("(XYZ) CIUDAD –"). Both say the story
// is the agency's, as "CIUDAD (XYZ) –" already does. Controls: a body's initials or a place's own dash are no credit, and
// a glued credit the registry does not list as an agency's is nobody's.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, type OutletEntry } from "../../src/core/outlets.ts";
import { datelineLength } from "../../src/extract/dateline.ts";
import { readText } from "./helpers.ts";

const REGISTRY = createOutletRegistry([
  { name: "Agencia Valdoriana de Noticias", aliases: [], credits: ["AVN"], descriptors: [], domains: [], kind: "agency" },
  { name: "Diario Valdora", aliases: [], credits: ["DVA"], descriptors: [], domains: [], kind: "newspaper" } as OutletEntry,
]);
const credited = (body: string) => readText(body, REGISTRY, { outlet: "Test Daily", language: "es" }).syndication.map((s) => s.outletName);

describe("es: a dateline with the agency before the place credits the agency", () => {
  it.each([
    "AVN-PUERTO ALEGRE. La alcaldesa Rosa Quintero anunció el cierre del mercado de abastos.",
    "(AVN) PUERTO ALEGRE – La alcaldesa Rosa Quintero anunció el cierre del mercado de abastos.",
  ])("%s", (text) => {
    expect(credited(text)).toEqual(["Agencia Valdoriana de Noticias"]);
    expect(text.slice(datelineLength(text))).toBe("La alcaldesa Rosa Quintero anunció el cierre del mercado de abastos.");
  });
});

describe("es control: initials glued to a place that are no agency's credit", () => {
  it.each([
    "OEA-GINEBRA. La alcaldesa Rosa Quintero anunció el cierre del mercado de abastos.",
    "DVA-PUERTO ALEGRE. La alcaldesa Rosa Quintero anunció el cierre del mercado de abastos.",
  ])("%s", (text) => {
    expect(credited(text)).toEqual([]);
  });
});
