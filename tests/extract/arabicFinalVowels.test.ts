// An Arabic text writes a case outlet's Latin name by its consonants ("ندى الساحل" for Nada al-Sahil): a final alef
// maksura (ى) or ta marbuta (ة) is a vowel there, as in the Latin spelling, and must not keep the name from its case
// outlet. A name with other consonants stays another outlet. Own invented texts and outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { isPlace } from "../../src/extract/gazetteer.ts";
import { readText } from "./helpers.ts";

function cited(body: string, caseOutlets: string[]): string[] {
  const registry = withCaseOutlets(createOutletRegistry([]), caseOutlets.map((name) => ({ name })), isPlace);
  return readText(body, registry, { outlet: "Akhbar Test", language: "ar" }).attributions.map((a) => a.outlet);
}

describe("an Arabic name ending in alef maksura or ta marbuta", () => {
  it.each([
    ['وكان موقع "ندى الساحل" قد نقل أن الميناء سيغلق.', "outlet:nada-al-sahil"],
    ['وكان موقع "المنارة" قد نقل أن الميناء سيغلق.', "outlet:al-manara"],
  ])("cites the case outlet: %s", (body, key) => {
    expect(cited(body, ["Nada al-Sahil", "Al-Manara"])).toEqual([key]);
  });

  it("reads a name of other consonants as no case outlet", () => {
    expect(cited('وكان موقع "صدى الجبل" قد نقل أن الميناء سيغلق.', ["Nada al-Sahil", "Al-Manara"])).not.toContain("outlet:nada-al-sahil");
  });
});
