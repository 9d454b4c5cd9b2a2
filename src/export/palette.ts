/** Colours for node and edge kinds in exported files (GEXF), as data: one entry per kind, checked exhaustively by the compiler. */
import type { EdgeKind, NodeKind } from "../graph/types.ts";

/** An sRGB colour. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** Node colour per kind: articles blue, outlets grey, sources orange, claims purple (colour-blind-safe Okabe–Ito hues where possible). */
export const NODE_COLOURS: Record<NodeKind, Rgb> = {
  article: { r: 0, g: 114, b: 178 },
  outlet: { r: 120, g: 120, b: 120 },
  source: { r: 230, g: 159, b: 0 },
  claim: { r: 204, g: 121, b: 167 },
};

/** Edge colour per kind: reuse in reds, citation in blue, quoting sources in green, structure in light grey. */
export const EDGE_COLOURS: Record<EdgeKind, Rgb> = {
  published_by: { r: 200, g: 200, b: 200 },
  cites: { r: 86, g: 180, b: 233 },
  copies: { r: 213, g: 94, b: 0 },
  quotes_same: { r: 240, g: 228, b: 66 },
  alters_quote: { r: 170, g: 30, b: 30 },
  quotes: { r: 0, g: 158, b: 115 },
  republishes: { r: 90, g: 60, b: 150 },
  asserts: { r: 204, g: 121, b: 167 },
};

/** Node size per kind, so claims and outlets stand out from the many articles and sources. */
export const NODE_SIZES: Record<NodeKind, number> = {
  article: 10,
  outlet: 14,
  source: 8,
  claim: 16,
};
