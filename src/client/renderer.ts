/** Creates the sigma renderer with the explorer's programs and settings, the timeline's date axis, and PNG export of what is drawn. */
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { createNodeBorderProgram } from "@sigma/node-border";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram, type EdgeProgramType } from "sigma/rendering";
import { COLORS } from "./palette.ts";
import type { HighlightInput } from "./highlight.ts";
import { makeReducers } from "./highlight.ts";
import { drawHover, drawLabel, LABEL_FONT, PLACEMENT_MAX_NODES } from "./labels.ts";
import { placeTicks } from "./timeline.ts";
import { STAGE_PADDING } from "./picture/metrics.ts";
import type { AxisTick, ViewEdgeAttrs, ViewModel, ViewNodeAttrs } from "./types.ts";

export type ViewRenderer = Sigma<ViewNodeAttrs, ViewEdgeAttrs>;

/** A hollow ring: imprecise dates and anonymous sources (the fill is the `color`, the ring the `borderColor`). */
const HollowProgram = createNodeBorderProgram<ViewNodeAttrs, ViewEdgeAttrs>({
  borders: [
    { size: { value: 0.32 }, color: { attribute: "borderColor" } },
    { size: { fill: true }, color: { attribute: "color" } },
  ],
});

/** An undated article placed by the order of its relations: a grey dot in a grey ring, neither a date (filled) nor a date range (hollow). */
const InferredProgram = createNodeBorderProgram<ViewNodeAttrs, ViewEdgeAttrs>({
  borders: [
    { size: { value: 0.2 }, color: { attribute: "borderColor" } },
    { size: { value: 0.3 }, color: { value: COLORS.background } },
    { size: { fill: true }, color: { attribute: "color" } },
  ],
});

/** Creates the renderer. sigma draws the first frame inside the constructor, so listeners that must see it go in `onFirstRender`. */
export function createRenderer(container: HTMLElement, model: ViewModel, input: () => HighlightInput): ViewRenderer {
  const big = model.graph.order > 5000;
  const { nodeReducer, edgeReducer } = makeReducers(input);
  return new Sigma<ViewNodeAttrs, ViewEdgeAttrs>(model.graph, container, {
    nodeProgramClasses: { circle: NodeCircleProgram, hollow: HollowProgram, inferred: InferredProgram },
    edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram, curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType<ViewNodeAttrs, ViewEdgeAttrs> },
    defaultNodeType: "circle",
    defaultEdgeType: "curved",
    nodeReducer: nodeReducer as never,
    edgeReducer: edgeReducer as never,
    zIndex: true,
    // Only a bundle's leading arrow has a label: the count of arrows it stands for ("×3").
    renderEdgeLabels: true,
    edgeLabelFont: LABEL_FONT.family,
    edgeLabelSize: 12,
    edgeLabelWeight: "700",
    edgeLabelColor: { color: "#334155" },
    labelFont: LABEL_FONT.family,
    labelSize: LABEL_FONT.size,
    labelWeight: LABEL_FONT.weight,
    labelColor: { attribute: "labelColor", color: "#111827" },
    defaultDrawNodeLabel: drawLabel as never,
    defaultDrawNodeHover: drawHover as never,
    labelDensity: 1,
    labelGridCellSize: 90,
    // Small graphs: labels.ts chooses every label (forceLabel), so sigma's grid adds none that could collide.
    labelRenderedSizeThreshold: model.graph.order <= PLACEMENT_MAX_NODES ? 1e9 : big ? 6 : 2,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    stagePadding: STAGE_PADDING,
    // Preserved so a PNG export and the tests' pixel check read what was drawn.
    allowInvalidContainer: true,
  });
}

/** Keeps the date labels of the timeline under the nodes they belong to, whatever the camera does: two staggered rows, a label that fits neither is hidden. */
export function attachAxis(renderer: ViewRenderer, axis: HTMLElement, ticks: readonly AxisTick[]): () => void {
  const els = ticks.map((t) => {
    const el = document.createElement("span");
    el.className = t.break ? "tick break" : t.inferred ? "tick inferred" : "tick";
    el.textContent = t.label;
    axis.append(el);
    return el;
  });
  const widths = els.map((el) => el.getBoundingClientRect().width || el.textContent!.length * 7);
  const place = () => {
    const xs = ticks.map((t) => renderer.graphToViewport({ x: t.x, y: 0 }).x);
    placeTicks(xs, widths, renderer.getDimensions().width).forEach((p, i) => {
      const el = els[i]!;
      el.hidden = !p.visible;
      el.classList.toggle("low", p.row === 1);
      el.style.transform = `translateX(${Math.round(p.x - widths[i]! / 2)}px)`;
    });
  };
  renderer.on("afterRender", place);
  place();
  return () => {
    renderer.off("afterRender", place);
    axis.replaceChildren();
  };
}

/** Draws sigma's layers onto one canvas with a white background, the timeline's dates under it, and returns it as PNG data. */
export async function exportPng(renderer: ViewRenderer, ticks: readonly AxisTick[] = []): Promise<Blob> {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const axisH = ticks.length ? 40 : 0;
  const out = document.createElement("canvas");
  out.width = width * ratio;
  out.height = (height + axisH) * ratio;
  const ctx = out.getContext("2d");
  if (!ctx) throw new Error("explorer: cannot export a PNG; expected a 2D canvas context");
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, out.width, out.height);
  // Render now and copy in the same task: WebGL buffers are only guaranteed until the frame is composited.
  renderer.refresh();
  const canvases = renderer.getCanvases();
  for (const layer of ["edges", "nodes", "edgeLabels", "labels", "hovers", "hoverNodes"]) {
    const c = canvases[layer];
    if (c) ctx.drawImage(c, 0, 0, width * ratio, height * ratio);
  }
  if (ticks.length) {
    // The picture read on paper still needs its dates.
    ctx.scale(ratio, ratio);
    ctx.font = `12px ${LABEL_FONT.family}`;
    ctx.textAlign = "center";
    ctx.strokeStyle = "#d1d5db";
    ctx.beginPath();
    ctx.moveTo(0, height + 0.5);
    ctx.lineTo(width, height + 0.5);
    ctx.stroke();
    const xs = ticks.map((t) => renderer.graphToViewport({ x: t.x, y: 0 }).x);
    placeTicks(xs, ticks.map((t) => ctx.measureText(t.label).width), width).forEach((p, i) => {
      if (!p.visible) return;
      ctx.fillStyle = ticks[i]!.break ? "#6b7280" : "#4b5563";
      ctx.fillText(ticks[i]!.label, p.x, height + 15 + p.row * 15);
    });
  }
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error("explorer: the browser could not encode the PNG"))), "image/png"));
}
