/** The quiz's key and verdicts (quiz.ts) on a small case written for this test: three articles of one claim from invented outlets, two sources behind it; answers checked against what the report states (the claim's own origins and sources, else its trace's). */
import { describe, expect, it } from "vitest";
import type { OriginTrace } from "../../src/analyse/types.ts";
import { indexCase } from "../../src/client/data.ts";
import { countVerdict, originVerdict, quizFocus, quizKey, revealedText } from "../../src/client/quiz.ts";
import type { NodeAttrs, SerializedProvenanceGraph } from "../../src/graph/types.ts";

const article = (key: string, outlet: string, published: string) => ({
  key,
  attributes: { kind: "article", label: key, outlet: `outlet:${outlet}`, outletName: outlet, outletInferred: false, dateLabel: published, published, datePrecision: "day", dateEstimated: false, file: `${key}.txt`, body: "", bodyLength: 0, removed: {} } as NodeAttrs,
});
const source = (key: string, label: string) => ({ key, attributes: { kind: "source", label, sourceType: "named", articles: [] } as unknown as NodeAttrs });

function data(claimExtra: Record<string, unknown> = {}) {
  const json: SerializedProvenanceGraph = {
    attributes: { case: "harbour", title: "Harbour", generatedBy: "test", findings: [], problems: [] },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [
      article("herald-2", "Harbour Herald", "2021-06-03"),
      article("post-1", "Valley Post", "2021-06-01"),
      article("gazette-3", "Quillon Gazette", "2021-06-05"),
      source("source:mayor", "Mayor Ilse Varga"),
      source("source:report", "the port authority's report"),
      { key: "claim:close", attributes: { kind: "claim", label: "The harbour will close in July", text: "The harbour will close in July", articles: ["post-1", "herald-2", "gazette-3"], outletCount: 3, independentSources: 2, primarySources: ["source:mayor", "source:report"], origins: ["post-1"], ...claimExtra } as NodeAttrs },
    ],
    edges: [
      { key: "a1", source: "post-1", target: "claim:close", attributes: { kind: "asserts" } as never },
      { key: "q1", source: "post-1", target: "source:mayor", attributes: { kind: "quotes" } as never },
      { key: "c2", source: "herald-2", target: "post-1", attributes: { kind: "cites", frame: "according_to" } as never },
    ],
  };
  return indexCase("harbour", json);
}

const trace = (extra: Partial<OriginTrace>): OriginTrace => ({ root: "claim:close", tree: { key: "claim:close", kind: "claim", label: "", children: [] }, origins: [], originOrder: "dates", primarySources: [], independentSources: 0, articles: [], outlets: [], edges: [], ...extra });

describe("the quiz", () => {
  it("offers every article, earliest first, and knows where the claim started and how many independent sources it rests on", () => {
    const key = quizKey(data(), "claim:close")!;
    expect(key.choices.map((c) => c.key)).toEqual(["post-1", "herald-2", "gazette-3"]);
    expect([key.firstPrinted, key.firstPresented, key.independentSources]).toEqual([["post-1"], [], 2]);
    expect(quizKey(data(), "post-1")).toBeUndefined();
  });

  it("takes as the right answer only an origin nothing dates after the first: a later one carries the claim, it did not start it", () => {
    const d = data({ origins: ["post-1", "gazette-3"] });
    const key = quizKey(d, "claim:close")!;
    expect(key.firstPrinted).toEqual(["post-1"]);
    expect(originVerdict(d, key, "gazette-3").right).toBe(false);
  });

  it("takes the answers from the origin trace where the claim itself names no primary source, as the report does", () => {
    const d = data({ primarySources: [], independentSources: 0, origins: [] });
    const key = quizKey(d, "claim:close", trace({ origins: ["herald-2"], primarySources: ["source:report"], independentSources: 1 }))!;
    expect([key.firstPrinted, key.primarySources, key.independentSources]).toEqual([["herald-2"], ["source:report"], 1]);
  });

  it.each([
    ["the first article", "post-1", true, /^Yes: Valley Post, .* is the first article in this case to print it\.$/],
    ["a later one", "gazette-3", false, /^Not Quillon Gazette/],
  ])("checks question 1: %s", (_what, picked, right, text) => {
    const d = data();
    const v = originVerdict(d, quizKey(d, "claim:close")!, picked);
    expect(v.right).toBe(right);
    expect(v.text).toMatch(text);
  });

  it.each([
    [2, true, /^Yes: 2\./],
    [3, false, /^Fewer/],
    [1, false, /^More/],
  ])("checks question 2: %i", (n, right, text) => {
    const v = countVerdict(quizKey(data(), "claim:close")!, n);
    expect(v.right).toBe(right);
    expect(v.text).toMatch(text);
  });

  it("lights nothing until the answers are revealed, then where it started and what it rests on", () => {
    const d = data();
    const key = quizKey(d, "claim:close")!;
    expect(quizFocus(d, key, { claim: "claim:close", picked: "gazette-3", revealed: false })).toBeUndefined();
    const lit = quizFocus(d, key, { claim: "claim:close", picked: "gazette-3", revealed: true })!;
    expect([...lit.nodes].sort()).toEqual(["claim:close", "gazette-3", "post-1", "source:mayor", "source:report"]);
    expect([...lit.edges].sort()).toEqual(["a1", "q1"]);
    expect(revealedText(d, key)).toEqual({ origin: expect.stringMatching(/^It first appears in Valley Post, [^.]*\.$/), count: "2 independent sources (Mayor Ilse Varga and the port authority's report). Repeating a claim is not confirming it." });
  });

  it("answers 'printed first' with the earliest carrier on any side, and names the first to present it as true beside it", () => {
    // The post's fact-check quotes the rumour on 1 June, before the herald presents it as true on 3 June.
    const d = data({ origins: ["herald-2"], appearsFirstIn: ["post-1"] });
    d.edges.set("f1", { key: "f1", source: "post-1", target: "claim:close", attributes: { kind: "asserts", stance: "false" } as never });
    d.edges.delete("a1");
    d.incident.set("post-1", ["f1", "q1"]);
    const key = quizKey(d, "claim:close")!;
    expect([key.firstPrinted, key.firstPresented]).toEqual([["post-1"], ["herald-2"]]);
    const right = originVerdict(d, key, "post-1");
    expect(right.right).toBe(true);
    expect(right.text).toMatch(/^Yes: Valley Post, .* is the first article in this case to print it, which reports it as false\. It was first presented as true in Harbour Herald/);
    const near = originVerdict(d, key, "herald-2");
    expect(near.right).toBe(false);
    expect(near.text).toMatch(/^Not quite: Harbour Herald, .* is the first to present it as true, but an article on another side printed it earlier\.$/);
    expect(revealedText(d, key).origin).toMatch(/^It first appears in Valley Post, [^,]*, which reports it as false\. It was first presented as true in Harbour Herald/);
    const lit = quizFocus(d, key, { claim: "claim:close", revealed: true })!;
    expect([...lit.nodes]).toEqual(expect.arrayContaining(["post-1", "herald-2"]));
  });
});
