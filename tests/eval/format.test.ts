// What `claimtrail eval` prints for a set of cases: a row per case and the micro-average; verbose names every invented outlet.
import { describe, expect, it } from "vitest";
import { formatTable } from "../../src/eval/format.ts";
import { scoreGraph, TruthSchema } from "../../src/eval/score.ts";
import { summarise } from "../../src/eval/summary.ts";
import type { SerializedProvenanceGraph } from "../../src/graph/types.ts";

const graph = {
  attributes: { findings: [] },
  nodes: [{ key: "outlet:daily-planet", attributes: { kind: "outlet", label: "Daily Planet", outletKind: "unknown", inCase: false } }],
  edges: [{ key: "1", source: "b", target: "a", attributes: { kind: "cites" } }],
} as unknown as SerializedProvenanceGraph;

describe("the eval table", () => {
  const report = scoreGraph(graph, TruthSchema.parse({ relations: [{ from: "b", to: "a", relation: "cites" }] }), { grounding: { texts: ["Nothing names it."], hosts: [] } });
  const d = summarise([{ case: "tiny-case", report }]);

  it("has a row per case and a micro-averaged row, with the invented outlets counted", () => {
    const lines = formatTable(d);
    expect(lines.find((l) => l.startsWith("tiny-case"))).toMatch(/^tiny-case\s+1\.00 1\.00 .* 1$/);
    expect(lines.find((l) => l.startsWith("all (micro)"))).toMatch(/^all \(micro\)\s+1\.00 1\.00/);
    expect(lines).toContain("  claims drawn 0 (main 0)  invented outlets 1");
    expect(lines.join("\n")).not.toContain("Daily Planet");
  });

  it("names the invented outlets in verbose mode", () => {
    const lines = formatTable(d, true);
    expect(lines).toContain("  invented     outlets 1");
    expect(lines).toContain("      Daily Planet");
  });
});
