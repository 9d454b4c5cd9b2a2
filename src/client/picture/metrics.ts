/** The picture's measures: screen size, row heights, node sizes and label priority tiers. One place, read by every step of the picture. */

/** The size the picture is laid out for; layout units are then about one screen pixel in the fitted view. */
export interface Viewport {
  width: number;
  height: number;
}

/** Empty margin sigma keeps around the graph (the renderer's `stagePadding`). */
export const STAGE_PADDING = 30;
export const DEFAULT_VIEWPORT: Viewport = { width: 1000, height: 560 };

/** Vertical distance between outlet rows, at most and at least: many rows are drawn closer so the picture keeps a readable scale. */
export const LANE = 44;
export const LANE_MIN = 27;
/** Vertical distance between rows of claims, sources and cited outlets. */
export const ROW = 23;
/** Screen pixels between two rows of claims or of cited outlets, whatever the picture's scale (a label is about 16 px tall). */
export const BAND_ROW_PX = 17;
/** Room a claim's or a cited outlet's label is given on its row, as a multiple of its width at the first estimate of the picture's scale. */
export const BAND_LABEL_MARGIN = 1.5;
/** Gap between the claim band, the outlet rows, the cited outlets and the sources. */
export const BAND = 34;
/** Above this many articles, labels show on hover and zoom only, nodes shrink, and nothing is spread out for labels. */
export const LABEL_ALL_MAX = 80;

/** Label priority tiers: outlet row names, then articles, then claims, then sources and cited outlets; within a tier, by number of articles. */
export const TIER = { outlet: 1e6, article: 1e5, claim: 1e4, source: 1e3 } as const;

/** Radius of an article's dot and of any other node's, smaller as the case grows. */
export interface NodeSizes {
  article: number;
  other: number;
}

export function nodeSizes(articleCount: number): NodeSizes {
  if (articleCount > 2000) return { article: 3, other: 2.5 };
  if (articleCount > 200) return { article: 5, other: 4 };
  return { article: 10, other: 6.5 };
}
