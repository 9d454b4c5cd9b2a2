/** Reduced-precision publication dates: an estimated or month-precision date is never shown or compared as exact. */

export type DatePrecision = "year" | "month" | "day" | "time";

/** The largest day a month has: a whole number up to it may be a date's day rather than a figure. */
export const LAST_DAY_OF_MONTH = 31;

/** A publication date as the case gives it: `iso` is the given text normalised (`2019`, `2019-03`, `2019-03-28`, or a full timestamp). */
export interface PublishedDate {
  iso: string;
  precision: DatePrecision;
  /** True when the source of the date says it is a guess (`published_estimated`). */
  estimated: boolean;
}

/** The span of time a date may stand for, as epoch milliseconds [start, end). */
export interface DateInterval {
  start: number;
  end: number;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Parses a reduced-precision ISO 8601 date; returns an error string for an impossible or malformed one. */
export function parsePublished(text: string, estimated = false): PublishedDate | { error: string } {
  const trimmed = text.trim();
  const m = ISO_DATE.exec(trimmed);
  if (!m) return { error: `'${trimmed}' is not an ISO 8601 date (expected 2019, 2019-03, 2019-03-28 or a timestamp)` };
  const [, y, mo, d, hh, mi] = m;
  const year = Number(y);
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return { error: `'${trimmed}' has month ${month}; expected 01 to 12` };
    if (d !== undefined) {
      const day = Number(d);
      const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > daysInMonth) return { error: `'${trimmed}' has day ${day}; ${y}-${mo} has ${daysInMonth} days` };
      if (hh !== undefined) {
        if (Number(hh) > 23 || Number(mi) > 59) return { error: `'${trimmed}' has an impossible time of day` };
        const t = Date.parse(trimmed.replace(" ", "T"));
        if (Number.isNaN(t)) return { error: `'${trimmed}' is not a valid timestamp` };
        return { iso: trimmed.replace(" ", "T"), precision: "time", estimated };
      }
      return { iso: `${y}-${mo}-${d}`, precision: "day", estimated };
    }
    return { iso: `${y}-${mo}`, precision: "month", estimated };
  }
  if (year < 1000) return { error: `'${trimmed}' is not a plausible year` };
  return { iso: `${y}`, precision: "year", estimated };
}

// Intervals by date object: a case compares each article's date with many others' (dates are never changed once made,
// and callers only read the interval).
const intervals = new WeakMap<PublishedDate, DateInterval>();

/** The interval a date covers: a whole year, month or day; a timestamp is an instant. Estimated day dates are widened by a week either side. */
export function dateInterval(date: PublishedDate): Readonly<DateInterval> {
  let interval = intervals.get(date);
  if (!interval) intervals.set(date, (interval = intervalOf(date)));
  return interval;
}

function intervalOf(date: PublishedDate): DateInterval {
  const [y, m, d] = date.iso.slice(0, 10).split("-").map(Number) as [number, number | undefined, number | undefined];
  let interval: DateInterval;
  switch (date.precision) {
    case "year":
      interval = { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
      break;
    case "month":
      interval = { start: Date.UTC(y, (m ?? 1) - 1, 1), end: Date.UTC(y, m ?? 1, 1) };
      break;
    case "day":
      interval = { start: Date.UTC(y, (m ?? 1) - 1, d ?? 1), end: Date.UTC(y, (m ?? 1) - 1, (d ?? 1) + 1) };
      break;
    case "time": {
      const t = Date.parse(date.iso);
      interval = { start: t, end: t + 1 };
      break;
    }
  }
  if (date.estimated && (date.precision === "day" || date.precision === "time")) {
    // An estimated day is usually a crawl or listing date: it can be off by days, not months.
    const week = 7 * 86_400_000;
    interval = { start: interval.start - week, end: interval.end + week };
  }
  return interval;
}

/** Order of two dates: -1 when a is surely earlier, 1 when surely later, 0 when their intervals overlap (cannot tell). */
export function compareDates(a: PublishedDate | undefined, b: PublishedDate | undefined): -1 | 0 | 1 {
  if (!a || !b) return 0;
  const ia = dateInterval(a);
  const ib = dateInterval(b);
  if (ia.end <= ib.start) return -1;
  if (ib.end <= ia.start) return 1;
  // Same-precision exact dates that are equal cannot be ordered; overlapping ranges neither.
  return 0;
}

/** Midpoint in epoch ms, for placing a date on a timeline. */
export function dateMidpoint(date: PublishedDate): number {
  const i = dateInterval({ ...date, estimated: false });
  return Math.floor((i.start + i.end) / 2);
}

/** A human label that never hides imprecision: "28 Mar 2019", "Mar 2019 (month only)", "c. 29 Mar 2019 (estimated)". */
export function formatDate(date: PublishedDate | undefined): string {
  if (!date) return "date unknown";
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const [y, m, d] = date.iso.slice(0, 10).split("-");
  let label: string;
  switch (date.precision) {
    case "year":
      label = `${y} (year only)`;
      break;
    case "month":
      label = `${months[Number(m) - 1]} ${y} (month only)`;
      break;
    case "day":
    case "time":
      label = `${Number(d)} ${months[Number(m) - 1]} ${y}`;
      break;
  }
  if (!date.estimated) return label;
  // One parenthesis for both caveats: "c. Mar 2019 (month only, estimated)".
  return label.endsWith(")") ? `c. ${label.slice(0, -1)}, estimated)` : `c. ${label} (estimated)`;
}

/** A compact label for running text: "28 Mar 2019", "Mar 2019", "c. 29 Mar 2019" — the form itself shows precision, "c." an estimate. */
export function formatDateShort(date: PublishedDate | undefined): string {
  if (!date) return "undated";
  return formatDate({ ...date, estimated: false }).replace(/ \((?:month|year) only\)$/, "").replace(/^/, date.estimated ? "c. " : "");
}
