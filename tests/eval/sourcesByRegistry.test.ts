// A truth source an article names by an outlet's alias in its own script ("هاربر واير") and the graph's node of that
// registered outlet, labelled with the registry's name ("Harbour Wire"), are one source: before, the scorer compared
// the label's words only, so reading the outlet through the registry turned a found source into a missed one. Own
// invented outlet.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, OutletEntrySchema } from "../../src/core/outlets.ts";
import { scoreGraph, TruthSchema } from "../../src/eval/score.ts";
import type { SerializedProvenanceGraph } from "../../src/graph/types.ts";

const registry = createOutletRegistry([OutletEntrySchema.parse({ name: "Harbour Wire", aliases: ["هاربر واير"] })]);

const graphCiting = (target: string, label: string) =>
  ({
    attributes: { findings: [] },
    nodes: [{ key: target, attributes: { kind: "outlet", label } }],
    edges: [{ key: "1", source: "a", target, attributes: { kind: "cites" } }],
  }) as unknown as SerializedProvenanceGraph;

describe("a truth source named by a registered outlet's alias", () => {
  it("is found in the node of that outlet", () => {
    const truth = TruthSchema.parse({ sources: { a: [{ name: "هاربر واير", type: "outlet" }] } });
    expect(scoreGraph(graphCiting("outlet:harbour-wire", "Harbour Wire"), truth, { registry }).sources[0]).toMatchObject({ found: 1, missed: [] });
  });

  it("is not found in another outlet's node, nor without the registry", () => {
    const truth = TruthSchema.parse({ sources: { a: [{ name: "هاربر واير", type: "outlet" }] } });
    expect(scoreGraph(graphCiting("outlet:quay-post", "Quay Post"), truth, { registry }).sources[0]).toMatchObject({ found: 0 });
    expect(scoreGraph(graphCiting("outlet:harbour-wire", "Harbour Wire"), truth).sources[0]).toMatchObject({ found: 0 });
  });
});

describe("a truth source named by the credit a registered agency signs with", () => {
  const withCredit = createOutletRegistry([OutletEntrySchema.parse({ name: "Quillon News Service", credits: ["QNS"], kind: "agency" })]);
  it("is found in the node of that agency", () => {
    const truth = TruthSchema.parse({ sources: { a: [{ name: "QNS", type: "outlet" }] } });
    expect(scoreGraph(graphCiting("outlet:quillon-news-service", "Quillon News Service"), truth, { registry: withCredit }).sources[0]).toMatchObject({ found: 1, missed: [] });
  });
  it("is not found in another outlet's node", () => {
    const truth = TruthSchema.parse({ sources: { a: [{ name: "QNS", type: "outlet" }] } });
    expect(scoreGraph(graphCiting("outlet:quay-post", "Quay Post"), truth, { registry: withCredit }).sources[0]).toMatchObject({ found: 0 });
  });
});
