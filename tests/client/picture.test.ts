/** The picture's rules on small graphs written for these tests: undated articles placed by the order their relations show, the main claims, the two sides of a claim, bundled arrows. */
import { describe, expect, it } from "vitest";
import { claimSides, mainClaims, majoritySide, sidesSentence } from "../../src/client/claims.ts";
import { indexCase, type CaseData } from "../../src/client/data.ts";
import { inferTimes, INFERRED_STEP, shownTimes } from "../../src/client/order.ts";
import { relationVerb } from "../../src/client/palette.ts";
import { toSigmaGraph } from "../../src/client/toSigmaGraph.ts";
import type { EdgeAttrs, NodeAttrs, SerializedProvenanceGraph } from "../../src/graph/types.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2020, 0, 10);

function article(key: string, outlet: string, day?: number): { key: string; attributes: NodeAttrs } {
  const published = day === undefined ? undefined : new Date(T0 + day * DAY).toISOString().slice(0, 10);
  return {
    key,
    attributes: { kind: "article", label: key, outlet: `outlet:${outlet}`, outletName: outlet, outletInferred: false, dateLabel: published ?? "date unknown", file: `${key}.txt`, body: "", bodyLength: 0, removed: {}, ...(published ? { published, datePrecision: "day", dateEstimated: false } : {}) },
  };
}

function claim(key: string, articles: string[], extra: Record<string, unknown> = {}): { key: string; attributes: NodeAttrs } {
  return { key, attributes: { kind: "claim", label: key, text: key, articles, outletCount: articles.length, independentSources: 1, primarySources: [], origins: articles.slice(0, 1), ...extra } as NodeAttrs };
}

type E = [string, string, EdgeAttrs];
const copy = (later: string, earlier: string, extra: Partial<EdgeAttrs> = {}): E => [later, earlier, { kind: "copies", passages: [], direction: "unknown", orientedBy: "none", credited: false, ...extra } as EdgeAttrs];
/** A copy whose order the texts tell (the later one credits the earlier), though a date is missing. */
const creditedCopy = (later: string, earlier: string): E => copy(later, earlier, { orientedBy: "citation", credited: true } as Partial<EdgeAttrs>);
const cite = (later: string, earlier: string): E => [later, earlier, { kind: "cites", frame: "according_to" }];
const asserts = (a: string, c: string, stance?: "true" | "false" | "mentions"): E => [a, c, { kind: "asserts", ...(stance ? { stance } : {}) }];

function caseOf(nodes: { key: string; attributes: NodeAttrs }[], edges: E[]): CaseData {
  const outlets = new Set(nodes.filter((n) => n.attributes.kind === "article").map((n) => (n.attributes as { outlet: string }).outlet));
  const json: SerializedProvenanceGraph = {
    attributes: { case: "t", title: "t", generatedBy: "test", findings: [], problems: [] },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [...nodes, ...[...outlets].map((o) => ({ key: o, attributes: { kind: "outlet", label: o.slice(7), outletKind: "website", inCase: true } as NodeAttrs }))],
    edges: edges.map(([s, t, a], i) => ({ key: `e${i}`, source: s, target: t, attributes: a })),
  };
  return indexCase("t", json);
}

describe("inferTimes: undated articles after what they take from", () => {
  it("puts a chain of undated copies after the dated article they lead back to, in order", () => {
    const d = caseOf([article("a", "A", 0), article("b", "B"), article("c", "C")], [creditedCopy("b", "a"), creditedCopy("c", "b")]);
    const t = inferTimes(d, new Map([["a", T0]]));
    expect(t.get("b")).toBe(T0 + INFERRED_STEP);
    expect(t.get("c")).toBe(T0 + 2 * INFERRED_STEP);
  });

  it("puts an undated article that others take from just before the earliest of them", () => {
    const d = caseOf([article("src", "S"), article("x", "X", 3), article("y", "Y", 5)], [cite("x", "src"), creditedCopy("y", "src")]);
    const t = inferTimes(d, new Map([["x", T0 + 3 * DAY], ["y", T0 + 5 * DAY]]));
    expect(t.get("src")).toBe(T0 + 3 * DAY - INFERRED_STEP);
  });

  it("after the latest of several sources, and leaves an article with no relation unplaced", () => {
    const d = caseOf([article("a", "A", 0), article("b", "B", 2), article("u", "U"), article("lone", "L")], [creditedCopy("u", "a"), cite("u", "b")]);
    const t = inferTimes(d, new Map([["a", T0], ["b", T0 + 2 * DAY]]));
    expect(t.get("u")).toBe(T0 + 2 * DAY + INFERRED_STEP);
    expect(t.has("lone")).toBe(false);
  });

  it("ends on a cycle of undated articles", () => {
    const d = caseOf([article("a", "A", 0), article("p", "P"), article("q", "Q")], [creditedCopy("p", "q"), creditedCopy("q", "p"), creditedCopy("p", "a")]);
    const t = inferTimes(d, new Map([["a", T0]]));
    expect(t.get("p")).toBeGreaterThan(T0);
    expect(t.get("q")).toBeGreaterThan(T0);
  });

  it("leaves an undated article that shares text with a dated one, where nothing tells which came first, 'date unknown'", () => {
    // Neither a date, a credit nor a doubled passage orders the two: the arrow's way is the drawing's convention, not an order.
    const d = caseOf([article("a", "A", 0), article("u", "U"), article("v", "V")], [copy("u", "a"), [ "a", "v", { kind: "quotes_same", direction: "unknown", orientedBy: "none" } as EdgeAttrs ]]);
    const t = inferTimes(d, new Map([["a", T0]]));
    expect(t.has("u")).toBe(false);
    expect(t.has("v")).toBe(false);
    expect(toSigmaGraph(d, "timeline").graph.getNodeAttribute("u", "shortLabel")).toBe("U (date unknown)");
  });

  it("on the timeline, an inferred article is drawn after its source, marked 'order inferred', with a dashed tick", () => {
    const d = caseOf([article("a", "A", 0), article("b", "B", 9), article("u", "U")], [creditedCopy("u", "a")]);
    const m = toSigmaGraph(d, "timeline");
    const x = (k: string) => m.graph.getNodeAttribute(k, "x");
    expect(x("u")).toBeGreaterThan(x("a"));
    expect(m.graph.getNodeAttribute("u", "type")).toBe("inferred");
    expect(m.graph.getNodeAttribute("u", "shortLabel")).toBe("U (order inferred)");
    expect(m.ticks.some((t) => t.inferred && t.label === "order inferred")).toBe(true);
  });
});

describe("shownTimes: an imprecise date drawn where its relations place it inside its range", () => {
  it("draws a year-only source before the dated article that copies it, not in the middle of its year", () => {
    const paper = { key: "paper", attributes: { ...article("paper", "P").attributes, published: "2020", datePrecision: "year", dateEstimated: false } as NodeAttrs };
    const d = caseOf([paper, article("copy", "C", 60)], [creditedCopy("copy", "paper")]);
    const m = toSigmaGraph(d, "timeline");
    const x = (k: string) => m.graph.getNodeAttribute(k, "x");
    expect(x("paper")).toBeLessThan(x("copy"));
    const at = shownTimes(d, new Map([["paper", { start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1), imprecise: true, precision: "year" as const }], ["copy", { start: T0 + 60 * DAY, end: T0 + 61 * DAY, imprecise: false, precision: "day" as const }]]));
    expect(at.get("paper")).toBe(T0 + 60 * DAY - INFERRED_STEP);
  });
  it("keeps the middle of the range when nothing that takes from it comes earlier", () => {
    const paper = { key: "paper", attributes: { ...article("paper", "P").attributes, published: "2020", datePrecision: "year", dateEstimated: false } as NodeAttrs };
    const d = caseOf([paper, article("other", "O", 60)], []);
    const at = shownTimes(d, new Map([["paper", { start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1), imprecise: true, precision: "year" as const }]]));
    expect(at.get("paper")).toBe(Math.floor((Date.UTC(2020, 0, 1) + Date.UTC(2021, 0, 1)) / 2));
  });
});

describe("main claims", () => {
  const many = () => {
    const arts = Array.from({ length: 12 }, (_, i) => article(`a${i}`, `O${i}`, i));
    const claims = Array.from({ length: 12 }, (_, i) => claim(`claim:c${i}`, arts.slice(0, 12 - i).map((a) => a.key)));
    return { arts, claims };
  };

  it("draws at most eight, the ones most articles carry; all of them on request", () => {
    const { arts, claims } = many();
    const d = caseOf([...arts, ...claims], []);
    expect(mainClaims(d)).toEqual(["claim:c0", "claim:c1", "claim:c2", "claim:c3", "claim:c4", "claim:c5", "claim:c6", "claim:c7"]);
    expect(toSigmaGraph(d, "timeline").graph.filterNodes((_k, a) => a.kind === "claim").length).toBe(8);
    expect(toSigmaGraph(d, "timeline", undefined, { allClaims: true }).graph.filterNodes((_k, a) => a.kind === "claim").length).toBe(12);
  });

  it("prefers the claims the analysis marked main", () => {
    const { arts, claims } = many();
    claims[10] = claim("claim:c10", ["a0", "a1"], { main: true });
    expect(mainClaims(caseOf([...arts, ...claims], []))).toEqual(["claim:c10"]);
  });
});

describe("the sides of a claim", () => {
  it.each<[string, ("true" | "false" | "mentions" | undefined)[], string, string]>([
    ["no stance read: all present it as true", [undefined, undefined], "2 articles presented it as true", "true"],
    ["both sides", ["true", "false", "false", undefined, "mentions"], "2 articles presented it as true, 2 reported it false, 1 only mentions it", "true"],
    ["mostly debunked", ["false", "false", "true"], "1 article presented it as true, 2 reported it false", "false"],
    ["only debunked", ["false"], "1 article reported it false", "false"],
  ])("%s", (_name, stances, sentence, side) => {
    const arts = stances.map((_, i) => article(`a${i}`, `O${i}`, i));
    const d = caseOf([...arts, claim("claim:x", arts.map((a) => a.key))], stances.map((s, i) => asserts(`a${i}`, "claim:x", s)));
    const sides = claimSides(d, "claim:x");
    expect(sidesSentence(sides)).toBe(sentence);
    expect(majoritySide(sides)).toBe(side);
  });
});

describe("bundled arrows", () => {
  it("draws arrows of one kind between the same two rows as one, thicker, with the count; other kinds stay apart", () => {
    const d = caseOf([article("a1", "A", 0), article("a2", "A", 1), article("b1", "B", 2), article("b2", "B", 3)], [copy("b1", "a1", { direction: "dated", orientedBy: "dates" }), copy("b2", "a2", { direction: "dated", orientedBy: "dates" }), cite("b2", "a1")]);
    const m = toSigmaGraph(d, "timeline");
    const lead = m.graph.getEdgeAttributes("e0");
    expect(lead.bundleSize).toBe(2);
    expect(lead.label).toBe("×2");
    expect(m.graph.getEdgeAttribute("e1", "bundledInto")).toBe("e0");
    expect(m.graph.getEdgeAttribute("e2", "bundledInto")).toBeUndefined();
    expect(lead.size).toBeGreaterThan(m.graph.getEdgeAttribute("e1", "size"));
  });
});

describe("relation words in the explorer's lists", () => {
  it("say one article copies or recycles from the other only where the texts tell which came first", () => {
    expect(relationVerb(creditedCopy("b", "a")[2])).toBe("copies text (credited) from");
    expect(relationVerb(copy("b", "a", { direction: "dated", orientedBy: "dates" } as Partial<EdgeAttrs>)[2])).toBe("copies text without credit from");
    expect(relationVerb(copy("b", "a")[2])).toBe("shares passages with");
    expect(relationVerb({ kind: "quotes_same", direction: "unknown", orientedBy: "none" } as EdgeAttrs)).toBe("prints the same quote as");
    expect(relationVerb(cite("b", "a")[2])).toBe("cites");
  });
});
