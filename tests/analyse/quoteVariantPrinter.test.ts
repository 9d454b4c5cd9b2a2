/**
 * A quotation changed once and then reprinted in its changed words by later sites: the later printers of that wording
 * are read against its earliest printer too (findings/quoteWords.ts, `readsAgainst`), not only against the quotation's
 * first printer, so the changed wording printed again is still told. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { type Article, QUOTE, articlesOf, wordFindings } from "./quotePrinting.ts";

const CHANGED = QUOTE.replace("twice a day", "once a week");

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
