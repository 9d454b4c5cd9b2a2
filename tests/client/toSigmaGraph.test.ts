/** The timeline layout on the reference case (data/cases/baghdadi-2019) and the synthetic fixture (tests/fixtures/explorer): room for every date and label, bands without overlaps, imprecise dates drawn as such, quote lines in the background. */
import { beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_CASE } from "../../src/cli/serve.ts";
import { indexCase, type CaseData } from "../../src/client/data.ts";
import { EDGE_STYLES, STANCE_COLORS } from "../../src/client/palette.ts";
import { labelWidth, shorten } from "../../src/client/picture/labelText.ts";
import { toSigmaGraph } from "../../src/client/toSigmaGraph.ts";
import type { ViewModel, ViewNodeAttrs } from "../../src/client/types.ts";
import { serializeGraph } from "../../src/graph/build.ts";
import type { ArticleNodeAttrs } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { storyFixture } from "../fixtures/explorer/fixture.ts";

let data: CaseData;
let model: ViewModel;
const nodes = (kind: ViewNodeAttrs["kind"]) => model.graph.filterNodes((_k, a) => a.kind === kind).map((k) => [k, model.graph.getNodeAttributes(k)] as const);

beforeAll(async () => {
  const analysis = await analyseCaseFolder(BUNDLED_CASE);
  data = indexCase(analysis.loaded.id, serializeGraph(analysis.graph));
  model = toSigmaGraph(data, "timeline", { width: 1000, height: 560 });
}, 120_000);

describe("toSigmaGraph on the reference case", () => {
  it("puts distinct dates in order at least a step apart, and an article's label clear of the next article on its row", () => {
    const arts = nodes("article").filter(([, a]) => a.time !== undefined);
    const byTime = [...arts].sort((a, b) => a[1].time! - b[1].time!);
    for (let i = 1; i < byTime.length; i++) {
      const [prev, next] = [byTime[i - 1]![1], byTime[i]![1]];
      if (next.time! > prev.time!) expect(next.x - prev.x).toBeGreaterThanOrEqual(40);
    }
    const rows = new Map<string, (typeof arts)[number][]>();
    for (const a of arts) rows.set(a[1].outlet!, [...(rows.get(a[1].outlet!) ?? []), a]);
    let pairs = 0;
    for (const row of rows.values()) {
      row.sort((a, b) => a[1].x - b[1].x);
      for (let i = 1; i < row.length; i++) {
        const prev = row[i - 1]![1];
        pairs++;
        expect(row[i]![1].x - row[i]![1].size - (prev.x + prev.size + 3 + labelWidth(prev.shortLabel!))).toBeGreaterThanOrEqual(0);
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  it("compresses the two quiet years into a break marked on the axis", () => {
    expect(model.ticks.filter((t) => t.break).map((t) => t.label)).toEqual(["⋯ 2 years ⋯"]);
  });

  it("draws month-precision and estimated dates hollow with a range bar, and never labels them as exact", () => {
    for (const [key, a] of nodes("article")) {
      const src = data.nodes.get(key) as ArticleNodeAttrs;
      const imprecise = src.dateEstimated || src.datePrecision === "month" || src.datePrecision === "year";
      expect(a.type).toBe(imprecise ? "hollow" : "circle");
      expect(model.graph.hasNode(`range:${key}:start`)).toBe(imprecise);
      if (src.dateEstimated) expect(a.label).toContain("c. ");
    }
  });

  it.each(["claim", "source"] as const)("packs %ss in rows where no two labels overlap", (kind) => {
    const rows = new Map<number, [number, number][]>();
    for (const [, a] of nodes(kind)) rows.set(a.y, [...(rows.get(a.y) ?? []), [a.x - a.size, a.x + a.size + 3 + labelWidth(a.shortLabel!)]]);
    for (const spans of rows.values()) {
      spans.sort((p, q) => p[0] - q[0]);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    }
  });

  it("ranks claims by the number of articles that make them, and draws the most repeated one bigger and nearest the rows", () => {
    const claims = nodes("claim").map(([k, a]) => ({ a, count: (data.nodes.get(k) as { articles: string[] }).articles.length }));
    const top = claims.reduce((m, c) => (c.count > m.count ? c : m));
    for (const c of claims) {
      if (c.count < top.count) {
        expect(c.a.importance!).toBeLessThan(top.a.importance!);
        expect(c.a.size).toBeLessThan(top.a.size);
      }
    }
    expect(top.a.shortLabel).toBe(shorten(top.a.label!, 60));
  });

  it("draws quote lines faint and under the lines between articles, with a strong colour kept for a selection", () => {
    const edges = model.graph.mapEdges((_k, e) => e);
    const quotes = edges.filter((e) => e.kind === "quotes");
    // Sure relations between articles; a possible one (confidence under CONFIDENT) is drawn thinner on purpose (tested below).
    const between = edges.filter((e) => ["cites", "copies", "quotes_same", "alters_quote", "republishes"].includes(e.kind) && !e.possible);
    expect(quotes.length).toBeGreaterThan(0);
    expect(between.length).toBeGreaterThan(0);
    const thickest = Math.max(...quotes.map((e) => e.size));
    for (const e of between) {
      expect(e.size).toBeGreaterThan(thickest * 2);
      expect(e.zIndex!).toBeGreaterThan(quotes[0]!.zIndex!);
    }
    for (const q of quotes) {
      expect(q.color).toBe(EDGE_STYLES.quotes.color);
      expect(q.focusColor).not.toBe(q.color);
      expect(q.focusSize!).toBeGreaterThan(q.size);
    }
  });
});

describe("toSigmaGraph on the fixture story", () => {
  it("puts an outlet that is only cited under the rows, near the article that cites it", async () => {
    const story = indexCase("story", serializeGraph((await storyFixture()).graph));
    const m = toSigmaGraph(story, "timeline");
    const cited = [...story.nodes].filter(([, n]) => n.kind === "outlet" && !n.inCase).map(([k]) => k);
    expect(cited.length).toBeGreaterThan(0);
    const lowestRow = Math.min(...m.lanes.filter((l) => l.inCase).map((l) => l.y));
    for (const key of cited) {
      const a = m.graph.getNodeAttributes(key);
      expect(a.y).toBeLessThan(lowestRow);
      const citers = [...story.edges.values()].filter((e) => e.target === key).map((e) => m.graph.getNodeAttribute(e.source, "x"));
      expect(Math.abs(a.x - Math.min(...citers))).toBeLessThan(80);
    }
  });
});

describe("the picture's rules on the fixture story", () => {
  const withEdits = async (edit: (data: CaseData) => void) => {
    const story = indexCase("story", serializeGraph((await storyFixture()).graph));
    edit(story);
    return { story, m: toSigmaGraph(story, "timeline") };
  };

  it("draws a relation read with confidence under CONFIDENT paler and thinner than the same relation read surely", async () => {
    const { story, m } = await withEdits((d) => {
      const e = [...d.edges.values()].find((x) => x.attributes.kind === "cites" && d.nodes.get(x.target)?.kind === "article")!;
      e.attributes.confidence = 0.4;
    });
    const possible = m.graph.filterEdges((_k, a) => a.possible === true);
    expect(possible.length).toBe(1);
    const p = m.graph.getEdgeAttributes(possible[0]!);
    expect(p.size).toBeLessThan(EDGE_STYLES.cites.size);
    expect(p.color).not.toBe(EDGE_STYLES.cites.color);
    expect(story.edges.get(possible[0]!)!.attributes.confidence).toBe(0.4);
  });

  it("colours a claim by the side most articles take, with a ring for the other side, and the lines to it by each article's stance", async () => {
    const { m } = await withEdits((d) => {
      const asserts = [...d.edges.values()].filter((x) => x.attributes.kind === "asserts" && x.target === "claim:dam-crack");
      asserts.slice(0, 3).forEach((x) => Object.assign(x.attributes, { stance: "false" }));
    });
    const claim = m.graph.getNodeAttributes("claim:dam-crack");
    expect(claim.color).toBe(STANCE_COLORS.false);
    expect(claim.type).toBe("hollow");
    expect(claim.borderColor).toBe(STANCE_COLORS.true);
    const focus = m.graph.filterEdges((_k, a) => a.kind === "asserts").map((k) => m.graph.getEdgeAttribute(k, "focusColor"));
    expect(focus.filter((c) => c === STANCE_COLORS.false).length).toBe(3);
  });

  it("names each outlet once: the row's first article says the outlet, a later one on that row only its date", async () => {
    const { story, m } = await withEdits(() => {});
    const outlets = m.graph.filterNodes((_k, a) => a.kind === "outlet" && m.lanes.some((l) => l.inCase && l.outlet === _k));
    for (const o of outlets) expect(m.graph.getNodeAttribute(o, "shortLabel")).toBe("");
    const arts = m.graph.filterNodes((_k, a) => a.kind === "article");
    const byOutlet = new Map<string, string[]>();
    for (const k of arts) byOutlet.set(m.graph.getNodeAttribute(k, "outlet")!, [...(byOutlet.get(m.graph.getNodeAttribute(k, "outlet")!) ?? []), k]);
    for (const [outlet, keys] of byOutlet) {
      const name = (story.nodes.get(keys[0]!) as ArticleNodeAttrs).outletName;
      const naming = keys.filter((k) => m.graph.getNodeAttribute(k, "shortLabel")!.startsWith(name));
      expect(naming.length, outlet).toBe(1);
    }
  });
});
