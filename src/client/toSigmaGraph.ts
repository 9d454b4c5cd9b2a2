/**
 * The one place where meaning becomes pixels: derives every node's position, size, colour, label and label priority, and
 * every edge's style, from the case data. Each step is a module of `picture/`: the frame (articles in time, outlet rows),
 * the bands' entries, the placement left to right, the nodes, the row guides, the relation edges, the axis.
 */
import Graph from "graphology";
import type { CaseData } from "./data.ts";
import { bandEntries } from "./picture/bandEntries.ts";
import { pictureFrame, type PictureOptions } from "./picture/frame.ts";
import { DEFAULT_VIEWPORT, STAGE_PADDING, type Viewport } from "./picture/metrics.ts";
import { addArticleNodes, addBandNodes } from "./picture/nodes.ts";
import { addRelationEdges } from "./picture/relationEdges.ts";
import { addRowGuides } from "./picture/rowGuides.ts";
import { timeAxis } from "./picture/axis.ts";
import { placeInPicture } from "./picture/timePlacement.ts";
import type { LayoutName, ViewEdgeAttrs, ViewGraph, ViewModel, ViewNodeAttrs } from "./types.ts";

export type { PictureOptions };

/** Builds the drawable graph of a case for a layout, laid out for a viewport of about `viewport` pixels. Linear in nodes + edges apart from sorts. */
export function toSigmaGraph(data: CaseData, layout: LayoutName, viewport: Viewport = DEFAULT_VIEWPORT, options: PictureOptions = {}): ViewModel {
  const graph: ViewGraph = new Graph<ViewNodeAttrs, ViewEdgeAttrs>({ type: "directed", multi: true, allowSelfLoops: false });
  const frame = pictureFrame(data, layout, viewport, options);
  const entries = bandEntries(frame);
  const place = placeInPicture(frame, entries);
  addArticleNodes(graph, frame, place);
  addBandNodes(graph, frame, place, entries);
  addRowGuides(graph, frame, place);
  addRelationEdges(graph, frame);
  if (place.spread > 1) graph.updateEachNodeAttributes((_k, a) => ({ ...a, y: a.y * place.spread }));
  if (layout === "timeline") fitDotsToScreen(graph, viewport);
  return { graph, layout, ...timeAxis(graph, frame, place) };
}

/**
 * sigma draws sizes in screen pixels whatever the zoom: when the picture must be shrunk to fit, shrink the dots with it,
 * or dots on neighbouring rows touch and leave no room for a label.
 */
function fitDotsToScreen(graph: ViewGraph, viewport: Viewport): void {
  if (!graph.order) return;
  let y0 = Infinity;
  let y1 = -Infinity;
  graph.forEachNode((_k, a) => {
    y0 = Math.min(y0, a.y);
    y1 = Math.max(y1, a.y);
  });
  const fit = (viewport.height - 2 * STAGE_PADDING) / Math.max(1, y1 - y0);
  if (fit >= 1) return;
  const f = Math.max(0.5, fit);
  graph.updateEachNodeAttributes((_k, a) => (a.kind === "lane" || a.kind === "range" ? a : { ...a, size: a.size * f }));
  graph.updateEachEdgeAttributes((_k, a) => (a.kind === "range" ? { ...a, size: a.size * f } : a));
}
