/** Unnamed people named by their occupation: "a port engineer told …", "said two crane technicians". */
import { termTags } from "../../core/nlp.ts";
import { describedAnonymous, isDefinite, type AnonymousPhrase } from "../sources.ts";
import { endsInRoleNoun, isRoleNoun } from "./lexicon.ts";
import type { SpeakerContext } from "./types.ts";

/**
 * A noun phrase that ends `body[from, end)` (or opens it, `at: "start"`), opening on an indefinite article or a number
 * ("a", "two", "un", "eine") and headed by one of the language's role nouns, or by a compound ending in one where the
 * language writes compounds as one word ("a port engineer", "deux infirmières", "ein Hafeningenieur"): an unnamed person
 * of that occupation, a source of their own. The anonymous-source nouns (`anonymousHeads`) name sources by what they
 * are ("an official"); this reads every occupation the role nouns know, so no noun has to be listed twice. A noun with
 * only a role's ending is not enough ("a checklist said"). A definite article ("the engineer") refers back to someone
 * the text named and is left to the readers of back-references; a capitalised word after the noun is a name, never
 * read here.
 */
export function occupationPhrase(from: number, end: number, ctx: SpeakerContext, at: "start" | "end"): AnonymousPhrase | undefined {
  const p = describedAnonymous(ctx.body, from, end, ctx.lang.frames);
  if (!p || (at === "end" ? p.end !== end : p.start !== from + leadingSpace(ctx.body, from))) return undefined;
  // After the verb the phrase must end at the head: words after it ("said a harbour engineer on Monday") are the
  // sentence's, which describedAnonymous would take into the phrase's tail.
  if (at === "start" && p.tail) return undefined;
  const first = p.text.split(/\s+/u)[0]?.toLowerCase() ?? "";
  if (!ctx.lang.frames.determiners.includes(first) || isDefinite(first, ctx.lang.frames.language)) return undefined;
  // A preposition before the head makes the head another noun's complement ("a report by an engineer said"): the
  // report speaks, not the engineer.
  if (p.modifiers.some((w) => ctx.lang.frames.prepositions?.includes(w))) return undefined;
  return isRoleNoun(p.head, ctx) || endsInRoleNoun(p.head, ctx) ? p : undefined;
}

/** Characters after a subject read for its speech verb and the word after it. */
const VERB_WINDOW = 60;

/**
 * True when the speech verb right after `end` has an object opening on an indefinite article ("un journaliste a lancé
 * un hoax", launched a hoax; "an engineer gave an interview"): a verb that may be one of speech is used there of
 * something done, and an occupation, weaker evidence than a source noun, is no speaker then. In English a reported
 * clause opening so is told apart by its finite verb ("an engineer said a crane fell"); elsewhere it is missed: when
 * unsure, say less.
 */
export function verbTakesIndefiniteObject(end: number, ctx: SpeakerContext): boolean {
  const window = ctx.masked.slice(end, end + VERB_WINDOW);
  const re = ctx.lang.speechVerb;
  re.lastIndex = 0;
  const m = re.exec(window);
  if (!m || !/^\s*$/u.test(window.slice(0, m.index))) return false;
  const after = window.slice(m.index + m[0].length);
  const next = /^\s+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase();
  if (next === undefined || !ctx.lang.frames.determiners.includes(next) || isDefinite(next, ctx.lang.frames.language)) return false;
  return !(ctx.lang.frames.language === "en" && opensReportedClause(ctx.masked.slice(end + m.index + m[0].length, end + m.index + m[0].length + VERB_WINDOW * 2)));
}

/** Most nouns and adjectives read between the article and the verb of a reported clause ("a port crane had collapsed"). */
const CLAUSE_SUBJECT_WORDS = 3;

/**
 * True when English words after a speech verb are a reported clause whose subject opens on an indefinite article ("said a
 * crane fell", "said a port crane had collapsed"): the article, at most three nouns or adjectives, and a finite verb, as
 * compromise tags them, up to the clause's first punctuation. An object is none ("gave an interview on Monday", "a hoax
 * about the mayor"), nor a participle after the noun ("a statement saying …").
 */
function opensReportedClause(text: string): boolean {
  const clause = text.split(/[,.;:!?«»"“”]/u)[0]?.trim() ?? "";
  const tags = termTags(clause);
  if (!tags[0]?.includes("Determiner")) return false;
  let i = 1;
  while (i < tags.length && i <= CLAUSE_SUBJECT_WORDS && !tags[i]?.includes("Verb") && (tags[i]?.includes("Noun") || tags[i]?.includes("Adjective"))) i++;
  const verb = tags[i];
  return i > 1 && verb !== undefined && verb.includes("Verb") && !verb.includes("Gerund") && !verb.includes("Participle") && !verb.includes("Infinitive");
}

/** How many spaces open `body` at `from`. */
function leadingSpace(body: string, from: number): number {
  return /^\s*/u.exec(body.slice(from))?.[0].length ?? 0;
}
