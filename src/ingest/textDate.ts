/** A publication date written in the article's own text ("Published: 28 March 2019", "March 28, 2019 | 10:15"), for articles that come with no date. */
import type * as Chrono from "chrono-node";
import type { PublishedDate } from "../core/dates.ts";
import { libraryOnFirstUse } from "./onFirstUse.ts";

const chrono = libraryOnFirstUse<typeof Chrono>("chrono-node");

/** Lines at the head and foot of an article where outlets print the date. */
const HEAD_LINES = 8;
const FOOT_LINES = 4;
const PUBLISHED = /\b(?:published|posted|first\s+published|date|dated|on)\b/i;
const UPDATED = /\b(?:updated|modified|last\s+edited)\b/i;

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
 * The date a line of furniture gives, if the line is mostly that date or says "published"; relative dates ("3 days
 * ago") and dates without a written year are never taken. The result is marked estimated: a date in the text may be
 * an update or an event, and claimtrail never presents an inferred date as exact.
 */
export function datelineDate(text: string): PublishedDate | undefined {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const candidates = [...lines.slice(0, HEAD_LINES), ...lines.slice(-FOOT_LINES)];
  let updated: PublishedDate | undefined;
  for (const line of candidates) {
    if (line.length > 100) continue;
    for (const r of chrono().parse(line, new Date(Date.UTC(2100, 0, 1)), { forwardDate: false })) {
      if (!/\b(?:1[89]|20)\d\d\b/.test(r.text) || !r.start.isCertain("year") || !r.start.isCertain("month")) continue;
      const mostlyDate = r.text.replace(/\s/g, "").length >= line.replace(/[\s|·•—–-]/g, "").length * 0.5;
      if (!mostlyDate && !PUBLISHED.test(line) && !UPDATED.test(line)) continue;
      const date = toPublished(r, true);
      if (UPDATED.test(line) && !PUBLISHED.test(line.replace(UPDATED, ""))) {
        updated ??= date;
        continue;
      }
      return date;
    }
  }
  return updated;
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
 * Update notes of an article: a paragraph that opens with "UPDATE" (in any language claimtrail reads) and a date,
 * later than the article's publication. What that paragraph says was written on the update's day, not the
 * publication's: a page first published in March and updated in May to say the study was a hoax did not say so in
 * March. A date without a year takes the publication's year (the next one when it would fall before it).
 */
export function updateNotes(text: string, published: PublishedDate | undefined): UpdateNote[] {
  if (!published) return [];
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
    // The note's language is the cue's: each chrono locale reads its own month names.
    const r = [lib.en, lib.fr, lib.de, lib.it, lib.es, lib.pt, lib.ru].map((locale) => locale.parse(head, reference, { forwardDate: true })[0]).find((x) => x !== undefined);
    if (!r || r.index > 2 || !r.start.isCertain("month") || !r.start.isCertain("day")) continue;
    const date = toPublished(r, false);
    if (date.iso <= published.iso.slice(0, 10)) continue;
    const end = text.indexOf("\n", after);
    notes.push({ date, start: m.index ?? 0, end: end < 0 ? text.length : end });
  }
  return notes;
}
