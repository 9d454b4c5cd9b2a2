/** Speakers in scripts without capitals: a title or a role beside a name, and the evidence caselessSpeakers.ts reads before a verb. */
import { type Span, type TextSpan, textSpan } from "../../core/spans.ts";
import { caselessSubject } from "../caselessSpeakers.ts";
import type { SourceEntry } from "../sources.ts";
import { personNamedBefore } from "./backReference.ts";
import { isRoleNoun } from "./lexicon.ts";
import { isOutletName } from "./outletNames.ts";
import { pronounAt } from "./pronouns.ts";
import type { SpeakerContext, Subject } from "./types.ts";

/** Most words of a name after a title in a script without capitals ("سالم بن علي الحمادي"). */
const TITLED_NAME_WORDS = 4;

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
  for (const m of text.slice(lead).matchAll(/([^\s\p{P}]+)(\s*)/gu)) {
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
