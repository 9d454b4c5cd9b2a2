/** The review model on small graphs written for these tests: rejected edges stay but are not live, added ones rest on the person's words, node reviews act on sources and outlets, and a review whose anchor is gone is orphaned, never dropped. */
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttrs, GraphAttrs, NodeAttrs, ProvenanceGraph } from "../../src/graph/types.ts";
import { applyReviews, isLive, locateEvidence, ReviewInputSchema, type Review } from "../../src/review/index.ts";

const BODY_B = "Officials denied it. The Asia Times reported on March 28 that the leader hides in the desert. Hisham al-Hashemi said he was alive.";
const BODY_A = "The leader hides in the desert, a Syrian source said. Hashemi told us he was alive.";

function article(id: string, body: string, published: string): NodeAttrs {
  return { kind: "article", label: id, outlet: `outlet:${id}`, outletName: id, outletInferred: false, published, datePrecision: "day", dateLabel: published, file: `${id}.txt`, body, bodyLength: body.length, removed: {} };
}

function smallGraph(): ProvenanceGraph {
  const g: ProvenanceGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>({ allowSelfLoops: false });
  g.replaceAttributes({ case: "t", title: "t", generatedBy: "test", findings: [], problems: [] });
  g.addNode("a", article("a", BODY_A, "2019-03-28"));
  g.addNode("b", article("b", BODY_B, "2019-03-29"));
  g.addNode("outlet:asia-times", { kind: "outlet", label: "Asia Times", outletKind: "newspaper", inCase: false });
  g.addNode("source:hisham-al-hashemi", { kind: "source", label: "Hisham al-Hashemi", sourceType: "named", articles: ["b"] });
  g.addNode("source:hashemi", { kind: "source", label: "Hashemi", sourceType: "named", articles: ["a"] });
  const cite = BODY_B.indexOf("The Asia Times reported");
  g.addDirectedEdgeWithKey("b->cites->outlet:asia-times", "b", "outlet:asia-times", {
    kind: "cites", frame: "reported", rule: "en.reported/registry", confidence: 0.9,
    evidence: [{ article: "b", start: cite, end: cite + "The Asia Times reported on March 28".length, text: "The Asia Times reported on March 28" }],
  });
  const q = BODY_B.indexOf("Hisham");
  g.addDirectedEdgeWithKey("b->quotes->source:hisham-al-hashemi", "b", "source:hisham-al-hashemi", { kind: "quotes", evidence: [{ article: "b", start: q, end: q + 17, text: "Hisham al-Hashemi" }] });
  const h = BODY_A.indexOf("Hashemi");
  g.addDirectedEdgeWithKey("a->quotes->source:hashemi", "a", "source:hashemi", { kind: "quotes", evidence: [{ article: "a", start: h, end: h + 7, text: "Hashemi" }] });
  return g;
}

function review(partial: Partial<Review> & Pick<Review, "action" | "anchor">): Review {
  return { id: partial.id ?? `r-${partial.action}`, case: "t", reviewer: "Ana", at: partial.at ?? "2026-01-01T00:00:00.000Z", ...partial };
}

const citeAnchor = { kind: "cites" as const, from: "b", to: "outlet:asia-times", evidence: { article: "b", text: "The Asia Times reported on March 28", start: 21, end: 56 } };

describe("edge reviews", () => {
  it("a rejected edge stays in the graph, marked, and is no longer live; the input graph is untouched", () => {
    const g = smallGraph();
    const { graph, orphaned, applied } = applyReviews(g, [review({ action: "reject", anchor: citeAnchor, reason: "the report is about another man" })]);
    expect(orphaned).toEqual([]);
    expect(applied).toEqual(["r-reject"]);
    const e = graph.getEdgeAttributes("b->cites->outlet:asia-times");
    expect(e.review).toBe("rejected");
    expect(e.reviews?.[0]).toMatchObject({ reviewer: "Ana", reason: "the report is about another man" });
    expect(isLive(e)).toBe(false);
    expect(g.getEdgeAttributes("b->cites->outlet:asia-times").review).toBeUndefined();
    expect(graph.getAttribute("reviews")).toEqual({ applied: ["r-reject"], orphaned: [] });
  });

  it("a confirmed edge is marked and stays live", () => {
    const { graph } = applyReviews(smallGraph(), [review({ action: "confirm", anchor: citeAnchor })]);
    expect(graph.getEdgeAttribute("b->cites->outlet:asia-times", "review")).toBe("confirmed");
    expect(isLive(graph.getEdgeAttributes("b->cites->outlet:asia-times"))).toBe(true);
  });

  it("finds the words again when the offsets moved (the article was edited above them)", () => {
    const g = smallGraph();
    const moved = { ...citeAnchor, evidence: { ...citeAnchor.evidence, start: 500, end: 535 } };
    const { graph, orphaned } = applyReviews(g, [review({ action: "reject", anchor: moved })]);
    expect(orphaned).toEqual([]);
    expect(graph.getEdgeAttribute("b->cites->outlet:asia-times", "review")).toBe("rejected");
  });

  it("the later review of the same edge wins", () => {
    const { graph } = applyReviews(smallGraph(), [
      review({ id: "2", action: "confirm", anchor: citeAnchor, at: "2026-01-02T00:00:00.000Z" }),
      review({ id: "1", action: "reject", anchor: citeAnchor, at: "2026-01-01T00:00:00.000Z" }),
    ]);
    expect(graph.getEdgeAttribute("b->cites->outlet:asia-times", "review")).toBe("confirmed");
  });

  it("an added citation rests on the selected words, with rule 'review' and confidence 1", () => {
    const anchor = { kind: "cites" as const, from: "b", to: "a", evidence: { article: "b", text: "Hisham al-Hashemi said he was alive" } };
    const { graph, orphaned } = applyReviews(smallGraph(), [review({ action: "add", anchor })]);
    expect(orphaned).toEqual([]);
    const e = graph.getEdgeAttributes("b->cites->a");
    expect(e).toMatchObject({ kind: "cites", review: "added", rule: "review", confidence: 1, resolvedToArticle: true });
    expect(e.evidence?.[0]).toEqual({ article: "b", start: BODY_B.indexOf("Hisham"), end: BODY_B.indexOf("Hisham") + 35, text: "Hisham al-Hashemi said he was alive" });
  });

  it("an added copy gets the passage on both sides, ordered by the dates", () => {
    const anchor = { kind: "copies" as const, from: "b", to: "a", evidence: { article: "b", text: "the leader hides in the desert" } };
    const { graph } = applyReviews(smallGraph(), [review({ action: "add", anchor })]);
    const e = graph.getEdgeAttributes("b->copies->a");
    expect(e.kind === "copies" && e.passages[0]?.to).toMatchObject({ article: "a", start: 0, text: "The leader hides in the desert" });
    expect(e.kind === "copies" && e.direction).toBe("dated");
  });

  it("an added citation of an outlet not in the graph needs its label, and then creates the outlet", () => {
    const anchor = { kind: "cites" as const, from: "b", to: "outlet:al-khaleej", evidence: { article: "b", text: "Officials denied it" } };
    expect(applyReviews(smallGraph(), [review({ action: "add", anchor })]).orphaned[0]?.orphaned).toMatch(/payload.label/);
    const { graph } = applyReviews(smallGraph(), [review({ action: "add", anchor, payload: { label: "al-Khaleej" } })]);
    expect(graph.getNodeAttributes("outlet:al-khaleej")).toMatchObject({ kind: "outlet", label: "al-Khaleej", inCase: false });
    expect(graph.hasEdge("b->cites->outlet:al-khaleej")).toBe(true);
  });

  it.each([
    ["the words are gone from the article", { ...citeAnchor, evidence: { article: "b", text: "The Guardian reported" } }, /no longer in article 'b'/],
    ["the article is gone", { ...citeAnchor, from: "gone", evidence: { article: "gone", text: "x" } }, /'gone' is no longer in the case/],
    ["no such edge rests on the words", { ...citeAnchor, to: "a" }, /no cites edge/],
  ])("is orphaned when %s, and says why", (_what, anchor, why) => {
    const r = review({ action: "reject", anchor });
    const { orphaned, applied, graph } = applyReviews(smallGraph(), [r]);
    expect(applied).toEqual([]);
    expect(orphaned).toHaveLength(1);
    expect(orphaned[0]).toMatchObject({ id: r.id, reviewer: "Ana" });
    expect(orphaned[0]?.orphaned).toMatch(why);
    expect(graph.getAttribute("reviews")?.orphaned[0]?.id).toBe(r.id);
  });
});

describe("node reviews", () => {
  it("rename changes the label and marks the node", () => {
    const { graph } = applyReviews(smallGraph(), [review({ action: "rename", anchor: { key: "source:hashemi", label: "Hashemi" }, payload: { label: "Hisham al-Hashemi (expert)" } })]);
    expect(graph.getNodeAttributes("source:hashemi")).toMatchObject({ label: "Hisham al-Hashemi (expert)", review: "renamed" });
  });

  it("merge moves every edge onto the other node and drops the first", () => {
    const { graph, orphaned } = applyReviews(smallGraph(), [review({ action: "merge", anchor: { key: "source:hashemi", label: "Hashemi" }, payload: { into: "source:hisham-al-hashemi" } })]);
    expect(orphaned).toEqual([]);
    expect(graph.hasNode("source:hashemi")).toBe(false);
    expect(graph.hasEdge("a->quotes->source:hisham-al-hashemi")).toBe(true);
    expect(graph.getNodeAttributes("source:hisham-al-hashemi")).toMatchObject({ review: "merged", mergedFrom: ["source:hashemi"], articles: ["b", "a"] });
  });

  it("merging an outlet of the case moves its articles to the outlet it is the same as", () => {
    const g = smallGraph();
    g.addNode("outlet:a", { kind: "outlet", label: "A", outletKind: "newspaper", inCase: true });
    g.addDirectedEdgeWithKey("a->published_by->outlet:a", "a", "outlet:a", { kind: "published_by" });
    const { graph } = applyReviews(g, [review({ action: "merge", anchor: { key: "outlet:a", label: "A" }, payload: { into: "outlet:asia-times" } })]);
    expect(graph.hasNode("outlet:a")).toBe(false);
    expect(graph.getNodeAttributes("a")).toMatchObject({ outlet: "outlet:asia-times", outletName: "Asia Times" });
    expect(graph.hasEdge("a->published_by->outlet:asia-times")).toBe(true);
    expect(graph.getNodeAttributes("outlet:asia-times")).toMatchObject({ inCase: true, review: "merged" });
  });

  it("retype as not a source rejects every edge that rests on it", () => {
    const { graph } = applyReviews(smallGraph(), [review({ action: "retype", anchor: { key: "source:hashemi", label: "Hashemi" }, payload: { type: "not_a_source" } })]);
    expect(graph.getNodeAttributes("source:hashemi")).toMatchObject({ review: "retyped", reviewedType: "not_a_source" });
    expect(isLive(graph.getEdgeAttributes("a->quotes->source:hashemi"))).toBe(false);
  });

  it("retype as an organisation changes the source type", () => {
    const { graph } = applyReviews(smallGraph(), [review({ action: "retype", anchor: { key: "source:hashemi", label: "Hashemi" }, payload: { type: "organisation" } })]);
    expect(graph.getNodeAttributes("source:hashemi")).toMatchObject({ sourceType: "organisation", reviewedType: "organisation" });
  });

  it("finds a node by its label when its key changed, and orphans one that is gone", () => {
    const { graph, orphaned } = applyReviews(smallGraph(), [
      review({ id: "1", action: "rename", anchor: { key: "source:old-key", label: "hashemi" }, payload: { label: "H." } }),
      review({ id: "2", action: "rename", anchor: { key: "source:nobody", label: "Nobody" }, payload: { label: "N." } }),
    ]);
    expect(graph.getNodeAttribute("source:hashemi", "label")).toBe("H.");
    expect(orphaned.map((o) => o.id)).toEqual(["2"]);
  });
});

describe("locating evidence and checking input", () => {
  it("matches words across other spacing and case", () => {
    expect(locateEvidence(smallGraph(), { article: "b", text: "the asia  times\nreported" })).toMatchObject({ start: 21, text: "The Asia Times reported" });
  });

  it.each([
    [{ action: "reject", anchor: { key: "source:x", label: "X" }, reviewer: "Ana" }, /anchor/],
    [{ action: "rename", anchor: { key: "source:x", label: "X" }, reviewer: "Ana" }, /new label/],
    [{ action: "reject", anchor: citeAnchor, reviewer: "" }, /reviewer/],
    [{ action: "reject", anchor: { ...citeAnchor, evidence: { article: "a", text: "x" } }, reviewer: "Ana" }, /evidence/],
    [{ action: "reject", anchor: { ...citeAnchor, kind: "asserts" }, reviewer: "Ana" }, /anchor/],
  ])("refuses a malformed review (%#)", (body, message) => {
    const r = ReviewInputSchema.safeParse(body);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(message);
  });
});
