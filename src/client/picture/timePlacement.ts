/**
 * Where things sit left to right: the time axis, stretched until the picture is as wide for its height as the screen,
 * and the bands of claims, sources and cited outlets packed into rows near the article that first brings each in.
 */
import { shownTime, timeScale, type ArticleTime, type ScaleBreak } from "../timeline.ts";
import { type BandEntries, shortLabelOf } from "./bandEntries.ts";
import type { PictureFrame } from "./frame.ts";
import { labelWidth, SHORT, shorten } from "./labelText.ts";
import { BAND, BAND_LABEL_MARGIN, BAND_ROW_PX, ROW, STAGE_PADDING } from "./metrics.ts";
import { packRows, rowCount, type PackItem, type Packed } from "./packRows.ts";

export interface PackedBands {
  claim: Packed;
  source: Packed;
  cited: Packed;
}

export interface TimePlacement {
  /** x in the picture of a time. */
  x(time: number): number;
  /** x in the picture where an article of this time is drawn. */
  xOf(t: ArticleTime): number;
  /** x of the articles with no place in time, right of everything dated. */
  undatedX: number;
  packed: PackedBands;
  /** Distance between two rows of claims or of cited outlets. */
  bandRow: number;
  /** How much more air the rows are given, where the picture is still wider than the screen (≥ 1). */
  spread: number;
  /** The long quiet stretches drawn as breaks, at their x in the picture (timeline only). */
  breaks: ScaleBreak[];
}

export function placeInPicture(frame: PictureFrame, entries: BandEntries): TimePlacement {
  const { times, labelAll, px, size, rows, viewport } = frame;
  // Time scale: every distinct date at least a step apart, and, for small cases, far enough that an article's label clears the next article on its row.
  const anchorList = [...new Set([...times.values()].map(shownTime))].sort((a, b) => a - b);
  const atAnchor = new Map<number, string[]>();
  for (const [key, t] of times) {
    const list = atAnchor.get(shownTime(t));
    if (list) list.push(key);
    else atAnchor.set(shownTime(t), [key]);
  }
  const laneFree = new Map<string, number>();
  /** How far right of its first article a claim or source may sit: far in a tall picture (rows are dear), near in a small one. */
  const drift = labelAll && px > 1.1 ? { claim: 480, source: 200 } : { claim: 60, source: 60 };
  // Labels share a band's row with other nodes, so there they are counted at the picture's scale; articles' rows have room to spare.
  const labelW = (text: string) => labelWidth(text) * px;
  // Rows of claims and cited outlets far enough apart on screen that two labels one above the other never meet.
  const bandRow = labelAll ? Math.max(ROW, BAND_ROW_PX * px) : ROW;
  const labelRoom = (key: string) => size.article + 3 + labelWidth(shorten(frame.labels.get(key)!, SHORT.article)) + 10;
  const scale = timeScale(anchorList, {
    ...(labelAll
      ? {
          room: (i: number, previousX: number) => {
            for (const k of atAnchor.get(anchorList[i - 1]!) ?? []) laneFree.set(frame.outletOf.get(k)!, previousX + labelRoom(k));
            let need = -Infinity;
            for (const k of atAnchor.get(anchorList[i]!) ?? []) need = Math.max(need, laneFree.get(frame.outletOf.get(k)!) ?? -Infinity);
            return need;
          },
        }
      : {}),
  });

  // The row's first article names the outlet, so the rows need no name column: time starts near the left edge.
  const column = labelAll ? 24 : 40;
  let minX = 0;
  let maxX = 0;
  for (const t of times.values()) {
    minX = Math.min(minX, scale.x(t.start));
    maxX = Math.max(maxX, scale.x(shownTime(t)));
  }
  let rightRoom = 40;
  for (const [key, t] of times) rightRoom = Math.max(rightRoom, scale.x(shownTime(t)) - maxX + (labelAll ? labelRoom(key) : 0), scale.x(t.end) - maxX + 10);
  const span = maxX - minX;

  /** x of a time after the outlet column, with time stretched by `s`. */
  const place = (s: number) => (x: number) => column + s * (x - minX);
  const widthOf = new Map<string, number>();
  const pack = (s: number): PackedBands => {
    const tx = place(s);
    const bands = { claim: [] as PackItem[], source: [] as PackItem[], cited: [] as PackItem[] };
    for (const [key, n] of frame.data.nodes) {
      const band = n.kind === "claim" ? "claim" : n.kind === "source" ? "source" : rows.citedSet.has(key) ? "cited" : undefined;
      if (!band || !frame.drawn(key, n)) continue;
      const t = entries.firstBy.get(key);
      const count = entries.articleCount(key, n);
      const r = frame.nodeSize(count);
      // A claim's or cited outlet's label gets a margin: they are what a class is shown first, and one whose label meets
      // the next node on its row goes unnamed (the picture is often drawn smaller than `px` foresees).
      const width = labelAll ? 2 * r + 3 + labelW(shortLabelOf(frame, key, n)) * (band === "source" ? 1 : BAND_LABEL_MARGIN) + 14 : 2 * r + 4;
      widthOf.set(key, width);
      bands[band].push({ key, x: t === undefined ? column : tx(scale.x(t)) - r, width, priority: count });
    }
    // In a tall picture every band row takes height the outlet rows need to keep their labels apart: fewer, longer band rows.
    const fixed = labelAll ? (px > 1.1 ? { claim: 3, source: 3, cited: 2 } : { claim: 4, source: 8, cited: 4 }) : { claim: 24, source: 40, cited: 12 };
    // Cited outlets whose labels, end to end, are wider than most of the screen take as many more rows as they need (up
    // to 6): one long row would make the picture wider than the screen, and sigma would shrink it until labels meet.
    const needed = (items: readonly PackItem[]) => Math.min(6, Math.ceil(items.reduce((sum, it) => sum + it.width, 0) / px / Math.max(1, viewport.width * 0.8)));
    const bandRows = labelAll ? { ...fixed, cited: Math.max(fixed.cited, needed(bands.cited)) } : fixed;
    return {
      // Claims and sources may sit well right of their first article: a few long rows read better than a tall stack at the left.
      claim: packRows(bands.claim, drift.claim, bandRows.claim),
      source: packRows(bands.source, drift.source, bandRows.source),
      cited: packRows(bands.cited, 60, bandRows.cited),
    };
  };
  /** Height and width of the picture packed at stretch `s` (the width counts the labels that stick out to the right). */
  const extent = (s: number) => {
    const p = pack(s);
    const h =
      (rowCount(p.claim) ? BAND + (rowCount(p.claim) - 1) * bandRow : 0) -
      rows.bottomLane +
      (rowCount(p.cited) ? BAND + (rowCount(p.cited) - 1) * bandRow : 0) +
      (rowCount(p.source) ? BAND + (rowCount(p.source) - 1) * ROW : 0);
    let w = column + s * span + rightRoom;
    for (const band of [p.claim, p.source, p.cited]) for (const [key, v] of band) w = Math.max(w, v.x + (widthOf.get(key) ?? 0));
    return { h: Math.max(h, rows.lane * 3), w };
  };

  // sigma fits the picture to the screen keeping its proportions: stretch time (never squeeze it) until the picture is as wide, for its height, as the screen.
  // Stretching packs the bands into fewer rows, so a few rounds settle it.
  let stretch = 1;
  let spread = 1;
  if (frame.layout === "timeline" && span > 0) {
    const aspect = Math.max(0.5, (viewport.width - 2 * STAGE_PADDING) / Math.max(1, viewport.height - 2 * STAGE_PADDING));
    for (let round = 0; round < 4; round++) {
      const { w, h } = extent(stretch);
      const next = Math.min(4, Math.max(1, stretch + (aspect * h - w) / span));
      if (Math.abs(next - stretch) < 0.01) break;
      stretch = next;
    }
    // Never wider than the screen: then sigma would shrink everything and labels would meet.
    let e = extent(stretch);
    for (let guard = 0; labelAll && stretch > 1 && e.w > aspect * e.h && guard < 12; guard++) {
      stretch = Math.max(1, stretch * 0.93);
      e = extent(stretch);
    }
    // Still wider than the screen (long labels at the right): give the rows more air rather than leave the screen's height empty.
    if (labelAll) spread = Math.min(1.6, Math.max(1, e.w / (aspect * e.h)));
  }
  const tx = place(stretch);
  const x = (time: number) => tx(scale.x(time));
  return {
    x,
    xOf: (t) => x(shownTime(t)),
    undatedX: tx(maxX) + rightRoom,
    packed: pack(stretch),
    bandRow,
    spread,
    breaks: frame.layout === "timeline" ? scale.breaks.map((b) => ({ ...b, x0: tx(b.x0), x1: tx(b.x1) })) : [],
  };
}
