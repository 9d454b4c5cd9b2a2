// A domain name cannot mix scripts: a Cyrillic text that writes a Latin address in its own letters, keeping the one
// letter Cyrillic has no twin for ("дневни-wиц.хр"), names the same site as the address in Latin ("dnevni-wic.hr"), one
// outlet, not two. An address wholly in Cyrillic is left as written. Own invented text and sites.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { siteOfAddress } from "../../src/extract/cited.ts";
import { readText } from "./helpers.ts";

describe("an address written in two scripts", () => {
  it("is the Latin address", () => {
    expect(siteOfAddress("дневни-wиц.хр")).toBe("dnevni-wic.hr");
    expect(siteOfAddress("градски-лист.срб")).toBe("градски-лист.срб");
  });

  it("is one outlet with its Latin spelling", () => {
    const body = "Вест о мосту први је објавио сатирични портал dnevni-wic.hr. Како пише портал дневни-wиц.хр, мост ће бити продат.";
    const keys = readText(body, createOutletRegistry([]), { outlet: "Речни гласник", language: "sr" }).attributions.map((a) => a.outlet);
    expect([...new Set(keys)]).toEqual(["outlet:dnevni-wic-hr"]);
  });
});
