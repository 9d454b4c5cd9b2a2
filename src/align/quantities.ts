/**
 * Quantities as a reader compares them across articles: a figure with its unit ("35 grams", "10 per cento",
 * "a 14-page spread") and what the figure is of (a rate: "10 percent faster"; a period: "35 grams a day"). Units and
 * their words are data, per language, so "Prozent", "per cent" and "%" are one unit. Pure over a body and its sentences.
 */
import { memoActive, remember, textKey } from "../core/memo.ts";
import { asciiDigits, escapeRegExp } from "../core/text.ts";
import type { TextSpan } from "../core/spans.ts";
import { textSpan } from "../core/spans.ts";

/** Canonical unit → the words that write it, any language (lower case; matched whole after the figure). */
export const UNIT_WORDS: Readonly<Record<string, readonly string[]>> = {
  percent: ["%", "percent", "per cent", "per cento", "percento", "prozent", "pour cent", "por ciento", "procent", "pct"],
  gram: ["g", "gr", "gram", "grams", "gramme", "grammes", "gramm", "grammi", "grammo", "gramos", "gramas"],
  kilogram: ["kg", "kilo", "kilos", "kilogram", "kilograms", "kilogramm", "chili", "chilogrammi"],
  page: ["page", "pages", "seite", "seiten", "pagina", "pagine", "página", "páginas"],
  photo: ["photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images", "foto", "fotos", "immagini"],
  calorie: ["calorie", "calories", "kalorien", "calorie", "kcal"],
  volunteer: ["volunteer", "volunteers", "participant", "participants", "subject", "subjects", "probanden", "volontari", "partecipanti"],
};

/** What a figure measures besides its amount: a speed ("faster"), or the period it is counted over ("a day"). */
export type QuantitySense = "rate" | Period;
export type Period = "per day" | "per week" | "per month" | "per year";

/** Words after a unit that change what the figure measures, per sense (lower case, matched within a few words). */
export const SENSE_WORDS: Readonly<Record<QuantitySense, readonly string[]>> = {
  rate: ["faster", "quicker", "slower", "more quickly", "plus vite", "plus rapidement", "schneller", "più velocemente", "più rapidamente", "más rápido"],
  "per day": ["a day", "per day", "each day", "every day", "daily", "al giorno", "ogni giorno", "pro tag", "täglich", "par jour", "al día", "por día"],
  "per week": ["a week", "per week", "each week", "weekly", "a settimana", "alla settimana", "pro woche", "par semaine", "por semana"],
  "per month": ["a month", "per month", "each month", "monthly", "al mese", "pro monat", "im monat", "par mois", "al mes", "por mes"],
  "per year": ["a year", "per year", "each year", "annually", "all'anno", "pro jahr", "par an", "al año", "por año"],
};

/** A figure with a unit, as one article states it. */
export interface Quantity {
  article: string;
  /** The figure and its unit as printed ("35 grammi", "14-page"). */
  span: TextSpan;
  value: number;
  unit: string;
  /** Said of a speed ("10 percent faster") rather than an amount ("10 percent more"). */
  rate: boolean;
  /** The period a figure is counted over, where the text says it ("35 grams a day"). */
  period?: Period;
  /** The sentence that states it. */
  sentence: TextSpan;
}

const unitEntries = Object.entries(UNIT_WORDS).flatMap(([unit, words]) => words.map((w) => [w, unit] as const));
const UNIT_OF = new Map(unitEntries);
// Longest first, so "per cento" wins over "per" and "grammi" over "g".
const UNIT_ALTERNATION = [...new Set(unitEntries.map(([w]) => w))].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
// A figure (thousands grouped by "," "." or a thin space; decimals after the other mark), then its unit joined by a space, a hyphen or nothing.
const QUANTITY_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(\d{1,3}(?:([.,\u202f\u00a0 ])\d{3})+|\d+(?:[.,]\d+)?)(?:\s|-|\u00a0)?(${UNIT_ALTERNATION})(?![\p{L}\p{N}])`, "giu");
const SENSE_AFTER = Object.entries(SENSE_WORDS).map(([sense, words]) => ({ sense: sense as QuantitySense, re: new RegExp(String.raw`^(?:[\s,]+[\p{L}'’]+){0,4}?[\s,]+(?:${words.map(escapeRegExp).join("|")})(?![\p{L}])`, "iu") }));

/** Languages that group thousands with a dot and write decimals after a comma ("1.200 bruggen", "4,5 miljard"). */
const DOT_GROUPING = new Set(["de", "nl", "pt", "es", "it", "id", "vi", "tr", "da", "el", "ro"]);

/**
 * Languages that group thousands with a plain space as well as a thin one ("14 000 manifestants", "14 000 demonstrantów"):
 * there "14 000" is one figure, where English reads a figure and another.
 */
const SPACE_GROUPING = new Set(["fr", "pl", "ru", "uk", "cs", "sk", "sv", "no", "nb", "nn", "fi", "et", "lv", "lt", "hu", "bg", "pt", "be", "kk"]);

/** Whether the language groups thousands with a plain space (SPACE_GROUPING). */
export function groupsWithSpace(language: string | undefined): boolean {
  return language !== undefined && SPACE_GROUPING.has(language.slice(0, 2).toLowerCase());
}

/**
 * The number a figure writes, in the article's language: "1.000" is a thousand in German or Italian, "1,5" one and a
 * half. Given a language that writes decimals after a dot (English), one dot before three digits is a decimal ("1.200"
 * is one point two); without a language, three digits after a mark group thousands.
 */
export function figureValue(raw: string, grouping: string | undefined, language?: string): number {
  if (grouping === "." && language && !DOT_GROUPING.has(language.slice(0, 2).toLowerCase()) && /^\d+\.\d+$/.test(raw)) return Number(raw);
  if (grouping) return Number(raw.replace(/[.,\u202f\u00a0 ]/g, ""));
  return Number(raw.replace(",", "."));
}

/** Every figure with a unit in the given sentences of a body; years and figures below `min` are left out (small counts are rarely one quantity retold). */
export function quantities(article: string, body: string, sentences: readonly TextSpan[], min = 10): Quantity[] {
  const out: Quantity[] = [];
  for (const s of sentences) {
    if (s.start < 0) continue;
    // The sentence's own text when it is the body's (no slice to hash), else the body's words at its place.
    const text = s.text.length === s.end - s.start && body.startsWith(s.text, s.start) ? s.text : body.slice(s.start, s.end);
    // A sentence's figures depend on its text and `min` alone: kept between runs of a case (core/memo.ts).
    const found = memoActive() ? remember("quantities", `${min}\u0000${textKey(text)}`, () => figuresIn(text, min)) : figuresIn(text, min);
    for (const f of found) {
      const start = s.start + f.at;
      out.push({ article, span: textSpan(body, start, start + f.length), value: f.value, unit: f.unit, rate: f.rate, ...(f.period ? { period: f.period } : {}), sentence: s });
    }
  }
  return out;
}

/** A figure with a unit in one sentence's text, at its offset there. */
interface Figure {
  at: number;
  length: number;
  value: number;
  unit: string;
  rate: boolean;
  period?: Period;
}

/** The figures with a unit in one sentence's text (never changed by callers: the memo hands the same list out again). */
function figuresIn(printed: string, min: number): readonly Figure[] {
  const out: Figure[] = [];
  // "٣٠٠٠" reads as 3000; the figure keeps its place (and so its span) as printed.
  const text = asciiDigits(printed);
  for (const m of text.matchAll(QUANTITY_RE)) {
    const value = figureValue(m[1]!, m[2]);
    if (!Number.isFinite(value) || value < min || /^(19|20)\d\d$/.test(m[1]!)) continue;
    const unit = UNIT_OF.get(m[3]!.toLowerCase());
    if (!unit) continue;
    // What follows the figure up to the next figure is what it is said of.
    const rest = text.slice(m.index + m[0].length);
    const next = rest.search(/\d/);
    const after = rest.slice(0, Math.min(60, next < 0 ? 60 : next));
    const senses = SENSE_AFTER.filter((x) => x.re.test(after)).map((x) => x.sense);
    // A share has no period of its own: "72 percent rye ... a day" is the bread's period, not the share's.
    const period = unit === "percent" ? undefined : (senses.find((x) => x !== "rate") as Period | undefined);
    out.push({ at: m.index, length: m[0].length, value, unit, rate: senses.includes("rate"), ...(period ? { period } : {}) });
  }
  return out;
}

/** Two figures of one unit are one quantity retold when neither is more than this many times the other. */
export const SAME_QUANTITY_RATIO = 1.2;

/** Figures closer than this share of the larger are a rounding ("960,000" for "961,000"), not a change. */
export const ROUNDING_SHARE = 0.01;

/** Groups of figures that state one quantity: one unit, values within SAME_QUANTITY_RATIO of a neighbour. */
export function sameQuantities(all: readonly Quantity[]): Quantity[][] {
  const byUnit = new Map<string, Quantity[]>();
  for (const q of all) {
    // Appended in place: copying the unit's list for each figure grew with the square of the case's figures.
    const list = byUnit.get(q.unit);
    if (list) list.push(q);
    else byUnit.set(q.unit, [q]);
  }
  const groups: Quantity[][] = [];
  for (const qs of byUnit.values()) {
    const sorted = [...qs].sort((a, b) => a.value - b.value);
    let current: Quantity[] = [];
    for (const q of sorted) {
      const last = current[current.length - 1];
      if (last && q.value > last.value * SAME_QUANTITY_RATIO) {
        groups.push(current);
        current = [];
      }
      current.push(q);
    }
    if (current.length > 0) groups.push(current);
  }
  return groups;
}

/** A figure's value with roundings folded into the smallest value they round ("960,000" and "961,000" read as one). */
export function baseValue(q: Quantity, group: readonly Quantity[]): number {
  return group.filter((o) => Math.abs(o.value - q.value) <= ROUNDING_SHARE * Math.max(o.value, q.value)).reduce((m, o) => Math.min(m, o.value), q.value);
}

/**
 * Whether the figures of one quantity tell it differently: another value, a speed where others give an amount, or
 * two different periods. A period one text leaves unsaid is no change.
 */
export function toldDifferently(group: readonly Quantity[]): boolean {
  const values = new Set(group.map((q) => baseValue(q, group)));
  const rates = new Set(group.map((q) => q.rate));
  const periods = new Set(group.flatMap((q) => (q.period ? [q.period] : [])));
  return values.size > 1 || rates.size > 1 || periods.size > 1;
}
