/** Which labels the picture shows and how they are drawn: at the current zoom, labels are placed by importance and a label that would cover another label or a node is left for the hover. */
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";
import { nodeFilteredOut, type HighlightInput } from "./highlight.ts";
import type { ViewRenderer } from "./renderer.ts";
import type { LabelPlace, LabelSide, ViewNodeAttrs } from "./types.ts";

/** Label font, as sigma draws it. */
export const LABEL_FONT = { family: "system-ui, sans-serif", size: 13, weight: "600" } as const;

/** Above this many nodes, placement per camera move costs too much: sigma's own label grid decides instead. */
export const PLACEMENT_MAX_NODES = 3000;

/** A label that would like to be drawn, in screen pixels: the node at (x, y) with radius r, the text to its right. */
export interface LabelCandidate {
  key: string;
  x: number;
  y: number;
  r: number;
  width: number;
  /** The width of the node's shorter label, tried on either side when the whole one fits on neither. */
  shorterWidth?: number;
  priority: number;
  /** What the view talks about (a story step, a finding): its label may cover a faint node, never another label. */
  strong?: boolean;
}

/** A drawn node, which labels must not cover. */
export interface Disc {
  key: string;
  x: number;
  y: number;
  r: number;
  /** Dimmed: a strong label may be drawn over it (the label's halo keeps it legible). */
  faint?: boolean;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const CELL = 64;

/** The screen box of a candidate's label on one side of its node (drawn 3 px from the node, baseline a third of the font size below the centre). */
export function labelBox(c: LabelCandidate, side: LabelSide = "right", fontSize: number = LABEL_FONT.size): Box {
  const y0 = c.y - fontSize * 0.62;
  const y1 = c.y + fontSize * 0.62;
  if (side === "left") return { x0: c.x - c.r - 5 - c.width, x1: c.x - c.r - 2, y0, y1 };
  return { x0: c.x + c.r + 2, x1: c.x + c.r + 5 + c.width, y0, y1 };
}

function discHitsBox(d: Disc, b: Box): boolean {
  const cx = Math.max(b.x0, Math.min(d.x, b.x1));
  const cy = Math.max(b.y0, Math.min(d.y, b.y1));
  return (d.x - cx) ** 2 + (d.y - cy) ** 2 < d.r * d.r;
}

function boxesHit(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Chooses the labels to draw: highest priority first, each on the right of its node, or on the left when the right is
 * taken, or, where neither has room, its shorter label on either side; kept only when its box covers no label already
 * kept and no other node. A uniform grid keeps each test local, so the cost is about linear in the number of candidates.
 */
export function placeLabels(candidates: readonly LabelCandidate[], discs: readonly Disc[], fontSize: number = LABEL_FONT.size, viewWidth = Infinity): Map<string, LabelPlace> {
  const grid = new Map<string, { boxes: Box[]; discs: Disc[] }>();
  const cells = (b: Box, f: (cell: { boxes: Box[]; discs: Disc[] }) => boolean | void): boolean => {
    for (let i = Math.floor(b.x0 / CELL); i <= Math.floor(b.x1 / CELL); i++) {
      for (let j = Math.floor(b.y0 / CELL); j <= Math.floor(b.y1 / CELL); j++) {
        const id = `${i},${j}`;
        let cell = grid.get(id);
        if (!cell) grid.set(id, (cell = { boxes: [], discs: [] }));
        if (f(cell) === true) return true;
      }
    }
    return false;
  };
  for (const d of discs) cells({ x0: d.x - d.r, x1: d.x + d.r, y0: d.y - d.r, y1: d.y + d.r }, (c) => void c.discs.push(d));
  const chosen = new Map<string, LabelPlace>();
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.key.localeCompare(b.key));
  const tries = (c: LabelCandidate): LabelPlace[] => [{ side: "right" }, { side: "left" }, ...(c.shorterWidth !== undefined ? [{ side: "right", short: true } as const, { side: "left", short: true } as const] : [])];
  for (const c of order) {
    for (const place of tries(c)) {
      const box = labelBox(place.short ? { ...c, width: c.shorterWidth! } : c, place.side, fontSize);
      // A label cut by either edge of the picture is no label: it goes to the other side, or to the hover.
      const blocked = box.x0 < 0 || box.x1 > viewWidth || cells(box, (cell) => cell.boxes.some((b) => boxesHit(b, box)) || cell.discs.some((d) => d.key !== c.key && !(c.strong && d.faint) && discHitsBox(d, box)));
      if (blocked) continue;
      chosen.set(c.key, place);
      cells(box, (cell) => void cell.boxes.push(box));
      break;
    }
  }
  return chosen;
}

const widths = new Map<string, number>();
let measureCtx: CanvasRenderingContext2D | null | undefined;

/** The width of a label in the label font, measured once per text. */
export function measureLabel(text: string): number {
  let w = widths.get(text);
  if (w !== undefined) return w;
  if (measureCtx === undefined) {
    measureCtx = document.createElement("canvas").getContext("2d");
    if (measureCtx) measureCtx.font = `${LABEL_FONT.weight} ${LABEL_FONT.size}px ${LABEL_FONT.family}`;
  }
  w = measureCtx ? measureCtx.measureText(text).width : text.length * 7.4;
  widths.set(text, w);
  return w;
}

/** What label placement needs of a picture: the renderer on screen, or a still drawn without a browser (src/export/storyPicture.ts). */
export type LabelView = Pick<ViewRenderer, "getGraph" | "getDimensions" | "graphToViewport" | "scaleSize">;

/** The labels to draw for the renderer's current camera and the view's selection, or undefined on graphs too large to place labels per frame. `measure` gives a label's width in pixels. */
export function visibleLabels(renderer: LabelView, input: HighlightInput, measure: (text: string) => number = measureLabel): Map<string, LabelPlace> | undefined {
  const graph = renderer.getGraph();
  if (graph.order > PLACEMENT_MAX_NODES) return undefined;
  const { width, height } = renderer.getDimensions();
  const emphasis = input.focus?.nodes ?? input.matches;
  const candidates: LabelCandidate[] = [];
  const discs: Disc[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind === "lane" || a.kind === "range" || nodeFilteredOut(a, input.state)) return;
    const p = renderer.graphToViewport(a);
    const r = renderer.scaleSize(a.size);
    if (p.x < -400 || p.x > width + 40 || p.y < -40 || p.y > height + 40) return;
    const lit = emphasis?.has(key);
    discs.push({ key, x: p.x, y: p.y, r: r + 1, ...(emphasis && !lit ? { faint: true } : {}) });
    const text = a.shortLabel ?? a.label;
    // A dimmed node keeps no label, except what names a row (an outlet, an article: greyed by the node reducer).
    if (!text || (emphasis && !emphasis.has(key) && a.kind !== "outlet" && a.kind !== "article")) return;
    const priority = (a.importance ?? 0) + (lit ? 1e7 : 0);
    // A lit node that found no room would go unnamed exactly when the view talks about it.
    const shorter = a.fallbackLabel;
    candidates.push({ key, x: p.x, y: p.y, r, width: measure(text), ...(shorter ? { shorterWidth: measure(shorter) } : {}), priority, ...(lit ? { strong: true } : {}) });
  });
  return placeLabels(candidates, discs, LABEL_FONT.size, width);
}

/** Nodes whose label appears, goes, changes side or changes text between two placements: the only ones to redraw after a camera move. */
export function changedLabels(prev: ReadonlyMap<string, LabelPlace>, next: ReadonlyMap<string, LabelPlace>): string[] {
  const same = (a: LabelPlace | undefined, b: LabelPlace | undefined) => a?.side === b?.side && a?.short === b?.short;
  return [...next.keys()].filter((k) => !same(prev.get(k), next.get(k))).concat([...prev.keys()].filter((k) => !next.has(k)));
}

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & Partial<Pick<ViewNodeAttrs, "shortLabel" | "fallbackLabel" | "labelShort" | "labelColor" | "labelSide">>;

/** The text a node's label shows: its shorter label where placement chose it, else its picture label. */
export function labelText(data: Pick<LabelData, "label" | "shortLabel" | "fallbackLabel">, short: boolean | undefined): string | null | undefined {
  return short && data.fallbackLabel ? data.fallbackLabel : (data.shortLabel ?? data.label);
}

/** Draws a node's short label with a white halo, so it stays legible where it crosses a line. */
export function drawLabel(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  const text = labelText(data, data.labelShort);
  if (!text) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const left = data.labelSide === "left";
  const x = left ? data.x - data.size - 3 - context.measureText(text).width : data.x + data.size + 3;
  const y = data.y + size / 3;
  context.lineJoin = "round";
  context.lineWidth = 3.5;
  context.strokeStyle = "rgba(255,255,255,0.92)";
  context.strokeText(text, x, y);
  context.fillStyle = data.labelColor ?? settings.labelColor.color ?? "#111827";
  context.fillText(text, x, y);
}

/** Wraps a text into lines of at most `max` characters at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Draws the hovered node's whole label (a claim's full wording, a source's full description) in a box, wrapped, kept on screen. */
export function drawHover(context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const lines = data.label ? wrap(data.label, 56) : [];
  const lineH = size + 4;
  const w = Math.max(0, ...lines.map((l) => context.measureText(l).width)) + 10;
  const h = lines.length * lineH + 6;
  const canvasW = context.canvas.width / (window.devicePixelRatio || 1);
  const right = data.x + data.size + 4;
  const x0 = right + w > canvasW && data.x - data.size - 4 - w > 0 ? data.x - data.size - 4 - w : right;
  const y0 = data.y - Math.min(h / 2, lineH / 2 + 3);
  context.shadowBlur = 8;
  context.shadowColor = "rgba(0,0,0,0.35)";
  context.fillStyle = "#ffffff";
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fill();
  if (lines.length) context.fillRect(x0, y0, w, h);
  context.shadowBlur = 0;
  context.fillStyle = "#111827";
  lines.forEach((l, i) => context.fillText(l, x0 + 5, y0 + 3 + i * lineH + size * 0.95));
}
