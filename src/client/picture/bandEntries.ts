/** When each claim, source and cited outlet enters the story, how many articles bring it in, and the words drawn beside every node. */
import type { NodeAttrs } from "../../graph/types.ts";
import { shownTime } from "../timeline.ts";
import type { PictureFrame } from "./frame.ts";
import { FALLBACK, SHORT, shorten } from "./labelText.ts";

export interface BandEntries {
  /** The time of the first article that quotes, asserts or cites each drawn node. */
  firstBy: Map<string, number>;
  /** When each node enters the story (time slider): an article's own time, or its first bringer's. */
  nodeTime: Map<string, number>;
  /** How many articles carry a node: its own list of articles or its incoming edges from articles, whichever is more. */
  articleCount(key: string, n: NodeAttrs): number;
}

export function bandEntries(frame: PictureFrame): BandEntries {
  const { data } = frame;
  const nodeTime = new Map<string, number>();
  for (const [key, t] of frame.times) nodeTime.set(key, shownTime(t));
  const reach = new Map<string, number>();
  const firstBy = new Map<string, number>();
  for (const e of data.edges.values()) {
    const k = e.attributes.kind;
    if (k === "published_by" || data.nodes.get(e.source)?.kind !== "article" || !frame.drawn(e.target, data.nodes.get(e.target))) continue;
    reach.set(e.target, (reach.get(e.target) ?? 0) + 1);
    const t = nodeTime.get(e.source);
    if (t !== undefined) firstBy.set(e.target, Math.min(firstBy.get(e.target) ?? Infinity, t));
  }
  for (const [k, t] of firstBy) if (data.nodes.get(k)?.kind !== "article") nodeTime.set(k, t);
  return {
    firstBy,
    nodeTime,
    articleCount: (key, n) => Math.max("articles" in n && Array.isArray(n.articles) ? n.articles.length : 0, reach.get(key) ?? 0),
  };
}

/** The label a node is drawn with, and where that fits nowhere its shorter one. */
export interface PictureLabels {
  shortLabel: string;
  fallbackLabel?: string;
}

/** A node's picture label, cut to its kind's length (claims sooner in a tall picture, where they share a row instead of stacking). */
export function shortLabelOf(frame: PictureFrame, key: string, n: NodeAttrs): string {
  switch (n.kind) {
    case "article":
      return shorten(frame.labels.get(key)!, SHORT.article);
    case "claim":
      // The hover and the Origin tab have the words whole.
      return shorten(n.label, frame.px > 1.1 ? SHORT.claimDense : SHORT.claim);
    case "source":
      return shorten(n.label, SHORT.source);
    case "outlet":
      return shorten(frame.rows.citedSet.has(key) ? `${n.label} (cited only)` : n.label, SHORT.outlet);
    default:
      return assertNever(n);
  }
}

/**
 * A node's picture label, and where that fits nowhere its shorter one: a row's first article names its outlet without
 * the date (the axis has it), a claim or a source its first words. No shorter label where it would be no shorter.
 */
export function pictureLabels(frame: PictureFrame, key: string, n: NodeAttrs): PictureLabels {
  const shortLabel = shortLabelOf(frame, key, n);
  const shorter =
    n.kind === "article" ? (frame.firstOnRow.get(n.outlet) === key ? shorten(n.outletName || n.label, SHORT.outlet) : undefined) : n.kind === "claim" || n.kind === "source" ? shorten(n.label, FALLBACK) : undefined;
  return shorter !== undefined && shorter.length < shortLabel.length ? { shortLabel, fallbackLabel: shorter } : { shortLabel };
}

export function assertNever(x: never): never {
  throw new Error(`explorer: unexpected node kind ${JSON.stringify((x as { kind?: unknown }).kind)}; expected article, outlet, source or claim`);
}
