/** Creates the sigma renderer with the explorer's programs and settings, the timeline's date axis, and PNG export of what is drawn. */
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import { createNodeBorderProgram } from "@sigma/node-border";
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram, type EdgeProgramType } from "sigma/rendering";
import { COLORS } from "./palette.ts";
import type { HighlightInput } from "./highlight.ts";
import { makeReducers } from "./highlight.ts";
import type { AxisTick, ViewEdgeAttrs, ViewModel, ViewNodeAttrs } from "./types.ts";

export type ViewRenderer = Sigma<ViewNodeAttrs, ViewEdgeAttrs>;

/** A hollow ring: imprecise dates and anonymous sources (the fill is the `color`, the ring the `borderColor`). */
const HollowProgram = createNodeBorderProgram<ViewNodeAttrs, ViewEdgeAttrs>({
  borders: [
    { size: { value: 0.32 }, color: { attribute: "borderColor" } },
    { size: { fill: true }, color: { attribute: "color" } },
  ],
});

/** Creates the renderer. sigma draws the first frame inside the constructor, so listeners that must see it go in `onFirstRender`. */
export function createRenderer(container: HTMLElement, model: ViewModel, input: () => HighlightInput): ViewRenderer {
  const big = model.graph.order > 5000;
  const { nodeReducer, edgeReducer } = makeReducers(input);
  return new Sigma<ViewNodeAttrs, ViewEdgeAttrs>(model.graph, container, {
    nodeProgramClasses: { circle: NodeCircleProgram, hollow: HollowProgram },
    edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram, curved: EdgeCurvedArrowProgram as unknown as EdgeProgramType<ViewNodeAttrs, ViewEdgeAttrs> },
    defaultNodeType: "circle",
    defaultEdgeType: "curved",
    nodeReducer: nodeReducer as never,
    edgeReducer: edgeReducer as never,
    zIndex: true,
    renderEdgeLabels: false,
    labelFont: "system-ui, sans-serif",
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: "#111827" },
    labelDensity: 1,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: big ? 6 : 2,
    hideEdgesOnMove: big,
    hideLabelsOnMove: big,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    stagePadding: 48,
    // Preserved so a PNG export and the tests' pixel check read what was drawn.
    allowInvalidContainer: true,
  });
}

/** Keeps the date labels of the timeline under the nodes they belong to, whatever the camera does. */
export function attachAxis(renderer: ViewRenderer, axis: HTMLElement, ticks: readonly AxisTick[]): () => void {
  const els = ticks.map((t) => {
    const el = document.createElement("span");
    el.className = "tick";
    el.textContent = t.label;
    axis.append(el);
    return el;
  });
  const width = renderer.getDimensions().width;
  const place = () => {
    // Ticks closer than a label's width on screen are hidden, so zooming out never piles labels up.
    let last = -Infinity;
    ticks.forEach((t, i) => {
      const { x } = renderer.graphToViewport({ x: t.x, y: 0 });
      const el = els[i]!;
      const visible = x - last >= 84 && x >= 0 && x <= width;
      el.hidden = !visible;
      if (visible) last = x;
      el.style.transform = `translateX(${Math.round(x)}px)`;
    });
  };
  renderer.on("afterRender", place);
  place();
  return () => {
    renderer.off("afterRender", place);
    axis.replaceChildren();
  };
}

/** Draws sigma's layers onto one canvas with a white background and returns it as PNG data. */
export async function exportPng(renderer: ViewRenderer): Promise<Blob> {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement("canvas");
  out.width = width * ratio;
  out.height = height * ratio;
  const ctx = out.getContext("2d");
  if (!ctx) throw new Error("explorer: cannot export a PNG; expected a 2D canvas context");
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, out.width, out.height);
  // Render now and copy in the same task: WebGL buffers are only guaranteed until the frame is composited.
  renderer.refresh();
  const canvases = renderer.getCanvases();
  for (const layer of ["edges", "nodes", "edgeLabels", "labels", "hovers", "hoverNodes"]) {
    const c = canvases[layer];
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error("explorer: the browser could not encode the PNG"))), "image/png"));
}
