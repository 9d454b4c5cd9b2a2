// Finnish names an outlet with its outlet noun declined ("Korvan Uutisten mukaan", "Pohjalehden tietojen mukaan"), or
// an abbreviation's news in small letters ("KTV:n uutisten mukaan", "KTV:n uutiset kertoi"): none was read as a citation
// (probe 43, class C1), pinned with texts of our own. The written form is the outlet's name; its nominative only where
// the article, the case or the registry writes it. Controls: a person's or a place's genitive before "mukaan" cites
// nothing, nor does an abbreviation's "tietojen mukaan" alone (a body's as often as an outlet's).
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { resolveReadings } from "../../src/extract/resolve.ts";
import { caseArticle, readPlain, readText } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "fi").attributions.map((a) => a.outletName);

describe("fi: an outlet noun declined at the end of the name", () => {
  it.each([
    ["Korvan Uutisten mukaan silta suljetaan.", "Korvan Uutisten"],
    ["Pohjan Sanomien tietojen mukaan silta suljetaan.", "Pohjan Sanomien"],
    ["Pohjalehden tietojen mukaan silta suljetaan.", "Pohjalehden"],
    ["Ilta-Sanomien mukaan silta suljetaan.", "Ilta-Sanomien"],
    // Initials take no ending: written whole, they name the outlet.
    ["KTV Uutisten mukaan silta suljetaan.", "KTV"],
  ])("%s", (text, name) => {
    expect(cited(text)).toEqual([name]);
  });

  it("the nominative the article writes as an outlet's name is the outlet", () => {
    expect(cited("Pohjan Sanomat kertoi tiistaina, että silta suljetaan. Pohjan Sanomien mukaan työ kestää viikon.")).toEqual(["Pohjan Sanomat", "Pohjan Sanomat"]);
  });

  it("the nominative the registry lists is the outlet", () => {
    const registry = createOutletRegistry([{ name: "Korvan Uutiset", aliases: [], descriptors: [], domains: ["korvanuutiset.example"], kind: "newspaper" }]);
    expect(readText("Korvan Uutisten mukaan silta suljetaan.", registry, { outlet: "Järvilehti", language: "fi" }).attributions.map((a) => a.outletName)).toEqual(["Korvan Uutiset"]);
  });

  it("the nominative a case outlet is given is the outlet", () => {
    const cleaned = [
      caseArticle("a", "Korvan Uutisten mukaan silta suljetaan.", { outlet: "Järvilehti", language: "fi" }),
      caseArticle("b", "Silta suljetaan ensi viikolla.", { outlet: "Korvan Uutiset", language: "fi" }),
    ];
    const registry = createOutletRegistry([]);
    const resolved = resolveReadings(cleaned.map((c) => readArticle(c, registry)), cleaned);
    expect(resolved[0]?.attributions.map((a) => a.outletName)).toEqual(["Korvan Uutiset"]);
  });

  it("a hyphened outlet noun written straight after the name", () => {
    expect(cited("Seinäkoski-lehden mukaan silta suljetaan.")).toEqual(["Seinäkoski"]);
  });
});

describe("fi: an abbreviation's news", () => {
  it.each([
    ["KTV:n uutisten mukaan silta suljetaan.", "KTV"],
    ["KTV:n uutisten tietojen mukaan silta suljetaan.", "KTV"],
    ["KTV:n uutiset kertoi tiistaina sillan sulkemisesta.", "KTV"],
    ["Asiasta kertoi ensin KTV:n uutiset.", "KTV"],
  ])("%s", (text, name) => {
    expect(cited(text)).toEqual([name]);
  });
});

describe("fi controls: no outlet named", () => {
  it.each([["Virtasen mukaan silta suljetaan."], ["Helsingin mukaan silta suljetaan."], ["KRP:n tietojen mukaan silta suljetaan."], ["Virtasen uutisten mukaan silta suljetaan."], ["Poliisin tietojen mukaan silta suljetaan."]])("%s", (text) => {
    expect(cited(text)).toEqual([]);
  });
});
