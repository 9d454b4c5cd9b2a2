/** The words the picture draws beside its nodes: their estimated width (the layout is pure, it cannot measure text) and how they are cut to fit. */
import type { ArticleNodeAttrs } from "../../graph/types.ts";
import { articleDate } from "../data.ts";

/** Longest label drawn in the picture per kind (the hover and the panels show the whole text). */
export const SHORT: Record<"claim" | "claimDense" | "source" | "outlet" | "article", number> = { claim: 60, claimDense: 40, source: 30, outlet: 34, article: 44 };
/** Longest shorter label, drawn where the picture label fits nowhere (a claim's or source's first words). */
export const FALLBACK = 22;

/** Characters drawn about a square wide (CJK ideographs, kana, hangul, full-width forms): each takes the room of 1.6 Latin letters. */
const WIDE_CHARACTER = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;
const WIDE_UNITS = 1.6;

/** A text's width in Latin letters: a Japanese or Chinese label is wider than its count of characters says. */
function letterUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE_CHARACTER.test(ch) ? WIDE_UNITS : 1;
  return units;
}

/** Estimated on-screen width of a label in the explorer's label font (600 13px sans-serif). */
export function labelWidth(text: string): number {
  return Math.ceil(letterUnits(text) * 8) + 6;
}

/**
 * Cuts a long claim wording or source description for the picture to `max` letters' width, at a word boundary where one
 * is near, with an ellipsis.
 */
export function shorten(text: string, max: number): string {
  if (letterUnits(text) <= max) return text;
  let cut = "";
  let units = 0;
  for (const ch of text) {
    units += WIDE_CHARACTER.test(ch) ? WIDE_UNITS : 1;
    if (units > max - 1) break;
    cut += ch;
  }
  const space = cut.lastIndexOf(" ");
  return `${(space > cut.length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** How an article's place on the time axis was found. */
export type Placed = "dated" | "inferred" | "unknown";

/**
 * An article's label. The outlet is named once per row: the row's first article says "Outlet, date", the later ones
 * only their date. The date keeps its imprecision ("c. Mar 2019"); an undated article placed by its relations says
 * "order inferred", one with nothing to place it "date unknown".
 */
export function articleLabel(a: ArticleNodeAttrs, placed: Placed, firstOnRow: boolean): string {
  const when = placed === "dated" ? (articleDate(a) ?? "") : placed === "inferred" ? "order inferred" : "date unknown";
  const outlet = a.outletName || a.label;
  if (!firstOnRow) return when || outlet;
  if (!when) return outlet;
  return placed === "dated" ? `${outlet}, ${when}` : `${outlet} (${when})`;
}
