/** Speakers in scripts without capitals: a title or a role beside a name, and the evidence caselessSpeakers.ts reads before a verb. */
import { type Span, type TextSpan, textSpan } from "../../core/spans.ts";
import { escapeRegExp, lettersWithoutCase } from "../../core/text.ts";
import { caselessSubject } from "../caselessSpeakers.ts";
import { perLanguage } from "../frames/common.ts";
import type { SourceEntry } from "../sources.ts";
import { personNamedBefore } from "./backReference.ts";
import { isRoleNoun } from "./lexicon.ts";
import { isOutletName } from "./outletNames.ts";
import { pronounAt } from "./pronouns.ts";
import type { SpeakerContext, Subject } from "./types.ts";

/** Most words of a name after a title in a script without capitals ("سالم بن علي الحمادي"). */
const TITLED_NAME_WORDS = 4;

/**
 * One word of a script without capitals, with the marks Hebrew writes inside an abbreviation or after it ("ח"כ", "ד״ר",
 * "פרופ'"): a title so written is one word, never a word cut at a punctuation mark.
 */
const CASELESS_WORD = /[^\s\p{P}]+(?:["'׳״][^\s\p{P}]+)*['׳]?/gu;

/**
 * A person named after a title in a script without capitals ("العقيد سالم الحمادي", "الدكتورة ليلى حسن"): the title is one
 * of the language's `titles`, the name the words after it up to punctuation, a word that is never part of a name
 * (`nameStopwords`), or a word with the preposition ل written on ("لـ«الخليج»", "للصحفيين"). Without a title, only a
 * name the article already gave in full ("الحمادي" after "سالم الحمادي"). Nothing else: no letter tells a name there.
 */
export function titledName(from: number, to: number, ctx: SpeakerContext): { entry: SourceEntry; span: Span } | undefined {
  const text = ctx.masked.slice(from, to);
  const lead = text.length - text.trimStart().length;
  const ws: { word: string; start: number }[] = [];
  for (const m of text.slice(lead).matchAll(new RegExp(`(${CASELESS_WORD.source})(\\s*)`, "gu"))) {
    const word = m[1] as string;
    if ((m.index ?? 0) > 0 && /\p{P}/u.test(text.slice(lead + (m.index ?? 0) - 1, lead + (m.index ?? 0)))) break;
    if (ws.length > TITLED_NAME_WORDS || ctx.lang.frames.nameStopwords.includes(word) || /^ل(?:ـ|ل)/u.test(word)) break;
    ws.push({ word, start: from + lead + (m.index ?? 0) });
    // Punctuation right after a word ends the name there.
    if (/^\s*\p{P}/u.test(text.slice(lead + (m.index ?? 0) + word.length))) break;
  }
  const first = ws[0];
  if (!first || /[\p{Lu}\p{Ll}]/u.test(first.word)) return undefined;
  const span = (a: { start: number }, b: { word: string; start: number }): Span => ({ start: a.start, end: b.start + b.word.length });
  if ((ctx.lang.frames.titles ?? []).includes(first.word) && ws.length >= 2) {
    const rest = ws.slice(1);
    const where = span(rest[0] as (typeof rest)[number], rest[rest.length - 1] as (typeof rest)[number]);
    const entry = ctx.book.named(rest.map((w) => w.word).join(" "), textSpan(ctx.body, where.start, where.end), first.word);
    return { entry, span: where };
  }
  const where = span(first, first);
  return personNamedBefore(first.word, textSpan(ctx.body, where.start, where.end), ctx);
}

/** Most words of a body a role speaks for ("باسم وزارة الخارجية"): a construct chain ends on its definite word. */
const ROLE_BODY_WORDS = 3;

/**
 * A person named beside a role in a script without capitals (Arabic): "المتحدث باسم الشركة كريم بن سليمان" (the role, whom
 * it speaks for, the name), "كريم بن سليمان، المتحدث باسم الشركة" (the name, a comma, the role), or a name its joiner shows
 * ("كريم بن سليمان"). The name runs to punctuation, a stop word or a word with the preposition ل written on; it has two
 * words at least and its first carries no article. Undefined where no such shape stands at `from`.
 */
export function namedBesideRole(from: number, to: number, ctx: SpeakerContext): Subject | undefined {
  const { roleLinks = [], definitePrefix, nameJoiners = [] } = ctx.lang.frames;
  if (!definitePrefix) return undefined;
  const text = ctx.masked.slice(from, to);
  const ws: { word: string; start: number; punct: string }[] = [];
  for (const m of text.matchAll(/([^\s\p{P}]+)(\s*\p{P}*)/gu)) ws.push({ word: m[1] as string, start: from + (m.index ?? 0), punct: (m[2] ?? "").trim() });
  const nameFrom = (k: number): number => {
    let e = k;
    while (e < ws.length && e - k < TITLED_NAME_WORDS) {
      const w = ws[e] as (typeof ws)[number];
      // "لوكالة", "للصحفيين": the preposition ل written on a word opens whom the person spoke to.
      const toWhom = /^ل(?:ـ|ل)/u.test(w.word) || (w.word.startsWith("ل") && ctx.lang.frames.outletCues.includes(w.word.slice(1)));
      if (ctx.lang.frames.nameStopwords.includes(w.word) || toWhom || isRoleNoun(w.word, ctx)) break;
      e++;
      if (w.punct) break;
    }
    return e;
  };
  const person = (k: number, e: number, role?: string): Subject | undefined => {
    const words = ws.slice(k, e);
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last || words.length < 2 || first.word.startsWith(definitePrefix)) return undefined;
    const span = { start: first.start, end: last.start + last.word.length };
    return { entry: ctx.book.named(words.map((w) => w.word).join(" "), textSpan(ctx.body, span.start, span.end), role), span };
  };
  const head = ws[0];
  if (!head) return undefined;
  if (isRoleNoun(head.word, ctx) && !head.punct) {
    let k = 1;
    if (roleLinks.includes(ws[1]?.word ?? "")) {
      k = 2;
      while (k < ws.length && k - 2 < ROLE_BODY_WORDS && !(ws[k] as (typeof ws)[number]).word.startsWith(definitePrefix) && !(ws[k] as (typeof ws)[number]).punct) k++;
      k++;
    }
    const role = ws.slice(0, k).map((w) => w.word).join(" ");
    return person(k, nameFrom(k), role);
  }
  const e = nameFrom(0);
  const last = ws[e - 1];
  // A role noun, or a source noun with or without its article ("مسؤول", "المسؤول"): a word that says who someone is.
  const describes = (word: string): boolean => isRoleNoun(word, ctx) || ctx.lang.frames.anonymousHeads.includes(word.startsWith(definitePrefix) ? word.slice(definitePrefix.length) : word);
  // The name, a comma, then the role: "كريم بن سليمان، المتحدث باسم الشركة", "سمير الحداد، المسؤول في الوزارة".
  if (last && /^[،,]/u.test(last.punct) && describes(ws[e]?.word ?? "")) {
    const end = ws.slice(e).findIndex((w) => w.punct);
    const role = ws.slice(e, end < 0 ? ws.length : e + end + 1).map((w) => w.word).join(" ");
    return person(0, e, role);
  }
  // The name, a comma, then "and he/she is" and a role or source noun: "سمير الحداد، وهو مسؤول في وزارة الصحة".
  const opener = ws[e];
  if (last && /^[،,]/u.test(last.punct) && opener && !opener.punct && (ctx.lang.frames.appositionOpeners ?? []).includes(opener.word) && describes(ws[e + 1]?.word ?? "")) {
    const end = ws.slice(e + 1).findIndex((w) => w.punct);
    const role = ws.slice(e + 1, end < 0 ? ws.length : e + 1 + end + 1).map((w) => w.word).join(" ");
    return person(0, e, role);
  }
  if (ws.slice(1, e - 1).some((w) => nameJoiners.includes(w.word))) return person(0, e);
  return undefined;
}

/**
 * A person referred to by family name and title ("金委員長", "박 위원장"): the one person the article named before whose
 * name opens with that family name, else the person as the text writes them, name and title; never an unnamed source.
 */
function titledPerson(surname: string, role: string, span: TextSpan, ctx: SpeakerContext): Subject {
  const where = { start: span.start, end: span.end };
  const earlier = ctx.book.entries().filter((e) => e.type === "named" && e.name.length > surname.length && e.name.startsWith(surname));
  const known = earlier.length === 1 ? earlier[0] : undefined;
  if (known) {
    known.mentions.push(span);
    return { entry: known, span: where };
  }
  return { entry: ctx.book.named(span.text, span, role), span: where };
}

/** The speaker before a verb in a script without capitals: only what shows evidence of being a source (see caselessSpeakers.ts). */
export function caselessSubjectBefore(from: number, to: number, ctx: SpeakerContext): { entry: SourceEntry; span: Span } | undefined {
  const found = caselessSubject(ctx.masked.slice(from, to), from, ctx.lang.frames);
  if (!found) return undefined;
  const span = textSpan(ctx.body, found.start, found.end);
  const where = { start: found.start, end: found.end };
  switch (found.kind) {
    case "pronoun":
      return pronounAt(found.word, found.start, found.end, ctx);
    case "anonymous":
      return { entry: ctx.book.anonymous({ ...where, text: span.text, head: found.head, modifiers: [], definite: false, plural: /들$/u.test(found.head) }), span: where };
    case "named":
      if (isOutletName(found.name, ctx)) return undefined;
      return { entry: ctx.book.named(found.name, span, found.role), span: where };
    case "organisation":
      if (isOutletName(found.name, ctx)) return undefined;
      return { entry: ctx.book.organisation(found.name, span), span: where };
    case "titled":
      return titledPerson(found.surname, found.role, span, ctx);
  }
}

/**
 * True for a word no person's name holds in a script without capitals: a word that begins no name, a title, a role, a
 * body's, an outlet's or a source noun, a speech verb, a figure or Latin letters (a name in Latin letters is read as one).
 */
function neverNameWord(w: string, ctx: SpeakerContext): boolean {
  const { titles = [], nameStopwords, organisationCues, outletCues, anonymousHeads, speechVerbs } = ctx.lang.frames;
  return nameStopwords.includes(w) || isRoleNoun(w, ctx) || titles.includes(w) || organisationCues.includes(w) || outletCues.includes(w) || anonymousHeads.includes(w) || speechVerbs.includes(w) || /[\p{N}A-Za-z]/u.test(w);
}

/** Where the word before word `i` ends. */
function prevEnd(ws: readonly { word: string; start: number }[], i: number): number {
  const w = ws[i - 1];
  return w ? w.start + w.word.length : 0;
}

/** Fewest and most words of a name after a role, and after a title written as an abbreviation ("ח"כ גפני": a surname alone). */
const NAME_AFTER_ROLE_WORDS: readonly [number, number] = [2, 3];
const NAME_AFTER_ABBREVIATION_WORDS: readonly [number, number] = [1, 3];
/** Most definite words of the body a role heads before the name ("דוברת המשטרה הארצית"): a construct chain. */
const ROLE_BODY_DEFINITE_WORDS = 2;

/**
 * A person named after a title or a role, where the subject before a speech verb ends in that name, in a script without
 * capitals whose language has no other evidence for names (Hebrew): "ח"כ דני לוי אמר", "ראש העיר דני לוי אמר", "דוברת
 * העירייה נגה ברק מסרה". The lead is one of the language's `titles` or role nouns (a phrase of them too: "ראש העיר"), maybe
 * with the body it heads, written in the definite (`definitePrefix`: "העירייה"); the name is the words from there to the
 * verb, two or three (one after a title written as an abbreviation), none a word that is never part of a name, a role, a
 * body's or an outlet's noun or a source noun. After a preposition the lead is its object ("עם השר דני לוי אמר"), no
 * speaker. Undefined where no such shape ends the text.
 */
export function namedAfterLead(from: number, to: number, ctx: SpeakerContext, inverted = false): Subject | null | undefined {
  const { titles = [], roleNouns, definitePrefix, prepositions = [], speechVerbs } = ctx.lang.frames;
  const text = ctx.masked.slice(from, to);
  if (ctx.lang.frames.speakerEvidence || !definitePrefix || !lettersWithoutCase(text)) return undefined;
  const ws = [...text.matchAll(CASELESS_WORD)].map((m) => ({ word: m[0], start: from + (m.index ?? 0) }));
  // Only words and spaces from the lead to the verb: a comma or a mark between is another clause's.
  const leadOf = (t: number): { end: number; role: string; abbreviation: boolean } | undefined => {
    for (let n = 3; n >= 1; n--) {
      const phrase = ws.slice(t, t + n).map((w) => w.word).join(" ");
      if (ws.length - t < n) continue;
      if (titles.includes(phrase)) return { end: t + n, role: phrase, abbreviation: /["'׳״]/u.test(phrase) || !phrase.startsWith(definitePrefix) };
      if (roleNouns.includes(phrase)) return { end: t + n, role: phrase, abbreviation: false };
    }
    return undefined;
  };
  // After the verb ("…", אמר ח"כ דני לוי.) the lead opens the words and the name closes the clause: a preposition written
  // onto a longer last word ("לכתבים", to the reporters; "בכנס", at the conference) is whom or where, no part of a name.
  const punctuated = ws.findIndex((w, i) => i > 0 && /^\s*\p{P}/u.test(ctx.masked.slice(prevEnd(ws, i), w.start)));
  const clause = inverted && punctuated > 0 ? ws.slice(0, punctuated) : ws;
  const { attachedPrefixes = [], conjunctionPrefix } = ctx.lang.frames;
  const prepositionLetters = attachedPrefixes.filter((x) => x.length === 1 && x !== definitePrefix && x !== conjunctionPrefix);
  const lastWord = clause[clause.length - 1]?.word ?? "";
  if (inverted && prepositionLetters.some((x) => lastWord.startsWith(x) && lastWord.length - x.length >= 3)) return undefined;
  for (let t = 0; t < (inverted ? 1 : clause.length - 1); t++) {
    const lead = leadOf(t);
    // A comma before the lead ("נגה ברק, דוברו של ח"כ לוי אמרה"): the lead is in an appositive, read by namedThenRole.
    if (!lead || /[,،;:]/u.test(ctx.masked.slice(from, (ws[t] as (typeof ws)[number]).start))) continue;
    // "עם השר דני לוי אמר": after a preposition the lead and its name are its object, and no one here speaks.
    if (t > 0 && prepositions.includes((ws[t - 1] as (typeof ws)[number]).word)) return null;
    let k = lead.end;
    // The body the role heads, in the definite: "דוברת העירייה", "דובר המשטרה הארצית".
    const bodyFrom = k;
    if (!lead.abbreviation) while (k < clause.length - 1 && k - bodyFrom < ROLE_BODY_DEFINITE_WORDS && (ws[k] as (typeof ws)[number]).word.startsWith(definitePrefix) && !speechVerbs.includes((ws[k] as (typeof ws)[number]).word)) k++;
    const name = clause.slice(k);
    const [fewest, most] = lead.abbreviation ? NAME_AFTER_ABBREVIATION_WORDS : NAME_AFTER_ROLE_WORDS;
    // A first word with the article ("אלוף העולם", the world's champion) is a noun, as a person's name never carries it.
    if (name.length < fewest || name.length > most || name.some((w) => neverNameWord(w.word, ctx)) || name[0]?.word.startsWith(definitePrefix)) continue;
    // Nothing but spaces between the words read: a punctuation mark ends the lead's phrase.
    const last = name[name.length - 1] as (typeof ws)[number];
    const between = ctx.masked.slice((ws[t] as (typeof ws)[number]).start, last.start + last.word.length);
    if (/[^\s\p{L}\p{M}"'׳״-]/u.test(between)) continue;
    // Before the verb the name ends the subject: anything but spaces after it ("דוברה הכחישה שהגשר קרס - וטענה") is
    // another clause, whose words are no name.
    if (!inverted && ctx.masked.slice(last.start + last.word.length, to).trim() !== "") continue;
    const role = ws.slice(t, k).map((w) => w.word).join(" ");
    const first = name[0] as (typeof ws)[number];
    const span = { start: first.start, end: last.start + last.word.length };
    return { entry: ctx.book.named(name.map((w) => w.word).join(" "), textSpan(ctx.body, span.start, span.end), role), span };
  }
  return undefined;
}

/** Most words of a role after a name and its comma, up to the verb ("דוברו של ח"כ דני לוי"). */
const ROLE_AFTER_NAME_WORDS = 5;

/**
 * A person named before a comma and a role that runs to the speech verb, in a script without capitals whose language has
 * no other evidence for names (Hebrew): "נגה ברק, דוברת העירייה צייצה", "נגה ברק, דוברו של ח"כ לוי אמרה". The name is the
 * two or three words opening the subject, none a word that is never part of a name or one that says who someone is; the
 * role opens on one of the language's role nouns. Undefined where no such shape is the whole subject.
 */
export function namedThenRole(from: number, to: number, ctx: SpeakerContext): Subject | undefined {
  const { definitePrefix } = ctx.lang.frames;
  const text = ctx.masked.slice(from, to);
  if (ctx.lang.frames.speakerEvidence || !definitePrefix || !lettersWithoutCase(text)) return undefined;
  const m = /^\s*([^,،]+?)\s*[,،]\s*([^,،]+?)\s*$/u.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const name = [...m[1].matchAll(CASELESS_WORD)].map((w) => w[0]);
  const role = [...m[2].matchAll(CASELESS_WORD)].map((w) => w[0]);
  const [fewest, most] = NAME_AFTER_ROLE_WORDS;
  if (name.length < fewest || name.length > most || role.length === 0 || role.length > ROLE_AFTER_NAME_WORDS) return undefined;
  if (name.join(" ") !== m[1].trim() || !isRoleNoun(role[0] as string, ctx)) return undefined;
  if (name.some((w) => neverNameWord(w, ctx) || w.startsWith(definitePrefix))) return undefined;
  const start = from + text.indexOf(m[1]);
  const end = start + m[1].length;
  return { entry: ctx.book.named(m[1], textSpan(ctx.body, start, end), m[2].trim()), span: { start, end } };
}

/** A language's titles and role nouns as one alternation, longest first: built once per language, not per speaker. */
const titleOrRoleAlternation = perLanguage(({ titles = [], roleNouns }) =>
  [...titles, ...roleNouns].map(escapeRegExp).sort((a, b) => b.length - a.length).join("|"),
);

/**
 * A speaker written as one word after the verb ("…", אמר לוי והוסיף …), in a script without capitals whose language has
 * no other evidence for names (Hebrew): a person only where the article writes that word right after a title or a role
 * elsewhere ("ח"כ לוי", "ראש העיר דני לוי"), the name it repeats; the full name where a given name stands between. The word
 * closes the clause or a word with "and" written on it follows (ו: "והוסיף"). Undefined otherwise: a word alone after a
 * verb may be a time, a place or an object.
 */
export function namedByRoleElsewhere(from: number, to: number, ctx: SpeakerContext): Subject | undefined {
  const { definitePrefix, conjunctionPrefix } = ctx.lang.frames;
  const text = ctx.masked.slice(from, to);
  if (ctx.lang.frames.speakerEvidence || !definitePrefix || !lettersWithoutCase(text)) return undefined;
  const joined = conjunctionPrefix ? `|\\s+${escapeRegExp(conjunctionPrefix)}\\p{L}` : "";
  const m = new RegExp(`^\\s*(${CASELESS_WORD.source})(?=\\s*(?:\\p{P}|$)${joined})`, "u").exec(text);
  const word = m?.[1];
  if (!m || !word || neverNameWord(word, ctx) || word.startsWith(definitePrefix)) return undefined;
  const elsewhere = new RegExp(`(?<![\\p{L}\\p{M}])(${titleOrRoleAlternation(ctx.lang.frames)})\\s+(?:(${CASELESS_WORD.source})\\s+)?${escapeRegExp(word)}(?![\\p{L}\\p{M}])`, "u").exec(ctx.masked);
  if (!elsewhere?.[1]) return undefined;
  const given = elsewhere[2] && !neverNameWord(elsewhere[2], ctx) && !elsewhere[2].startsWith(definitePrefix) ? elsewhere[2] : undefined;
  const start = from + m[0].length - word.length;
  const span = textSpan(ctx.body, start, start + word.length);
  return { entry: ctx.book.named(given ? `${given} ${word}` : word, span, elsewhere[1]), span: { start, end: start + word.length } };
}
