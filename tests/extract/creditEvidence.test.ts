// A credit naming an outlet landed on that outlet's only article of the case whatever the article said: a "Source: X"
// line under a report on one matter was tied to X's article of another year on another matter, and that wrong tie then
// ordered the undated credit after it (probe 35 A3). The tie now rests on evidence (shared report text, or the date the
// citation gives, or across languages the one report with agreeing dates), and only a tie orders. Texts of our own.
import { describe, expect, it } from "vitest";
import { reuseContext } from "../../src/align/classify.ts";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { resolveReadings } from "../../src/extract/resolve.ts";
import type { ArticleReading } from "../../src/extract/types.ts";
import { caseArticle } from "./helpers.ts";

const FERRY = "The island council of Brennholm voted on Monday to end the winter ferry service after forty years, citing the cost of the old boat.";
const FERRY_MORE = "Councillor Ilse Varmund said the savings would pay for a new harbour wall, and the vote passed by five votes to two.";
const QUOTE = "\u201CWe cannot keep a boat afloat for twelve passengers a day,\u201D Varmund said.";

function read(cited: string, citing: string): { cleaned: CleanArticle[]; readings: ArticleReading[] } {
  const cleaned = [caseArticle("ledger", cited, { outlet: "Harbour Ledger", language: "en", published: "2019-04-10" }), caseArticle("blog", citing, { outlet: "Island Pages", language: "en" })];
  const registry = withCaseOutlets(createOutletRegistry([]), cleaned.map((c) => ({ name: c.meta.outlet as string })));
  return { cleaned, readings: resolveReadings(cleaned.map((c) => readArticle(c, registry)), cleaned, registry) };
}

const credit = (readings: ArticleReading[]) => readings[1]?.attributions.find((a) => a.outlet === "outlet:harbour-ledger");

describe("a credit of an outlet and that outlet's article of the case", () => {
  it("stays the outlet's when the article is about another matter, and orders nothing", () => {
    const { cleaned, readings } = read("The town library will open on Sundays from May, the board of the library said in a statement.", `${FERRY}\n\nSource: Harbour Ledger\n\n${FERRY_MORE}`);
    const cite = credit(readings);
    expect(cite).toBeDefined();
    expect(cite?.article).toBeUndefined();
    const order = reuseContext({ articles: cleaned, readings, pairs: [] }).articleOrder;
    expect(order.compare("blog", "ledger")).toBe(0);
  });

  it("stays the outlet's for a whole-story credit when the two share only a speaker's quoted words", () => {
    const cited = `The library board met for an hour on Friday and heard a report on the ferry from the council.\n\n${QUOTE}`;
    expect(credit(read(cited, `${FERRY}\n\nSource: Harbour Ledger\n\n${QUOTE}`).readings)?.article).toBeUndefined();
  });

  it("is the article when the two share the report's text, and says so in its rule", () => {
    const cite = credit(read(`${FERRY}\n\n${FERRY_MORE}`, `${FERRY}\n\nSource: Harbour Ledger\n\n${FERRY_MORE}`).readings);
    expect(cite?.article).toBe("ledger");
    expect(cite?.rule).toMatch(/\+case-article\/shared-text$/u);
  });
});
