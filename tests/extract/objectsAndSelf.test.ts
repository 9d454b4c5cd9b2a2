// Words that are not the speaker or not another outlet: the object of a preposition, a year, a description before a
// paper's name, an outlet's name for itself. Each once made a source or an outlet in a case written to probe the reader.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry, namesOwnOutlet } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import type { ArticleReading } from "../../src/extract/types.ts";
import { paragraphSpans } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "The Sun", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
  { name: "Reuters", aliases: [], descriptors: [], domains: [], kind: "agency" },
  { name: "Associated Press", aliases: ["AP"], descriptors: [], domains: [], kind: "agency" },
  { name: "ANSA", aliases: [], descriptors: [], domains: [], kind: "agency" },
]);

function read(body: string, language = "en", outlet = "Test Daily", creditLines: string[] = []): ArticleReading {
  const article: CleanArticle = { meta: { id: "t", file: "t.md", format: "markdown", outlet, language }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines };
  return readArticle(article, registry);
}
const names = (r: ArticleReading) => r.sources.map((s) => s.name);
const cited = (r: ArticleReading) => r.attributions.map((a) => a.outletName);

describe("a name that is not the speaker", () => {
  it.each([
    ["a place after a preposition", "Tourism operators on Mirror Pond say the closures are costing them thousands.", "en"],
    ["a German noun after 'am'", "Wie das Nordweger Tagblatt bereits am Wochenende berichtet hatte, streicht die Firma 800 Stellen.", "de"],
    ["a year", "Laut Reuters hatte die Firma den Abbau von 800 Stellen bis Ende 2028 bestätigt.", "de"],
    ["the object of a verb after an adverb", "KFFM has not independently confirmed the reports.", "en"],
  ])("draws no source for %s", (_what, body, language) => {
    expect(names(read(body, language))).toEqual([]);
  });

  it("keeps the whole role of two role words and names the person once ('Chief Executive Hanna Vogt … Vogt added')", () => {
    const r = read("Chief Executive Hanna Vogt said in a statement that the plant would stay open. Vogt added that talks would continue.");
    expect(r.sources.map((s) => [s.name, s.role])).toEqual([["Hanna Vogt", "Chief Executive"]]);
  });
});

describe("an unnamed collective of reporting", () => {
  it.each([
    ["The port will close, according to media reports.", "en"],
    ["The port will close, local media reported.", "en"],
    ["News outlets around the world are reporting that the port will close.", "en"],
  ])("is marked as pointing to other coverage, not a source of its own: %j", (body, language) => {
    expect(read(body, language).sources.map((s) => [s.type, s.collective])).toEqual([["anonymous", true]]);
  });

  it("leaves a source noun unmarked ('according to a senior official')", () => {
    expect(read("The port will close, according to a senior official.").sources.map((s) => s.collective)).toEqual([undefined]);
  });
});

describe("an object pronoun between a source and its verb", () => {
  it.each([
    ["Une source hospitalière nous confie que les urgences sont débordées.", "fr", "Une source hospitalière"],
    ["Una fuente del hospital nos dijo que las urgencias estaban desbordadas.", "es", "Una fuente del hospital"],
  ])("is not part of the source: %j", (body, language, name) => {
    expect(read(body, language).sources.map((s) => [s.name, s.type])).toEqual([[name, "anonymous"]]);
  });
});

describe("German compound nouns", () => {
  it("reads a role written onto its field as the role ('Vorstandschef Markus Pohl'), and the short name as the same person", () => {
    const r = read("„Wir werden kämpfen“, sagte Vorstandschef Markus Pohl. Pohl sagte weiter, die Lage sei ernst.", "de");
    expect(r.sources.map((s) => [s.name, s.role])).toEqual([["Markus Pohl", "Vorstandschef"]]);
  });

  it("reads the agency a person with a role told, its name declined ('sagte Betriebsratschef Erwin Kolb der Deutschen Presse-Agentur')", () => {
    const withDpa = createOutletRegistry([{ name: "dpa", aliases: ["Deutsche Presse-Agentur"], descriptors: [], domains: [], kind: "agency" }]);
    const body = "„Wir werden kämpfen“, sagte Betriebsratschef Erwin Kolb der Deutschen Presse-Agentur.";
    const r = readArticle({ meta: { id: "t", file: "t.md", format: "markdown", outlet: "Test Daily", language: "de" }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] }, withDpa);
    expect(r.attributions.map((a) => a.outletName)).toEqual(["dpa"]);
  });

  it("reads circles named by a compound as an anonymous source ('erfuhr unsere Zeitung aus Aufsichtsratskreisen')", () => {
    expect(read("Das erfuhr unsere Zeitung aus Aufsichtsratskreisen.", "de").sources.map((s) => [s.name, s.type])).toEqual([["Aufsichtsratskreisen", "anonymous"]]);
  });

  it("reads no source in a verb that ends like a source noun", () => {
    expect(names(read("Die Zahlen konnten die Aktionäre nicht überzeugen, berichtete das Blatt.", "de")).filter((n) => /zeugen/i.test(n))).toEqual([]);
  });
});

describe("a person named like a city", () => {
  it("is the person the article named, or the one a title names ('Dr Lena Paris … Dr Paris … Paris said')", () => {
    const r = read("“Walnuts may help,” said lead researcher Dr Lena Paris. The Beacon also quoted Dr Paris as saying the study was small. “It is only a start,” Paris said.");
    expect(r.sources.map((s) => [s.name, s.type])).toEqual([["Lena Paris", "named"]]);
  });

  it("is introduced by a role no list holds ('Cardiologist Mark London was cautious. London said …')", () => {
    const r = read("Cardiologist Mark London was cautious. London said the results still needed a proper trial.");
    expect(r.sources.map((s) => [s.name, s.type, s.role])).toEqual([["Mark London", "named", "Cardiologist"]]);
  });

  it("is a person after a title, even as an inverted speaker ('said lead researcher Dr Paris')", () => {
    expect(read("“Walnuts help the heart,” said lead researcher Dr Paris.").sources.map((s) => [s.name, s.type])).toEqual([["Paris", "named"]]);
  });

  it("is still a place's authorities where no person of that name is in the article", () => {
    expect(read("Paris said the talks would resume on Monday.").sources.map((s) => s.type)).toEqual(["organisation"]);
  });
});

describe("a paper described before its name", () => {
  it("cites the name after 'local newspaper', never the adjective", () => {
    const r = read("The company confirmed the cuts, confirming a weekend report by local newspaper Nordweg Bote.");
    expect(cited(r)).toEqual(["Nordweg Bote"]);
  });

  it("reads 'was quoted by X as saying' as X's interview", () => {
    expect(cited(read("The mayor was quoted by the Lakeland Sun as saying toxin levels were high."))).toEqual(["Lakeland Sun"]);
  });
});

describe("outlets that report together", () => {
  it("cites each outlet of 'X, Y and Z have all reported' and of 'what X is reporting'", () => {
    expect(cited(read("Harbour Radio, the Valley Ledger and the Eastbrook Insider have all reported that the mayor met detectives."))).toEqual(["Harbour Radio", "Valley Ledger", "Eastbrook Insider"]);
    expect(cited(read("That matches what the Valley Ledger is reporting."))).toEqual(["Valley Ledger"]);
    expect(cited(read("The reports, which began with a Harbour Radio broadcast on Friday and were repeated by the Valley Ledger and the Eastbrook Insider blog, were wrong."))).toEqual(["Harbour Radio", "Valley Ledger", "Eastbrook Insider"]);
  });
});

describe("a foreign outlet's name and a past headline", () => {
  it.each([
    ["A ministra ameaçou bloquear o acordo, segundo o jornal italiano La Cronaca di Valdora.", "pt", "La Cronaca di Valdora"],
    ["El puerto seguirá cerrado, según el diario italiano La Cronaca di Valdora.", "es", "La Cronaca di Valdora"],
    ["Il Corriere Meridiano aveva titolato «Mai l'accordo» e parlato di 2.000 posti.", "it", "Il Corriere Meridiano"],
  ])("%j cites %s", (body, language, outlet) => {
    expect(cited(read(body, language))).toEqual([outlet]);
  });
});

describe("a registry name that opens with another language's article", () => {
  it("is not found under an English 'the' ('told the Post' is no Il Post), and still where Italian leaves its own out", () => {
    const withIlPost = createOutletRegistry([{ name: "Il Post", aliases: [], descriptors: [], domains: [], kind: "website" }, { name: "la Repubblica", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);
    const readWith = (body: string, language: string) => readArticle({ meta: { id: "t", file: "t.md", format: "markdown", outlet: "Test Daily", language }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] }, withIlPost);
    expect(readWith("Lena Paris told the Post the figure was misread.", "en").attributions).toEqual([]);
    expect(readWith("Il porto resta chiuso, si legge su Repubblica.", "it").attributions.map((a) => a.outletName)).toEqual(["la Repubblica"]);
  });
});

describe("an outlet naming itself", () => {
  it.each([
    ["the end of its name", "“It smells bad down there,” he told the Sun.", "The Valdoria Sun"],
    ["its initials", "Speaking to VBC News on Tuesday evening, the mayor said more tests were due.", "Valdoria Broadcasting Corporation"],
  ])("is no citation: %s", (_what, body, outlet) => {
    expect(cited(read(body, "en", outlet))).toEqual([]);
  });

  it("is no syndication when its own dateline names it ('(Meridian Press)' on the Meridian Press Agency's story)", () => {
    const r = read("KESTREL VALLEY, Feb 3 (Meridian Press) - A handful of walnuts a day may cut the risk of heart disease.", "en", "Meridian Press Agency");
    expect(r.syndication).toEqual([]);
    const client = read("ROMA, 10 APR - (ANSA) - Il porto resta chiuso fino a lunedì.", "it", "La Cronaca");
    expect(client.syndication.map((x) => x.outletName)).toEqual(["ANSA"]);
  });

  it("still cites another paper, and the short name in another outlet's article", () => {
    expect(cited(read("“We are ready,” the mayor told the Sun.", "en", "Harbour Post"))).toEqual(["The Sun"]);
    expect(namesOwnOutlet("the Times", "Times of Valdoria")).toBe(true);
    expect(namesOwnOutlet("the Times", "The Harbour Post")).toBe(false);
    expect(namesOwnOutlet("VBC", "Valdoria Broadcasting Corporation")).toBe(true);
  });
});

describe("a closing credit", () => {
  it("reads '— with reporting by AP' as the agency's credit", () => {
    const r = read("The lake was closed on Monday.", "en", "Test Daily", ["— with reporting by AP"]);
    expect(r.syndication.map((s) => s.outletName)).toEqual(["Associated Press"]);
  });
});
