/**
 * A quotation reprinted by many sites is read against its first printing, not each printing against every other
 * (findings/quoteWords.ts, `readsAgainst`): a change is named against the first printer, and the faithful reprints
 * beside a changed one are not named as changing it. The findings on the words alone (no reuse relation given).
 * Invented texts.
 */
import { describe, expect, it } from "vitest";
import { type Article, QUOTE, articlesOf, wordFindings } from "./quotePrinting.ts";

/** The first printing, then reprints by small sites, each printing the quotation in the same words. */
const reprints = (count: number): Article[] => [
  { id: "first", outlet: "Quayside Courier", date: "2025-05-01", quote: QUOTE },
  ...Array.from({ length: count }, (_, k) => ({ id: `reprint${k}`, outlet: `Reprint Site ${k}`, date: "2025-05-02", quote: QUOTE })),
];

describe("a quotation reprinted by many sites, one of which changed it", () => {
  it("names the change against the first printing, not the faithful reprints beside it", async () => {
    const found = await wordFindings([...reprints(4), { id: "changed", outlet: "Gossip Wharf", date: "2025-05-03", quote: QUOTE.replace("twice a day", "once a week") }]);
    expect(articlesOf(found, "altered_quote")).toEqual([["changed", "first"]]);
    const altered = found.find((f) => f.type === "altered_quote")!;
    expect(altered.explanation).toMatch(/^Quayside Courier \([^)]*\) prints "The northern ferry will keep sailing twice a day/u);
    expect(altered.evidence.map((e) => e.article).sort()).toEqual(["changed", "first"]);
  });

  it("names each reprint that changed it, against the first printing", async () => {
    const found = await wordFindings([
      ...reprints(3),
      { id: "changedA", outlet: "Gossip Wharf", date: "2025-05-03", quote: QUOTE.replace("twice a day", "once a week") },
      { id: "changedB", outlet: "Rumour Mill Post", date: "2025-05-04", quote: QUOTE.replace("next spring", "next year") },
    ]);
    expect(articlesOf(found, "altered_quote")).toEqual([["changedA", "changedB", "first"]]);
  });

  it("reads against the first printing by date, wherever it stands among the case's files", async () => {
    const [first, ...rest] = reprints(3);
    // The first printer's file sorts last, and a reprint dated later sorts first.
    const found = await wordFindings([...rest, { id: "changed", outlet: "Gossip Wharf", date: "2025-05-03", quote: QUOTE.replace("twice a day", "once a week") }, { ...first!, id: "zfirst" }]);
    expect(articlesOf(found, "altered_quote")).toEqual([["changed", "zfirst"]]);
  });
});
