/**
 * A tall case (22 outlets, many undated) whose main claims all start at its first article, with cited outlets named by
 * several articles: the picture, fitted to an ordinary stage the way sigma fits it, names every claim, the most cited
 * outlet and every article. Before, claims stacked 15 px apart and a long band of cited outlets made the picture wider than the screen,
 * so the labels of the story's main claims and of its most cited outlet met and went unnamed.
 */
import { describe, expect, it } from "vitest";
import { indexCase } from "../../src/client/data.ts";
import { visibleLabels, type LabelView } from "../../src/client/labels.ts";
import { labelWidth } from "../../src/client/picture/labelText.ts";
import { toSigmaGraph } from "../../src/client/toSigmaGraph.ts";
import { fitter } from "../../src/export/storyPicture.ts";
import { defaultState } from "../../src/client/state.ts";
import type { SerializedProvenanceGraph } from "../../src/graph/types.ts";

const OUTLETS = ["Harbour Gazette", "Valley Post", "Quill Courier", "North Shore Times", "Lakeside Daily", "Port Ledger", "Hill Herald", "River Record", "Bay Chronicle", "Dune Observer", "Cliff Weekly", "Marsh Monitor", "Fjord Tribune", "Glen Bulletin", "Moor Sentinel", "Isle Dispatch", "Ridge Examiner", "Cove Journal", "Delta Register", "Heath Review", "Vale Express", "Crag Star"];
const CITED = ["Pressehaus Nordwind Agentur", "The Ferry Workers Newsletter", "Coastal Broadcasting Service", "Harbourmaster Office Bulletin", "Regional Weather Bureau", "The Lighthouse Society Gazette", "Fishing Fleet Radio", "Island Community Television"];
const CLAIMS = ["The old ferry will stop running between the two harbours in June", "The harbour board sold the ferry to a shipping firm abroad", "Ferry workers were told of the sale by a letter on Monday", "The council says it never approved the sale of the ferry"];

function tallCase(): SerializedProvenanceGraph {
  const nodes: SerializedProvenanceGraph["nodes"] = [];
  const edges: SerializedProvenanceGraph["edges"] = [];
  OUTLETS.forEach((name, i) => {
    const outlet = `outlet:o${i}`;
    const article = `a${i}`;
    const dated = i < 10;
    nodes.push({ key: outlet, attributes: { kind: "outlet", label: name, outletKind: "newspaper", inCase: true } });
    nodes.push({
      key: article,
      attributes: { kind: "article", label: dated ? `${name}, ${i + 1} Mar 2021` : name, outlet, outletName: name, outletInferred: false, ...(dated ? { published: `2021-03-${String(i + 1).padStart(2, "0")}`, datePrecision: "day", dateEstimated: false, dateLabel: `${i + 1} Mar 2021` } : { dateLabel: "date unknown" }), title: `Ferry story ${i}`, language: "en", body: "…", file: `articles/a${i}.txt`, bodyLength: 1, removed: {} },
    });
    edges.push({ key: `${article}->published_by->${outlet}`, source: article, target: outlet, attributes: { kind: "published_by" } });
    if (i > 0) edges.push({ key: `${article}->copies->a0`, source: article, target: "a0", attributes: { kind: "copies", passages: [], direction: "unknown" } });
  });
  CITED.forEach((name, k) => {
    nodes.push({ key: `outlet:c${k}`, attributes: { kind: "outlet", label: name, outletKind: "unknown", inCase: false } });
    // The first is the story's most cited outlet (six articles name it); the others two or three.
    for (const i of k === 0 ? [1, 3, 6, 9, 14, 18] : [k % 5, 5 + (k % 7), 12 + k]) edges.push({ key: `a${i}->cites->outlet:c${k}`, source: `a${i}`, target: `outlet:c${k}`, attributes: { kind: "cites", frame: "according_to", confidence: 0.95, rule: "en.according_to/registry" } });
  });
  CLAIMS.forEach((text, k) => {
    const key = `claim:k${k}`;
    const articles = OUTLETS.map((_, i) => `a${i}`).filter((_, i) => i === 0 || (i + k) % 3 !== 0);
    nodes.push({ key, attributes: { kind: "claim", label: text, text, articles, outletCount: articles.length, independentSources: 1, primarySources: [], origins: ["a0"], main: true, presentedAsTrue: articles, reportedFalse: [], mentionedBy: [] } });
    for (const a of articles) edges.push({ key: `${a}->asserts->${key}`, source: a, target: key, attributes: { kind: "asserts", stance: "true" } });
  });
  return { options: { type: "directed", multi: true, allowSelfLoops: false }, attributes: { case: "tall", title: "tall", generatedBy: "test", findings: [] }, nodes, edges } as unknown as SerializedProvenanceGraph;
}

describe("labels of the bands in a tall picture", () => {
  it.each([
    [1400, 900],
    [950, 635],
  ])("names every main claim and the most cited outlet on a %i × %i stage (less cited ones may be left to the hover)", (width, height) => {
    const viewport = { width, height };
    const model = toSigmaGraph(indexCase("tall", tallCase()), "timeline", viewport);
    const at = fitter(model, viewport);
    const view = { getGraph: () => model.graph, getDimensions: () => viewport, graphToViewport: (p: { x: number; y: number }) => at(p.x, p.y), scaleSize: (s: number) => s } as unknown as LabelView;
    const drawn = visibleLabels(view, { state: defaultState() }, labelWidth) ?? new Map();
    const unnamed = model.graph.filterNodes((k, a) => (a.kind === "claim" || k === "outlet:c0") && !drawn.has(k));
    expect(unnamed).toEqual([]);
    // Every article is still named: the bands' room is not taken from the rows.
    expect(model.graph.filterNodes((k, a) => a.kind === "article" && !drawn.has(k))).toEqual([]);
  });
});
