/** A publication date written in the article's own text ("Published: 28 March 2019", "March 28, 2019 | 10:15"), for articles that come with no date. */
import type * as Chrono from "chrono-node";
import { LAST_DAY_OF_MONTH, type PublishedDate } from "../core/dates.ts";
import { asciiDigits } from "../core/text.ts";
import { libraryOnFirstUse } from "./onFirstUse.ts";

const chrono = libraryOnFirstUse<typeof Chrono>("chrono-node");

/** Lines at the head and foot of an article where outlets print the date. */
const HEAD_LINES = 8;
const FOOT_LINES = 4;
/** Words saying a dateline gives the publication, in the languages claimtrail reads ("Publié le", "Veröffentlicht am"). */
export const PUBLISHED = /(?<![\p{L}\p{N}])(?:published|posted|first\s+published|date|dated|on|publi[ée]e?|publicad[oa]|pubblicat[oa]|ver[öo]ffentlicht|gepubliceerd|diterbitkan|dipublikasikan|diposting|opublikowano|publicerad|publiceret|publisert|julkaistu|опубликован[оа]?|опубліковано|yay[ıi]nlanma|公開|発行|发布)(?![\p{L}\p{N}])/iu;
/** Words saying it gives an update. */
export const UPDATED = /(?<![\p{L}\p{N}])(?:updated|modified|last\s+edited|mis\s+à\s+jour|mise\s+à\s+jour|actualizad[oa]|atualizad[oa]|aggiornat[oa]|aktualisiert|stand|bijgewerkt|laatst\s+bijgewerkt|diperbarui|dikemaskini|zaktualizowano|uppdaterad|opdateret|oppdatert|päivitetty|обновлен[оа]?|оновлено|güncellenme|更新)(?![\p{L}\p{N}])/iu;
/**
 * Words saying a field gives today's date ("Today: Monday 7 December 2026", "Heute:", "Hoy:"): a site's header or sidebar
 * clock, the day the page was shown or saved, never the article's. Scripts without spaces between words are matched
 * without word edges.
 */
export const TODAY = /(?<![\p{L}\p{N}])(?:today(?:['’]s)?|heute|aujourd['’]hui|hoy|oggi|hoje|vandaag|dzisiaj|dziś|сегодня|сьогодні|bugün|hari\s+ini|idag|i\s+dag|tänään)(?![\p{L}\p{N}])|今日|今天|오늘/iu;

/**
 * chrono's locales, by the language codes claimtrail reads: each reads its own month names and day-month order
 * ("02/05/2026" is 2 May in pt, 5 February in en). Malay is read with the Indonesian locale (the same month names).
 */
const LOCALE_OF: Readonly<Record<string, LocaleName>> = { en: "en", fr: "fr", de: "de", es: "es", ca: "es", it: "it", pt: "pt", nl: "nl", id: "id", ms: "id", ja: "ja", ru: "ru", uk: "uk", zh: "zh", sv: "sv", fi: "fi", vi: "vi", ar: "ar", ko: "ko" };
type ChronoLocale = "en" | "fr" | "de" | "es" | "it" | "pt" | "nl" | "id" | "ja" | "ru" | "uk" | "zh" | "sv" | "fi" | "vi";
/** A locale claimtrail reads dates in: chrono's, or one of the month tables chrono lacks (MONTH_TABLES). */
type LocaleName = ChronoLocale | keyof typeof MONTH_TABLES;
/** The locales tried on a line whose article's language is unknown or has none, English first (the old behaviour). */
const ALL_LOCALES: readonly LocaleName[] = ["en", "fr", "de", "es", "it", "pt", "nl", "id", "ja", "ru", "uk", "zh", "sv", "fi", "vi", "ar", "ko"];

/**
 * Dates of languages chrono has no locale for, as data: how a day, a month and a year are written. Arabic names the
 * months three ways — the Egyptian and Gulf names of the Latin months ("نوفمبر"), the Levantine Syriac ones ("تشرين
 * الثاني"), and the Maghreb's French ones ("نوفمبر" too, "جوان", "أوت") — each entry lists a month's names, January
 * first; Korean writes "2026년 11월 7일". Digits of any script are read as ASCII ones first (core/text.ts asciiDigits).
 */
const ARABIC_MONTHS: readonly string[][] = [
  ["يناير", "كانون الثاني", "جانفي"],
  ["فبراير", "شباط", "فيفري"],
  ["مارس", "آذار", "اذار"],
  ["أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل"],
  ["مايو", "أيار", "ايار", "ماي"],
  ["يونيو", "يونيه", "حزيران", "جوان"],
  ["يوليو", "يوليه", "تموز", "جويلية"],
  ["أغسطس", "اغسطس", "آب", "أوت"],
  ["سبتمبر", "أيلول", "ايلول"],
  ["أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"],
  ["نوفمبر", "تشرين الثاني"],
  ["ديسمبر", "كانون الأول", "كانون الاول"],
];
const ARABIC_MONTH_OF = new Map(ARABIC_MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const ARABIC_MONTH = [...ARABIC_MONTH_OF.keys()].sort((a, b) => b.length - a.length).join("|");
const MONTH_TABLES = {
  // "7 نوفمبر 2026", "7 تشرين الثاني/نوفمبر 2026", "نوفمبر 2026"; a year may carry "م" (of the common era).
  ar: {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:(\\d{1,2})\\s+)?(${ARABIC_MONTH})(?:\\s*/\\s*(?:${ARABIC_MONTH}))?\\s*[،,]?\\s+(\\d{4})(?!\\d)`, "gu"),
    fields: (m: RegExpMatchArray) => ({ day: m[1], month: ARABIC_MONTH_OF.get(m[2] ?? ""), year: m[3] }),
  },
  ko: {
    pattern: /(?<!\d)(\d{4})\s*년\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?/gu,
    fields: (m: RegExpMatchArray) => ({ day: m[3], month: Number(m[2]), year: m[1] }),
  },
} as const;

/** A date read in a text: where it stands, and the fields it gives for certain. */
interface DateReading {
  index: number;
  text: string;
  year?: number;
  month?: number;
  day?: number;
  /** The year taken for a date written without one (chrono's guess from the reference date). */
  impliedYear?: number;
}

/** A chrono result as a DateReading: only the fields chrono is sure of. */
function fromChrono(r: Chrono.ParsedResult): DateReading {
  const field = (k: "year" | "month" | "day") => (r.start.isCertain(k) ? (r.start.get(k) as number) : undefined);
  return { index: r.index, text: r.text, year: field("year"), month: field("month"), day: field("day"), impliedYear: r.start.get("year") ?? undefined };
}

/** The dates a text gives in one locale, read as if on `reference` (chrono's, or a month table's: its digits read as ASCII ones, one character for one). */
function readDates(text: string, locale: LocaleName, reference: Date, forwardDate: boolean): DateReading[] {
  if (locale === "ar" || locale === "ko") {
    const table = MONTH_TABLES[locale];
    const out: DateReading[] = [];
    for (const m of asciiDigits(text).matchAll(table.pattern)) {
      const { day, month, year } = table.fields(m);
      const y = Number(year);
      const d = day === undefined ? undefined : Number(day);
      if (!month || month < 1 || month > 12 || (d !== undefined && (d < 1 || d > LAST_DAY_OF_MONTH))) continue;
      out.push({ index: m.index ?? 0, text: text.slice(m.index ?? 0, (m.index ?? 0) + m[0].length), year: y, month, ...(d === undefined ? {} : { day: d }) });
    }
    return out;
  }
  return chrono()[locale].parse(text, reference, { forwardDate }).map(fromChrono);
}

/** The locales to read a date in: the article's language first when chrono has it (a code as case.json gives it), then the others, English first. */
function localesFor(language: string | undefined): readonly LocaleName[] {
  const own = language ? LOCALE_OF[language.toLowerCase().split(/[-_]/)[0] ?? ""] : undefined;
  return own ? [own, ...ALL_LOCALES.filter((l) => l !== own)] : ALL_LOCALES;
}

/** A year a dateline could give, in digits (a line without one is not parsed at all). */
const YEAR = /(?:1[89]|20)\d\d/;
/** What separates the fields of a dateline ("By Ana Berg | 6 June 2026 | 10:15", "VerificaYa · Checks · 3 May 2026"). */
export const FIELD_SEPARATOR = /\s+[|·•]\s+|\s+[-–—]\s+/u;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A date read (its year and month certain) as a reduced-precision date: the day when it is certain, else the month. */
function toPublished(r: DateReading, estimated: boolean): PublishedDate {
  const y = r.year as number;
  const m = r.month as number;
  return r.day !== undefined ? { iso: `${y}-${pad(m)}-${pad(r.day)}`, precision: "day", estimated } : { iso: `${y}-${pad(m)}`, precision: "month", estimated };
}

/**
 * The date a line of furniture gives, if its field (the part of the line between separators that holds the date) is
 * mostly that date or says "published"; relative dates ("3 days ago") and dates without a written year are never
 * taken. The line is read in the article's language when it is known (`language`, a code as case.json gives it), then
 * in the other languages claimtrail reads, English first. Above the article's headline (`title`, where the text
 * prints it), only a line that says "published" is read: a bare date there is most often the site's header giving the
 * day the page was stored ("Lunedì, 20 Settembre 2021" above a years older story), not the article's. The result is
 * marked estimated: a date in the text may be an update or an event, and claimtrail never presents an inferred date
 * as exact.
 */
export function datelineDate(text: string, language?: string, title?: string): PublishedDate | undefined {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const headline = title ? lines.slice(0, HEAD_LINES).findIndex((l) => l === title.trim()) : -1;
  const head = lines.slice(0, HEAD_LINES).filter((l, i) => i >= headline || PUBLISHED.test(l));
  const candidates = [...head, ...lines.slice(Math.max(HEAD_LINES, lines.length - FOOT_LINES))];
  const locales = localesFor(language);
  let updated: PublishedDate | undefined;
  for (const line of candidates) {
    if (line.length > 100 || !YEAR.test(asciiDigits(line))) continue;
    const found = lineDate(line, locales);
    if (!found) continue;
    if (found.updated) {
      updated ??= found.date;
      continue;
    }
    return found.date;
  }
  return updated;
}

/** The first date a line gives in the first locale that reads one, and whether its field says it is an update. */
function lineDate(line: string, locales: readonly LocaleName[]): { date: PublishedDate; updated: boolean } | undefined {
  for (const locale of locales) {
    for (const r of readDates(line, locale, new Date(Date.UTC(2100, 0, 1)), false)) {
      if (!YEAR.test(asciiDigits(r.text)) || r.year === undefined || r.month === undefined) continue;
      const field = fieldAt(line, r.index, r.index + r.text.length);
      if (TODAY.test(field)) continue;
      const mostlyDate = r.text.replace(/\s/g, "").length >= field.replace(/[\s|·•—–-]/g, "").length * 0.5;
      if (!mostlyDate && !PUBLISHED.test(field) && !UPDATED.test(field)) continue;
      return { date: toPublished(r, true), updated: UPDATED.test(field) && !PUBLISHED.test(field.replace(UPDATED, "")) };
    }
  }
  return undefined;
}

/**
 * Where a line writes a date with its month and year ("12 oktober 2026", "October 14, 2026", "12/10/2026"), read in the
 * first locale that finds one (the article's language first, as datelineDate reads): offsets into the line.
 */
export function writtenDates(line: string, language?: string): { start: number; end: number }[] {
  if (!YEAR.test(asciiDigits(line))) return [];
  for (const locale of localesFor(language)) {
    const found = readDates(line, locale, new Date(Date.UTC(2100, 0, 1)), false)
      .filter((r) => YEAR.test(asciiDigits(r.text)) && r.year !== undefined && r.month !== undefined)
      .map((r) => ({ start: r.index, end: r.index + r.text.length }));
    if (found.length > 0) return found;
  }
  return [];
}

/** The field of a dateline that holds [start, end): the text between the separators around it (a byline and a read time stay out). */
function fieldAt(line: string, start: number, end: number): string {
  let from = 0;
  let to = line.length;
  const separator = new RegExp(FIELD_SEPARATOR.source, "gu");
  for (const m of line.matchAll(separator)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return line.slice(from, to);
}

/** A date written out in words or another order ("March 28, 2019", "28/03/2019"), when the whole value is that date and names its year. */
export function writtenDate(value: string, estimated: boolean): PublishedDate | undefined {
  const trimmed = value.trim();
  const read = chrono().parse(trimmed, new Date(Date.UTC(2100, 0, 1)), { forwardDate: false })[0];
  const r = read ? fromChrono(read) : (["ar", "ko"] as const).map((l) => readDates(trimmed, l, new Date(Date.UTC(2100, 0, 1)), false)[0]).find(Boolean);
  if (!r || r.text.length < trimmed.replace(/[.,]+$/, "").length || r.year === undefined || r.month === undefined) return undefined;
  return toPublished(r, estimated);
}

/** Words that open an update note in the languages claimtrail reads ("UPDATE: May 29 —", "Mise à jour le 3 juin :"). */
const UPDATE_WORD = "(?:update[sd]?|aktualisier(?:t|ung)|mise à jour|mis à jour|aggiornamento|aggiornato|actualizaci[oó]n|actualizado|atualiza[cç][aã]o|atualizado|обновлен(?:о|ие)?)";
const UPDATE_NOTE = new RegExp(`(?:^|\\n)[\\s*_([]*${UPDATE_WORD}(?![\\p{L}\\p{N}])[\\s:,.—–-]*(?:(?:le|am|on|il|el|em)\\s+)?`, "giu");
const UPDATE_MARK = new RegExp(`[([]\\s*${UPDATE_WORD}\\s*[)\\]]|^\\s*${UPDATE_WORD}\\s*:`, "iu");

/** Whether a headline says the article was updated ("… (UPDATE)", "Updated: …"). */
export function titleMarkedUpdated(title: string): boolean {
  return UPDATE_MARK.test(title);
}

/** Update cues read per article (each is a date parse in several languages). */
const MAX_UPDATE_CUES = 20;

/** An update note inside an article: the day it names and the paragraph it dates (offsets into the text). */
export interface UpdateNote {
  date: PublishedDate;
  start: number;
  end: number;
}

/**
 * Update notes of an article: a paragraph that opens with "UPDATE" (in any language claimtrail reads) and a date
 * (read in the article's `language` first) later than the article's publication. What that paragraph says was written
 * on the update's day, not the publication's: a page first published in March and updated in May to say the study was
 * a hoax did not say so in March. A date without a year takes the publication's year (the next one when it would fall before it).
 */
export function updateNotes(text: string, published: PublishedDate | undefined, language?: string): UpdateNote[] {
  if (!published) return [];
  const locales = localesFor(language);
  const reference = new Date(`${published.iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(reference.getTime())) return [];
  const notes: UpdateNote[] = [];
  let looked = 0;
  for (const m of text.matchAll(UPDATE_NOTE)) {
    // A page has a few update notes; a hostile one with thousands of "Update:" lines costs no more than these.
    if (++looked > MAX_UPDATE_CUES) break;
    const after = (m.index ?? 0) + m[0].length;
    const head = text.slice(after, after + 40);
    // Each locale reads its own month names; the note is most often in the article's language.
    let r: DateReading | undefined;
    for (const locale of locales) if ((r = readDates(head, locale, reference, true)[0])) break;
    if (!r || r.index > 2 || r.month === undefined || r.day === undefined) continue;
    const date = toPublished({ ...r, year: r.year ?? r.impliedYear }, false);
    if (date.iso <= published.iso.slice(0, 10)) continue;
    const end = text.indexOf("\n", after);
    notes.push({ date, start: m.index ?? 0, end: end < 0 ? text.length : end });
  }
  return notes;
}

/**
 * The days a text names by their day and month ("on 16 April", "le 16 avril"), read in the text's own language (English
 * where chrono has none), each with its offsets and the day's first instant (UTC): a year left out is the one before
 * `reference`, as a report dated then would mean it. A weekday alone ("on Tuesday") names no day here.
 */
export function namedDays(text: string, language: string | undefined, reference: Date): { start: number; end: number; day: number }[] {
  if (!/\p{N}/u.test(text)) return [];
  const own = localesFor(language)[0] as LocaleName;
  // The month tables read a day only with its year: a language chrono lacks is read in English here, as before them.
  const locale: ChronoLocale = own === "ar" || own === "ko" ? "en" : own;
  return chrono()
    [locale].parse(text, reference, { forwardDate: false })
    .filter((r) => r.start.isCertain("day") && r.start.isCertain("month"))
    .map((r) => ({ start: r.index, end: r.index + r.text.length, day: Date.UTC(r.start.get("year") ?? reference.getUTCFullYear(), (r.start.get("month") ?? 1) - 1, r.start.get("day") ?? 1) }));
}
