/** Quotation groups: a possible reading (below CONFIDENT) joins no group, so no finding rests on it. */
import { describe, expect, it } from "vitest";
import type { ReuseRelation } from "../../src/align/types.ts";
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
