/** The timeline's time axis: a monotone scale that gives every distinct date room, compresses long quiet stretches into marked breaks, and its tick labels. Pure. */
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
  /** Undated: placed by the order its relations show (order.ts), not by a date. */
  inferred?: boolean;
  /** Where an imprecise date is drawn when its relations place it inside its range (order.ts `shownTimes`); else its middle. */
  shownAt?: number;
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

/** How the time axis spends width: every distinct date gets at least `minGap`, quiet stretches grow slowly, and long ones become a fixed-width break. */
export interface ScaleOptions {
  /** Least distance between two consecutive distinct dates. */
  minGap: number;
  /** Extra distance per doubling of the days between two dates. */
  perDoubling: number;
  /** Gaps longer than this many days are drawn as a break of `breakWidth`, marked on the axis. */
  breakDays: number;
  breakWidth: number;
  /** Optional extra room: the least x of anchor i given the x of anchor i-1 (used to keep a label clear of the next article on its row). */
  room?(i: number, previousX: number): number;
}

export const DEFAULT_SCALE: ScaleOptions = { minGap: 44, perDoubling: 13, breakDays: 60, breakWidth: 96 };

/** A long empty stretch of the axis, drawn compressed. */
export interface ScaleBreak {
  /** Times and x of the two dates it separates. */
  from: number;
  to: number;
  x0: number;
  x1: number;
  /** "2 years", "5 months": the length of the stretch in words. */
  label: string;
}

/** A monotone map from time to x: anchors (the distinct dates drawn) in order, at least `minGap` apart; between and beyond anchors, x grows with the logarithm of the distance in days, so an imprecise date's range bar keeps its true side of its neighbours. */
export interface TimeScale {
  x(t: number): number;
  /** Sorted distinct anchor times and their x positions. */
  anchors: number[];
  positions: number[];
  breaks: ScaleBreak[];
}

/** log2(1 + days): how far apart two times look. */
function logDays(ms: number): number {
  return Math.log2(1 + Math.max(0, ms) / DAY);
}

/** Builds the scale. Linear in the number of anchors after one sort; x(t) is a binary search. */
export function timeScale(times: Iterable<number>, options: Partial<ScaleOptions> = {}): TimeScale {
  const o = { ...DEFAULT_SCALE, ...options };
  const anchors = [...new Set(times)].filter(Number.isFinite).sort((a, b) => a - b);
  const positions: number[] = [];
  const breaks: ScaleBreak[] = [];
  for (let i = 0; i < anchors.length; i++) {
    const prev = positions[i - 1];
    if (prev === undefined) {
      positions.push(0);
      continue;
    }
    const ms = anchors[i]! - anchors[i - 1]!;
    const isBreak = ms / DAY > o.breakDays;
    let x = prev + (isBreak ? o.breakWidth : o.minGap + o.perDoubling * logDays(ms));
    if (o.room) x = Math.max(x, o.room(i, prev));
    positions.push(x);
    if (isBreak) breaks.push({ from: anchors[i - 1]!, to: anchors[i]!, x0: prev, x1: x, label: durationWords(ms) });
  }
  const x = (t: number): number => {
    const n = anchors.length;
    if (n === 0) return 0;
    if (t <= anchors[0]!) return positions[0]! - o.perDoubling * logDays(anchors[0]! - t);
    if (t >= anchors[n - 1]!) return positions[n - 1]! + o.perDoubling * logDays(t - anchors[n - 1]!);
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (anchors[mid]! <= t) lo = mid;
      else hi = mid;
    }
    // Inside a segment, the share of its width grows with log-days from each end: monotone, and a few days off an anchor stay near it even inside a compressed break.
    const a = logDays(t - anchors[lo]!);
    const b = logDays(anchors[hi]! - t);
    const share = a + b === 0 ? 0 : a / (a + b);
    return positions[lo]! + (positions[hi]! - positions[lo]!) * share;
  };
  return { x, anchors, positions, breaks };
}

/** The length of a quiet stretch in words: "45 days", "7 months", "2 years". */
export function durationWords(ms: number): string {
  const days = ms / DAY;
  if (days < 60) return `${Math.round(days)} days`;
  const months = Math.round(days / 30.44);
  if (months < 24) return `${months} months`;
  return `${Math.round(days / 365.25)} years`;
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

/** Where each tick goes on screen: its x and row (0 or 1, staggered when two dates are close), or hidden when both rows are taken there. */
export function placeTicks(xs: readonly number[], widths: readonly number[], viewWidth: number): { x: number; row: number; visible: boolean }[] {
  const lastEnd = [-Infinity, -Infinity];
  return xs.map((x, i) => {
    const half = (widths[i] ?? 80) / 2 + 6;
    const row = lastEnd.findIndex((end) => x - half >= end);
    const visible = row !== -1 && x >= 0 && x <= viewWidth;
    if (visible) lastEnd[row] = x + half;
    return { x, row: Math.max(0, row), visible };
  });
}

/** When an article enters the story: its day, or the middle of the range an imprecise date stands for (where it is drawn). */
export function shownTime(t: ArticleTime): number {
  return t.shownAt ?? (t.imprecise ? Math.floor((t.start + t.end) / 2) : t.start);
}
