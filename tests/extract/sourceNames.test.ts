// Named sources are names: a title, a date, a headline, a generic noun or a run into a quotation is never drawn as one.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { isConfident } from "../../src/extract/cited.ts";
import { readArticle } from "../../src/extract/read.ts";
import { paragraphSpans, readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Harbour Courier", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);

function sources(body: string, language = "en"): { name: string; type: string; role?: string }[] {
  return readText(body, registry, { outlet: "Test Daily", language }).sources.map((s) => ({ name: s.name, type: s.type, ...(s.role ? { role: s.role } : {}) }));
}

describe("named sources", () => {
  it.each([
    ["a middle initial", "“The tide is high,” said Mara K. Lind, a harbour master.", "Mara K. Lind"],
    ["a role and a title before the name, cut by the title's full stop", "„Die Pumpen laufen“, sagte Hafenmeisterin Dr. Anna Berg. Sie lachte.", "Anna Berg", "de"],
    ["a family name that reads like a pronoun", "He Lan, an editor at the Harbour Courier, said the quay was safe.", "He Lan"],
    ["a title alone, through the full name the article gives", "Bishop Anna Ek visited the port. The Bishop said: “No one was hurt.”", "Bishop Anna Ek"],
  ])("takes the name, not its neighbours: %s", (_what, body, name, language = "en") => {
    expect(sources(body, language).map((s) => s.name)).toEqual([name]);
  });

  it.each([
    ["a date glued to an outlet's name", "In July 2016 Quillon 7 News wrote that the port was shut."],
    ["a title alone with no name anywhere", "The Bishop said: “No one was hurt.”"],
    ["a headline or title with a possessive", "He was named the Ledger’s Sailor of the Year. “It was a surprise,” declared the Ledger’s Sailor of the Year."],
    ["the object of a verb after an auxiliary", "“It is fine,” I must say Harbour Radio has caught on."],
    ["a bare document noun", "According to a report that went around the web, the port was shut."],
  ])("draws no named source for %s", (_what, body) => {
    expect(sources(body).filter((s) => s.type === "named" || s.type === "document")).toEqual([]);
  });

  it("reads no plural role noun as a name", () => {
    expect(sources("Scientists say the tide will turn.")).toEqual([]);
  });

  it.each([
    ["a name in quotation marks after its role", "The Harbour Courier quoted the port's supposed chief pilot “Jane Doe” as saying the quay was safe.", "port's supposed chief pilot"],
    ["a name with a role appositive", "The Harbour Courier quoted Jane Doe, a pilot at the port, as saying the quay was safe.", "pilot at the port"],
  ])("reads the cited person, not the run of words: %s", (_what, body, role) => {
    expect(sources(body).filter((s) => s.name.includes("Jane"))).toEqual([{ name: "Jane Doe", type: "named", role }]);
  });
});

describe("a role of a place or a body before a name", () => {
  it.each([
    ["«Non c'è acqua», ha dichiarato il sindaco di Ostra, Lia Vento.", "Lia Vento", "il sindaco di Ostra", "it"],
    ["« Pas d'eau », a déclaré le ministre de la Santé, Jean Morel.", "Jean Morel", "le ministre de la Santé", "fr"],
    ["\"We have no water,\" said the mayor of Ellon, Ann Ray.", "Ann Ray", "the mayor of Ellon", "en"],
    ["\"No water,\" said Minister of Foreign Affairs Ann Ray.", "Ann Ray", "Minister of Foreign Affairs", "en"],
    ["Infrastructure Minister Ann Ray said the quay would close.", "Ann Ray", "Infrastructure Minister", "en"],
  ])("%j: the speaker is the name after the place, with the whole role", (body, name, role, language) => {
    expect(sources(body, language)).toEqual([{ name, type: "named", role }]);
  });

  it.each([
    ["the place alone", "\"We have no water,\" said the mayor of Ellon.", "en"],
    ["a place and a name the reader cannot part", "«Non c'è acqua», ha detto il sindaco di Ostra Lia Maria Vento.", "it"],
  ])("names no one for %s", (_what, body, language) => {
    expect(sources(body, language).filter((s) => s.type === "named")).toEqual([]);
  });
});

describe("a person whose name ends like a newspaper's", () => {
  function read(body: string) {
    return readText(body, registry, { outlet: "Test Daily", language: "en" });
  }

  it("is a person after a role ('chief executive Gordon Herald announced'), never a cited outlet", () => {
    const r = read("Northpost chief executive Gordon Herald announced on Monday that letters would go by pigeon.");
    expect(r.attributions).toEqual([]);
    expect(r.sources.map((s) => [s.name, s.type])).toEqual([["Gordon Herald", "named"]]);
  });

  it("is at most a possible outlet where nothing tells a person from a paper ('Gordon Herald announced')", () => {
    const r = read("Gordon Herald announced on Monday that letters would go by pigeon.");
    expect(r.attributions.every((a) => !isConfident(a))).toBe(true);
  });
});

describe("words that only point back or describe", () => {
  it.each([
    ["The quay was evacuated, according to the same source.", "en"],
    ["Le quai a été évacué, selon la même source.", "fr"],
    ["El muelle fue evacuado, según la misma fuente.", "es"],
  ])("%j makes no new source", (body, language) => {
    expect(sources(body, language)).toEqual([]);
  });

  it("reads no name or outlet in an elided article before a common noun ('L'entreprise a indiqué')", () => {
    const article: CleanArticle = { meta: { id: "t", file: "t.md", format: "markdown", outlet: "Test Daily", language: "fr" }, text: "", body: "", paragraphs: [], kept: [], removed: [], creditLines: [] };
    const body = "L'entreprise a indiqué dans un communiqué que le quai était fermé.";
    const r = readArticle({ ...article, text: body, body, paragraphs: paragraphSpans(body) }, registry);
    expect([r.sources, r.attributions]).toEqual([[], []]);
  });
});

describe("a conditional report of speech ('reportedly said')", () => {
  it.each([
    ["« Tout va bien », aurait déclaré le colonel Jean Morel.", "fr"],
    ["«Todo va bien», habría dicho el coronel Jean Morel.", "es"],
    ["«Va tutto bene», avrebbe detto il colonnello Jean Morel.", "it"],
  ])("%j names its speaker", (body, language) => {
    expect(sources(body, language).map((s) => s.name)).toEqual(["Jean Morel"]);
  });
});

describe("a person introduced by a role with its field, then a pronoun", () => {
  it("gives 'she told reporters' to the person the sentence before opened on ('Infrastructure Minister Ann Ray declined to comment')", () => {
    expect(sources('Infrastructure Minister Ann Ray declined to comment on the figures. "I will not speculate," she told reporters.')).toEqual([
      { name: "Ann Ray", type: "named", role: "Infrastructure Minister" },
    ]);
  });
});
