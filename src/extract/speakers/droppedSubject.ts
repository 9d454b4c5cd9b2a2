/** Dropped subjects: a verb after a quotation whose speaker is the source most recently speaking, as a pronoun's would be. */
import type { Span } from "../../core/spans.ts";
import { perLanguage } from "../frames/common.ts";
import { refersTo } from "../names.ts";
import { pronounAt } from "./pronouns.ts";
import type { SourceEntry } from "../sources.ts";
import type { SpeakerContext, Subject } from "./types.ts";

/** True when nothing but a quotation (blanked in `masked`) and its marks stands before the verb in the sentence. */
export function afterQuotation(from: number, verb: number, ctx: SpeakerContext): boolean {
  const before = ctx.masked.slice(from, verb);
  return /["“”„«»‹›'‘’「」『』]/u.test(before) && /^[\s\p{P}]*$/u.test(before);
}

/** Per language: one of its `quotativeMarkers` ending a text ("」と"), after the quotation's closing mark. */
const quotativeAtEnd = perLanguage((frames) => (frames.quotativeMarkers?.length ? new RegExp(`(?<=[\\p{P}\\s])(?:${frames.quotativeMarkers.join("|")})\\s*$`, "u") : undefined));

/**
 * The speaker a verb carries in itself, in a language that names no subject after a speaker already given ("وأضاف أن
 * «…»": "and he added that"): the source most recently speaking, as a pronoun would be read. Only where a quotation
 * follows the verb straight, or after the word that opens its clause, so that no subject can stand between.
 */
export function subjectInVerb(vs: number, ve: number, to: number, ctx: SpeakerContext): Subject | undefined {
  const clause = ctx.lang.frames.subjectInVerb;
  if (!clause?.length) return undefined;
  const after = ctx.masked.slice(ve, to);
  if (!new RegExp(`^\\s*(?:(?:${clause.join("|")})\\s*)?:?\\s*[«"“]`, "u").test(after)) return undefined;
  return pronounAt("", vs, ve, ctx);
}

/** Per language: a reported clause or a quotation opening right after a verb (", że …", " que …", ": «…»"). */
const clauseAfterVerb = perLanguage((frames) => {
  const words = (frames.complementisers ?? []).map((w) => `${w}(?![\\p{L}])`);
  return new RegExp(`^\\s*(?:,\\s*)?(?:${[...words, ":?\\s*[«\"“„‹'‘「]", ":"].join("|")})`, "iu");
});

/**
 * The speaker of a verb whose subject the language leaves out once known (`dropsSubject`): the source most recently
 * speaking, as a pronoun would be read. Only where no subject can stand elsewhere: a sentence of a quotation and its
 * verb alone (Turkish "\"…\" dedi.", Spanish "«…», añadió."), or a verb that opens its sentence and is followed at once by
 * its reported clause or quotation ("Podkreślił, że …", "Explicó que …": never "Dijo el ministro que …", whose subject
 * follows the verb).
 */
export function droppedSubject(sentence: Span, vs: number, ve: number, ctx: SpeakerContext): Subject | undefined {
  if (!ctx.lang.frames.dropsSubject) return undefined;
  const stillSpeaking = (e: SourceEntry): boolean => !speechVerbSince(e, vs, ctx);
  if (/^[\s\p{P}]*$/u.test(ctx.masked.slice(ve, sentence.end))) {
    // The quotation may be tied to the verb by a quotative particle ("「…」と語った").
    const marker = quotativeAtEnd(ctx.lang.frames)?.exec(ctx.masked.slice(sentence.start, vs));
    if (afterQuotation(sentence.start, marker ? sentence.start + marker.index : vs, ctx)) return pronounAt("", vs, ve, ctx, stillSpeaking);
  }
  const opensSentence = /^[\s\p{P}]*$/u.test(ctx.masked.slice(sentence.start, vs)) && !afterQuotation(sentence.start, vs, ctx);
  return opensSentence && clauseAfterVerb(ctx.lang.frames).test(ctx.masked.slice(ve, sentence.end)) ? pronounAt("", vs, ve, ctx, stillSpeaking) : undefined;
}

/** A full name: two or three capitalised words. */
const FULL_NAME_RUN = /\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}/gu;

/**
 * True when, between the last mention of `entry` before `at` and `at`, another person is named in full and a speech verb
 * stands: someone else spoke there (a speaker the reading could not read), so a verb that leaves its subject out after
 * it may be theirs, not `entry`'s. A verb whose subject is only described ("the premier added") leaves `entry` speaking.
 */
function speechVerbSince(entry: SourceEntry, at: number, ctx: SpeakerContext): boolean {
  const last = Math.max(...entry.mentions.filter((m) => m.end <= at).map((m) => m.end));
  if (!Number.isFinite(last)) return false;
  const between = ctx.masked.slice(last, at);
  const another = [...between.matchAll(FULL_NAME_RUN)].some((m) => !refersTo(m[0], entry.name) && !refersTo(entry.name, m[0]));
  if (!another) return false;
  const verbs = ctx.lang.speechVerb;
  verbs.lastIndex = 0;
  const found = verbs.test(between);
  verbs.lastIndex = 0;
  return found;
}
