/** The picture's nodes: articles on their outlet's row, claims above the rows, cited outlets and sources below them. */
import { claimSides, majoritySide } from "../claims.ts";
import { COLORS, STANCE_COLORS } from "../palette.ts";
import { shownTime } from "../timeline.ts";
import type { ViewGraph } from "../types.ts";
import { assertNever, pictureLabels, type BandEntries } from "./bandEntries.ts";
import type { PictureFrame } from "./frame.ts";
import { BAND, ROW, TIER } from "./metrics.ts";
import { rowCount } from "./packRows.ts";
import type { TimePlacement } from "./timePlacement.ts";

/** Articles on their outlet's row; same-day articles of one outlet are fanned out a little. */
export function addArticleNodes(graph: ViewGraph, frame: PictureFrame, place: TimePlacement): void {
  const { data, rows, size } = frame;
  const stack = new Map<string, number>();
  for (const [key, a] of frame.articles) {
    const t = frame.times.get(key);
    const x = t ? place.xOf(t) : place.undatedX;
    const slot = `${a.outlet}|${x.toFixed(1)}`;
    const k = stack.get(slot) ?? 0;
    stack.set(slot, k + 1);
    const y = (rows.laneY.get(a.outlet) ?? rows.bottomLane - rows.lane) + (k === 0 ? 0 : (k % 2 ? 1 : -1) * Math.min(0.45, Math.ceil(k / 2) * 0.2) * rows.lane);
    const imprecise = !t || t.imprecise;
    const inferred = t?.inferred === true;
    let relations = 0;
    for (const e of data.incident.get(key) ?? []) {
      const kind = data.edges.get(e)!.attributes.kind;
      if (kind !== "published_by" && kind !== "quotes" && kind !== "asserts") relations++;
    }
    const label = frame.labels.get(key)!;
    graph.addNode(key, {
      x,
      y,
      size: size.article,
      color: inferred ? COLORS.inferred : imprecise ? COLORS.background : COLORS.article,
      borderColor: inferred ? COLORS.inferred : COLORS.article,
      type: inferred ? "inferred" : imprecise ? "hollow" : "circle",
      label,
      ...pictureLabels(frame, key, a),
      forceLabel: frame.labelAll,
      importance: TIER.article + relations,
      zIndex: 2,
      kind: "article",
      outlet: a.outlet,
      ...(t ? { time: shownTime(t) } : {}),
      search: `${label} ${a.label} ${a.title ?? ""} ${a.outletName ?? ""} ${key}`.toLowerCase(),
    });
    if (frame.layout === "timeline" && t?.imprecise && !inferred) {
      // The range a month-precision or estimated date stands for, as a bar on the row: the article may be anywhere on it.
      const a0 = `range:${key}:start`;
      const a1 = `range:${key}:end`;
      const deco = { size: 0.1, color: COLORS.range, type: "circle" as const, label: null, kind: "range" as const, zIndex: 0 };
      graph.addNode(a0, { ...deco, x: place.x(t.start), y, time: shownTime(t), of: key, outlet: a.outlet });
      graph.addNode(a1, { ...deco, x: place.x(t.end), y, time: shownTime(t), of: key, outlet: a.outlet });
      graph.addEdgeWithKey(`range:${key}`, a0, a1, { kind: "range", size: size.article * 0.9, color: COLORS.range, type: "line", zIndex: 0 });
    }
  }
}

/** Bands: claims above the rows (nearest row first), cited outlets and then sources below them; each case outlet's dot at its row's start. */
export function addBandNodes(graph: ViewGraph, frame: PictureFrame, place: TimePlacement, entries: BandEntries): void {
  const { data, rows, size } = frame;
  const { packed, bandRow } = place;
  const claimY = (row: number) => BAND + row * bandRow;
  const citedTop = rows.bottomLane - BAND;
  const sourceTop = citedTop - (rowCount(packed.cited) ? (rowCount(packed.cited) - 1) * bandRow + BAND : 0);
  for (const [key, n] of data.nodes) {
    if (!frame.drawn(key, n)) continue;
    const count = entries.articleCount(key, n);
    const base = {
      size: frame.nodeSize(count),
      forceLabel: false,
      zIndex: 1,
      label: n.label,
      ...pictureLabels(frame, key, n),
      search: `${n.label} ${key}`.toLowerCase(),
      ...(entries.nodeTime.has(key) ? { time: entries.nodeTime.get(key)! } : {}),
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
          graph.addNode(key, { ...base, x: 0, y: rows.laneY.get(key) ?? 0, color: COLORS.outlet, type: "circle", kind: "outlet", outlet: key, shortLabel: "", importance: TIER.outlet, size: size.other * 0.45 });
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
}
