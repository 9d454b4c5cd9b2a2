// claimtrail eval on the reference case and on the two invented cases: the thresholds the reading stage reaches, and the scoring rules themselves.
import path from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { namesMatch, normaliseNode, scoreGraph, TruthSchema, type EvalReport } from "../../src/eval/score.ts";
import { serializeGraph } from "../../src/graph/build.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import type { SerializedProvenanceGraph } from "../../src/graph/types.ts";

const root = path.resolve(import.meta.dirname, "../..");
const cases = {
  reference: path.join(root, "data/cases/baghdadi-2019"),
  port: path.join(root, "tests/fixtures/cases/port-closure"),
  multilingual: path.join(root, "tests/fixtures/cases/barrage-fr-ar"),
};

async function evaluate(folder: string): Promise<{ report: EvalReport; graph: SerializedProvenanceGraph }> {
  const truth = TruthSchema.parse(JSON.parse(readFileSync(path.join(folder, "truth.json"), "utf8")));
  const analysis = await analyseCaseFolder(folder);
  const graph = serializeGraph(analysis.graph);
  return { report: scoreGraph(graph, truth), graph };
}

function kind(r: EvalReport, k: string) {
  return r.kinds.find((x) => x.kind === k)!;
}

describe("eval thresholds", () => {
  it.each([
    ["reference", cases.reference, 1, 1, 1],
    ["port-closure", cases.port, 1, 1, 1],
    ["barrage-fr-ar", cases.multilingual, 1, undefined, 0.5],
  ] as const)("%s: cites and republishes found in full, no forbidden relation, sources recall ≥ %s", async (_name, folder, citesRecall, republishesRecall, sourcesRecall) => {
    const { report } = await evaluate(folder);
    expect(kind(report, "cites").recall).toBe(citesRecall);
    expect(kind(report, "cites").precision).toBe(1);
    if (republishesRecall !== undefined) expect(kind(report, "republishes").recall).toBe(republishesRecall);
    for (const k of report.kinds) expect(k.forbidden).toBe(0);
    expect(report.sourcesFound / report.sourcesTruth).toBeGreaterThanOrEqual(sourcesRecall);
  });

  it("turns no photo credit and no reader comment of the reference case into a citation", async () => {
    const { graph } = await evaluate(cases.reference);
    const cites = graph.edges.filter((e) => e.attributes.kind === "cites");
    expect(cites.filter((e) => e.target === "outlet:afp").map((e) => e.source)).toEqual(["asiatimes-2019-03-28"]);
    expect(cites.filter((e) => e.source === e.target || e.target === "outlet:southfront")).toEqual([]);
    expect(graph.edges.filter((e) => e.source === "memo-2017-03" && e.attributes.kind !== "published_by" && e.attributes.kind !== "quotes")).toEqual([]);
  });
});

describe("scoring rules", () => {
  it.each([
    ["outlet:al-Khaleej", "outlet:al-khaleej"],
    ["outlet:The Sunday Times", "outlet:sunday-times"],
    ["asiatimes-2019-03-28", "asiatimes-2019-03-28"],
  ])("%s ≡ %s", (a, b) => expect(normaliseNode(a)).toBe(normaliseNode(b)));

  it.each([
    ["a Syria source", "a Syrian source with a network of informants", true],
    ["Hashemi", "Hisham al-Hashemi", true],
    ["US intelligence", "CNN, citing US intelligence", true],
    ["Sofia Amara", "Hassan Hassan", false],
    ["网友", "mainland netizens (网友)", true],
    ["기자", "편집장", false],
    // A name whose syllables are two letters each is matched by them, as itself or within a longer label.
    ["Lê Vũ Hà", "Lê Vũ Hà", true],
    ["Lê Vũ Hà", "ông Lê Vũ Hà, phát ngôn viên", true],
    ["Lê Vũ Hà", "Đỗ Văn Bình", false],
    // Devanagari writes vowels as marks inside its words: a name matches itself and a longer form of itself, not another.
    ["कमला नेगी", "कमला नेगी", true],
    ["नेगी", "मंत्री कमला नेगी", true],
    ["कमला नेगी", "दिनेश रावत", false],
  ])("names %s / %s match: %s", (a, b, expected) => expect(namesMatch(a, b)).toBe(expected));

  it("finds an outlet source in a syndication credit and a cited study, but a person only where quoted", () => {
    const graph = {
      attributes: { findings: [] },
      nodes: [
        { key: "outlet:wire", attributes: { kind: "outlet", label: "Harbour Wire" } },
        { key: "doc:study", attributes: { kind: "outlet", label: "Journal of Tidal Studies, 2024" } },
        { key: "outlet:mara", attributes: { kind: "outlet", label: "Mara Lind" } },
      ],
      edges: [
        { key: "1", source: "a", target: "outlet:wire", attributes: { kind: "republishes" } },
        { key: "2", source: "a", target: "doc:study", attributes: { kind: "cites" } },
        { key: "3", source: "a", target: "outlet:mara", attributes: { kind: "cites" } },
      ],
    } as unknown as SerializedProvenanceGraph;
    const truth = TruthSchema.parse({
      sources: {
        a: [
          { name: "Harbour Wire", type: "outlet" },
          { name: "study in the Journal of Tidal Studies", type: "document" },
          { name: "Mara Lind", type: "named" },
        ],
      },
    });
    expect(scoreGraph(graph, truth).sources[0]).toMatchObject({ found: 2, missed: ["Mara Lind"] });
  });

  it("scores speakers both ways: a speaker the truth does not list is named, once however often it is quoted", () => {
    const graph = {
      attributes: { findings: [] },
      nodes: [
        { key: "person:lind", attributes: { kind: "person", label: "Mara Lind" } },
        { key: "person:odd", attributes: { kind: "person", label: "Dockside traders have lately" } },
        { key: "outlet:wire", attributes: { kind: "outlet", label: "Harbour Wire" } },
      ],
      edges: [
        { key: "1", source: "a", target: "person:lind", attributes: { kind: "quotes" } },
        { key: "2", source: "a", target: "person:odd", attributes: { kind: "quotes" } },
        { key: "3", source: "a", target: "person:odd", attributes: { kind: "quotes" } },
        { key: "4", source: "a", target: "outlet:wire", attributes: { kind: "cites" } },
      ],
    } as unknown as SerializedProvenanceGraph;
    const truth = TruthSchema.parse({ sources: { a: [{ name: "Mara Lind", type: "named" }, { name: "Harbour Wire", type: "outlet" }] } });
    const report = scoreGraph(graph, truth);
    expect(report.sources[0]).toMatchObject({ found: 2, predicted: 2, right: 1, unexpected: ["Dockside traders have lately"] });
    expect([report.sourcesRight, report.sourcesPredicted]).toEqual([1, 2]);
  });

  it("counts a pair the reader could not order (direction unknown) found in either direction, once", () => {
    const edge = (key: string, source: string, target: string) => ({ key, source, target, attributes: { kind: "copies" } });
    const truth = TruthSchema.parse({ relations: [{ from: "a", to: "b", relation: "copies", direction: "unknown" }, { from: "c", to: "d", relation: "copies" }] });
    const score = (edges: ReturnType<typeof edge>[]) => {
      const k = scoreGraph({ attributes: { findings: [] }, nodes: [], edges } as unknown as SerializedProvenanceGraph, truth).kinds.find((x) => x.kind === "copies")!;
      return [k.hits, k.truth, k.predicted - k.acceptable, k.missed];
    };
    expect(score([edge("1", "b", "a"), edge("2", "d", "c")])).toEqual([1, 2, 2, ["c -> d"]]);
    expect(score([edge("1", "a", "b"), edge("2", "b", "a")])).toEqual([1, 2, 1, ["c -> d"]]);
  });

  it("counts acceptable relations neither for nor against and flags not_relations", () => {
    const graph = {
      attributes: { findings: [] },
      nodes: [],
      edges: [
        { key: "1", source: "a", target: "b", attributes: { kind: "cites" } },
        { key: "2", source: "a", target: "outlet:x", attributes: { kind: "cites" } },
        { key: "3", source: "a", target: "outlet:afp", attributes: { kind: "cites" } },
      ],
    } as unknown as SerializedProvenanceGraph;
    const truth = TruthSchema.parse({
      relations: [{ from: "a", to: "b", relation: "cites" }],
      acceptable: [{ from: "a", to: "outlet:X", relation: "cites" }],
      not_relations: [{ from: "*", to: "outlet:AFP" }],
    });
    const k = scoreGraph(graph, truth).kinds.find((x) => x.kind === "cites")!;
    expect([k.recall, k.precision, k.acceptable, k.forbidden]).toEqual([1, 0.5, 1, 1]);
  });
});

describe("findings matched and supported", () => {
  const graph = {
    attributes: {
      findings: [
        { type: "recycled_quote", articles: ["a", "b"] },
        { type: "recycled_quote", articles: ["c", "d", "e"] },
        { type: "uncredited_copy", articles: ["a", "b", "c"] },
      ],
    },
    nodes: [],
    edges: [],
  } as unknown as SerializedProvenanceGraph;
  const truth = TruthSchema.parse({
    findings: [
      { type: "recycled_quote", articles: ["a", "b", "c", "x"] },
      { type: "uncredited_copy", articles: ["c", "d"] },
      { type: "number_drift", articles: ["a", "b"] },
    ],
  });

  it("matches a truth finding when one graph finding of its type names half its articles, and supports a graph finding when a truth finding of its type holds half of it", () => {
    const r = scoreGraph(graph, truth);
    // recycled_quote a,b,c,x is matched by a,b (2 of 4); uncredited_copy c,d by a,b,c (1 of 2); number_drift is not stated.
    expect([r.findingsMatched, r.findingsTruth]).toEqual([2, 3]);
    // a,b lies inside a truth finding; c,d,e has only c there (1 of 3); a,b,c has only c in the truth's c,d.
    expect([r.findingsSupported, r.findingsPredicted]).toEqual([1, 3]);
    expect(r.findingsUnsupported).toEqual(["recycled_quote: c, d, e", "uncredited_copy: a, b, c"]);
    expect(r.findingsMissed).toEqual(["number_drift: a, b"]);
  });

  it("matches a truth finding over a group by the graph's findings of its type that lie inside it and together name half of it", () => {
    // One text in five outlets, stated by the graph as pairs: no pair names three of the five, the pairs together do.
    const pairs = { attributes: { findings: [["p", "q"], ["q", "r"], ["r", "s"], ["s", "z"]].map((articles) => ({ type: "uncredited_copy", articles })) }, nodes: [], edges: [] } as unknown as SerializedProvenanceGraph;
    const group = TruthSchema.parse({ findings: [{ type: "uncredited_copy", articles: ["p", "q", "r", "s", "t"] }, { type: "uncredited_copy", articles: ["u", "v", "w"] }] });
    const r = scoreGraph(pairs, group);
    // p,q + q,r + r,s name p, q, r and s (4 of 5); s,z has z outside the group and is no piece of it.
    expect([r.findingsMatched, r.findingsTruth]).toEqual([1, 2]);
    expect(r.findingsMissed).toEqual(["uncredited_copy: u, v, w"]);
  });
});
