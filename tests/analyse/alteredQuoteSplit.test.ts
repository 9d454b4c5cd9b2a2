// altered_quote tells one quotation per finding. Quotation groups join two quotations wherever one article prints them
// in one passage (a story's description and its editor's line), so changes to different quotations, made by different
// articles, were told as one finding naming every article of both. (Invented texts.)
import { describe, expect, it } from "vitest";
import type { ReuseRelation } from "../../src/align/types.ts";
import { findFindings } from "../../src/analyse/findings.ts";
import { textSpan } from "../../src/core/spans.ts";
import { createGraph } from "../../src/graph/build.ts";

const X = "The new lighthouse keeper is a patient man with a steady hand and a kind word for every sailor";
const X2 = "The new lighthouse keeper is a patient man with a steady hand and a stern word for every sailor";
const Y = "He has that rare gift of being completely calm and completely alert during the worst storms";
const Y2 = "He has that rare gift of being completely calm during the worst storms";
const BODIES: Record<string, string> = {
  p: `The harbour board wrote: "${X}. ${Y}."`,
  c: `Quoting the board, the weekly printed: "${X}. ${Y}."`,
  a: `The board called him "${X2}".`,
  b: `An editor added: "${Y2}."`,
  q: `"${X}," the board said on its page.`,
  e: `Sailors were told the keeper is "${X2}".`,
};

function at(id: string, text: string, until?: string) {
  const body = BODIES[id]!;
  const start = body.indexOf(text);
  const end = until ? body.indexOf(until) + until.length : start + text.length;
  return { article: id, ...textSpan(body, start, end) };
}

function relation(kind: "quotes_same" | "alters_quote", from: string, to: string, passage: { from: ReturnType<typeof at>; to: ReturnType<typeof at> }): ReuseRelation {
  const diff = kind === "alters_quote" ? [{ op: "equal" as const, text: passage.to.text }, { op: "insert" as const, text: "x" }] : undefined;
  return { kind, from, to, direction: "dated", orientedBy: "dates", passages: [{ ...passage, similarity: 0.9, ...(diff ? { diff } : {}) }], credited: false, sharedWith: [] };
}

describe("altered_quote", () => {
  it("tells changes to two quotations, made by different articles, as two findings; changes to one quotation as one", () => {
    const graph = createGraph({ id: "t", title: "t", problems: [] });
    ["p", "c", "a", "b", "q", "e"].forEach((id, i) => {
      const outlet = `outlet:paper-${id}`;
      graph.addNode(outlet, { kind: "outlet", label: `Paper ${id}`, outletKind: "newspaper", inCase: true });
      graph.addNode(id, { kind: "article", label: `Paper ${id}`, outlet, outletName: `Paper ${id}`, outletInferred: false, published: `2024-06-0${i + 1}`, datePrecision: "day", dateEstimated: false, dateLabel: "x", file: `${id}.txt`, body: BODIES[id]!, bodyLength: BODIES[id]!.length, removed: {} });
    });
    const relations = [
      // c prints both quotations in one passage, as p does: one group.
      relation("quotes_same", "c", "p", { from: at("c", X, Y), to: at("p", X, Y) }),
      relation("alters_quote", "a", "p", { from: at("a", X2), to: at("p", X) }),
      relation("alters_quote", "b", "c", { from: at("b", Y2), to: at("c", Y) }),
      // Another pair, sharing no article with a and p, changes the same quotation: told with them.
      relation("alters_quote", "e", "q", { from: at("e", X2), to: at("q", X) }),
    ];
    const altered = findFindings({ graph, claims: [], relations, figureConflicts: [], drift: [], readings: new Map() }).filter((f) => f.type === "altered_quote");
    expect(altered.map((f) => [...f.articles].sort())).toEqual([
      ["a", "e", "p", "q"],
      ["b", "c"],
    ]);
  });
});
