// Eval over a set of cases: micro-averages sum counts before dividing, and the floor catches any figure that fell (or a ceiling that rose).
import { describe, expect, it } from "vitest";
import { belowFloor, floorFigures, figuresOf, summarise } from "../../src/eval/summary.ts";
import { scoreGraph, TruthSchema } from "../../src/eval/score.ts";
import type { SerializedProvenanceGraph } from "../../src/graph/types.ts";

function citesGraph(pairs: [string, string][]): SerializedProvenanceGraph {
  return {
    attributes: { findings: [] },
    nodes: [],
    edges: pairs.map(([source, target], i) => ({ key: String(i), source, target, attributes: { kind: "cites" } })),
  } as unknown as SerializedProvenanceGraph;
}

const truthOf = (pairs: [string, string][]) => TruthSchema.parse({ relations: pairs.map(([from, to]) => ({ from, to, relation: "cites" })) });

describe("micro-average", () => {
  it("sums counts over cases, so a case with more relations weighs more", () => {
    // Case one: 1 of 1 found; case two: 1 of 3 found. Macro would say 0.67, micro says 2 of 4.
    const one = scoreGraph(citesGraph([["a", "b"]]), truthOf([["a", "b"]]));
    const two = scoreGraph(citesGraph([["c", "d"], ["c", "x"]]), truthOf([["c", "d"], ["c", "e"], ["c", "f"]]));
    const d = summarise([
      { case: "two", report: two },
      { case: "one", report: one },
    ]);
    expect(d.cases.map((c) => c.case)).toEqual(["one", "two"]);
    expect(d.micro.kinds.cites.recall).toEqual({ hits: 2, total: 4, value: 0.5 });
    expect(d.micro.kinds.cites.precision).toEqual({ hits: 2, total: 3, value: 2 / 3 });
  });

  it("leaves a share with nothing to count out of the floor rather than calling it perfect", () => {
    const f = figuresOf(scoreGraph(citesGraph([]), truthOf([])));
    expect(f.kinds.copies.recall.value).toBeNull();
    expect(floorFigures(f)).not.toHaveProperty("copies.recall");
    expect(floorFigures(f)).toHaveProperty("invented_outlets", 0);
  });
});

describe("floors", () => {
  it.each([
    [{ "cites.recall": 0.5 }, { "cites.recall": 0.5 }, []],
    [{ "cites.recall": 0.6 }, { "cites.recall": 0.5 }, []],
    [{ "cites.recall": 0.4 }, { "cites.recall": 0.5 }, ["cites.recall: 0.400 below the floor 0.500"]],
    [{ invented_outlets: 0 }, { invented_outlets: 1 }, []],
    [{ invented_outlets: 2 }, { invented_outlets: 1 }, ["invented_outlets: 2.000 above the ceiling 1.000"]],
    [{}, { "stance.right": 0.1 }, ["stance.right: recorded 0.1, no longer measured"]],
  ])("measured %o against %o fails on %o", (measured, recorded, failures) => {
    expect(belowFloor(measured, recorded)).toEqual(failures);
  });
});
