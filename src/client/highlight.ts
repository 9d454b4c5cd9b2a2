/** Highlighting and filtering as sigma reducers: the drawn graph is never mutated, each frame asks what a node or edge looks like now. O(1) per item. */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { COLORS } from "./palette.ts";
import type { ViewState } from "./state.ts";
import type { LabelPlace, ViewEdgeAttrs, ViewNodeAttrs } from "./types.ts";

const DAY = 86_400_000;

/** Nodes and edges to bring forward (a finding, a trace, a selection); everything else is dimmed. */
export interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
}

/** What the reducers read on each frame. */
export interface HighlightInput {
  state: ViewState;
  focus?: Focus;
  /** Node keys matching the search box, when it is not empty. */
  matches?: Set<string>;
  /** Nodes whose label is drawn, chosen so that labels do not collide (labels.ts); absent on large graphs, where sigma's label grid decides. */
  labels?: Map<string, LabelPlace>;
  /** The quiz: every arrow drawn alike, so its colour does not tell the class how one article took from another. */
  plainArrows?: boolean;
}

/** True when a node is filtered out (outlet off, outside the date filter, or not yet published at the slider's time). */
export function nodeFilteredOut(attrs: ViewNodeAttrs, state: ViewState): boolean {
  if (attrs.outlet && state.hiddenOutlets.has(attrs.outlet) && attrs.kind !== "outlet") return true;
  if (attrs.kind === "outlet" && state.hiddenOutlets.has(attrs.outlet ?? "")) return true;
  const t = attrs.time;
  // Outlet rows stay: the slider hides what was not yet published, never the rows it appears on.
  if (state.until !== undefined && t !== undefined && attrs.kind !== "outlet" && t > state.until + DAY - 1) return true;
  if (attrs.kind === "article" || attrs.kind === "range") {
    if (state.from !== undefined && (t === undefined || t < state.from)) return true;
    if (state.to !== undefined && (t === undefined || t > state.to + DAY - 1)) return true;
  }
  return false;
}

/** sigma's nodeReducer and edgeReducer for the current input. */
export function makeReducers(input: () => HighlightInput): {
  nodeReducer: (node: string, attrs: ViewNodeAttrs) => Partial<NodeDisplayData> & Partial<ViewNodeAttrs>;
  edgeReducer: (edge: string, attrs: ViewEdgeAttrs) => Partial<EdgeDisplayData> & Partial<ViewEdgeAttrs>;
} {
  return {
    nodeReducer(node, attrs) {
      const { state, focus, matches, labels } = input();
      if (nodeFilteredOut(attrs, state)) return { ...attrs, hidden: true };
      const decor = attrs.kind === "lane" || attrs.kind === "range";
      if (decor && attrs.kind === "lane") return attrs;
      const key = decor && attrs.kind === "range" ? attrs.of ?? node : node;
      const emphasis = focus?.nodes ?? matches;
      const forceLabel = labels ? labels.has(node) : attrs.forceLabel;
      const place = labels?.get(node);
      const placed = place ? { forceLabel, labelSide: place.side, labelShort: place.short === true } : { forceLabel };
      if (!emphasis) return { ...attrs, ...placed };
      if (emphasis.has(key)) return decor ? attrs : { ...attrs, ...placed, forceLabel: labels ? forceLabel : true, zIndex: 3 };
      // Outlets and articles keep their labels, greyed, when dimmed: they name the rows.
      const namesRow = attrs.kind === "outlet" || attrs.kind === "article";
      return { ...attrs, color: COLORS.dimmed, borderColor: COLORS.dimmed, label: decor ? null : attrs.label, labelColor: COLORS.dimmedLabel, ...placed, forceLabel: namesRow && (labels ? forceLabel : attrs.kind === "outlet"), zIndex: 0 };
    },
    edgeReducer(edge, attrs) {
      const { state, focus, plainArrows } = input();
      // A relation a person rejected is drawn only when it is what the reader selected (src/review).
      if (attrs.rejected && !focus?.edges.has(edge)) return { ...attrs, hidden: true };
      if (attrs.style && state.hiddenStyles.has(attrs.style) && !focus?.edges.has(edge)) return { ...attrs, hidden: true };
      // A bundled arrow is drawn by its bundle's leading arrow, unless the selection is about this one.
      if (attrs.bundledInto && !focus?.edges.has(edge)) return { ...attrs, hidden: true };
      if (attrs.kind === "lane" || attrs.kind === "range") return attrs;
      if (plainArrows) return { ...attrs, color: COLORS.plainArrow, size: 1.5, label: null, zIndex: 1 };
      if (!focus) return attrs;
      if (focus.edges.has(edge)) return { ...attrs, color: attrs.focusColor ?? attrs.color, size: attrs.focusSize ?? attrs.size * 1.6, zIndex: 3 };
      return { ...attrs, color: COLORS.dimmedEdge, label: null, zIndex: 0 };
    },
  };
}
