// Claim scoring on small graphs of our own: which claim node stands for a truth claim, origin right, stance right, claims drawn.
import { describe, expect, it } from "vitest";
import { matchClaims, scoreClaims, truthAnchorGroups } from "../../src/eval/claims.ts";
import { TruthSchema, claimArticles } from "../../src/eval/truth.ts";
import type { SerializedProvenanceGraph, Stance } from "../../src/graph/types.ts";

/** A graph of claim nodes only: each claim with its origins and the stance of each asserting article (null = an edge with no stance). */
function graphOf(claims: Record<string, { origins?: string[]; asserts: Record<string, Stance | null>; main?: boolean; denial?: true; debunks?: string }>): SerializedProvenanceGraph {
  const nodes = Object.entries(claims).map(([key, c]) => ({
    key,
    attributes: { kind: "claim", label: key, text: key, articles: Object.keys(c.asserts), outletCount: 1, independentSources: 1, primarySources: [], origins: c.origins ?? [], ...(c.main !== undefined ? { main: c.main } : {}), ...(c.denial ? { denial: true } : {}), ...(c.debunks ? { debunks: c.debunks } : {}) },
  }));
  const edges = Object.entries(claims).flatMap(([key, c]) =>
    Object.entries(c.asserts).map(([article, stance], i) => ({ key: `${key}-${i}`, source: article, target: key, attributes: { kind: "asserts", ...(stance ? { stance } : {}) } })),
  );
  return { attributes: { findings: [] }, options: {}, nodes, edges } as unknown as SerializedProvenanceGraph;
}

describe("reading truth claims", () => {
  it("takes every reported_as_false… key and asserted_by as the claim's articles", () => {
    const truth = TruthSchema.parse({
      claims: [{ id: "c1", presented_as_true_by: ["a"], reported_as_false_or_doubted_by: ["b"], reported_as_false_or_hoax_by: ["c"], asserted_by: ["d", "a"] }],
    });
    expect(claimArticles(truth.claims[0]!).sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("accepts a truth file without claims or origins, and an origin of null", () => {
    expect(TruthSchema.parse({}).claims).toEqual([]);
    expect(TruthSchema.parse({ origin: [{ claim: "c1", origin: null, earliest_in_case: "a" }] }).origin[0]?.earliest_in_case).toBe("a");
    expect(TruthSchema.parse({ claims: [{ id: "c1" }, { asserted_by: ["a"] }] }).claims.map((c) => c.id)).toEqual(["c1", "claim 2"]);
  });
});

describe("matching claims", () => {
  it("pairs each truth claim with the claim node whose asserting articles overlap most, one node per truth claim", () => {
    const graph = graphOf({
      "claim:big": { asserts: { a: null, b: null, c: null, d: null } },
      "claim:small": { asserts: { d: null, e: null } },
    });
    const truth = TruthSchema.parse({
      claims: [
        { id: "c1", asserted_by: ["a", "b", "c"] },
        { id: "c2", asserted_by: ["a", "b", "c", "d"] },
        { id: "c3", asserted_by: ["x"] },
      ],
    });
    const m = matchClaims(graph, truth);
    // c2 agrees exactly with claim:big, so c1 cannot also take it: it gets nothing that shares its articles.
    expect(m.map((x) => [x.truth, x.claim ?? null])).toEqual([
      ["c1", null],
      ["c2", "claim:big"],
      ["c3", null],
    ]);
    expect(m[1]?.jaccard).toBe(1);
  });
});

describe("matching claims by the truth's own names, figures and quoted words", () => {
  /** A graph whose claim nodes carry labels in the case's language (German here), as real graphs do. */
  const labelled = (claims: Record<string, { label: string; asserts: string[] }>) => {
    const g = graphOf(Object.fromEntries(Object.entries(claims).map(([k, c]) => [k, { asserts: Object.fromEntries(c.asserts.map((a) => [a, null])) }])));
    for (const n of g.nodes) (n.attributes as { label: string; text: string }).label = (n.attributes as { text: string }).text = claims[n.key]!.label;
    return g;
  };

  it("gives a tie of articles to the truth claim whose English text names what the node says", () => {
    // Both truth claims are carried by the same three texts; the only node is the harbour office's count, not the sinking.
    const graph = labelled({ "claim:count": { label: "Das Hafenamt meldete, alle 40 Fahrgäste seien wohlauf", asserts: ["a", "b"] } });
    const truth = TruthSchema.parse({
      claims: [
        { id: "c1", text: "The ferry sank in the storm off the cape.", reported_as_false_or_doubted_by: ["a", "b", "c"] },
        { id: "c2", text: "The harbour office counted all 40 passengers safe.", asserted_by: ["a", "b", "c"] },
      ],
    });
    expect(matchClaims(graph, truth).map((m) => [m.truth, m.claim ?? null])).toEqual([
      ["c1", null],
      ["c2", "claim:count"],
    ]);
  });

  it("counts a name of several words only where the node repeats every word of it", () => {
    expect(truthAnchorGroups("The Interior Ministry says Olaf Brenner erred in 2024.")).toEqual([["inter", "minis"], ["olaf", "brenn"], ["2024"]]);
    // "Ministerpräsident" (the premier) shares its first letters with "Ministry", not the ministry's name: the story
    // (c1) and the ministry's denial (c2) are carried by the same texts, and the node tells the story.
    const graph = labelled({ "claim:died": { label: "Der Ministerpräsident sei bei einem Unfall gestorben", asserts: ["a", "b", "c"] } });
    const truth = TruthSchema.parse({
      claims: [
        { id: "c1", text: "The premier died in a crash on the coast road.", reported_as_false_or_doubted_by: ["a", "b", "c"] },
        { id: "c2", text: "The Interior Ministry says the report is false.", asserted_by: ["a", "b", "c"] },
      ],
    });
    expect(matchClaims(graph, truth).map((m) => [m.truth, m.claim ?? null])).toEqual([
      ["c1", "claim:died"],
      ["c2", null],
    ]);
  });

  it("lets a shared name, figure or quoted word outweigh a small lead in articles", () => {
    const graph = labelled({
      "claim:wolves": { label: "Im Schulhof von Kessling wurden Wölfe gesehen", asserts: ["b", "c", "d"] },
      "claim:dogs": { label: "Das Forstamt: es waren Hunde eines Hofes bei Ottmar", asserts: ["c", "d"] },
    });
    const truth = TruthSchema.parse({
      claims: [
        { id: "c1", text: "Wolves roamed a school yard in Kessling.", reported_as_false_or_doubted_by: ["a", "b", "c", "d", "e"] },
        { id: "c2", text: "The forestry office found the animals were a farm's dogs from Ottmar.", presented_as_true_by: ["b", "c", "d", "e"] },
      ],
    });
    // By articles alone the dogs (c2) would take the wolves' node (3/4 agree) and leave c1 the dogs' node.
    expect(matchClaims(graph, truth).map((m) => [m.truth, m.claim ?? null])).toEqual([
      ["c1", "claim:wolves"],
      ["c2", "claim:dogs"],
    ]);
  });
});

describe("origin, stance and claims drawn", () => {
  const truth = TruthSchema.parse({
    claims: [{ id: "c1", presented_as_true_by: ["a", "b", "both"], reported_as_false_or_hoax_by: ["c", "both"] }],
    origin: [
      { claim: "c1", origin: "outlet:Somewhere", earliest_in_case: "a" },
      { claim: "c9", earliest_in_case: "z" },
      { claim: "c1", earliest_in_case: null },
    ],
  });

  it("counts an origin right only when the graph names the expected article first", () => {
    const right = scoreClaims(graphOf({ "claim:x": { origins: ["a", "b"], asserts: { a: "true", b: "true", c: "false", both: "false" } } }), truth);
    expect([right.originRight, right.originTotal]).toEqual([1, 2]);
    const wrong = scoreClaims(graphOf({ "claim:x": { origins: ["b", "a"], asserts: { a: "true", b: "true", c: "false" } } }), truth);
    expect(wrong.originRight).toBe(0);
  });

  it("checks each article's stance on the matched claim; no stance means true; an article on both sides is right with either", () => {
    const s = scoreClaims(graphOf({ "claim:x": { origins: ["a"], asserts: { a: null, b: "mentions", c: "true", both: "false" } } }), truth);
    expect(s.stances.map((x) => [x.article, x.right])).toEqual([
      ["a", true],
      ["b", false],
      ["both", true],
      ["c", false],
    ]);
    expect([s.stanceRight, s.stanceTotal]).toEqual([2, 4]);
  });

  it("reads a denial's and a debunk node's stances reversed: asserting 'Reported false: X' reports X false", () => {
    const debunkTruth = TruthSchema.parse({ claims: [{ id: "c1", presented_as_true_by: [], reported_as_false_or_doubted_by: ["c", "d"] }] });
    // The story's node carries other articles; the debunk node is the one that shares the truth claim's articles.
    const graph = (extra: { denial?: true; debunks?: string }) =>
      graphOf({
        "claim:story": { asserts: { a: "true", b: "true" } },
        "claim:reported-false-story": { asserts: { c: "true", d: null }, ...extra },
      });
    const asDebunk = scoreClaims(graph({ debunks: "claim:story" }), debunkTruth);
    expect(asDebunk.matches[0]?.claim).toBe("claim:reported-false-story");
    expect([asDebunk.stanceRight, asDebunk.stanceTotal]).toEqual([2, 2]);
    expect(scoreClaims(graph({ denial: true }), debunkTruth).stanceRight).toBe(2);
    // A plain node asserted as true by the same articles presents the story as true.
    expect(scoreClaims(graph({}), debunkTruth).stanceRight).toBe(0);
  });

  it("leaves out an asserts edge a person rejected", () => {
    const graph = graphOf({ "claim:x": { origins: ["a"], asserts: { a: "true", c: "false" } } });
    const rejected = graph.edges.find((e) => e.source === "c")!;
    (rejected.attributes as { review?: string }).review = "rejected";
    const s = scoreClaims(graph, truth);
    expect(s.stances.find((x) => x.article === "c")).toMatchObject({ found: [], right: false });
  });

  it("counts claim nodes, and those marked main when the graph marks any", () => {
    const plain = scoreClaims(graphOf({ "claim:x": { asserts: { a: null } }, "claim:y": { asserts: { b: null } } }), truth);
    expect([plain.claimsDrawn, plain.mainClaimsDrawn]).toEqual([2, 2]);
    const marked = scoreClaims(graphOf({ "claim:x": { asserts: { a: null }, main: true }, "claim:y": { asserts: { b: null }, main: false } }), truth);
    expect([marked.claimsDrawn, marked.mainClaimsDrawn]).toEqual([2, 1]);
  });
});
