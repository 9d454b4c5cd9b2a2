/** The origin trace says what puts the origin first — dates, relations — or that the order cannot be told; on small invented graphs. */
import { describe, expect, it } from "vitest";
import { compareArticles, traceOrigin } from "../../src/analyse/trace.ts";
import { createGraph } from "../../src/graph/build.ts";
import type { ProvenanceGraph } from "../../src/graph/types.ts";

function graphOf(docs: { id: string; published?: string; orderedAfter?: string[]; stance?: "true" | "false" | "mentions" }[]): ProvenanceGraph {
  const graph = createGraph({ id: "t", title: "t", problems: [] });
  graph.addNode("outlet:o", { kind: "outlet", label: "O", outletKind: "newspaper", inCase: true });
  for (const d of docs)
    graph.addNode(d.id, {
      kind: "article",
      label: d.id,
      outlet: "outlet:o",
      outletName: "O",
      outletInferred: false,
      ...(d.published ? { published: d.published, datePrecision: "day" as const, dateEstimated: false } : {}),
      dateLabel: d.published ?? "date unknown",
      file: `${d.id}.txt`,
      body: "",
      bodyLength: 0,
      removed: {},
      ...(d.orderedAfter ? { orderInferred: true, orderedAfter: d.orderedAfter } : {}),
    });
  graph.addNode("claim:c", { kind: "claim", label: "c", text: "c", articles: docs.map((d) => d.id), outletCount: 1, independentSources: 1, primarySources: [], origins: [] });
  for (const d of docs) graph.addDirectedEdgeWithKey(`${d.id}->asserts->claim:c`, d.id, "claim:c", { kind: "asserts", ...(d.stance ? { stance: d.stance } : {}) });
  return graph;
}
const copies = (graph: ProvenanceGraph, from: string, to: string, orientedBy: "citation" | "none" = "citation") =>
  graph.addDirectedEdgeWithKey(`${from}->copies->${to}`, from, to, { kind: "copies", passages: [], direction: "unknown", orientedBy });

describe("origin order", () => {
  it("says the dates put the origin first", () => {
    const graph = graphOf([{ id: "a", published: "2021-03-01" }, { id: "b", published: "2021-03-05" }]);
    copies(graph, "b", "a");
    expect(traceOrigin(graph, "claim:c")).toMatchObject({ origins: ["a"], originOrder: "dates" });
  });

  it("says relations put the origin first where the articles are undated", () => {
    const graph = graphOf([{ id: "a" }, { id: "b" }]);
    copies(graph, "b", "a");
    expect(traceOrigin(graph, "claim:c")).toMatchObject({ origins: ["a"], originOrder: "relations" });
  });

  it("does not put first the article a copy is drawn to only by convention", () => {
    // Nothing orders the two undated articles: the copy edge's direction is a convention, not a finding.
    const graph = graphOf([{ id: "a" }, { id: "b" }]);
    copies(graph, "b", "a", "none");
    expect(traceOrigin(graph, "claim:c")).toMatchObject({ origins: ["a", "b"], originOrder: "cannot be told" });
  });

  it("does not name as origin an article that only reports the claim as false", () => {
    // The debunk is dated first and takes from nothing in the case; the claim still first appears where it is told as true.
    const graph = graphOf([{ id: "debunk", published: "2021-03-01", stance: "false" }, { id: "hoax" }]);
    expect(traceOrigin(graph, "claim:c")).toMatchObject({ origins: ["hoax"] });
  });

  it("says the order cannot be told where nothing orders two first reports", () => {
    const graph = graphOf([{ id: "a" }, { id: "b" }]);
    expect(traceOrigin(graph, "claim:c")).toMatchObject({ origins: ["a", "b"], originOrder: "cannot be told" });
  });

  it("orders two undated articles by what one cites, and leaves them unordered otherwise", () => {
    const graph = graphOf([{ id: "a" }, { id: "b", orderedAfter: ["a"] }, { id: "c" }]);
    expect(compareArticles(graph, "b", "a")).toBe(1);
    expect(compareArticles(graph, "a", "b")).toBe(-1);
    expect(compareArticles(graph, "a", "c")).toBe(0);
  });
});
