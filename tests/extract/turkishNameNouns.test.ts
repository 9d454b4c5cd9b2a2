// Turkish writes an outlet noun with a capital as part of a paper's name ("Yayla Ekspres Gazetesi", "Dicle Postası"),
// and leaves it out as often ("Yayla Ekspres gazetesinin haberine göre": the noun in small letters, beside the name). A citation under the longer name is the outlet the case
// writes without the noun; and a noun with a compound's suffix ("Postası", "Gazetesi") is no short form of a case
// outlet's name, which would take every other "… Postası" for that outlet.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { resolveReadings } from "../../src/extract/resolve.ts";
import { caseArticle, readText } from "./helpers.ts";

const base = createOutletRegistry([]);

describe("tr: a name with its outlet noun is the outlet the case writes without it", () => {
  it("Yayla Ekspres Gazetesi'nde … and Yayla Ekspres gazetesinin haberine göre are one paper", () => {
    const cleaned = [
      caseArticle("a", "Yayla Ekspres Gazetesi'nde yer alan habere göre köprü kapatıldı.", { outlet: "Ova Haber", language: "tr" }),
      caseArticle("b", "Yayla Ekspres gazetesinin haberine göre köprü salı günü kapatıldı.", { outlet: "Irmak Gazetesi", language: "tr" }),
    ];
    const resolved = resolveReadings(cleaned.map((c) => readArticle(c, base)), cleaned);
    expect(resolved.map((r) => r.attributions.map((a) => a.outletName))).toEqual([["Yayla Ekspres"], ["Yayla Ekspres"]]);
  });

  it("keeps the written name where the case writes no shorter one", () => {
    const cleaned = [caseArticle("a", "Yayla Ekspres Gazetesi'nde yer alan habere göre köprü kapatıldı.", { outlet: "Ova Haber", language: "tr" })];
    const resolved = resolveReadings(cleaned.map((c) => readArticle(c, base)), cleaned);
    expect(resolved[0]?.attributions.map((a) => a.outletName)).toEqual(["Yayla Ekspres Gazetesi"]);
  });
});

describe("tr: a kind word with a compound's suffix is no short form of a case outlet", () => {
  it("Dicle Postası'nın haberine göre cites Dicle Postası, not the case's Fırat Postası", () => {
    const registry = withCaseOutlets(base, [{ name: "Fırat Postası" }, { name: "Ova Haber" }]);
    const r = readText("Dicle Postası'nın haberine göre köprü kapatıldı.", registry, { outlet: "Ova Haber", language: "tr" });
    expect(r.attributions.map((a) => a.outletName)).toEqual(["Dicle Postası"]);
  });
});
