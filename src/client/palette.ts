/** The explorer's visual vocabulary as data: few colours, each meaning one thing, and the plain words a teacher reads out. */
import { ordersArticles, type EdgeAttrs, type EdgeKind, type FindingType, type NodeKind, type SourceType, type Stance } from "../graph/types.ts";

/** Hex only: sigma does not parse hsl(). */
export const COLORS = {
  article: "#1e293b",
  outlet: "#64748b",
  source: "#a16207",
  claim: "#0f766e",
  dimmed: "#e2e8f0",
  dimmedEdge: "#eef2f6",
  dimmedLabel: "#94a3b8",
  range: "#cbd5e1",
  lane: "#e3e8ef",
  highlight: "#f59e0b",
  background: "#ffffff",
  /** An undated article placed by the order its relations show. */
  inferred: "#64748b",
  /** Every arrow in the quiz, whatever its kind. */
  plainArrow: "#94a3b8",
} as const;

/** The sides an article takes on a claim: presents it as true (the claim's own colour), reports it false, only mentions it. */
export const STANCE_COLORS: Record<Stance, string> = { true: "#0f766e", false: "#be123c", mentions: "#94a3b8" };

/** Stances in words, for the legend and the panels. */
export const STANCE_WORDS: Record<Stance, string> = { true: "presents it as true", false: "reports it false", mentions: "only mentions it" };

/** A possible relation (confidence under CONFIDENT): its colour mixed halfway with white, so it reads as tentative beside the sure ones. */
export function possibleColor(hex: string): string {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) return hex;
  const n = parseInt(m[1]!, 16);
  const mix = (c: number) => Math.round(c + (255 - c) * 0.55).toString(16).padStart(2, "0");
  return `#${mix(n >> 16)}${mix((n >> 8) & 255)}${mix(n & 255)}`;
}

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
  /** Drawn faint and under the article-to-article arrows until a selection involves it. */
  background?: boolean;
  /** Colour and width when selected (default: its own colour, 1.6 times as wide). */
  focusColor?: string;
  focusSize: number;
}

export type EdgeStyleId = Exclude<EdgeKind, "copies"> | "copies_credited" | "copies_uncredited";

export const EDGE_STYLES: Record<EdgeStyleId, EdgeStyle> = {
  cites: { id: "cites", color: "#2563eb", size: 2.5, legend: "cites (names it as its source)", verb: "cites", shownByDefault: true, focusSize: 3.75 },
  copies_credited: { id: "copies_credited", color: "#16a34a", size: 3.5, legend: "copies text, with credit", verb: "copies text (credited) from", shownByDefault: true, focusSize: 5.25 },
  copies_uncredited: { id: "copies_uncredited", color: "#dc2626", size: 4, legend: "copies text, without credit", verb: "copies text without credit from", shownByDefault: true, focusSize: 6 },
  quotes_same: { id: "quotes_same", color: "#ea8a0c", size: 3, legend: "recycles the same quote", verb: "recycles a quote from", shownByDefault: true, focusSize: 4.5 },
  alters_quote: { id: "alters_quote", color: "#c026d3", size: 3.5, legend: "repeats a quote with changed words", verb: "repeats with changed words a quote from", shownByDefault: true, focusSize: 5.25 },
  republishes: { id: "republishes", color: "#0891b2", size: 3, legend: "republishes (syndication)", verb: "republishes the story of", shownByDefault: true, focusSize: 4.5 },
  // Every article quotes someone: drawn faint so the arrows between articles are what the eye meets first; strong once selected.
  quotes: { id: "quotes", color: "#eadfc8", size: 0.8, legend: "quotes a person or source", verb: "quotes", shownByDefault: true, background: true, focusColor: "#b08a3e", focusSize: 2 },
  asserts: { id: "asserts", color: "#99d5cc", size: 1, legend: "makes the claim", verb: "makes the claim", shownByDefault: false, background: true, focusColor: "#0f766e", focusSize: 1.8 },
  published_by: { id: "published_by", color: "#d4d9e0", size: 0.8, legend: "published by", verb: "is published by", shownByDefault: false, background: true, focusSize: 1.2 },
};

/** Legend order: the relations that show laundering first. */
export const LEGEND_ORDER: EdgeStyleId[] = ["copies_uncredited", "copies_credited", "alters_quote", "quotes_same", "cites", "republishes", "quotes"];

/** Words for shared text whose order nothing tells (the arrow's way is the drawing's convention): they take no side. */
const SHARE_VERBS: Partial<Record<EdgeStyleId, string>> = {
  copies_credited: "shares passages with",
  copies_uncredited: "shares passages with",
  quotes_same: "prints the same quote as",
  alters_quote: "prints in other words a quote also in",
};

/** Words for one relation in lists ("<A> <verb> <B>"): its style's verb, or words that take no side where the texts do not tell which came first. */
export function relationVerb(a: EdgeAttrs): string {
  const id = edgeStyleId(a.kind, "credited" in a ? a.credited : undefined);
  return (!ordersArticles(a) && SHARE_VERBS[id]) || EDGE_STYLES[id].verb;
}

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
  claim_outlives_debunk: "Repeated after the debunk",
  laundering: "Doubt lost along the way",
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
