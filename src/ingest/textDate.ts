/** A publication date written in the article's own text ("Published: 28 March 2019", "March 28, 2019 | 10:15"), for articles that come with no date. */
import type * as Chrono from "chrono-node";
import type { PublishedDate } from "../core/dates.ts";
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
 * chrono's locales, by the language codes claimtrail reads: each reads its own month names and day-month order
 * ("02/05/2026" is 2 May in pt, 5 February in en). Malay is read with the Indonesian locale (the same month names).
 */
const LOCALE_OF: Readonly<Record<string, LocaleName>> = { en: "en", fr: "fr", de: "de", es: "es", ca: "es", it: "it", pt: "pt", nl: "nl", id: "id", ms: "id", ja: "ja", ru: "ru", uk: "uk", zh: "zh", sv: "sv", fi: "fi", vi: "vi" };
type LocaleName = "en" | "fr" | "de" | "es" | "it" | "pt" | "nl" | "id" | "ja" | "ru" | "uk" | "zh" | "sv" | "fi" | "vi";
/** The locales tried on a line whose article's language is unknown or has none, English first (the old behaviour). */
const ALL_LOCALES: readonly LocaleName[] = ["en", "fr", "de", "es", "it", "pt", "nl", "id", "ja", "ru", "uk", "zh", "sv", "fi", "vi"];

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

/** A chrono result as a reduced-precision date: the day when chrono is sure of it, else the month. */
function toPublished(r: Chrono.ParsedResult, estimated: boolean): PublishedDate {
  const y = r.start.get("year") as number;
  const m = r.start.get("month") as number;
  return r.start.isCertain("day")
    ? { iso: `${y}-${pad(m)}-${pad(r.start.get("day") as number)}`, precision: "day", estimated }
    : { iso: `${y}-${pad(m)}`, precision: "month", estimated };
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
    if (line.length > 100 || !YEAR.test(line)) continue;
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
  const lib = chrono();
  for (const locale of locales) {
    for (const r of lib[locale].parse(line, new Date(Date.UTC(2100, 0, 1)), { forwardDate: false })) {
      if (!YEAR.test(r.text) || !r.start.isCertain("year") || !r.start.isCertain("month")) continue;
      const field = fieldAt(line, r.index, r.index + r.text.length);
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
  if (!YEAR.test(line)) return [];
  const lib = chrono();
  for (const locale of localesFor(language)) {
    const found = lib[locale]
      .parse(line, new Date(Date.UTC(2100, 0, 1)), { forwardDate: false })
      .filter((r) => YEAR.test(r.text) && r.start.isCertain("year") && r.start.isCertain("month"))
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
  const r = chrono().parse(trimmed, new Date(Date.UTC(2100, 0, 1)), { forwardDate: false })[0];
  if (!r || r.text.length < trimmed.replace(/[.,]+$/, "").length || !r.start.isCertain("year") || !r.start.isCertain("month")) return undefined;
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
    const lib = chrono();
    // Each chrono locale reads its own month names; the note is most often in the article's language.
    let r: Chrono.ParsedResult | undefined;
    for (const locale of locales) if ((r = lib[locale].parse(head, reference, { forwardDate: true })[0])) break;
    if (!r || r.index > 2 || !r.start.isCertain("month") || !r.start.isCertain("day")) continue;
    const date = toPublished(r, false);
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
  const locale = localesFor(language)[0] as LocaleName;
  return chrono()
    [locale].parse(text, reference, { forwardDate: false })
    .filter((r) => r.start.isCertain("day") && r.start.isCertain("month"))
    .map((r) => ({ start: r.index, end: r.index + r.text.length, day: Date.UTC(r.start.get("year") ?? reference.getUTCFullYear(), (r.start.get("month") ?? 1) - 1, r.start.get("day") ?? 1) }));
}
