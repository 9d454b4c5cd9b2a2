// Readings a probe of invented cases got wrong (probe 20), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);
const sources = (body: string, language = "en"): string[] => readText(body, registry, { outlet: "Valley Ledger", language }).sources.map((s) => `${s.type}:${s.name}`);

describe("a place after a preposition in a reported clause is no speaker", () => {
  it.each([
    ["A forum post says that engineers in Tarvik confirmed that the bridge will close in May."],
    ["A leaflet claims that nurses in Valdora said the clinic shuts at noon."],
    ["A chain message says that farmers near Korsholm warned that the river will flood."],
  ])("%s", (text) => {
    expect(sources(text).filter((s) => s.startsWith("named:"))).toEqual([]);
  });

  it("a role of a place still names its holder", () => {
    expect(sources("The bridge will close in May, said the mayor of Tarvik, Elin Sund.")).toContain("named:Elin Sund");
  });
});

describe("the subject of a clause another speaker reports is no source of the article", () => {
  it.each([
    ["The harbour master, Tove Lind, said the employees had warned about the cracked pier for months.", "en", "named:Tove Lind"],
    ["Tove Lind said that the residents warned about the storm for days.", "en", "named:Tove Lind"],
    ["Le maire Paul Orsini a dit que les habitants ont averti du danger depuis des semaines.", "fr", "named:Paul Orsini"],
  ])("%s", (text, language, speaker) => {
    expect(sources(text, language)).toEqual([speaker]);
  });

  it("a speaker after a quotation in the same sentence still speaks", () => {
    expect(sources("The pier is cracked, Tove Lind said, and the residents warned about it.")).toContain("named:Tove Lind");
  });
});

describe("people at an institution speak, not the institution as a report cited", () => {
  const withInstitute = createOutletRegistry([{ name: "Korsholm Institute of Technology", aliases: [], descriptors: [], domains: [], kind: "website" }]);
  const cited = (body: string): string[] => readText(body, withInstitute, { outlet: "Valley Ledger", language: "en" }).attributions.map((a) => a.outletName);
  it.each([
    ["Claim: Engineers at the Korsholm Institute of Technology confirmed that salt water cures rust."],
    ["A chain message claims that researchers at the Korsholm Institute of Technology said salt water cures rust."],
  ])("%s", (text) => {
    expect(cited(text)).toEqual([]);
  });

  it("the institution speaking on its own is still cited", () => {
    expect(cited("The Korsholm Institute of Technology confirmed that the lab will close.")).toEqual(["Korsholm Institute of Technology"]);
  });
});

describe("an unnamed source with a place phrase and an anonymity clause", () => {
  it.each([
    ["A pharmacist at a Tarvik chain store, who asked not to be named, said the shelves were empty.", "anonymous:A pharmacist at a Tarvik chain store"],
    ["An engineer at the Korsholm plant, who asked not to be named because he was not allowed to talk to reporters, said the pump had failed.", "anonymous:An engineer at the Korsholm plant"],
    ["A nurse, who spoke on condition of anonymity because she feared losing her job, said the ward was closed.", "anonymous:A nurse"],
  ])("%s", (text, source) => {
    expect(sources(text)).toEqual([source]);
  });

  it("a name straight after the noun is still a person, not an anonymous source", () => {
    expect(sources("The nurse Ana Gil, who asked not to be named, said the ward was closed.").filter((s) => s.startsWith("anonymous:"))).toEqual([]);
  });
});

describe("a social-media handle after the verb is who wrote", () => {
  it.each([
    ["\"El puerto cierra mañana sin aviso\", escribió la cuenta @AvisoCostero.", "es"],
    ["\"El puerto cierra mañana sin aviso\", denunció la cuenta @AvisoCostero en X.", "es"],
    ["\"O porto fecha amanhã sem aviso\", escreveu o perfil @AvisoCostero no X.", "pt"],
  ])("%s", (text, language) => {
    expect(sources(text, language)).toContain("named:AvisoCostero");
  });
});

describe("Chinese source nouns with where they spoke, and with their own words", () => {
  it.each([
    ["有网友在论坛上留言说：“明天港口要关闭了。”", "anonymous:网友"],
    ["一位不愿透露姓名的港口人士对本报记者说，码头明天关闭。", "anonymous:港口人士"],
  ])("%s", (text, source) => {
    expect(sources(text, "zh")).toEqual([source]);
  });
});

describe("a body named by its noun after 'according to'", () => {
  it.each([
    ["Volgens de vakbond hadden de havenarbeiders al weken gewaarschuwd voor scheuren.", "nl", "organisation:vakbond"],
    ["Volgens de havenarbeidersbond is de kade al maanden onveilig.", "nl", "organisation:havenarbeidersbond"],
    ["According to the ministry, the pier has been unsafe for months.", "en", "organisation:ministry"],
  ])("%s", (text, language, source) => {
    expect(sources(text, language)).toContain(source);
  });

  it("a report of a body is no body speaking", () => {
    expect(sources("According to the police report the pier was unsafe.").filter((s) => s.startsWith("organisation:"))).toEqual([]);
  });
});

describe("Chinese role nouns before a name", () => {
  it.each([
    ["大桥总工程师陈志远表示：“大桥明年通车。”", "named:陈志远"],
    ["主治医生刘芳称，“病人已经出院。”", "named:刘芳"],
    ["公司法律顾问、律师赵明说：“合同无效。”", "named:赵明"],
  ])("%s", (text, source) => {
    expect(sources(text, "zh")).toContain(source);
  });
});
