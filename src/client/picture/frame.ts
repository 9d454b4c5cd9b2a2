/**
 * The first step of the picture: each article's place in time and its label, the outlet rows, which nodes are drawn,
 * and the scale labels are drawn at. Every later step reads this frame and nothing else of the case's layout.
 */
import type { ArticleNodeAttrs, NodeAttrs } from "../../graph/types.ts";
import { mainClaims } from "../claims.ts";
import type { CaseData } from "../data.ts";
import { inferTimes, shownTimes } from "../order.ts";
import { articleTime, shownTime, type ArticleTime } from "../timeline.ts";
import type { LayoutName } from "../types.ts";
import { articleLabel, type Placed } from "./labelText.ts";
import { LABEL_ALL_MAX, LANE, LANE_MIN, nodeSizes, STAGE_PADDING, type NodeSizes, type Viewport } from "./metrics.ts";

/** What the picture draws beyond the default. */
export interface PictureOptions {
  /** Every claim, not only the main ones (claims.ts). */
  allClaims?: boolean;
}

/** The outlets' rows: those of the case in order of their first article, top down; outlets only cited go in a band under them. */
export interface OutletRows {
  inCase: string[];
  citedOnly: string[];
  citedSet: ReadonlySet<string>;
  /** y of each case outlet's row. */
  laneY: Map<string, number>;
  /** Distance between two rows, and the lowest row's y. */
  lane: number;
  bottomLane: number;
}

export interface PictureFrame {
  data: CaseData;
  layout: LayoutName;
  viewport: Viewport;
  articles: readonly [string, ArticleNodeAttrs][];
  size: NodeSizes;
  /** Small enough a case that every label is drawn and the layout makes room for them. */
  labelAll: boolean;
  /** Where each article is drawn in time: its date, or inferred from what it takes from (absent: "date unknown"). */
  times: Map<string, ArticleTime>;
  /** Each article's label, and the first article of each outlet's row (it names the outlet). */
  labels: Map<string, string>;
  firstOnRow: Map<string, string>;
  outletOf: Map<string, string>;
  rows: OutletRows;
  /**
   * How much wider than their screen width labels are in layout units: a tall picture is drawn smaller than one layout
   * unit per pixel, but labels keep their size on screen.
   */
  px: number;
  /** Whether a node is drawn: every node but the claims that are not main (unless all are asked for). */
  drawn(key: string, n: NodeAttrs | undefined): boolean;
  /** A claim's, source's or cited outlet's radius: grows with the articles that carry it, never past a row's height. */
  nodeSize(count: number): number;
}

export function pictureFrame(data: CaseData, layout: LayoutName, viewport: Viewport, options: PictureOptions): PictureFrame {
  const articles: [string, ArticleNodeAttrs][] = [];
  for (const [key, n] of data.nodes) if (n.kind === "article") articles.push([key, n]);
  const size = nodeSizes(articles.length);
  const labelAll = articles.length <= LABEL_ALL_MAX;
  const times = placeInTime(data, articles);
  const placedOf = (key: string): Placed => (times.has(key) ? (times.get(key)!.inferred ? "inferred" : "dated") : "unknown");
  // The first article of each row names the outlet.
  const firstOnRow = new Map<string, string>();
  const at = (key: string) => (times.has(key) ? shownTime(times.get(key)!) : Infinity);
  for (const [key, a] of [...articles].sort(([ka], [kb]) => at(ka) - at(kb) || ka.localeCompare(kb))) {
    if (!firstOnRow.has(a.outlet)) firstOnRow.set(a.outlet, key);
  }
  const labels = new Map<string, string>();
  for (const [key, a] of articles) labels.set(key, articleLabel(a, placedOf(key), firstOnRow.get(a.outlet) === key));
  // Claims: the main ones unless all are asked for; the others are listed in the Origin panel.
  const drawnClaims = new Set(options.allClaims ? [...data.nodes].filter(([, n]) => n.kind === "claim").map(([k]) => k) : mainClaims(data));
  const rows = outletRows(data, articles, times, viewport);
  return {
    data,
    layout,
    viewport,
    articles,
    size,
    labelAll,
    times,
    labels,
    firstOnRow,
    outletOf: new Map(articles.map(([k, a]) => [k, a.outlet])),
    rows,
    px: Math.max(1.1, (1.15 * (rows.inCase.length * rows.lane + 260)) / Math.max(1, viewport.height - 2 * STAGE_PADDING)),
    drawn: (key, n) => n !== undefined && (n.kind !== "claim" || drawnClaims.has(key)),
    nodeSize: (count) => (labelAll ? size.other + Math.min(3, Math.max(0, count - 1)) * 1.5 : size.other),
  };
}

/** Each article at its day, or at the middle of the range an imprecise date stands for; undated ones after what they take from (order.ts), marked as inferred. */
function placeInTime(data: CaseData, articles: readonly [string, ArticleNodeAttrs][]): Map<string, ArticleTime> {
  const times = new Map<string, ArticleTime>();
  for (const [key, a] of articles) {
    const t = articleTime(a);
    if (t) times.set(key, t);
  }
  const known = shownTimes(data, times);
  for (const [k, at] of known) {
    const t = times.get(k);
    if (t?.imprecise && at !== shownTime(t)) times.set(k, { ...t, shownAt: at });
  }
  for (const [key, t] of inferTimes(data, known)) times.set(key, { start: t, end: t, imprecise: true, precision: "day", inferred: true });
  return times;
}

/** Rows: outlets of the case in order of their first article; outlets only cited by the articles go in a band under them. */
function outletRows(data: CaseData, articles: readonly [string, ArticleNodeAttrs][], times: ReadonlyMap<string, ArticleTime>, viewport: Viewport): OutletRows {
  const firstTime = new Map<string, number>();
  for (const [key, a] of articles) {
    const tt = times.get(key);
    firstTime.set(a.outlet, Math.min(firstTime.get(a.outlet) ?? Infinity, tt ? shownTime(tt) : Infinity));
  }
  const outletKeys = [...data.nodes].filter(([, n]) => n.kind === "outlet").map(([k]) => k);
  const inCase = outletKeys.filter((k) => firstTime.has(k)).sort((a, b) => firstTime.get(a)! - firstTime.get(b)! || a.localeCompare(b));
  const citedOnly = outletKeys.filter((k) => !firstTime.has(k));
  const lane = Math.max(LANE_MIN, Math.min(LANE, (viewport.height - 2 * STAGE_PADDING - 150) / Math.max(1, inCase.length)));
  return {
    inCase,
    citedOnly,
    citedSet: new Set(citedOnly),
    laneY: new Map(inCase.map((k, i) => [k, -i * lane])),
    lane,
    bottomLane: inCase.length ? -(inCase.length - 1) * lane : 0,
  };
}
