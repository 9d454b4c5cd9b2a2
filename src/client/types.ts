/** The explorer's rendering-side types: sigma's node and edge attributes, derived once from the provenance graph by `toSigmaGraph`. */
import type Graph from "graphology";
import type { EdgeKind, NodeKind } from "../graph/types.ts";
import type { EdgeStyleId } from "./palette.ts";

/** Decorations drawn with nodes and edges: lane guides and date-range bars. They carry no meaning of their own and ignore clicks. */
export type DecorKind = "lane" | "range";

/** Where a node's label goes. */
export type LabelSide = "right" | "left";

/** A placed label: its side, and whether the node's shorter label (`fallbackLabel`) is drawn because the whole one fit nowhere. */
export interface LabelPlace {
  side: LabelSide;
  short?: true;
}

export interface ViewNodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string | null;
  /** The label as drawn in the picture (long wordings cut with an ellipsis); `label` keeps the whole text for the hover. */
  shortLabel?: string;
  /**
   * A shorter label, drawn where `shortLabel` would cover another label or node: a row's outlet without its date, a
   * claim's first words. A row or a claim the picture cannot name is one a teacher cannot point at.
   */
  fallbackLabel?: string;
  /** Set by the reducer when placement chose `fallbackLabel`. */
  labelShort?: boolean;
  /** Label priority when labels would collide: higher wins (outlet rows, articles, then claims and sources by number of articles). */
  importance?: number;
  /** Which side of the node its label is drawn on (left when the right side is taken). */
  labelSide?: LabelSide;
  /** Label colour when not the default ink (dimmed rows). */
  labelColor?: string;
  /** sigma program: filled circle, a hollow ring for imprecise dates and anonymous sources, a ringed dot for an undated article placed by inferred order. */
  type: "circle" | "hollow" | "inferred";
  borderColor?: string;
  forceLabel?: boolean;
  zIndex?: number;
  hidden?: boolean;
  /** The provenance node kind, or a decoration. */
  kind: NodeKind | DecorKind;
  /** Outlet key of an article (for the outlet filter). */
  outlet?: string;
  /** Epoch ms from which the node exists in the story (time slider); absent when undated. */
  time?: number;
  /** For a decoration: the article (range bar) or outlet (lane) it belongs to. */
  of?: string;
  /** Text searched by the search box (label, title, outlet). */
  search?: string;
}

export interface ViewEdgeAttrs {
  size: number;
  color: string;
  type: "arrow" | "curved" | "line";
  curvature?: number;
  label?: string | null;
  zIndex?: number;
  hidden?: boolean;
  kind: EdgeKind | DecorKind;
  style?: EdgeStyleId;
  /** Colour and width when the edge belongs to the selection (background relations are faint until then). */
  focusColor?: string;
  focusSize?: number;
  /** A relation read with confidence under CONFIDENT: drawn paler and thinner, "possible". */
  possible?: boolean;
  /** A relation a person rejected (src/review): not drawn unless it is the selection. */
  rejected?: boolean;
  /** Bundled: this edge is drawn as part of the bundle led by that edge (same kind, same two rows), unless selected itself. */
  bundledInto?: string;
  /** The number of edges a bundle's leading edge stands for. */
  bundleSize?: number;
}

/** The graph sigma draws. */
export type ViewGraph = Graph<ViewNodeAttrs, ViewEdgeAttrs>;

export type LayoutName = "timeline" | "force";

/** A date tick of the timeline axis, in graph coordinates. */
export interface AxisTick {
  x: number;
  label: string;
  /** A compressed quiet stretch ("⋯ 2 years ⋯") rather than a date. */
  break?: boolean;
  /** Undated articles placed by the order of their relations, not a date. */
  inferred?: boolean;
}

/** A lane of the timeline: one outlet. */
export interface Lane {
  outlet: string;
  label: string;
  y: number;
  inCase: boolean;
}

/** What `toSigmaGraph` returns: the drawable graph and the timeline's furniture. */
export interface ViewModel {
  graph: ViewGraph;
  layout: LayoutName;
  ticks: AxisTick[];
  lanes: Lane[];
  /** Distinct article days in order (epoch ms of day start), the time slider's stops. */
  days: number[];
}
