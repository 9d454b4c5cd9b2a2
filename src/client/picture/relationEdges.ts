/** The picture's relation edges: styled by kind, paler where claimtrail is not sure, and bundled where many run between two rows. */
import { CONFIDENT } from "../../graph/types.ts";
import { EDGE_STYLES, edgeStyleId, possibleColor, STANCE_COLORS } from "../palette.ts";
import type { ViewGraph } from "../types.ts";
import type { PictureFrame } from "./frame.ts";

/** Relation edges: curved, parallel ones bent apart so four relations between two articles stay four lines. */
export function addRelationEdges(graph: ViewGraph, frame: PictureFrame): void {
  const { data } = frame;
  const parallel = new Map<string, number>();
  const big = frame.articles.length > 2000;
  /** The row a node sits on, for bundling: an article's outlet, or the node itself. */
  const rowOf = (key: string) => frame.outletOf.get(key) ?? key;
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
    if (frame.layout === "timeline" && !style.background && !possible && rowOf(e.source) !== rowOf(e.target)) {
      const id = `${style.id}|${rowOf(e.source)}|${rowOf(e.target)}`;
      const list = bundles.get(id);
      if (list) list.push(e.key);
      else bundles.set(id, [e.key]);
    }
  }
  for (const keys of bundles.values()) bundleArrows(graph, keys);
}

/** The bundle is led by the arrow of the earliest re-report, drawn thicker and labelled with the count; the rest point to it. */
function bundleArrows(graph: ViewGraph, keys: string[]): void {
  if (keys.length < 2) return;
  keys.sort((p, q) => graph.getNodeAttribute(graph.source(p), "x") - graph.getNodeAttribute(graph.source(q), "x") || p.localeCompare(q));
  const [lead, ...rest] = keys as [string, ...string[]];
  const a = graph.getEdgeAttributes(lead);
  graph.mergeEdgeAttributes(lead, { size: a.size * Math.min(2.2, 1 + 0.4 * rest.length), bundleSize: keys.length, label: `×${keys.length}` });
  for (const k of rest) graph.setEdgeAttribute(k, "bundledInto", lead);
}
