/** Quotation groups: a possible reading (below CONFIDENT) joins no group, so no finding rests on it. */
import { describe, expect, it } from "vitest";
import type { ReuseRelation } from "../../src/align/types.ts";
import type { ArticleReading } from "../../src/extract/types.ts";
import { quoteGroups } from "../../src/analyse/quoteGroups.ts";

function relation(from: string, to: string, confidence?: number): ReuseRelation {
  const ev = (article: string) => ({ article, start: 0, end: 20, text: "The pier opens again" });
  return { kind: "alters_quote", from, to, direction: "dated", orientedBy: "dates", passages: [{ from: ev(from), to: ev(to), similarity: 0.9 }], credited: false, sharedWith: [], ...(confidence !== undefined ? { confidence } : {}) };
}

describe("quoteGroups", () => {
  it("groups confident quotation relations and leaves a possible one (a translation matched on names) out", () => {
    const groups = quoteGroups([relation("valley", "harbour", 0.9), relation("quillon", "harbour", 0.5)], new Map());
    expect(groups.map((g) => [...g.articles].sort())).toEqual([["harbour", "valley"]]);
  });
});

describe("one quotation however it reached each article", () => {
  const QUOTE = "We will keep the ferry running through the winter whatever the council decides about the harbour";
  const same = (from: string, to: string, text: string, start = 0): ReuseRelation => {
    const ev = (article: string) => ({ article, start, end: start + text.length, text });
    return { kind: "quotes_same", from, to, direction: "dated", orientedBy: "dates", passages: [{ from: ev(from), to: ev(to), similarity: 1 }], credited: false, sharedWith: [] };
  };

  it("joins two families of printings that no relation links when they print the same words", () => {
    const groups = quoteGroups([same("copy-a", "wire-a", QUOTE), same("copy-b", "wire-b", `${QUOTE}.`)], new Map());
    expect(groups.map((g) => [...g.articles].sort())).toEqual([["copy-a", "copy-b", "wire-a", "wire-b"]]);
  });

  it("keeps two quotations apart that share fewer words than a run", () => {
    const other = "We will keep the museum open on Sundays from next month";
    const groups = quoteGroups([same("copy-a", "wire-a", QUOTE), same("copy-b", "wire-b", other)], new Map());
    expect(groups).toHaveLength(2);
  });

  it("joins the sentences of one passage where an article quotes it whole, though others print them apart", () => {
    const first = "The ferry stays";
    const second = "The council must pay for it";
    const whole = `"${first}. ${second}," the captain said.`;
    const reading = {
      article: "full",
      language: "en",
      sentences: [],
      quotations: [{ kind: "quotation", span: { start: 0, end: whole.indexOf(",") + 2 }, parts: [{ start: 1, end: whole.indexOf(",") }], text: `${first}. ${second}` }],
      sources: [],
      attributions: [],
      syndication: [],
    } as unknown as ArticleReading;
    const groups = quoteGroups([same("a", "full", first, 1), same("b", "full", second, 1 + first.length + 2)], new Map([["full", reading]]));
    expect(groups.map((g) => [...g.articles].sort())).toEqual([["a", "b", "full"]]);
  });
});
