// Readings a probe of invented cases found wrong (probe 15), each pinned with texts of our own: a citing aside
// ("X, citing Y, said") gave the article's citation to Y and made X a person; rebuttal openers missing in some
// languages; "Menurut <Name>," read as an anonymous phrase; an outlet's generic head dropped; an unnamed agency glued
// onto another citation.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { cleanArticle } from "../../src/clean/clean.ts";
import { readText } from "./helpers.ts";

const base = createOutletRegistry([
  { name: "Reuters", aliases: [], descriptors: [], domains: [], kind: "agency" },
  { name: "Algemeen Nederlands Persbureau", aliases: ["ANP"], descriptors: [], domains: [], kind: "agency" },
]);
const registry = withCaseOutlets(base, [{ name: "Lindmoor Gazette" }, { name: "Quellberg Abendpost" }, { name: "Portal Ribeira Nova" }, { name: "Campo Verde Agora" }]);

function read(body: string, language: string, outlet = "Test Daily") {
  return readText(body, registry, { outlet, language });
}
const cited = (body: string, language: string): string[] => read(body, language).attributions.map((a) => a.outletName);
const sources = (body: string, language: string): string[] => read(body, language).sources.map((s) => `${s.type}:${s.name}`);

describe("a citing aside: 'X, citing Y, said'", () => {
  it.each([
    ["en", "The Harbour Courier, citing Lindmoor Gazette, said on Monday that the pier would close for a year.", "Harbour Courier"],
    ["en", "On Monday, Reuters, citing the Lindmoor Gazette, said the pier would close.", "Reuters"],
    ["pt", "A agência Reuters, citando o Lindmoor Gazette, afirmou que o cais fecha por um ano.", "Reuters"],
    ["es", "La agencia Reuters, citando al Ministerio de Puertos, dijo el lunes que el muelle cierra por un año.", "Reuters"],
    ["fr", "L'agence Reuters, citant la Lindmoor Gazette, a écrit que le quai fermerait pendant un an.", "Reuters"],
    ["it", "L'agenzia Reuters, citando la Lindmoor Gazette, ha scritto che il molo chiude per un anno.", "Reuters"],
  ])("(%s) the article cites the subject, not what the subject cites: %s", (language, text, subject) => {
    expect(cited(text, language)).toEqual([subject]);
  });

  it("draws no person from an outlet that speaks citing another", () => {
    expect(sources("The Harbour Courier, citing Lindmoor Gazette, said on Monday that the pier would close for a year.", "en").filter((s) => s.startsWith("named:"))).toEqual([]);
  });

  it("still reads a citing that is the article's own", () => {
    expect(cited("The ministry denied the closure, citing the Lindmoor Gazette.", "en")).toEqual(["Lindmoor Gazette"]);
    expect(cited("Citing the Lindmoor Gazette, the ministry said the pier would close.", "en")).toEqual(["Lindmoor Gazette"]);
  });
});

describe("a rebuttal names the outlet it corrects and credits it with nothing", () => {
  it.each([
    ["es", "Contrario a lo que informó la Lindmoor Gazette, el muelle sigue abierto."],
    ["es", "En contra de lo que publicó la Lindmoor Gazette, el muelle sigue abierto."],
    ["pt", "Contrariamente ao que publicou o Lindmoor Gazette, o cais continua aberto."],
    ["pt", "Ao contrário do que noticiou o Lindmoor Gazette, o cais continua aberto."],
    ["nl", "In tegenstelling tot wat de Lindmoor Gazette meldde, blijft de pier open."],
    ["nl", "Anders dan de Lindmoor Gazette meldde, blijft de pier open."],
    ["de", "Anders als die Quellberg Abendpost berichtete, bleibt der Steg offen."],
    ["de", "Entgegen den Angaben der Quellberg Abendpost bleibt der Steg offen."],
    ["it", "Contrariamente a quanto scritto dalla Lindmoor Gazette, il molo resta aperto."],
  ])("(%s) %s", (language, text) => {
    expect(cited(text, language)).toEqual([]);
  });

  it("still reads the same outlet credited plainly", () => {
    expect(cited("Según informó la Lindmoor Gazette, el muelle sigue abierto.", "es")).toEqual(["Lindmoor Gazette"]);
    expect(cited("Laut der Quellberg Abendpost bleibt der Steg offen.", "de")).toEqual(["Quellberg Abendpost"]);
  });
});

describe("a site's menu over the story", () => {
  it("leaves the wire's dateline credit at the body's start", () => {
    const text = "Dagblad Veenoord | Binnenland | Regio | Sport | Weer\n\nPieren in Veenoord gaan een jaar dicht\n\nDoor onze redactie\n\nVEENOORD (ANP) - De pieren van Veenoord gaan volgend jaar een jaar dicht voor herstel, meldde de gemeente dinsdag.\n\nHet herstel kost ruim twee miljoen euro en duurt tot het voorjaar van 2027.";
    const cleaned = cleanArticle({ meta: { id: "t", file: "t.txt", format: "text", outlet: "Dagblad Veenoord", language: "nl" }, text });
    expect(readArticle(cleaned, registry).syndication.map((x) => x.outletName)).toEqual(["Algemeen Nederlands Persbureau"]);
  });
});

describe("'Menurut <Name>,': the name is the attribution, what follows the comma the claim", () => {
  it("reads a named source and no anonymous one", () => {
    expect(sources("Menurut Dewi Lestari, sedikitnya 2.100 warga masih mengungsi.", "id")).toEqual(["named:Dewi Lestari"]);
    expect(sources("Menurut Wayan, sedikitnya 2.100 warga masih mengungsi.", "id").filter((s) => s.startsWith("anonymous:"))).toEqual([]);
  });

  it("still reads describing words joined by a comma as one anonymous source", () => {
    expect(sources("According to a senior, unnamed official, the port is closed.", "en")).toEqual(["anonymous:a senior, unnamed official"]);
  });
});

describe("a case outlet written with the kind of outlet it is left out or added", () => {
  it.each([
    ["es", "El té no cura el dengue, según el portal brasileño Ribeira Nova.", "Portal Ribeira Nova"],
    ["pt", "O chá não cura a dengue, segundo o Portal Campo Verde Agora.", "Campo Verde Agora"],
  ])("(%s) %s", (language, text, outlet) => {
    expect(cited(text, language)).toEqual([outlet]);
  });
});

describe("a descriptor of one kind never stands for an outlet the article gave another kind", () => {
  it("reads 'according to the district harbour agency' as no citation of the newspaper named before", () => {
    const text = "\"The pier is not safe,\" harbour master Ilse Brandt told the local newspaper Lindmoor Gazette.\n\nSome 300 boats remain in port, according to the district harbour agency.";
    expect(read(text, "en").attributions.map((a) => [a.outletName, a.span.text])).toEqual([["Lindmoor Gazette", "told the local newspaper Lindmoor Gazette"]]);
  });

  it("still reads 'the agency' for a news agency named before", () => {
    const text = "The news agency Lindmoor Gazette reported the closure on Monday.\n\nSome 300 boats remain in port, according to the agency.";
    expect(read(text, "en").attributions.map((a) => a.outletName)).toEqual(["Lindmoor Gazette", "Lindmoor Gazette"]);
  });
});
