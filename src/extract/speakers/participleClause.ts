/** A speech participle after a comma ("Anna Berg has urged …, saying it …"): its speaker opens the sentence. */
import type { Span } from "../../core/spans.ts";
import { escapeRegExp } from "../../core/text.ts";
import { perLanguage } from "../frames/common.ts";
import { FULL_NAME, personSubject } from "./nameEntry.ts";
import { ownFiniteVerbFollows } from "./subjectAfter.ts";
import { anonymousAtStart } from "../sources.ts";
import type { SpeakerContext, SpeechRelation, Subject } from "./types.ts";

/** Per language: a comma and one of its `speechParticiples` ("…, saying"), the participle in group 1. */
const participleAfterComma = perLanguage((frames) => new RegExp(`,\\s*(${(frames.speechParticiples ?? []).map(escapeRegExp).join("|") || "(?!)"})(?![\\p{L}])`, "u"));

/** Most words of an unnamed subject before its finite verb ("A spokesperson for the harbour museum"). */
const UNNAMED_SUBJECT_WORDS = 8;

/**
 * "A spokesperson for the museum has denied the claims, telling Radio Calder: …": an unnamed source's phrase that opens
 * the sentence, holds no comma and ends where a finite verb of its own follows, is the main clause's subject.
 */
function unnamedOpener(from: number, to: number, ctx: SpeakerContext): Subject | undefined {
  const clause = ctx.masked.slice(from, to);
  const words = [...clause.matchAll(/\S+/gu)].slice(0, UNNAMED_SUBJECT_WORDS + 1);
  for (const w of words.slice(1)) {
    const at = w.index ?? 0;
    if (/[,;:]/u.test(clause.slice(0, at))) return undefined;
    if (!ownFiniteVerbFollows(` ${w[0]}`)) continue;
    // An adverb or a connective before the verb ("A spokesperson for the museum however has …") is no part of the phrase.
    const end = from + clause.slice(0, at).replace(ctx.lang.beforeVerbWord, "").trimEnd().length;
    const p = anonymousAtStart(ctx.body, from, end, ctx.lang.frames);
    if (!p) return undefined;
    // The phrase's head may have a complement of its own before the verb ("for the museum"): it is part of the phrase.
    const complement = /^\s+(\p{Ll}+)\s/u.exec(ctx.masked.slice(p.end, end))?.[1];
    if (p.end !== end && !(complement && ctx.lang.frames.prepositions?.includes(complement))) return undefined;
    const phrase = { ...p, end, text: ctx.body.slice(p.start, end) };
    return { entry: ctx.book.anonymous(phrase), span: phrase };
  }
  return undefined;
}

/**
 * "Anna Berg has urged residents to vote, saying it "…"": a speech participle after a comma carries on the main clause,
 * so its speaker is that clause's subject — a person's full name that opens the sentence and is followed by a finite
 * verb of its own, or an unnamed source's phrase there ("A spokesperson for the museum has denied …, telling …"). None
 * where the sentence opens otherwise; the text before the participle is read no further.
 */
export function participleSpeaker(sentence: Span, text: string, ctx: SpeakerContext): SpeechRelation | undefined {
  const m = participleAfterComma(ctx.lang.frames).exec(text);
  if (!m?.[1]) return undefined;
  const lead = /^\s*/u.exec(text)?.[0].length ?? 0;
  const name = ctx.lang.nameAtStart.exec(ctx.masked.slice(sentence.start + lead, sentence.end))?.[1]?.replace(/[.,]$/u, "");
  const named = name && FULL_NAME.test(name) && ownFiniteVerbFollows(ctx.masked.slice(sentence.start + lead + name.length, sentence.end)) ? personSubject(name, sentence.start + lead, ctx) : undefined;
  const found = named ?? unnamedOpener(sentence.start + lead, sentence.start + (m.index ?? 0), ctx);
  if (!found) return undefined;
  ctx.book.rely(found.entry);
  const at = sentence.start + (m.index ?? 0) + m[0].length - m[1].length;
  return { entry: found.entry, verb: { start: at, end: at + m[1].length }, who: found.span, inverted: false, verbText: m[1] };
}
