/**
 * A statement one article quotes and another retells without marks after a lead the speech-verb frames do not know
 * ("points out that", "a report claiming that", Romanian "semnalează faptul că", "… potrivit căreia") is no
 * printing of the quotation: the retelling alters no quotation (invented texts, invented outlets).
 */
import { describe, expect, it } from "vitest";
import { analyseReuse } from "../../src/align/index.ts";
import type { CleanArticle } from "../../src/clean/types.ts";
import { FILLER, article, body } from "./fixtures.ts";
import { handReading } from "./readings.ts";

interface Statement {
  language: string;
  /** The statement as the ministry wrote it, quoted whole by the first two articles. */
  quoted: string;
  /** How the third article prints it, without marks. */
  retold: string;
  /** The same words quoted with one word changed: a real alteration the rule must leave alone. */
  altered: string;
}

const EN = "the water in the eastern districts of Quillon is safe to drink again and the boiling notice of last week has been lifted for every household on the hill";
const RO = "în cartierele estice ale orașului Quillon circulă o informație falsă potrivit căreia apa de la robinet ar fi otrăvită de fabrica de vopsele de pe malul râului Lesna";

const STATEMENTS: Record<string, Statement> = {
  "points out that": {
    language: "en",
    quoted: `“We point out that ${EN},” the water company wrote.`,
    retold: `Quillon Water points out that ${EN.replace("of last week", "of 3 May")}, according to its website.`,
    altered: `“We point out that ${EN.replace("safe to drink", "fit to drink")},” the water company wrote.`,
  },
  "a report claiming that": {
    language: "en",
    quoted: `“We point out that ${EN},” the water company wrote.`,
    retold: `A local portal has published a report claiming that ${EN.replace("of last week", "of 3 May")}.`,
    altered: `“We point out that ${EN.replace("safe to drink", "fit to drink")},” the water company wrote.`,
  },
  "semnalează faptul că": {
    language: "ro",
    quoted: `“Semnalăm faptul că ${RO}”, a transmis compania de apă.`,
    retold: `Compania de apă semnalează faptul că ${RO.replace("fabrica de vopsele", "fabrica de vopsele a lui Ivo Brandt")}, potrivit site-ului său.`,
    altered: `“Semnalăm faptul că ${RO.replace("apa de la robinet", "apa din fântâni")}”, a transmis compania de apă.`,
  },
  "o știre potrivit căreia": {
    language: "ro",
    quoted: `“Semnalăm faptul că ${RO}”, a transmis compania de apă.`,
    retold: `Compania atrage atenția joi asupra unei știri false ${RO.slice(RO.indexOf("potrivit")).replace("fabrica de vopsele", "fabrica de vopsele a lui Ivo Brandt")}.`,
    altered: `“Semnalăm faptul că ${RO.replace("apa de la robinet", "apa din fântâni")}”, a transmis compania de apă.`,
  },
};

const inLanguage = (a: CleanArticle, language: string): CleanArticle => ({ ...a, meta: { ...a.meta, language } });

/** The quote relations the third article, which prints `later`, is drawn with. */
function quoteRelations(s: Statement, later: string): string[] {
  const articles = [
    article("first", "Harbour Ledger", "2026-03-01", body(FILLER[0]!, s.quoted, FILLER[1]!)),
    article("second", "Brinmoor Daily", "2026-03-01", body(FILLER[2]!, s.quoted)),
    article("third", "Tessaly Times", "2026-03-01", body(FILLER[3]!, later)),
  ].map((a) => inLanguage(a, s.language));
  return analyseReuse(articles, articles.map((a) => ({ ...handReading(a), language: s.language })))
    .relations.filter((r) => r.kind === "alters_quote" || r.kind === "quotes_same")
    .filter((r) => r.from === "third" || r.to === "third")
    .map((r) => r.kind);
}

describe("a statement retold after a reporting lead the speech verbs lack", () => {
  it.each(Object.entries(STATEMENTS))("%s alters no quotation", (_lead, s) => {
    expect(quoteRelations(s, s.retold)).toEqual([]);
  });

  it.each(Object.entries(STATEMENTS))("while the words quoted with one changed after %s's statement still alter it", (_lead, s) => {
    expect(quoteRelations(s, s.altered)).toContain("alters_quote");
  });
});
