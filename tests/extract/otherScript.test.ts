// An outlet of the case named in Arabic or Persian letters, which leave out most vowels: "الساحل" for a paper the
// case lists as Al-Sahil made a second outlet node in a probe case, and "whose report is not in the case" was false.
import { describe, expect, it } from "vitest";
import { consonantForms, createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = withCaseOutlets(createOutletRegistry([{ name: "Reuters", aliases: [], descriptors: [], domains: [], kind: "agency" }]), [
  { name: "Al-Marjan" },
  { name: "Pars-e Dor News Agency" },
  { name: "Harbour Ledger" },
  { name: "Al-Rahil" },
]);

function cited(body: string, language: string, outlet = "Test Daily"): string[] {
  return readText(body, registry, { outlet, language }).attributions.map((a) => a.outletName);
}

describe("a case outlet written in a script without vowels", () => {
  it("gives each case outlet the consonants of its name, without the generic words that end it", () => {
    expect(consonantForms("Pars-e Dor News Agency")).toEqual(["prsdrnsgnc", "prsdr"]);
    expect(consonantForms("Al-Marjan")).toEqual(["lmrjn"]);
  });

  it.each([
    ["نقلت صحيفة المرجان عن مسؤول في الوزارة أن الميناء سيغلق.", "ar", "Al-Marjan"],
    // Short once its h is left out ("lrl"), yet a name of four consonants with it.
    ["نقلت صحيفة الراحل عن مسؤول في الوزارة أن الميناء سيغلق.", "ar", "Al-Rahil"],
    ["به گزارش خبرگزاری پارس‌در، بندر بسته می‌شود.", "fa", "Pars-e Dor News Agency"],
  ])("is that outlet: %j", (body, language, outlet) => {
    expect(cited(body, language)).toEqual([outlet]);
  });

  it("is the article's own outlet in its own house credit, not a citation", () => {
    expect(cited("به گزارش خبرگزاری پارس‌در، بندر بسته می‌شود.", "fa", "Pars-e Dor News Agency")).toEqual([]);
  });
});
