/**
 * The explorer's picture at one story step as a standalone SVG, for pages made without a browser (the story export).
 * Nothing is laid out or styled here: positions, sizes, colours and labels come from the explorer's own `toSigmaGraph`,
 * what is lit or dimmed at a step from its own sigma reducers (`makeReducers`), which labels fit from its own
 * `visibleLabels`, and the dates under the picture from its own `placeTicks`; this file only writes what they decided
 * as SVG elements, fitted to the picture as sigma fits the graph to the screen. Pure; every text is escaped.
 */
import type { StoryStep } from "../client/story.ts";
import { makeReducers } from "../client/highlight.ts";
import { LABEL_FONT, labelText, visibleLabels, type LabelView } from "../client/labels.ts";
import { COLORS } from "../client/palette.ts";
import { defaultState } from "../client/state.ts";
import { placeTicks } from "../client/timeline.ts";
import { labelWidth } from "../client/picture/labelText.ts";
import { STAGE_PADDING, type Viewport } from "../client/picture/metrics.ts";
import type { LabelPlace, ViewEdgeAttrs, ViewModel, ViewNodeAttrs } from "../client/types.ts";
import { escapeXml } from "./escape.ts";

/** Height of the band of dates under a timeline picture, in pixels. */
const AXIS = 40;

const num = (n: number): string => (Math.round(n * 10) / 10).toString();

/** Graph coordinates to picture pixels, as sigma fits a graph into its stage: aspect kept, centred, `STAGE_PADDING` around, y pointing down. */
export function fitter(model: ViewModel, viewport: Viewport): (x: number, y: number) => { x: number; y: number } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  model.graph.forEachNode((_k, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  if (!Number.isFinite(minX)) return () => ({ x: viewport.width / 2, y: viewport.height / 2 });
  const dx = Math.max(maxX - minX, 1e-9);
  const dy = Math.max(maxY - minY, 1e-9);
  const scale = Math.min((viewport.width - 2 * STAGE_PADDING) / dx, (viewport.height - 2 * STAGE_PADDING) / dy);
  const ox = (viewport.width - dx * scale) / 2;
  const oy = (viewport.height - dy * scale) / 2;
  return (x, y) => ({ x: ox + (x - minX) * scale, y: oy + (maxY - y) * scale });
}

type Drawn<T> = T & { hidden?: boolean; zIndex?: number };

/** An arrowhead at `to`, pointing along the last leg from `from`. */
function arrowHead(from: { x: number; y: number }, to: { x: number; y: number }, r: number, width: number, color: string): string {
  const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  const ux = (to.x - from.x) / len;
  const uy = (to.y - from.y) / len;
  const tip = { x: to.x - ux * r, y: to.y - uy * r };
  const head = Math.max(6, width * 2.5);
  const base = { x: tip.x - ux * head, y: tip.y - uy * head };
  const side = head * 0.55;
  return `<path d="M${num(tip.x)} ${num(tip.y)}L${num(base.x - uy * side)} ${num(base.y + ux * side)}L${num(base.x + uy * side)} ${num(base.y - ux * side)}Z" fill="${color}"/>`;
}

/** The SVG of the picture at a story step: what the step talks about drawn strong, the rest pale, what was not yet published at its date left out. */
export function stepSvg(model: ViewModel, step: Pick<StoryStep, "nodes" | "edges" | "until">, viewport: Viewport): string {
  const view = { ...defaultState(), ...(step.until !== undefined ? { until: step.until } : {}) };
  const input = { state: view, focus: { nodes: new Set(step.nodes), edges: new Set(step.edges) } };
  const { nodeReducer, edgeReducer } = makeReducers(() => input);
  const at = fitter(model, viewport);
  const g = model.graph;

  const nodes = new Map<string, Drawn<ViewNodeAttrs> & { px: { x: number; y: number } }>();
  g.forEachNode((key, a) => nodes.set(key, { ...(nodeReducer(key, a) as Drawn<ViewNodeAttrs>), px: at(a.x, a.y) }));

  const edgeParts: { z: number; svg: string }[] = [];
  g.forEachEdge((key, a, source, target) => {
    const e = edgeReducer(key, a) as Drawn<ViewEdgeAttrs>;
    const s = nodes.get(source)!;
    const t = nodes.get(target)!;
    // sigma draws no edge whose end is hidden.
    if (e.hidden || s.hidden || t.hidden) return;
    const width = Math.max(0.5, e.size);
    let d = `M${num(s.px.x)} ${num(s.px.y)}L${num(t.px.x)} ${num(t.px.y)}`;
    let from = s.px;
    if (e.type === "curved") {
      // @sigma/edge-curve: a quadratic curve whose control point sits off the middle by curvature × length.
      const c = e.curvature ?? 0.25;
      const mx = (s.px.x + t.px.x) / 2;
      const my = (s.px.y + t.px.y) / 2;
      const cx = mx + (t.px.y - s.px.y) * c;
      const cy = my - (t.px.x - s.px.x) * c;
      d = `M${num(s.px.x)} ${num(s.px.y)}Q${num(cx)} ${num(cy)} ${num(t.px.x)} ${num(t.px.y)}`;
      from = { x: cx, y: cy };
    }
    const line = `<path d="${d}" fill="none" stroke="${e.color}" stroke-width="${num(width)}" stroke-linecap="round"/>`;
    const head = e.type === "line" ? "" : arrowHead(from, t.px, t.size, width, e.color);
    edgeParts.push({ z: e.zIndex ?? 1, svg: line + head });
  });

  const nodeParts: { z: number; svg: string }[] = [];
  for (const n of nodes.values()) {
    if (n.hidden || n.kind === "lane" || n.kind === "range") continue;
    const { x, y } = n.px;
    const r = n.size;
    const ring = n.borderColor ?? n.color;
    const shape =
      n.type === "hollow"
        ? `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r * 0.84)}" fill="${n.color}" stroke="${ring}" stroke-width="${num(r * 0.32)}"/>`
        : n.type === "inferred"
          ? `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r * 0.9)}" fill="${COLORS.background}" stroke="${ring}" stroke-width="${num(r * 0.2)}"/><circle cx="${num(x)}" cy="${num(y)}" r="${num(r * 0.5)}" fill="${n.color}"/>`
          : `<circle cx="${num(x)}" cy="${num(y)}" r="${num(r)}" fill="${n.color}"/>`;
    nodeParts.push({ z: n.zIndex ?? 1, svg: shape });
  }
  // The labels the explorer would draw at this step, placed for this still (text widths estimated: no canvas to measure with).
  const still: LabelView = { getGraph: () => g, getDimensions: () => viewport, graphToViewport: (p: { x: number; y: number }) => at(p.x, p.y), scaleSize: (size: number) => size } as unknown as LabelView;
  const places: Map<string, LabelPlace> = visibleLabels(still, input, labelWidth) ?? new Map();
  const labelParts = [...places].map(([key, { side, short }]) => {
    const n = nodes.get(key)!;
    const text = labelText(n, short)!;
    const x = side === "left" ? n.px.x - n.size - 3 : n.px.x + n.size + 3;
    return `<text x="${num(x)}" y="${num(n.px.y + LABEL_FONT.size / 3)}"${side === "left" ? ' text-anchor="end"' : ""} fill="${n.labelColor ?? "#111827"}">${escapeXml(text)}</text>`;
  });

  // The dates under a timeline, placed as the explorer places them.
  const ticks = model.ticks;
  const tickXs = ticks.map((t) => at(t.x, 0).x);
  const tickParts = placeTicks(tickXs, ticks.map((t) => labelWidth(t.label) * 0.8), viewport.width).flatMap((p, i) =>
    p.visible ? [`<text x="${num(p.x)}" y="${num(viewport.height + 15 + p.row * 15)}" text-anchor="middle" fill="${ticks[i]!.break ? "#6b7280" : "#4b5563"}">${escapeXml(ticks[i]!.label)}</text>`] : [],
  );
  const height = viewport.height + (ticks.length ? AXIS : 0);
  const byZ = (a: { z: number }, b: { z: number }) => a.z - b.z;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${viewport.width}" height="${height}" viewBox="0 0 ${viewport.width} ${height}" font-family="${LABEL_FONT.family}">`,
    `<rect width="100%" height="100%" fill="${COLORS.background}"/>`,
    ...edgeParts.sort(byZ).map((p) => p.svg),
    ...nodeParts.sort(byZ).map((p) => p.svg),
    `<g font-size="${LABEL_FONT.size}" font-weight="${LABEL_FONT.weight}" stroke="#ffffff" stroke-width="3.5" stroke-linejoin="round" paint-order="stroke">`,
    ...labelParts,
    "</g>",
    ...(ticks.length ? [`<line x1="0" y1="${viewport.height + 0.5}" x2="${viewport.width}" y2="${viewport.height + 0.5}" stroke="#d1d5db"/>`, `<g font-size="12">`, ...tickParts, "</g>"] : []),
    "</svg>",
  ].join("\n");
}
