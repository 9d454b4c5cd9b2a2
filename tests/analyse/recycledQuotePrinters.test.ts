// recycled_quote names one quotation by the words its first printing shows, and lists the articles that print it. The
// quotation groups join statements wherever one article's printings overlap (a copied passage holding two quoted
// statements), so an article that prints only the other statement was listed too: the finding said it printed words
// it does not.
import { describe, expect, it } from "vitest";
import type { ReuseRelation } from "../../src/align/types.ts";
import { findFindings } from "../../src/analyse/findings.ts";
import { textSpan } from "../../src/core/spans.ts";
import { createGraph } from "../../src/graph/build.ts";

const X = "The lock gates stay closed until the engineers have inspected every hinge";
const Y = "Please keep your boats moored below the weir for the whole weekend";
const BODIES: Record<string, string> = {
  a: `The canal office wrote: "${X}." Boat owners were told on Friday.`,
  b: `"${X}," the canal office wrote. "${Y}," it added on its page.`,
  c: `"${Y}," a spokesman for the canal office told boat owners.`,
};

function at(id: string, text: string, until?: string) {
  const body = BODIES[id]!;
  const start = body.indexOf(text);
  const end = until ? body.indexOf(until) + until.length : start + text.length;
  return { article: id, ...textSpan(body, start, end) };
}

function relation(from: string, to: string, passage: { from: ReturnType<typeof at>; to: ReturnType<typeof at> }): ReuseRelation {
  return { kind: "quotes_same", from, to, direction: "dated", orientedBy: "dates", passages: [{ ...passage, similarity: 1 }], credited: false, sharedWith: [] };
}

describe("recycled_quote", () => {
  it("lists only the articles that print the quotation it shows", () => {
    const graph = createGraph({ id: "t", title: "t", problems: [] });
    ["a", "b", "c"].forEach((id, i) => {
      const outlet = `outlet:paper-${id}`;
      graph.addNode(outlet, { kind: "outlet", label: `Paper ${id}`, outletKind: "newspaper", inCase: true });
      graph.addNode(id, { kind: "article", label: `Paper ${id}`, outlet, outletName: `Paper ${id}`, outletInferred: false, published: `2024-06-0${i + 1}`, datePrecision: "day", dateEstimated: false, dateLabel: "x", file: `${id}.txt`, body: BODIES[id]!, bodyLength: BODIES[id]!.length, removed: {} });
    });
    const relations = [
      relation("b", "a", { from: at("b", X), to: at("a", X) }),
      // c takes the second statement from b's passage, which holds both.
      relation("c", "b", { from: at("c", Y), to: at("b", X, Y) }),
    ];
    const findings = findFindings({ graph, claims: [], relations, figureConflicts: [], drift: [], readings: new Map() }).filter((f) => f.type === "recycled_quote");
    const ofX = findings.find((f) => f.explanation.includes("The lock gates stay closed"));
    expect(ofX?.articles).toEqual(["a", "b"]);
  });
});
