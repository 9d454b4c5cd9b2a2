// Sources a reviewer's probe (probe 16, items 16 and 16b) found missed or misread, each pinned with texts of our own: a
// source made anonymous by a clause ("who asked not to be named") rather than by its noun; a role and a full name after
// "according to" ("according to consultant Walter Times"); an anonymous phrase that ran on into the clause after it or took
// in the pronoun of whom it told; a title with its portfolio before a name in Indonesian.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Reuters", aliases: [], descriptors: [], domains: [], kind: "agency" }]);

function read(body: string, language: string) {
  return readText(body, registry, { outlet: "Northfield Ledger", language });
}
/** Each quotation's speaker as "type:name", in order ("" where none is bound). */
function speakers(body: string, language: string): string[] {
  const r = read(body, language);
  return r.quotations.map((q) => {
    const s = r.sources.find((x) => x.key === q.speaker);
    return s ? `${s.type}:${s.name}` : "";
  });
}
const sources = (body: string, language: string): string[] => read(body, language).sources.map((s) => `${s.type}:${s.name}${s.role ? ` (${s.role})` : ""}`);

describe("a source made anonymous by a clause is the noun phrase the clause describes, speaking the quotation", () => {
  it.each([
    ["fr", "Un cadre du ministère des finances qui a requis l'anonymat résume : « Le budget sera coupé en deux. »", "Un cadre du ministère des finances"],
    ["fr", "« Le budget sera coupé en deux », a déclaré sous couvert d'anonymat un responsable du ministère.", "un responsable du ministère"],
    ["fr", "« Le budget sera coupé en deux », a déclaré un responsable du ministère sous couvert d'anonymat.", "un responsable du ministère"],
    ["es", "Un técnico del puerto que pidió no ser identificado dijo: «El muelle cerrará en mayo».", "Un técnico del puerto"],
    ["es", "«El muelle cerrará en mayo», dijo bajo condición de anonimato un técnico del puerto.", "un técnico del puerto"],
    ["it", "Un tecnico del porto che ha chiesto di restare anonimo ha detto: «Il molo chiuderà a maggio».", "Un tecnico del porto"],
    ["it", "«Il molo chiuderà a maggio», ha detto sotto anonimato un tecnico del porto.", "un tecnico del porto"],
    ["pt", "Um técnico do porto que pediu para não ser identificado disse: «O cais fecha em maio».", "Um técnico do porto"],
    ["pt", "«O cais fecha em maio», disse sob condição de anonimato um técnico do porto.", "um técnico do porto"],
    ["de", "Ein Techniker des Hafens, der nicht namentlich genannt werden wollte, sagte: „Der Kai schließt im Mai.“", "Ein Techniker des Hafens"],
    ["en", 'A harbour engineer who spoke on condition of anonymity said: "The pier will close in May."', "A harbour engineer"],
    ["en", '"The pier will close in May," said a port clerk who asked not to be named.', "a port clerk"],
  ])("(%s) %s", (language, text, phrase) => {
    expect(speakers(text, language)).toEqual([`anonymous:${phrase}`]);
  });
});

describe("a role and a full name after a citing phrase are a named person", () => {
  it.each([
    ["en", "The pier could close by May, according to consultant Walter Times.", "named:Walter Times (consultant)"],
    ["en", "The pier could close by May, according to analyst Jane Doe.", "named:Jane Doe (analyst)"],
    ["fr", "Le port pourrait fermer en mai, selon l'économiste Marc Lebrun.", "named:Marc Lebrun (économiste)"],
  ])("(%s) %s", (language, text, source) => {
    const r = read(text, language);
    expect(sources(text, language)).toEqual([source]);
    expect(r.attributions).toEqual([]);
  });
});

describe("an anonymous phrase ends where its clause's verb or object begins", () => {
  it("drops the pronoun of whom the source told", () => {
    expect(speakers("„Port zostanie zamknięty w maju” – powiedział nam wysoki rangą urzędnik.", "pl")).toEqual(["anonymous:wysoki rangą urzędnik"]);
  });

  it.each([
    ["pl", "Według źródeł w ministerstwie port przynosi 12 mln zł straty rocznie.", "anonymous:źródeł w ministerstwie"],
    ["id", "Menurut sumber di kementerian kapal itu tenggelam pada hari Senin.", "anonymous:sumber di kementerian"],
  ])("(%s) %s", (language, text, source) => {
    expect(sources(text, language)).toEqual([source]);
  });

  it("keeps a tail that a comma ends", () => {
    expect(sources("Według źródeł w ministerstwie infrastruktury, port przynosi 12 mln zł straty rocznie.", "pl")).toEqual(["anonymous:źródeł w ministerstwie infrastruktury"]);
  });
});

describe("an Indonesian title with its portfolio before a name", () => {
  it("is the role, and the name the person", () => {
    expect(sources('Menteri Lingkungan Hidup Andi Bunga mengatakan, "Pelabuhan akan ditutup."', "id")).toEqual(["named:Andi Bunga (Menteri Lingkungan Hidup)"]);
  });
});
