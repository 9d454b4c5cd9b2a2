/**
 * A quotation changed once and then reprinted in its changed words by later sites: the later printers of that wording
 * are read against its earliest printer too (findings/quoteWords.ts, `readsAgainst`), not only against the quotation's
 * first printer, so the changed wording printed again is still told. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { findFindings } from "../../src/analyse/findings.ts";
import type { Finding } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const QUOTE = "The northern ferry will keep sailing twice a day until the new harbour wall is finished next spring";
const CHANGED = QUOTE.replace("twice a day", "once a week");

type Article = { id: string; outlet: string; date: string; quote: string };

const story = (a: Article) =>
  `Islanders crowded the quay on Tuesday as the council met.\n\nPort director Maren Sollit said: "${a.quote}." Passengers were asked to book ahead.`;

async function wordFindings(articles: readonly Article[]): Promise<Finding[]> {
  const files = Object.fromEntries(articles.map((a) => [`${a.id}.txt`, frontMatterArticle("en", a.outlet, a.date, "Ferry", story(a))]));
  const { graph, readings } = await analyseCaseFolder(await makeCase(files));
  return findFindings({ graph, claims: [], relations: [], figureConflicts: [], drift: [], readings: new Map(readings.map((r) => [r.article, r])) }).filter(
    (f) => f.type === "altered_quote" || f.type === "recycled_quote",
  );
}

const articlesOf = (findings: readonly Finding[], type: string) => findings.filter((f) => f.type === type).map((f) => [...f.articles].sort());

describe("a changed quotation printed again by later sites", () => {
  const first: Article = { id: "first", outlet: "Quayside Courier", date: "2025-05-01", quote: QUOTE };
  const changed = (id: string, outlet: string, date: string): Article => ({ id, outlet, date, quote: CHANGED });

  it("tells the changed wording printed again weeks later, among the sites that print it", async () => {
    const found = await wordFindings([first, changed("gossip", "Gossip Wharf", "2025-05-02"), changed("mill", "Rumour Mill Post", "2025-05-02"), changed("late", "Harbour Echo Daily", "2025-06-20")]);
    expect(articlesOf(found, "recycled_quote")).toEqual([["gossip", "late", "mill"]]);
    expect(found.find((f) => f.type === "recycled_quote")!.explanation).toMatch(/once a week/u);
    // The change itself is still named against the first printing.
    expect(articlesOf(found, "altered_quote")).toEqual([["first", "gossip", "late", "mill"]]);
  });

  it("states nothing recycled where the changed wording is printed only in its first days", async () => {
    const found = await wordFindings([first, changed("gossip", "Gossip Wharf", "2025-05-02"), changed("mill", "Rumour Mill Post", "2025-05-02")]);
    expect(articlesOf(found, "recycled_quote")).toEqual([]);
    expect(articlesOf(found, "altered_quote")).toEqual([["first", "gossip", "mill"]]);
  });
});
