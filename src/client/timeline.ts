/** The timeline's time axis: a monotone, compressed scale (long quiet gaps shrink, busy days keep room) and its tick labels. Pure. */
import type { DatePrecision } from "../core/dates.ts";
import { dateInterval } from "../core/dates.ts";
import type { ArticleNodeAttrs } from "../graph/types.ts";
import type { AxisTick } from "./types.ts";

const DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The span of time an article may have been published in, or undefined when it has no usable date. */
export interface ArticleTime {
  start: number;
  end: number;
  /** True for month/year precision or an estimated date: drawn hollow, with its range. */
  imprecise: boolean;
  precision: DatePrecision;
}

/** Reads an article node's date into an interval (the same rules as the analysis: core/dates.ts). */
export function articleTime(a: Pick<ArticleNodeAttrs, "published" | "datePrecision" | "dateEstimated">): ArticleTime | undefined {
  if (!a.published || !a.datePrecision) return undefined;
  const date = { iso: a.published, precision: a.datePrecision, estimated: a.dateEstimated ?? false };
  const i = dateInterval(date);
  if (!Number.isFinite(i.start) || !Number.isFinite(i.end)) return undefined;
  const imprecise = date.estimated || date.precision === "month" || date.precision === "year";
  return { start: i.start, end: i.end, imprecise, precision: date.precision };
}

/** A monotone map from time to x. Gaps between consecutive anchor times take 0.6 + log2(1 + days) units, so a two-year gap does not squash one busy week. */
export interface TimeScale {
  x(t: number): number;
  /** Sorted distinct anchor times and their x positions. */
  anchors: number[];
  positions: number[];
}

export function timeScale(times: Iterable<number>, unit = 1): TimeScale {
  const anchors = [...new Set(times)].filter(Number.isFinite).sort((a, b) => a - b);
  const positions: number[] = [];
  for (let i = 0; i < anchors.length; i++) {
    const prev = positions[i - 1];
    positions.push(prev === undefined ? 0 : prev + unit * (0.6 + Math.log2(1 + (anchors[i]! - anchors[i - 1]!) / DAY)));
  }
  const x = (t: number): number => {
    const n = anchors.length;
    if (n === 0) return 0;
    if (t <= anchors[0]!) return positions[0]! - (unit * Math.log2(1 + (anchors[0]! - t) / DAY));
    if (t >= anchors[n - 1]!) return positions[n - 1]! + unit * Math.log2(1 + (t - anchors[n - 1]!) / DAY);
    // Binary search for the segment holding t, then interpolate linearly inside it.
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (anchors[mid]! <= t) lo = mid;
      else hi = mid;
    }
    const t0 = anchors[lo]!;
    const t1 = anchors[hi]!;
    return positions[lo]! + ((positions[hi]! - positions[lo]!) * (t - t0)) / (t1 - t0);
  };
  return { x, anchors, positions };
}

/** "28 Mar 2019" for a day, "Mar 2019" for the first of a month when `monthOnly`. UTC, like the dates themselves. */
export function dayLabel(t: number, monthOnly = false): string {
  const d = new Date(t);
  const month = `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return monthOnly ? month : `${d.getUTCDate()} ${month}`;
}

/** Start of the UTC day holding t. */
export function dayStart(t: number): number {
  return Math.floor(t / DAY) * DAY;
}

/** Axis ticks at the given points, sorted, one per distinct position, at most `max` of them spread along the axis (the renderer hides any that would overlap on screen). */
export function axisTicks(points: readonly AxisTick[], max = 24): AxisTick[] {
  const sorted = [...points].sort((a, b) => a.x - b.x);
  if (sorted.length === 0) return [];
  const span = Math.max(1e-9, sorted[sorted.length - 1]!.x - sorted[0]!.x);
  const minGap = span / max;
  const ticks: AxisTick[] = [];
  let lastX = -Infinity;
  for (const p of sorted) {
    if (ticks.length && p.x - lastX < minGap) continue;
    ticks.push(p);
    lastX = p.x;
  }
  return ticks;
}
