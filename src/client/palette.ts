/** The explorer's visual vocabulary as data: few colours, each meaning one thing, and the plain words a teacher reads out. */
import type { EdgeKind, FindingType, NodeKind, SourceType } from "../graph/types.ts";

/** Hex only: sigma does not parse hsl(). */
export const COLORS = {
  article: "#1e293b",
  outlet: "#64748b",
  source: "#a16207",
  claim: "#0f766e",
  dimmed: "#e2e8f0",
  dimmedEdge: "#eef2f6",
  range: "#cbd5e1",
  lane: "#eef2f6",
  highlight: "#f59e0b",
  background: "#ffffff",
} as const;

/** An edge style the legend shows: one per relation a reader should tell apart. */
export interface EdgeStyle {
  /** Style id: an edge kind, or a kind split by a property (credited / uncredited copy). */
  id: EdgeStyleId;
  color: string;
  /** Line width in pixels at zoom 1. */
  size: number;
  /** Words for the legend, reading from the later article: "A → B: A …". */
  legend: string;
  /** Words for a relation in lists: "<A> <verb> <B>". */
  verb: string;
  /** Drawn in the timeline by default (published_by is implied by the lane; asserts by the claim band). */
  shownByDefault: boolean;
}

export type EdgeStyleId = Exclude<EdgeKind, "copies"> | "copies_credited" | "copies_uncredited";

export const EDGE_STYLES: Record<EdgeStyleId, EdgeStyle> = {
  cites: { id: "cites", color: "#2563eb", size: 2.5, legend: "cites (names it as its source)", verb: "cites", shownByDefault: true },
  copies_credited: { id: "copies_credited", color: "#16a34a", size: 3.5, legend: "copies text, with credit", verb: "copies text (credited) from", shownByDefault: true },
  copies_uncredited: { id: "copies_uncredited", color: "#dc2626", size: 4, legend: "copies text, without credit", verb: "copies text without credit from", shownByDefault: true },
  quotes_same: { id: "quotes_same", color: "#ea8a0c", size: 3, legend: "recycles the same quote", verb: "recycles a quote from", shownByDefault: true },
  alters_quote: { id: "alters_quote", color: "#c026d3", size: 3.5, legend: "repeats a quote with changed words", verb: "repeats with changed words a quote from", shownByDefault: true },
  republishes: { id: "republishes", color: "#0891b2", size: 3, legend: "republishes (syndication)", verb: "republishes the story of", shownByDefault: true },
  quotes: { id: "quotes", color: "#c8b38a", size: 1.2, legend: "quotes a person or source", verb: "quotes", shownByDefault: true },
  asserts: { id: "asserts", color: "#99d5cc", size: 1, legend: "makes the claim", verb: "makes the claim", shownByDefault: false },
  published_by: { id: "published_by", color: "#d4d9e0", size: 0.8, legend: "published by", verb: "is published by", shownByDefault: false },
};

/** Legend order: the relations that show laundering first. */
export const LEGEND_ORDER: EdgeStyleId[] = ["copies_uncredited", "copies_credited", "alters_quote", "quotes_same", "cites", "republishes", "quotes"];

/** The style of an edge given its kind and whether a copy is credited. */
export function edgeStyleId(kind: EdgeKind, credited: boolean | undefined): EdgeStyleId {
  if (kind === "copies") return credited ? "copies_credited" : "copies_uncredited";
  return kind;
}

/** Plain-word titles for findings, shown above the explanation. */
export const FINDING_TITLES: Record<FindingType, string> = {
  single_source_amplification: "One source, many outlets",
  recycled_quote: "Recycled quote",
  altered_quote: "Quote changed",
  unsupported_attribution: "Attribution not supported",
  attribution_drift: "Attribution drifted",
  number_drift: "Numbers drifted",
  uncredited_copy: "Copied without credit",
  syndication: "Same story republished",
  circular_reporting: "Circular reporting",
};

/** Node kinds in words, for lists and the legend. */
export const NODE_WORDS: Record<NodeKind, string> = {
  article: "article",
  outlet: "outlet",
  source: "source",
  claim: "claim",
};

/** Source types in words. */
export const SOURCE_WORDS: Record<SourceType, string> = {
  named: "named person",
  anonymous: "anonymous source",
  organisation: "organisation",
  document: "document",
};
