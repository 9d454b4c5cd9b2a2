/** Coordinated subjects: two names joined by a conjunction read as two people or two bodies, never as one source. */
import { isKnownGivenName, namesAPerson } from "../../core/nlp.ts";
import { escapeRegExp } from "../../core/text.ts";
import { conjunction } from "../coordination.ts";
import { isPlace } from "../gazetteer.ts";
import { FULL_NAME, nameEntry } from "./nameEntry.ts";
import { isOutletName } from "./outletNames.ts";
import type { SpeakerContext, Subject, SubjectReading } from "./types.ts";

/** Two people as one subject, each a full name and each read as a person ("Jan Novak and Ana Silva said"); else undefined. */
function twoPeople(first: { raw: string; start: number }, second: { raw: string; start: number }, ctx: SpeakerContext, role?: string): Subject | undefined {
  if (!FULL_NAME.test(first.raw.trim()) || !FULL_NAME.test(second.raw.trim())) return undefined;
  if (isOutletName(first.raw, ctx) || isOutletName(second.raw, ctx)) return undefined;
  const a = nameEntry(first.raw, first.start, ctx, role);
  const b = a?.type === "named" ? nameEntry(second.raw, second.start, ctx, role) : undefined;
  if (a?.type !== "named" || b?.type !== "named") return undefined;
  return { entry: a, span: { start: first.start, end: second.start + second.raw.length }, also: b };
}

/**
 * Two names a conjunction joins as one subject: two people (twoPeople), two organisations ("The EU and NATO said"), or
 * nobody (null). Never one source: read whole, "Google and Facebook" or "Marsh and Becker" would be one person nobody
 * named, and one part alone half of who spoke. An outlet among them speaks through its pages, which the frames read.
 */
function coordinatedPair(listedFirst: { raw: string; start: number }, second: { raw: string; start: number }, ctx: SpeakerContext, role?: string): Subject | null {
  // The list's article opening the sentence ("The EU and NATO said") belongs to the first name, no part of it.
  const article = /^(\p{L}+)\s+(?=\p{Lu})/u.exec(listedFirst.raw);
  const first = article?.[1] && ctx.lang.frames.determiners.includes(article[1].toLowerCase()) ? { raw: listedFirst.raw.slice(article[0].length), start: listedFirst.start + article[0].length } : listedFirst;
  if (isOutletName(first.raw, ctx) || isOutletName(second.raw, ctx)) return null;
  const people = twoPeople(first, second, ctx, role);
  if (people) return people;
  // "Dow Jones and Company said": a body's word alone after the conjunction is the end of one firm's name, no second body.
  if (second.raw.trim().split(/\s+/u).every((w) => ctx.lang.frames.organisationCues.includes(w.toLowerCase()))) return null;
  const a = nameEntry(first.raw, first.start, ctx);
  const b = a?.type === "organisation" ? nameEntry(second.raw, second.start, ctx) : undefined;
  if (a?.type !== "organisation" || b?.type !== "organisation") return null;
  return { entry: a, span: { start: first.start, end: second.start + second.raw.length }, also: b };
}

/**
 * "Fisheries and Ocean Affairs Minister Mara Quint said": the conjunction joins the words of one office ("Fisheries and
 * Ocean Affairs"), not two people, when the second part writes a role before its person's name and the first part opens on
 * no given name and names nobody. The person is read with the whole office as role; undefined where this is not so.
 */
function sharedOffice(first: { raw: string; start: number }, second: { raw: string; start: number }, ctx: SpeakerContext): Subject | undefined {
  const firstWord = first.raw.trim().split(/\s+/u)[0] ?? "";
  if (isKnownGivenName(firstWord) || namesAPerson(first.raw)) return undefined;
  // Only where a role noun stands in the second part before its last word: reading it registers a source, in order.
  const secondWords = second.raw.trim().split(/\s+/u).slice(0, -1).map((w) => w.toLowerCase());
  if (!secondWords.some((w) => ctx.lang.frames.roleNouns.includes(w))) return undefined;
  const person = nameEntry(second.raw, second.start, ctx);
  const role = person?.type === "named" ? person.role : undefined;
  if (!person || !role || !second.raw.trim().startsWith(role)) return undefined;
  // The fuller office is the role, as the book keeps the fullest form of a name.
  person.role = `${first.raw.trim()} ${ctx.body.slice(first.start + first.raw.length, second.start).trim()} ${role}`;
  return { entry: person, span: { start: second.start, end: second.start + second.raw.length } };
}

/** True when nothing but a clause mark or the text's start, and maybe a determiner, stands before a subject's first name. */
function opensClause(before: string, ctx: SpeakerContext): boolean {
  const word = /(?:^|\s)(\p{L}+)\s*$/u.exec(before);
  const lead = word?.[1] && ctx.lang.frames.determiners.includes(word[1].toLowerCase()) ? before.slice(0, word.index) : before;
  return /(?:^|[,;:"“”«»—–(])\s*$/u.test(lead);
}

/**
 * A subject of two names joined by "and" (coordinatedPair): the language's name pattern may take both as one name
 * ("Maria Lopez and Tom Becker", "Google and Facebook"), end at the second ("Renault und Stellantis teilten mit", where
 * "und" joins no name), or end at the first after an inverted verb (`after`: "teilten Renault und Stellantis mit").
 * Undefined where no conjunction joins the name to another, or the whole is one place ("Bosnia and Herzegovina"); a name
 * before the conjunction that does not open the clause ("in May and Tom Becker said") is no part of the subject.
 */
export function coordinatedSubject(name: string, start: number, textBefore: string, ctx: SpeakerContext, role?: string, after = ""): SubjectReading {
  const and = conjunction(ctx.lang.frames.language);
  const inside = new RegExp(`^(.+?)\\s+${and}\\s+(.+)$`, "u").exec(name);
  if (inside?.[1] && inside[2]) {
    if (isPlace(name) || isOutletName(name, ctx)) return undefined;
    const office = sharedOffice({ raw: inside[1], start }, { raw: inside[2], start: start + name.length - inside[2].length }, ctx);
    if (office) return office;
    return coordinatedPair({ raw: inside[1], start }, { raw: inside[2], start: start + name.length - inside[2].length }, ctx, role);
  }
  const following = new RegExp(`^\\s+${and}\\s+`, "u").exec(after);
  const next = following ? ctx.lang.nameAtStart.exec(after.slice(following[0].length))?.[1]?.replace(/[.,]$/u, "") : undefined;
  if (following && next) return coordinatedPair({ raw: name, start }, { raw: next, start: start + name.length + following[0].length }, ctx, role);
  const joined = new RegExp(`\\s${and}\\s+(?:(?:${ctx.lang.frames.determiners.map(escapeRegExp).join("|")})\\s+)?$`, "u").exec(textBefore);
  if (!joined) return undefined;
  const left = ctx.lang.nameAtEnd.exec(textBefore.slice(0, joined.index));
  if (!left?.[1]) return undefined;
  // "Die Behörde für Straßen und Brücken sagte", "the Institute for Soil and Water said": a name right after a preposition
  // is its object, so a word the conjunction joins to it is the same object's other half, never a subject of its own. A
  // person's full name there opens a clause of its own ("in May and Tom Becker said").
  const wordBeforeLeft = /(\p{L}+)\s+$/u.exec(textBefore.slice(0, joined.index - left[1].length))?.[1];
  if (wordBeforeLeft && ctx.lang.frames.prepositions?.includes(wordBeforeLeft.toLowerCase()) && !FULL_NAME.test(name.trim())) return null;
  const leftStart = start - textBefore.length + joined.index - left[1].length;
  const pair = coordinatedPair({ raw: left[1], start: leftStart }, { raw: name, start }, ctx, role);
  return pair ?? (opensClause(textBefore.slice(0, joined.index - left[1].length), ctx) ? null : undefined);
}
