/** Quotations printed in another language, matched on what a translation keeps as written (names, acronyms, numbers): small invented articles. */
import { describe, expect, it } from "vitest";
import { analyseReuse } from "../../src/align/index.ts";
import { anchorsOf } from "../../src/align/translatedQuotes.ts";
import { FILLER, article, body } from "./fixtures.ts";
import { handReading } from "./readings.ts";

const EN = "The audit by the OECD found that Mayor Ines Varga approved 48 contracts for the Quillon harbour without a single tender, and the council knew it";
const FR = "L'audit de l'OCDE montre que la maire Ines Varga a signé 48 contrats pour le port de Quillon sans aucun appel d'offres, et le conseil le savait";
const FR_OTHER = "La maire Ines Varga a inauguré le nouveau marché couvert de la vieille ville samedi matin devant une foule nombreuse et ravie";

function relations(laterQuote: string) {
  const articles = [article("en", "Valley Post", "2021-03-01", body(FILLER[0]!, `\u201C${EN},\u201D the report says.`)), article("fr", "Gazette de Quillon", "2021-03-05", body(FILLER[1]!, `\u00AB${laterQuote}\u00BB, selon le rapport.`))];
  const readings = articles.map((a) => ({ ...handReading(a), language: a.meta.id }));
  // handReading finds only double quotation marks: add the guillemet quotation by hand.
  const fr = readings[1]!;
  const at = articles[1]!.body.indexOf(laterQuote);
  fr.quotations.push({ id: "fr#q", kind: "quotation", span: { start: at - 1, end: at + laterQuote.length + 1, text: "" }, parts: [{ start: at, end: at + laterQuote.length, text: laterQuote }] });
  return analyseReuse(articles, readings).relations.filter((r) => r.kind !== "copies");
}

describe("translated quotations", () => {
  it("keeps names, acronyms and numbers as anchors, one person as one anchor, and no capital that only starts a sentence", () => {
    expect([...anchorsOf("The audit by the OECD found that Mayor Ines Varga approved 48 contracts. Then she left.")].sort()).toEqual(["48", "oecd", "varga"]);
  });

  it("reads a long quotation that shares enough anchors with one in another language as a possible rendering of it, below CONFIDENT", () => {
    const rs = relations(FR);
    expect(rs.map((r) => ({ kind: r.kind, from: r.from, to: r.to, rule: r.rule }))).toEqual([{ kind: "alters_quote", from: "fr", to: "en", rule: "quote.translated" }]);
    expect(rs[0]!.confidence).toBeLessThan(0.7);
  });

  it("links no quotation that shares only one person's name", () => {
    expect(relations(FR_OTHER)).toEqual([]);
  });
});
