// single_source_amplification where every article presenting a claim as true took it from one that does not. A satire
// piece others took for news is that story ("presented as true … traces back to X, which reports it as satire"). A
// root the stance stage reads as reporting the claim false, while the articles taken from it print the same words as
// true, is one statement read two ways (a mayor's denial whose own "never" was read as a verdict on it): the finding
// would say the claim is news and that its only source calls it false, which the texts do not show.
import { describe, expect, it } from "vitest";
import { findFindings, type FindingInputs } from "../../src/analyse/findings.ts";
import type { ClaimAnalysis } from "../../src/analyse/types.ts";
import { createGraph } from "../../src/graph/build.ts";

const IDS = ["root", "t1", "t2", "t3"];

function amplified(rootStance: Record<string, unknown>): string[] {
  const graph = createGraph({ id: "t", title: "t", problems: [] });
  IDS.forEach((id, i) => {
    const outlet = `outlet:o-${id}`;
    graph.addNode(outlet, { kind: "outlet", label: `Paper ${id}`, outletKind: "newspaper", inCase: true });
    graph.addNode(id, { kind: "article", label: `Paper ${id}`, outlet, outletName: `Paper ${id}`, outletInferred: false, published: `2024-05-0${i + 1}`, datePrecision: "day", dateEstimated: false, dateLabel: "x", file: `${id}.txt`, body: "Nothing of the sort was ever planned for the ferry.", bodyLength: 50, removed: {} });
  });
  const claim = {
    key: "claim:ferry",
    label: "Nothing of the sort was ever planned for the ferry",
    text: "Nothing of the sort was ever planned for the ferry",
    statements: IDS.map((a) => ({ article: a, start: -1, end: -1, text: "Nothing of the sort was ever planned for the ferry" })),
    articles: IDS,
    outlets: IDS,
    origins: ["root"],
    derivedFrom: { t1: ["root"], t2: ["root"], t3: ["t1"] },
    restsOn: { root: [], t1: [], t2: [], t3: [] },
    primarySources: [],
    stances: { root: rootStance },
    presentedAsTrue: ["t1", "t2", "t3"],
    reportedFalse: ["root"],
    mentionedBy: [],
    main: true,
  } as unknown as ClaimAnalysis;
  const inputs: FindingInputs = { graph, claims: [claim], relations: [], figureConflicts: [], drift: [], readings: new Map() };
  return findFindings(inputs).filter((f) => f.type === "single_source_amplification").map((f) => f.explanation);
}

describe("amplification traced back to an article that does not present the claim as true", () => {
  it("is stated where that article tells it as satire", () => {
    const found = amplified({ stance: "false", rule: "stance.declared_satire", confidence: 0.9, evidence: [], satire: true });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/traces back to Paper root/);
  });

  it("is not stated where that article only reports it false: one statement read two ways is no finding", () => {
    expect(amplified({ stance: "false", rule: "stance.near_cue", confidence: 0.8, evidence: [] })).toEqual([]);
  });
});
