// Dutch "X geeft aan dat …" (X indicates that …) reports what an outlet said as "X zegt dat …" does; Japanese
// "Xの取材を受けた" / "Xの取材に応じた" (interviewed by X, answering X's interview) names whom a speaker told. Both read
// only a name with an outlet's evidence, as a person indicates and is interviewed too.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readPlain, readText } from "./helpers.ts";

const registry = withCaseOutlets(createOutletRegistry([{ name: "Omroep Kadewijk", aliases: [], descriptors: [], domains: [], kind: "broadcaster" }]), [{ name: "Havenkoerier" }]);
const cited = (body: string, language: string) => readText(body, registry, { outlet: "Test Daily", language }).attributions.map((a) => a.outletName);

describe("nl: X geeft aan dat …", () => {
  it.each([
    ["Omroep Kadewijk geeft aan dat de producent pas later werd opgebeld.", "Omroep Kadewijk"],
    ["De krant Havenkoerier gaf aan dat de brug dicht blijft.", "Havenkoerier"],
  ])("%s", (text, name) => {
    expect(cited(text, "nl")).toEqual([name]);
  });
  it("control: a person who indicates", () => {
    expect(readPlain("Wethouder Joost Kamp geeft aan dat de brug dicht blijft.", "nl").attributions).toEqual([]);
  });
});

describe("ja: Xの取材を受けた / Xの取材に応じた", () => {
  it.each([
    ["北浜通信の取材を受けた市立図書館の館長は「閉館の予定はない」と話した。", "北浜通信"],
    ["館長は南港新聞の取材に応じ、閉館の予定はないと答えた。", "南港新聞"],
  ])("%s", (text, name) => {
    expect(readPlain(text, "ja").attributions.map((a) => a.outletName)).toEqual([name]);
  });
});
