/** The one place where meaning becomes pixels: derives every node's position, size, colour and label, and every edge's style, from the case data. */
import Graph from "graphology";
import type { ArticleNodeAttrs, NodeAttrs } from "../graph/types.ts";
import type { CaseData } from "./data.ts";
import { COLORS, EDGE_STYLES, edgeStyleId } from "./palette.ts";
import { articleTime, axisTicks, dayStart, timeScale, type ArticleTime } from "./timeline.ts";
import type { AxisTick, Lane, LayoutName, ViewEdgeAttrs, ViewGraph, ViewModel, ViewNodeAttrs } from "./types.ts";

/** Vertical distance between lanes, in graph units (the x unit is one compressed step of the time scale). */
const LANE = 1.6;
/** Above this many articles, labels show on hover and zoom only, and nodes shrink. */
const LABEL_ALL_MAX = 80;

function sizes(articleCount: number): { article: number; other: number } {
  if (articleCount > 2000) return { article: 3, other: 2.5 };
  if (articleCount > 200) return { article: 5, other: 4 };
  return { article: 11, other: 8 };
}

/** Builds the drawable graph of a case for a layout. Linear in nodes + edges apart from one sort of the dates. */
export function toSigmaGraph(data: CaseData, layout: LayoutName): ViewModel {
  const graph: ViewGraph = new Graph<ViewNodeAttrs, ViewEdgeAttrs>({ type: "directed", multi: true, allowSelfLoops: false });
  const articles: [string, ArticleNodeAttrs][] = [];
  for (const [key, n] of data.nodes) if (n.kind === "article") articles.push([key, n]);
  const size = sizes(articles.length);
  const labelAll = articles.length <= LABEL_ALL_MAX;

  // Dates and the time scale.
  const times = new Map<string, ArticleTime>();
  const anchorTimes: number[] = [];
  for (const [key, a] of articles) {
    const t = articleTime(a);
    if (!t) continue;
    times.set(key, t);
    anchorTimes.push(t.start);
    if (t.imprecise) anchorTimes.push(t.end);
  }
  const scale = timeScale(anchorTimes);
  const xOf = (t: ArticleTime): number => scale.x(shownTime(t));
  const xs = anchorTimes.map((t) => scale.x(t));
  const xMin = xs.length ? Math.min(...xs) : 0;
  const xMax = xs.length ? Math.max(...xs) : 1;
  const pad = Math.max(2, (xMax - xMin) * 0.28);
  const undatedX = xMax + pad * 0.6;

  // Lanes: outlets of the case in order of their first article (by where it is drawn), then outlets only cited.
  const firstTime = new Map<string, number>();
  for (const [key, a] of articles) {
    const tt = times.get(key);
    const t = tt ? shownTime(tt) : Infinity;
    firstTime.set(a.outlet, Math.min(firstTime.get(a.outlet) ?? Infinity, t));
  }
  const outletKeys = [...data.nodes].filter(([, n]) => n.kind === "outlet").map(([k]) => k);
  const inCase = outletKeys.filter((k) => firstTime.has(k)).sort((a, b) => firstTime.get(a)! - firstTime.get(b)! || a.localeCompare(b));
  const citedOnly = outletKeys.filter((k) => !firstTime.has(k)).sort((a, b) => labelOfNode(data.nodes.get(a)).localeCompare(labelOfNode(data.nodes.get(b))));
  const lanes: Lane[] = [...inCase, ...citedOnly].map((outlet, i) => ({ outlet, label: labelOfNode(data.nodes.get(outlet)), y: -i * LANE, inCase: firstTime.has(outlet) }));
  const laneY = new Map(lanes.map((l) => [l.outlet, l.y]));
  const laneOf = new Map(lanes.map((l) => [l.outlet, l]));
  const bottom = lanes.length ? lanes[lanes.length - 1]!.y : 0;

  // Articles: one per lane position; same-day articles of one outlet are fanned out a little.
  const stack = new Map<string, number>();
  const nodeTime = new Map<string, number>();
  for (const [key, a] of articles) {
    const t = times.get(key);
    const x = t ? xOf(t) : undatedX;
    const slot = `${a.outlet}|${x.toFixed(3)}`;
    const k = stack.get(slot) ?? 0;
    stack.set(slot, k + 1);
    const y = (laneY.get(a.outlet) ?? bottom - LANE) + (k === 0 ? 0 : (k % 2 ? 1 : -1) * Math.min(0.45, Math.ceil(k / 2) * 0.18) * LANE);
    if (t) nodeTime.set(key, shownTime(t));
    const imprecise = !t || t.imprecise;
    graph.addNode(key, {
      x,
      y,
      size: size.article,
      color: imprecise ? COLORS.background : COLORS.article,
      borderColor: COLORS.article,
      type: imprecise ? "hollow" : "circle",
      label: t ? a.label : `${a.label} (date unknown)`,
      forceLabel: labelAll,
      zIndex: 2,
      kind: "article",
      outlet: a.outlet,
      ...(t ? { time: shownTime(t) } : {}),
      search: `${a.label} ${a.title ?? ""} ${a.outletName ?? ""} ${key}`.toLowerCase(),
    });
    if (layout === "timeline" && t?.imprecise) {
      // The range a month-precision or estimated date stands for, as a bar in the lane.
      const a0 = `range:${key}:start`;
      const a1 = `range:${key}:end`;
      const deco = { size: 0.1, color: COLORS.range, type: "circle" as const, label: null, kind: "range" as const, zIndex: 0 };
      graph.addNode(a0, { ...deco, x: scale.x(t.start), y, time: shownTime(t), of: key, outlet: a.outlet });
      graph.addNode(a1, { ...deco, x: scale.x(t.end), y, time: shownTime(t), of: key, outlet: a.outlet });
      graph.addEdgeWithKey(`range:${key}`, a0, a1, { kind: "range", size: size.article * 0.9, color: COLORS.range, type: "line", zIndex: 0 });
    }
  }

  // When sources and claims enter the story: with the first article that quotes or asserts them.
  for (const e of data.edges.values()) {
    const t = nodeTime.get(e.source);
    if (t === undefined) continue;
    if (e.attributes.kind === "quotes" || e.attributes.kind === "asserts" || e.attributes.kind === "cites" || e.attributes.kind === "republishes") {
      nodeTime.set(e.target, Math.min(nodeTime.get(e.target) ?? Infinity, t));
    }
  }
  const xAtTime = (key: string, fallback: number) => {
    const t = nodeTime.get(key);
    return t === undefined ? fallback : scale.x(t);
  };

  // Outlets label their lanes at the left edge; sources stack in columns under the lanes, claims above them, each under the article that first brings them in.
  const columns = new Map<string, number>();
  const stackAt = (band: string, x: number): number => {
    const slot = `${band}|${x.toFixed(2)}`;
    const k = columns.get(slot) ?? 0;
    columns.set(slot, k + 1);
    return k;
  };
  for (const [key, n] of data.nodes) {
    const base = { size: size.other, forceLabel: false, zIndex: 1, search: `${n.label} ${key}`.toLowerCase(), ...(nodeTime.has(key) ? { time: nodeTime.get(key)! } : {}) };
    switch (n.kind) {
      case "article":
        break;
      case "outlet": {
        const lane = laneOf.get(key);
        const label = lane && !lane.inCase ? `${n.label} (cited, not in case)` : n.label;
        graph.addNode(key, { ...base, x: xMin - pad, y: laneY.get(key) ?? 0, color: COLORS.outlet, type: "circle", label, kind: "outlet", forceLabel: true, size: size.other * 0.8 });
        break;
      }
      case "source": {
        const x = xAtTime(key, xMin);
        const k = stackAt("source", x);
        const anonymous = n.sourceType === "anonymous";
        graph.addNode(key, {
          ...base,
          // Columns of up to 10, then the next column a little to the right.
          x: x + Math.floor(k / 10) * 0.9,
          y: bottom - LANE * (1 + (k % 10) * 0.42),
          color: anonymous ? COLORS.background : COLORS.source,
          borderColor: COLORS.source,
          type: anonymous ? "hollow" : "circle",
          label: shorten(n.label, 42),
          kind: "source",
        });
        break;
      }
      case "claim": {
        const x = xAtTime(key, xMin);
        const k = stackAt("claim", x);
        graph.addNode(key, { ...base, x: x + Math.floor(k / 6) * 0.9, y: LANE * (0.9 + (k % 6) * 0.42), color: COLORS.claim, type: "circle", label: shorten(n.label, 60), kind: "claim" });
        break;
      }
      default:
        assertNever(n);
    }
  }

  if (layout === "timeline") {
    for (const lane of lanes) {
      const a = `lane:${lane.outlet}:start`;
      const b = `lane:${lane.outlet}:end`;
      const deco = { size: 0.1, color: COLORS.lane, type: "circle" as const, label: null, kind: "lane" as const, zIndex: 0 };
      graph.addNode(a, { ...deco, x: xMin - pad * 0.6, y: lane.y, of: lane.outlet, outlet: lane.outlet });
      // The lane runs on past the last date so the last article's label stays inside the picture.
      graph.addNode(b, { ...deco, x: xMax + pad * 0.9, y: lane.y, of: lane.outlet, outlet: lane.outlet });
      graph.addEdgeWithKey(`lane:${lane.outlet}`, a, b, { kind: "lane", size: 1, color: COLORS.lane, type: "line", zIndex: 0 });
    }
  }

  // Relation edges: curved, parallel ones bent apart so four relations between two articles stay four lines.
  const parallel = new Map<string, number>();
  for (const e of data.edges.values()) {
    const kind = e.attributes.kind;
    const credited = kind === "copies" ? (e.attributes as { credited?: boolean }).credited : undefined;
    const style = EDGE_STYLES[edgeStyleId(kind, credited)];
    const pair = e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`;
    const i = parallel.get(pair) ?? 0;
    parallel.set(pair, i + 1);
    const sign = e.source < e.target ? 1 : -1;
    const curvature = sign * (0.18 + 0.16 * i);
    const straight = kind === "published_by" || kind === "asserts";
    graph.addEdgeWithKey(e.key, e.source, e.target, {
      kind,
      style: style.id,
      size: articles.length > 2000 ? Math.max(0.5, style.size / 3) : style.size,
      color: style.color,
      type: straight ? "line" : "curved",
      ...(straight ? {} : { curvature }),
      label: style.legend,
      zIndex: style.shownByDefault ? 1 : 0,
    });
  }

  // sigma keeps the aspect ratio: stretch or squeeze time so the picture is about 1.7 times wider than tall, whatever the number of dates.
  let stretch = 1;
  if (layout === "timeline" && graph.order > 0) {
    let y0 = Infinity;
    let y1 = -Infinity;
    let x0 = Infinity;
    let x1 = -Infinity;
    graph.forEachNode((_k, a) => {
      y0 = Math.min(y0, a.y);
      y1 = Math.max(y1, a.y);
      x0 = Math.min(x0, a.x);
      x1 = Math.max(x1, a.x);
    });
    const width = x1 - x0;
    if (width > 0) stretch = (Math.max(y1 - y0, LANE * 3) * 1.7) / width;
    graph.updateEachNodeAttributes((_k, a) => ({ ...a, x: a.x * stretch }));
  }

  // Slider stops at every day something appears; axis ticks only at exact dates (an imprecise date has no day to label), unless there are none.
  const days = [...new Set([...times.values()].map((t) => dayStart(shownTime(t))))].sort((a, b) => a - b);
  // Ticks carry each article's own date label, imprecision kept ("Mar 2019", "c. 29 Mar 2019"), at the x where it is drawn.
  const tickPoints: AxisTick[] = [];
  for (const [key, a] of articles) {
    const t = times.get(key);
    if (t) tickPoints.push({ x: xOf(t), label: a.dateLabel.replace(/\s*\((?:month|year) only\)|\s*\(estimated\)/g, "") });
  }
  return { graph, layout, ticks: layout === "timeline" ? axisTicks(tickPoints).map((t) => ({ ...t, x: t.x * stretch })) : [], lanes: layout === "timeline" ? lanes : [], days };
}

/** When an article enters the story: its day, or the middle of the range an imprecise date stands for (where it is drawn). */
function shownTime(t: ArticleTime): number {
  return t.imprecise ? Math.floor((t.start + t.end) / 2) : t.start;
}

/** Long claim wordings and source descriptions are cut for the picture; panels show them whole. */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function labelOfNode(n: NodeAttrs | undefined): string {
  return n?.label ?? "";
}

function assertNever(x: never): never {
  throw new Error(`explorer: unexpected node kind ${JSON.stringify((x as { kind?: unknown }).kind)}; expected article, outlet, source or claim`);
}
