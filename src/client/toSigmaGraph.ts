/** The one place where meaning becomes pixels: derives every node's position, size, colour, label and label priority, and every edge's style, from the case data. */
import Graph from "graphology";
import { CONFIDENT, type ArticleNodeAttrs, type NodeAttrs } from "../graph/types.ts";
import { claimSides, mainClaims, majoritySide } from "./claims.ts";
import { articleDate, type CaseData } from "./data.ts";
import { inferTimes, shownTimes } from "./order.ts";
import { COLORS, EDGE_STYLES, edgeStyleId, possibleColor, STANCE_COLORS } from "./palette.ts";
import { articleTime, axisTicks, dayStart, timeScale, type ArticleTime } from "./timeline.ts";
import type { AxisTick, Lane, LayoutName, ViewEdgeAttrs, ViewGraph, ViewModel, ViewNodeAttrs } from "./types.ts";

/** The size the picture is laid out for; layout units are then about one screen pixel in the fitted view. */
export interface Viewport {
  width: number;
  height: number;
}

/** Empty margin sigma keeps around the graph (the renderer's `stagePadding`). */
export const STAGE_PADDING = 30;
const DEFAULT_VIEWPORT: Viewport = { width: 1000, height: 560 };

/** Vertical distance between outlet rows, at most and at least: many rows are drawn closer so the picture keeps a readable scale. */
const LANE = 44;
const LANE_MIN = 27;
/** Vertical distance between rows of claims, sources and cited outlets. */
const ROW = 23;
/** Screen pixels between two rows of claims or of cited outlets, whatever the picture's scale (a label is about 16 px tall). */
const BAND_ROW_PX = 17;
/** Room a claim's or a cited outlet's label is given on its row, as a multiple of its width at the first estimate of the picture's scale. */
const BAND_LABEL_MARGIN = 1.5;
/** Gap between the claim band, the outlet rows, the cited outlets and the sources. */
const BAND = 34;
/** Above this many articles, labels show on hover and zoom only, nodes shrink, and nothing is spread out for labels. */
const LABEL_ALL_MAX = 80;
/** Longest label drawn in the picture per kind (the hover and the panels show the whole text). */
const SHORT: Record<"claim" | "claimDense" | "source" | "outlet" | "article", number> = { claim: 60, claimDense: 40, source: 30, outlet: 34, article: 44 };
/** Longest shorter label, drawn where the picture label fits nowhere (a claim's or source's first words). */
const FALLBACK = 22;

/** Label priority tiers: outlet row names, then articles, then claims, then sources and cited outlets; within a tier, by number of articles. */
const TIER = { outlet: 1e6, article: 1e5, claim: 1e4, source: 1e3 } as const;

function sizes(articleCount: number): { article: number; other: number } {
  if (articleCount > 2000) return { article: 3, other: 2.5 };
  if (articleCount > 200) return { article: 5, other: 4 };
  return { article: 10, other: 6.5 };
}

/** Characters drawn about a square wide (CJK ideographs, kana, hangul, full-width forms): each takes the room of 1.6 Latin letters. */
const WIDE_CHARACTER = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
const WIDE_UNITS = 1.6;

/** A text's width in Latin letters: a Japanese or Chinese label is wider than its count of characters says. */
function letterUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE_CHARACTER.test(ch) ? WIDE_UNITS : 1;
  return units;
}

/** Estimated on-screen width of a label in the explorer's label font (600 13px sans-serif); the layout is pure, so it cannot measure text. */
export function labelWidth(text: string): number {
  return Math.ceil(letterUnits(text) * 8) + 6;
}

/**
 * Cuts a long claim wording or source description for the picture to `max` letters' width, at a word boundary where one
 * is near, with an ellipsis.
 */
export function shorten(text: string, max: number): string {
  if (letterUnits(text) <= max) return text;
  let cut = "";
  let units = 0;
  for (const ch of text) {
    units += WIDE_CHARACTER.test(ch) ? WIDE_UNITS : 1;
    if (units > max - 1) break;
    cut += ch;
  }
  const space = cut.lastIndexOf(" ");
  return `${(space > cut.length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** What the picture draws beyond the default. */
export interface PictureOptions {
  /** Every claim, not only the main ones (claims.ts). */
  allClaims?: boolean;
}

/** How an article's place on the time axis was found. */
type Placed = "dated" | "inferred" | "unknown";

/**
 * An article's label. The outlet is named once per row: the row's first article says "Outlet, date", the later ones
 * only their date. The date keeps its imprecision ("c. Mar 2019"); an undated article placed by its relations says
 * "order inferred", one with nothing to place it "date unknown".
 */
function articleLabel(a: ArticleNodeAttrs, placed: Placed, firstOnRow: boolean): string {
  const when = placed === "dated" ? (articleDate(a) ?? "") : placed === "inferred" ? "order inferred" : "date unknown";
  const outlet = a.outletName || a.label;
  if (!firstOnRow) return when || outlet;
  if (!when) return outlet;
  return placed === "dated" ? `${outlet}, ${when}` : `${outlet} (${when})`;
}

/** A thing to place in a band of rows: wants to sit at `x`, needs `width` on its row. */
interface PackItem {
  key: string;
  x: number;
  width: number;
  priority: number;
}

/**
 * Packs items into rows so that no two overlap on a row: in x order (the more important first at equal x), each takes the
 * lowest row where it can sit within `drift` of where it wants to be, or a new row, or, when all rows are used, the row
 * that frees first. O(items × maxRows) after one sort.
 */
function packRows(items: PackItem[], drift: number, maxRows: number): Map<string, { x: number; row: number }> {
  const sorted = [...items].sort((a, b) => a.x - b.x || b.priority - a.priority || a.key.localeCompare(b.key));
  const free: number[] = [];
  const out = new Map<string, { x: number; row: number }>();
  for (const it of sorted) {
    let row = free.findIndex((f) => f - it.x <= drift);
    if (row === -1) {
      if (free.length < maxRows) {
        row = free.length;
        free.push(-Infinity);
      } else {
        row = free.indexOf(Math.min(...free));
      }
    }
    const x = Math.max(it.x, free[row]!);
    free[row] = x + it.width;
    out.set(it.key, { x, row });
  }
  return out;
}

/** Builds the drawable graph of a case for a layout, laid out for a viewport of about `viewport` pixels. Linear in nodes + edges apart from sorts. */
export function toSigmaGraph(data: CaseData, layout: LayoutName, viewport: Viewport = DEFAULT_VIEWPORT, options: PictureOptions = {}): ViewModel {
  const graph: ViewGraph = new Graph<ViewNodeAttrs, ViewEdgeAttrs>({ type: "directed", multi: true, allowSelfLoops: false });
  const articles: [string, ArticleNodeAttrs][] = [];
  for (const [key, n] of data.nodes) if (n.kind === "article") articles.push([key, n]);
  const size = sizes(articles.length);
  const labelAll = articles.length <= LABEL_ALL_MAX;

  // Dates: each article is drawn at its day, or at the middle of the range an imprecise date stands for.
  const times = new Map<string, ArticleTime>();
  for (const [key, a] of articles) {
    const t = articleTime(a);
    if (t) times.set(key, t);
  }
  // Undated articles: after what they take from (order.ts), marked as inferred.
  const known = shownTimes(data, times);
  for (const [k, at] of known) {
    const t = times.get(k);
    if (t?.imprecise && at !== shownTime(t)) times.set(k, { ...t, shownAt: at });
  }
  for (const [key, t] of inferTimes(data, known)) times.set(key, { start: t, end: t, imprecise: true, precision: "day", inferred: true });
  const placedOf = (key: string): Placed => (times.has(key) ? (times.get(key)!.inferred ? "inferred" : "dated") : "unknown");
  // The first article of each row names the outlet.
  const firstOnRow = new Map<string, string>();
  for (const [key, a] of [...articles].sort(([ka], [kb]) => (times.has(ka) ? shownTime(times.get(ka)!) : Infinity) - (times.has(kb) ? shownTime(times.get(kb)!) : Infinity) || ka.localeCompare(kb))) {
    if (!firstOnRow.has(a.outlet)) firstOnRow.set(a.outlet, key);
  }
  const labels = new Map<string, string>();
  for (const [key, a] of articles) labels.set(key, articleLabel(a, placedOf(key), firstOnRow.get(a.outlet) === key));
  // Claims: the main ones unless all are asked for; the others are listed in the Origin panel.
  const drawnClaims = new Set(options.allClaims ? [...data.nodes].filter(([, n]) => n.kind === "claim").map(([k]) => k) : mainClaims(data));
  const drawn = (key: string, n: NodeAttrs | undefined) => n !== undefined && (n.kind !== "claim" || drawnClaims.has(key));

  // Rows: outlets of the case in order of their first article; outlets only cited by the articles go in a band under them.
  const firstTime = new Map<string, number>();
  for (const [key, a] of articles) {
    const tt = times.get(key);
    firstTime.set(a.outlet, Math.min(firstTime.get(a.outlet) ?? Infinity, tt ? shownTime(tt) : Infinity));
  }
  const outletKeys = [...data.nodes].filter(([, n]) => n.kind === "outlet").map(([k]) => k);
  const inCase = outletKeys.filter((k) => firstTime.has(k)).sort((a, b) => firstTime.get(a)! - firstTime.get(b)! || a.localeCompare(b));
  const citedOnly = outletKeys.filter((k) => !firstTime.has(k));
  const lane = Math.max(LANE_MIN, Math.min(LANE, (viewport.height - 2 * STAGE_PADDING - 150) / Math.max(1, inCase.length)));
  const laneY = new Map(inCase.map((k, i) => [k, -i * lane]));
  const bottomLane = inCase.length ? -(inCase.length - 1) * lane : 0;

  // Time scale: every distinct date at least a step apart, and, for small cases, far enough that an article's label clears the next article on its row.
  const anchorList = [...new Set([...times.values()].map(shownTime))].sort((a, b) => a - b);
  const atAnchor = new Map<number, string[]>();
  for (const [key, t] of times) {
    const list = atAnchor.get(shownTime(t));
    if (list) list.push(key);
    else atAnchor.set(shownTime(t), [key]);
  }
  const outletOf = new Map(articles.map(([k, a]) => [k, a.outlet]));
  const laneFree = new Map<string, number>();
  // A tall picture is drawn smaller than one layout unit per pixel, but labels keep their size on screen: in layout units
  // they are wider by this much. Counted where labels share a row with other nodes (the bands); articles' rows have room to spare.
  const px = Math.max(1.1, (1.15 * (inCase.length * lane + 260)) / Math.max(1, viewport.height - 2 * STAGE_PADDING));
  /** How far right of its first article a claim or source may sit: far in a tall picture (rows are dear), near in a small one. */
  const drift = labelAll && px > 1.1 ? { claim: 480, source: 200 } : { claim: 60, source: 60 };
  const labelW = (text: string) => labelWidth(text) * px;
  // Rows of claims and cited outlets far enough apart on screen that two labels one above the other never meet.
  const bandRow = labelAll ? Math.max(ROW, BAND_ROW_PX * px) : ROW;
  const labelRoom = (key: string) => size.article + 3 + labelWidth(shorten(labels.get(key)!, SHORT.article)) + 10;
  const scale = timeScale(anchorList, {
    ...(labelAll
      ? {
          room: (i: number, previousX: number) => {
            for (const k of atAnchor.get(anchorList[i - 1]!) ?? []) laneFree.set(outletOf.get(k)!, previousX + labelRoom(k));
            let need = -Infinity;
            for (const k of atAnchor.get(anchorList[i]!) ?? []) need = Math.max(need, laneFree.get(outletOf.get(k)!) ?? -Infinity);
            return need;
          },
        }
      : {}),
  });

  // The row's first article names the outlet, so the rows need no name column: time starts near the left edge.
  const column = labelAll ? 24 : 40;
  let minX = 0;
  let maxX = 0;
  for (const t of times.values()) {
    minX = Math.min(minX, scale.x(t.start));
    maxX = Math.max(maxX, scale.x(shownTime(t)));
  }
  let rightRoom = 40;
  for (const [key, t] of times) rightRoom = Math.max(rightRoom, scale.x(shownTime(t)) - maxX + (labelAll ? labelRoom(key) : 0), scale.x(t.end) - maxX + 10);
  const span = maxX - minX;

  // Claims, sources and cited outlets sit in bands near the article that first brings them in.
  const nodeTime = new Map<string, number>();
  for (const [key, t] of times) nodeTime.set(key, shownTime(t));
  const reach = new Map<string, number>();
  const firstBy = new Map<string, number>();
  for (const e of data.edges.values()) {
    const k = e.attributes.kind;
    if (k === "published_by" || data.nodes.get(e.source)?.kind !== "article" || !drawn(e.target, data.nodes.get(e.target))) continue;
    reach.set(e.target, (reach.get(e.target) ?? 0) + 1);
    const t = nodeTime.get(e.source);
    if (t !== undefined) firstBy.set(e.target, Math.min(firstBy.get(e.target) ?? Infinity, t));
  }
  // When sources and claims enter the story (time slider): with the first article that quotes, asserts or cites them.
  for (const [k, t] of firstBy) if (data.nodes.get(k)?.kind !== "article") nodeTime.set(k, t);
  const articleCount = (key: string, n: NodeAttrs): number => Math.max("articles" in n && Array.isArray(n.articles) ? n.articles.length : 0, reach.get(key) ?? 0);
  const citedSet = new Set(citedOnly);
  // Grows with the articles that carry it, but never past a row's height, so stacked claims and sources stay apart.
  const nodeSize = (count: number) => (labelAll ? size.other + Math.min(3, Math.max(0, count - 1)) * 1.5 : size.other);
  const shortOf = (key: string, n: NodeAttrs): string => {
    switch (n.kind) {
      case "article":
        return shorten(labels.get(key)!, SHORT.article);
      case "claim":
        // In a tall picture a claim's words are cut sooner, so the claims share a row instead of stacking (the hover and the Origin tab have them whole).
        return shorten(n.label, px > 1.1 ? SHORT.claimDense : SHORT.claim);
      case "source":
        return shorten(n.label, SHORT.source);
      case "outlet":
        return shorten(citedSet.has(key) ? `${n.label} (cited only)` : n.label, SHORT.outlet);
      default:
        return assertNever(n);
    }
  };
  // A node's picture label, and where that fits nowhere its shorter one: a row's first article names its outlet without
  // the date (the axis has it), a claim or a source its first words. No shorter label where it would be no shorter.
  const pictureLabels = (key: string, n: NodeAttrs): { shortLabel: string; fallbackLabel?: string } => {
    const shortLabel = shortOf(key, n);
    const shorter = n.kind === "article" ? (firstOnRow.get(n.outlet) === key ? shorten(n.outletName || n.label, SHORT.outlet) : undefined) : n.kind === "claim" || n.kind === "source" ? shorten(n.label, FALLBACK) : undefined;
    return shorter !== undefined && shorter.length < shortLabel.length ? { shortLabel, fallbackLabel: shorter } : { shortLabel };
  };

  /** x of a time after the outlet column, with time stretched by `s`. */
  const place = (s: number) => (x: number) => column + s * (x - minX);
  const widthOf = new Map<string, number>();
  const pack = (s: number) => {
    const tx = place(s);
    const bands = { claim: [] as PackItem[], source: [] as PackItem[], cited: [] as PackItem[] };
    for (const [key, n] of data.nodes) {
      const band = n.kind === "claim" ? "claim" : n.kind === "source" ? "source" : citedSet.has(key) ? "cited" : undefined;
      if (!band || !drawn(key, n)) continue;
      const t = firstBy.get(key);
      const count = articleCount(key, n);
      const r = nodeSize(count);
      // A claim's or cited outlet's label gets a margin: they are what a class is shown first, and one whose label meets
      // the next node on its row goes unnamed (the picture is often drawn smaller than `px` foresees).
      const width = labelAll ? 2 * r + 3 + labelW(shortOf(key, n)) * (band === "source" ? 1 : BAND_LABEL_MARGIN) + 14 : 2 * r + 4;
      widthOf.set(key, width);
      bands[band].push({ key, x: t === undefined ? column : tx(scale.x(t)) - r, width, priority: count });
    }
    // In a tall picture every band row takes height the outlet rows need to keep their labels apart: fewer, longer band rows.
    const fixed = labelAll ? (px > 1.1 ? { claim: 3, source: 3, cited: 2 } : { claim: 4, source: 8, cited: 4 }) : { claim: 24, source: 40, cited: 12 };
    // Cited outlets whose labels, end to end, are wider than most of the screen take as many more rows as they need (up
    // to 6): one long row would make the picture wider than the screen, and sigma would shrink it until labels meet.
    const needed = (items: readonly PackItem[]) => Math.min(6, Math.ceil(items.reduce((sum, it) => sum + it.width, 0) / px / Math.max(1, viewport.width * 0.8)));
    const rows = labelAll ? { ...fixed, cited: Math.max(fixed.cited, needed(bands.cited)) } : fixed;
    return {
      // Claims and sources may sit well right of their first article: a few long rows read better than a tall stack at the left.
      claim: packRows(bands.claim, drift.claim, rows.claim),
      source: packRows(bands.source, drift.source, rows.source),
      cited: packRows(bands.cited, 60, rows.cited),
    };
  };
  const rowCount = (m: Map<string, { row: number }>) => (m.size ? Math.max(...[...m.values()].map((v) => v.row)) + 1 : 0);
  /** Height and width of the picture packed at stretch `s` (the width counts the labels that stick out to the right). */
  const extent = (s: number) => {
    const p = pack(s);
    const h = (rowCount(p.claim) ? BAND + (rowCount(p.claim) - 1) * bandRow : 0) - bottomLane + (rowCount(p.cited) ? BAND + (rowCount(p.cited) - 1) * bandRow : 0) + (rowCount(p.source) ? BAND + (rowCount(p.source) - 1) * ROW : 0);
    let w = column + s * span + rightRoom;
    for (const band of [p.claim, p.source, p.cited]) for (const [key, v] of band) w = Math.max(w, v.x + (widthOf.get(key) ?? 0));
    return { h: Math.max(h, lane * 3), w };
  };

  // sigma fits the picture to the screen keeping its proportions: stretch time (never squeeze it) until the picture is as wide, for its height, as the screen.
  // Stretching packs the bands into fewer rows, so a few rounds settle it.
  let stretch = 1;
  let spread = 1;
  if (layout === "timeline" && span > 0) {
    const aspect = Math.max(0.5, (viewport.width - 2 * STAGE_PADDING) / Math.max(1, viewport.height - 2 * STAGE_PADDING));
    for (let round = 0; round < 4; round++) {
      const { w, h } = extent(stretch);
      const next = Math.min(4, Math.max(1, stretch + (aspect * h - w) / span));
      if (Math.abs(next - stretch) < 0.01) break;
      stretch = next;
    }
    // Never wider than the screen: then sigma would shrink everything and labels would meet.
    let e = extent(stretch);
    for (let guard = 0; labelAll && stretch > 1 && e.w > aspect * e.h && guard < 12; guard++) {
      stretch = Math.max(1, stretch * 0.93);
      e = extent(stretch);
    }
    // Still wider than the screen (long labels at the right): give the rows more air rather than leave the screen's height empty.
    if (labelAll) spread = Math.min(1.6, Math.max(1, e.w / (aspect * e.h)));
  }
  const tx = place(stretch);
  const packed = pack(stretch);
  const xOf = (t: ArticleTime): number => tx(scale.x(shownTime(t)));
  const undatedX = tx(maxX) + rightRoom;

  // Articles: on their outlet's row; same-day articles of one outlet are fanned out a little.
  const stack = new Map<string, number>();
  for (const [key, a] of articles) {
    const t = times.get(key);
    const x = t ? xOf(t) : undatedX;
    const slot = `${a.outlet}|${x.toFixed(1)}`;
    const k = stack.get(slot) ?? 0;
    stack.set(slot, k + 1);
    const y = (laneY.get(a.outlet) ?? bottomLane - lane) + (k === 0 ? 0 : (k % 2 ? 1 : -1) * Math.min(0.45, Math.ceil(k / 2) * 0.2) * lane);
    const imprecise = !t || t.imprecise;
    const inferred = t?.inferred === true;
    let relations = 0;
    for (const e of data.incident.get(key) ?? []) {
      const kind = data.edges.get(e)!.attributes.kind;
      if (kind !== "published_by" && kind !== "quotes" && kind !== "asserts") relations++;
    }
    graph.addNode(key, {
      x,
      y,
      size: size.article,
      color: inferred ? COLORS.inferred : imprecise ? COLORS.background : COLORS.article,
      borderColor: inferred ? COLORS.inferred : COLORS.article,
      type: inferred ? "inferred" : imprecise ? "hollow" : "circle",
      label: labels.get(key)!,
      ...pictureLabels(key, a),
      forceLabel: labelAll,
      importance: TIER.article + relations,
      zIndex: 2,
      kind: "article",
      outlet: a.outlet,
      ...(t ? { time: shownTime(t) } : {}),
      search: `${labels.get(key)} ${a.label} ${a.title ?? ""} ${a.outletName ?? ""} ${key}`.toLowerCase(),
    });
    if (layout === "timeline" && t?.imprecise && !inferred) {
      // The range a month-precision or estimated date stands for, as a bar on the row: the article may be anywhere on it.
      const a0 = `range:${key}:start`;
      const a1 = `range:${key}:end`;
      const deco = { size: 0.1, color: COLORS.range, type: "circle" as const, label: null, kind: "range" as const, zIndex: 0 };
      graph.addNode(a0, { ...deco, x: tx(scale.x(t.start)), y, time: shownTime(t), of: key, outlet: a.outlet });
      graph.addNode(a1, { ...deco, x: tx(scale.x(t.end)), y, time: shownTime(t), of: key, outlet: a.outlet });
      graph.addEdgeWithKey(`range:${key}`, a0, a1, { kind: "range", size: size.article * 0.9, color: COLORS.range, type: "line", zIndex: 0 });
    }
  }

  // Bands: claims above the rows (nearest row first), cited outlets and then sources below them.
  const claimY = (row: number) => BAND + row * bandRow;
  const citedTop = bottomLane - BAND;
  const sourceTop = citedTop - (rowCount(packed.cited) ? (rowCount(packed.cited) - 1) * bandRow + BAND : 0);
  for (const [key, n] of data.nodes) {
    if (!drawn(key, n)) continue;
    const count = articleCount(key, n);
    const base = {
      size: nodeSize(count),
      forceLabel: false,
      zIndex: 1,
      label: n.label,
      ...pictureLabels(key, n),
      search: `${n.label} ${key}`.toLowerCase(),
      ...(nodeTime.has(key) ? { time: nodeTime.get(key)! } : {}),
    };
    switch (n.kind) {
      case "article":
        break;
      case "outlet": {
        const p = packed.cited.get(key);
        if (p) {
          graph.addNode(key, { ...base, x: p.x + base.size, y: citedTop - p.row * bandRow, color: COLORS.outlet, type: "circle", label: `${n.label} (cited, not in case)`, kind: "outlet", outlet: key, importance: TIER.source + count });
        } else {
          // The row's start: its name is written by the row's first article (shortLabel ""), the whole name shows on hover.
          graph.addNode(key, { ...base, x: 0, y: laneY.get(key) ?? 0, color: COLORS.outlet, type: "circle", kind: "outlet", outlet: key, shortLabel: "", importance: TIER.outlet, size: size.other * 0.45 });
        }
        break;
      }
      case "source": {
        const p = packed.source.get(key)!;
        const anonymous = n.sourceType === "anonymous";
        graph.addNode(key, {
          ...base,
          x: p.x + base.size,
          y: sourceTop - p.row * ROW,
          color: anonymous ? COLORS.background : COLORS.source,
          borderColor: COLORS.source,
          type: anonymous ? "hollow" : "circle",
          kind: "source",
          importance: TIER.source + count,
        });
        break;
      }
      case "claim": {
        const p = packed.claim.get(key)!;
        // Two sides: the fill is the side most articles take, a ring the other side when some articles take it.
        const sides = claimSides(data, key);
        const major = majoritySide(sides);
        const minor = major === "false" ? (sides.true ? "true" : undefined) : sides.false ? "false" : undefined;
        graph.addNode(key, { ...base, x: p.x + base.size, y: claimY(p.row), color: STANCE_COLORS[major], ...(minor ? { type: "hollow" as const, borderColor: STANCE_COLORS[minor] } : { type: "circle" as const }), kind: "claim", importance: TIER.claim + count });
        break;
      }
      default:
        assertNever(n);
    }
  }

  // The right edge of the picture: past the last label of any row or band.
  let right = undatedX;
  graph.forEachNode((_k, a) => {
    if (a.kind !== "range") right = Math.max(right, a.x + (labelAll && a.shortLabel ? a.size + 3 + labelWidth(a.shortLabel) : a.size));
  });

  // Row guides, cut where a long quiet stretch is compressed so the break shows in the picture too.
  const breaks = layout === "timeline" ? scale.breaks.map((b) => ({ ...b, x0: tx(b.x0), x1: tx(b.x1) })) : [];
  if (layout === "timeline") {
    const cut = inCase.length * (breaks.length + 1) <= 3000 ? breaks : [];
    const lanes = inCase.map((outlet) => ({ outlet, y: laneY.get(outlet)! }));
    for (const lane of lanes) {
      const stops = [-size.other * 2, ...cut.flatMap((b) => [b.x0 + 12, b.x1 - 12]), right];
      for (let i = 0; i + 1 < stops.length; i += 2) {
        const a = `lane:${lane.outlet}:${i}`;
        const b = `lane:${lane.outlet}:${i + 1}`;
        const deco = { size: 0.1, color: COLORS.lane, type: "circle" as const, label: null, kind: "lane" as const, zIndex: 0, of: lane.outlet, outlet: lane.outlet };
        graph.addNode(a, { ...deco, x: stops[i]!, y: lane.y });
        graph.addNode(b, { ...deco, x: stops[i + 1]!, y: lane.y });
        graph.addEdgeWithKey(`lane:${lane.outlet}:${i / 2}`, a, b, { kind: "lane", size: 1, color: COLORS.lane, type: "line", zIndex: 0 });
      }
    }
  }

  // Relation edges: curved, parallel ones bent apart so four relations between two articles stay four lines.
  const parallel = new Map<string, number>();
  const big = articles.length > 2000;
  /** The row a node sits on, for bundling: an article's outlet, or the node itself. */
  const rowOf = (key: string) => outletOf.get(key) ?? key;
  const bundles = new Map<string, string[]>();
  for (const e of data.edges.values()) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const kind = e.attributes.kind;
    const credited = kind === "copies" ? (e.attributes as { credited?: boolean }).credited : undefined;
    const style = EDGE_STYLES[edgeStyleId(kind, credited)];
    const pair = e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`;
    const i = parallel.get(pair) ?? 0;
    parallel.set(pair, i + 1);
    const sign = e.source < e.target ? 1 : -1;
    const curvature = sign * (0.18 + 0.16 * i);
    const straight = kind === "published_by" || kind === "asserts";
    // A reading claimtrail is not sure of is drawn paler and thinner: "possible".
    // A relation a person rejected is kept in the data but drawn only when selected, pale like a possible one.
    const rejected = e.attributes.review === "rejected";
    const possible = rejected || (e.attributes.confidence !== undefined && e.attributes.confidence < CONFIDENT);
    // The side an article takes on a claim colours its line to the claim.
    const stance = e.attributes.kind === "asserts" ? (e.attributes.stance ?? "true") : undefined;
    const focusColor = stance ? STANCE_COLORS[stance] : (style.focusColor ?? style.color);
    const color = stance && stance !== "true" ? possibleColor(STANCE_COLORS[stance]) : style.color;
    const width = (big ? Math.max(0.5, style.size / 3) : style.size) * (possible ? 0.6 : 1);
    graph.addEdgeWithKey(e.key, e.source, e.target, {
      kind,
      style: style.id,
      size: width,
      color: possible ? possibleColor(color) : color,
      focusColor: possible ? possibleColor(focusColor) : focusColor,
      focusSize: (big ? Math.max(1, style.focusSize / 3) : style.focusSize) * (possible ? 0.7 : 1),
      type: straight ? "line" : "curved",
      ...(straight ? {} : { curvature }),
      ...(possible ? { possible: true } : {}),
      ...(rejected ? { rejected: true } : {}),
      label: null,
      zIndex: style.background ? 0 : 2,
    });
    // Arrows of one kind between the same two rows are drawn as one (timeline only: the rows are what the eye reads there).
    if (layout === "timeline" && !style.background && !possible && rowOf(e.source) !== rowOf(e.target)) {
      const id = `${style.id}|${rowOf(e.source)}|${rowOf(e.target)}`;
      const list = bundles.get(id);
      if (list) list.push(e.key);
      else bundles.set(id, [e.key]);
    }
  }
  for (const keys of bundles.values()) {
    if (keys.length < 2) continue;
    // The bundle is led by the arrow of the earliest re-report, drawn thicker and labelled with the count.
    keys.sort((p, q) => graph.getNodeAttribute(graph.source(p), "x") - graph.getNodeAttribute(graph.source(q), "x") || p.localeCompare(q));
    const [lead, ...rest] = keys as [string, ...string[]];
    const a = graph.getEdgeAttributes(lead);
    graph.mergeEdgeAttributes(lead, { size: a.size * Math.min(2.2, 1 + 0.4 * rest.length), bundleSize: keys.length, label: `×${keys.length}` });
    for (const k of rest) graph.setEdgeAttribute(k, "bundledInto", lead);
  }

  if (spread > 1) graph.updateEachNodeAttributes((_k, a) => ({ ...a, y: a.y * spread }));

  // sigma draws sizes in screen pixels whatever the zoom: when the picture must be shrunk to fit, shrink the dots with it,
  // or dots on neighbouring rows touch and leave no room for a label.
  if (layout === "timeline" && graph.order) {
    let y0 = Infinity;
    let y1 = -Infinity;
    graph.forEachNode((_k, a) => {
      y0 = Math.min(y0, a.y);
      y1 = Math.max(y1, a.y);
    });
    const fit = (viewport.height - 2 * STAGE_PADDING) / Math.max(1, y1 - y0);
    if (fit < 1) {
      const f = Math.max(0.5, fit);
      graph.updateEachNodeAttributes((_k, a) => (a.kind === "lane" || a.kind === "range" ? a : { ...a, size: a.size * f }));
      graph.updateEachEdgeAttributes((_k, a) => (a.kind === "range" ? { ...a, size: a.size * f } : a));
    }
  }

  // Slider stops at every day something appears; axis ticks carry each article's own date, imprecision kept ("c. Mar 2019"), where it is drawn; breaks say how long they are.
  const days = [...new Set([...times.values()].map((t) => dayStart(shownTime(t))))].sort((a, b) => a - b);
  const tickPoints: AxisTick[] = [];
  const seen = new Set<string>();
  for (const [key, a] of articles) {
    const t = times.get(key);
    if (t?.inferred) {
      const x = xOf(t);
      const id = `inferred|${x.toFixed(1)}`;
      if (!seen.has(id)) tickPoints.push({ x, label: "order inferred", inferred: true });
      seen.add(id);
      continue;
    }
    const label = articleDate(a);
    if (!t || !label) continue;
    const x = xOf(t);
    const id = `${label}|${x.toFixed(1)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    tickPoints.push({ x, label });
  }
  const ticks = layout === "timeline" ? [...axisTicks(tickPoints, 120), ...breaks.map((b) => ({ x: (b.x0 + b.x1) / 2, label: `⋯ ${b.label} ⋯`, break: true }))].sort((a, b) => a.x - b.x) : [];
  const lanes: Lane[] =
    layout === "timeline"
      ? [...inCase, ...citedOnly].map((outlet) => ({ outlet, label: labelOfNode(data.nodes.get(outlet)), y: graph.hasNode(outlet) ? graph.getNodeAttribute(outlet, "y") : 0, inCase: laneY.has(outlet) }))
      : [];
  return { graph, layout, ticks, lanes, days };
}

/** When an article enters the story: its day, or the middle of the range an imprecise date stands for (where it is drawn). */
function shownTime(t: ArticleTime): number {
  return t.shownAt ?? (t.imprecise ? Math.floor((t.start + t.end) / 2) : t.start);
}

function labelOfNode(n: NodeAttrs | undefined): string {
  return n?.label ?? "";
}

function assertNever(x: never): never {
  throw new Error(`explorer: unexpected node kind ${JSON.stringify((x as { kind?: unknown }).kind)}; expected article, outlet, source or claim`);
}
