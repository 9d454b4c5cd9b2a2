// Citation forms real texts wrote that the reading missed (session 28), pinned with texts of our own: the German dative of
// whom a speaker told after a subject of any length; Italian "come riferito da"; Spanish "dijo al medio X", "en
// declaraciones a X"; Norwegian, Danish and Swedish "skriver X" and "X skriver" with evidence of an outlet, "til VG/DR";
// Bulgarian "според", "съобщи", "пише", "каза пред"; English "citing a report in X", "according to a story from X", "as
// first reported by X", "X was first to report". Each language has a control where a person or a place stands there.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, type OutletEntry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const outlet = (name: string, aliases: string[], kind: OutletEntry["kind"]): OutletEntry => ({ name, aliases, descriptors: [], domains: [], kind });
const REGISTRY = createOutletRegistry([
  outlet("dpa", ["Deutsche Presse-Agentur"], "agency"),
  outlet("Verdens Gang", [], "newspaper"),
  outlet("Danmarks Radio", [], "broadcaster"),
  outlet("Bulgarian News Agency", [], "agency"),
  outlet("Reuters", [], "agency"),
]);

const reading = (body: string, language: string) => readText(body, REGISTRY, { outlet: "Test Daily", language });
/** The outlets an article of one body cites, by name as decided. */
const cited = (body: string, language: string) => reading(body, language).attributions.map((a) => a.outletName);

describe("German: whom the speaker told, in the dative", () => {
  it("a registered outlet after a subject with a genitive and a day", () => {
    const r = reading("„Nein“, sagte ein Sprecher des Hafenamts am Montag der Deutschen Presse-Agentur.", "de");
    expect(r.attributions.map((a) => [a.outletName, a.interview])).toEqual([["dpa", true]]);
  });

  it("an outlet word after a speaker set off by an appositive", () => {
    const r = reading("„Nein“, sagte Anna Ruhland, die Leiterin der Schule, der Zeitung Elbwarte.", "de");
    expect(r.attributions.map((a) => a.outletName)).toEqual(["Elbwarte"]);
    expect(r.sources.map((s) => s.name)).toEqual(["Anna Ruhland"]);
  });

  it("a magazine told by a pronoun", () => {
    expect(cited("„Nein“, sagte er dem Magazin Nordlicht.", "de")).toEqual(["Nordlicht"]);
  });

  it.each(["„Nein“, sagte ein Sprecher der Deutschen Presse-Agentur.", "„Nein“, sagte sie ihrer Schwester Lena Kurz.", "„Nein“, sagte er dem Kollegen Jan Born."])("control: a genitive or a person told is no outlet: %s", (text) => {
    expect(cited(text, "de")).toEqual([]);
  });
});

describe("Italian: who relayed the news", () => {
  it("«come riferito dall'agenzia X» and the passive «è stata riportata dal X»", () => {
    expect(cited("Come riferito dall'agenzia Nuova Alpina, il porto chiuderà.", "it")).toEqual(["Nuova Alpina"]);
    expect(cited("La notizia è stata riportata dal Corriere Alpino.", "it")).toEqual(["Corriere Alpino"]);
  });

  it("control: a person who relayed it is no outlet", () => {
    expect(cited("Il porto chiuderà, come riferito da Mario Rossi.", "it")).toEqual([]);
  });
});

describe("Spanish: whom the speaker told, and who informed", () => {
  it.each([
    ["«No cerraremos», dijo al medio alemán Nordblick el ministro.", "Nordblick"],
    ["«No cerraremos», declaró al diario Faro Austral el alcalde.", "Faro Austral"],
    ["En declaraciones a Radio Meseta, el ministro lo negó.", "Radio Meseta"],
    ["El puerto cerrará, según informó el diario Gaceta Norte.", "Gaceta Norte"],
  ])("%s", (text, name) => {
    expect(cited(text, "es")).toEqual([name]);
  });

  it("control: a person told is no outlet", () => {
    expect(cited("«No cerraremos», dijo el alcalde a Juan Pérez.", "es")).toEqual([]);
  });
});

describe("Norwegian, Danish, Swedish", () => {
  it.each([
    ["no", "Ferja er innstilt, skriver Havnebladet.", "Havnebladet"],
    ["no", "Havnebladet skriver at ferja er innstilt.", "Havnebladet"],
    ["no", "– Det er slutt, sa han til avisen Havnebladet.", "Havnebladet"],
    ["no", "– Det er slutt, sier Kari Nordmo til VG.", "Verdens Gang"],
    ["da", "Færgen er aflyst, skriver Havnebladet.", "Havnebladet"],
    ["da", "Havnebladet skriver, at færgen er aflyst.", "Havnebladet"],
    ["da", "– Det er slut, siger Mette Holm til DR.", "Danmarks Radio"],
    ["sv", "Hamnbladet skriver att färjan ställs in.", "Hamnbladet"],
  ])("%s: %s", (language, text, name) => {
    expect(cited(text, language)).toEqual([name]);
  });

  it.each([
    ["no", "Ferja er innstilt, ifølge Bergen."],
    ["no", "Ferja er innstilt, skriver Kari Nordmo."],
    ["no", "– Det er slutt, sier Kari Nordmo til Per Hansen."],
    ["da", "Ifølge Aarhus er færgen aflyst."],
    ["sv", "Färjan ställs in, skriver Anna Ek."],
  ])("control: a city or a person is no outlet (%s: %s)", (language, text) => {
    expect(cited(text, language)).toEqual([]);
  });
});

describe("Bulgarian", () => {
  it.each([
    ["Според вестник Нова Вест пристанището е затворено.", "Нова Вест"],
    ["Пристанището е затворено, съобщи агенция Нова Вест.", "Нова Вест"],
    ["Пристанището е затворено, пише вестник «Нова Вест».", "Нова Вест"],
    ["Вестник «Нова Вест» пише, че пристанището е затворено.", "Нова Вест"],
    ["„Няма“, каза пред БТА министърът.", "Bulgarian News Agency"],
  ])("%s", (text, name) => {
    expect(cited(text, "bg")).toEqual([name]);
  });

  it.each(["Според Пловдив пристанището е затворено.", "„Няма“, каза пред Иван Петров министърът.", "Пристанището е затворено, съобщи Нова Вест."])("control: a city, a person or a bare unknown name is no outlet: %s", (text) => {
    expect(cited(text, "bg")).toEqual([]);
  });
});

describe("English", () => {
  it.each([
    ["The ministry denied it, citing a report in the Quillon Herald.", "Quillon Herald"],
    ["The port is shut, according to a story from the Quillon Herald.", "Quillon Herald"],
    ["As first reported by the Quillon Herald, the mayor resigned.", "Quillon Herald"],
    ["The Quillon Herald was first to report the resignation.", "Quillon Herald"],
  ])("%s", (text, name) => {
    expect(cited(text, "en")).toEqual([name]);
  });

  it.each(["The ministry denied it, citing a story from Jane Porter.", "The ministry denied it, citing a report in Lisbon."])("control: a person or a city is no outlet: %s", (text) => {
    expect(cited(text, "en")).toEqual([]);
  });
});
