/**
 * Every row of the timeline names its outlet, and a claim the picture draws says its first words. When an outlet's
 * first article had a later one close beside it on its row, "Outlet, date" found no room and the row went unnamed (the
 * later article says only its date); a claim squeezed between others went unnamed too. Now such a node falls back to a
 * shorter label: the outlet's name alone, a claim's first words. Japanese and Chinese labels are measured as wide as
 * they are drawn, so the layout leaves them room. Own invented names.
 */
import { describe, expect, it } from "vitest";
import { indexCase } from "../../src/client/data.ts";
import { placeLabels, type Disc, type LabelCandidate } from "../../src/client/labels.ts";
import { labelWidth, shorten } from "../../src/client/picture/labelText.ts";
import { toSigmaGraph } from "../../src/client/toSigmaGraph.ts";
import type { SerializedProvenanceGraph } from "../../src/graph/types.ts";

describe("a label with no room falls back to its shorter text", () => {
  const disc = (c: LabelCandidate): Disc => ({ key: c.key, x: c.x, y: c.y, r: c.r });
  it("the row's first article names its outlet where 'Outlet, date' would cover the next article of its row", () => {
    const first: LabelCandidate = { key: "first", x: 20, y: 100, r: 8, width: 260, shorterWidth: 150, priority: 2 };
    const next: LabelCandidate = { key: "next", x: 230, y: 100, r: 8, width: 80, priority: 1 };
    const placed = placeLabels([first, next], [first, next].map(disc));
    expect(placed.get("first")).toEqual({ side: "right", short: true });
    expect(placed.get("next")).toEqual({ side: "right" });
  });

  it("a node with no shorter text still goes to the hover", () => {
    const first: LabelCandidate = { key: "first", x: 20, y: 100, r: 8, width: 260, priority: 2 };
    const next: LabelCandidate = { key: "next", x: 230, y: 100, r: 8, width: 80, priority: 1 };
    expect(placeLabels([first, next], [first, next].map(disc)).has("first")).toBe(false);
  });
});

function twoArticlesOfOneOutlet(name: string): SerializedProvenanceGraph {
  const outlet = "outlet:o0";
  const article = (key: string, date: string) => ({
    key,
    attributes: { kind: "article", label: `${name}, ${date}`, outlet, outletName: name, outletInferred: false, published: date, datePrecision: "day", dateEstimated: false, dateLabel: date, title: key, language: "ja", body: "…", file: `articles/${key}.txt`, bodyLength: 1, removed: {} },
  });
  return {
    options: { type: "directed", multi: true, allowSelfLoops: false },
    attributes: { case: "rows", title: "rows", generatedBy: "test", findings: [] },
    nodes: [{ key: outlet, attributes: { kind: "outlet", label: name, outletKind: "newspaper", inCase: true } }, article("early", "2024-05-01"), article("late", "2025-01-20")],
    edges: ["early", "late"].map((a) => ({ key: `${a}->published_by->${outlet}`, source: a, target: outlet, attributes: { kind: "published_by" } })),
  } as unknown as SerializedProvenanceGraph;
}

describe("the shorter labels the picture offers", () => {
  it("the first article of a row offers its outlet's name, the later one nothing shorter than its date", () => {
    const { graph } = toSigmaGraph(indexCase("rows", twoArticlesOfOneOutlet("北港灯台守週報 (北港WEST)")), "timeline", { width: 950, height: 600 });
    expect(graph.getNodeAttribute("early", "fallbackLabel")).toBe("北港灯台守週報 (北港WEST)");
    expect(graph.getNodeAttribute("late", "fallbackLabel")).toBeUndefined();
  });

  it("a Japanese label is measured and cut at the width it is drawn", () => {
    // Seven characters, each a 13 px square in the label font.
    expect(labelWidth("北港灯台守週報")).toBeGreaterThanOrEqual(7 * 12);
    expect(shorten("これは非常に長い日本語の見出しで、画面に収まらないほどの文字数があります", 20).length).toBeLessThanOrEqual(13);
  });
});
