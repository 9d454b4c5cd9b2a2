/** Speech relations: every speech verb in a sentence with the source it belongs to. */
import { type Span, textSpan } from "../../core/spans.ts";
import { allMatches, escapeRegExp } from "../../core/text.ts";
import { perLanguage } from "../frames/common.ts";
import type { LanguageFrames } from "../frames/types.ts";
import { datelineLength } from "../dateline.ts";
import { OPINION_QUOTE_MARKS, VERB_GAP } from "../names.ts";
import { caselessSubjectBefore } from "./caseless.ts";
import { afterQuotation, droppedSubject, subjectInVerb } from "./droppedSubject.ts";
import { nameEntry } from "./nameEntry.ts";
import { subjectAfter } from "./subjectAfter.ts";
import { subjectBefore } from "./subjectBefore.ts";
import { INTERVIEW_VERBS, TOLD_TO } from "./toldTo.ts";
import type { SpeakerContext, SpeechRelation, Subject } from "./types.ts";
import { markedAgent, sentenceOpener } from "./verbFinal.ts";
import { quotedWordsOwners, reactionBeforeQuote } from "./withoutSpeechVerb.ts";

/** A sentence an opinion lead can stand in: it holds a mark the lead's quotation opens with (names.ts `opinionLead`). */
const OPENING_MARK = new RegExp(`[${OPINION_QUOTE_MARKS}]`, "u");

/**
 * True when a speech verb's last word is a preposition of the language ("posted on", "posted to", "teilte mit"): what
 * follows it is the preposition's object — the platform in '"…," X posted on Instagram', 'a message posted on Telegram'
 * — never an inverted speaker. A preposition of whom the speaker told ("ha detto a") leaves the inverted reading to its
 * own handling.
 */
function endsInPreposition(verbText: string, frames: LanguageFrames): boolean {
  const last = verbText.trim().split(/\s+/u).at(-1) ?? "";
  return (frames.prepositions?.includes(last) ?? false) && !(frames.toldPrepositions?.includes(last) ?? false);
}

/** An inverted pronoun right after the verb that follows a quotation ("“…,” zei zij", "“…,” said he"). */
function pronounAfter(from: number, to: number, ctx: SpeakerContext): Subject | undefined {
  const words = [...ctx.lang.frames.pronouns.singular, ...ctx.lang.frames.pronouns.plural];
  if (words.length === 0) return undefined;
  const m = new RegExp(`^\\s*(${words.join("|")})(?![\\p{L}])`, "iu").exec(ctx.masked.slice(from, to));
  if (!m?.[1]) return undefined;
  const s = from + m[0].length - m[1].length;
  const entry = ctx.book.pronoun(m[1], textSpan(ctx.body, s, s + m[1].length));
  return entry ? { entry, span: { start: s, end: s + m[1].length } } : undefined;
}

/** Per language: the separable speech verbs' first and last parts (`VERB_GAP` in `speechVerbs`), lower case. */
const separableParts = perLanguage((frames) => frames.speechVerbs.filter((v) => v.includes(VERB_GAP)).map((v) => v.split(VERB_GAP).map((p) => p.trim().toLowerCase())));

/** Where the words between a separable verb's parts stand, when `matched` (at `at`) is one written apart; else nothing. */
function separatedVerbGap(matched: string, at: number, frames: LanguageFrames): Span | undefined {
  const m = /^(\S+)\s+([\s\S]*\S)\s+(\S+)$/u.exec(matched);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const [first, last] = [m[1].toLowerCase(), m[3].toLowerCase()];
  if (!separableParts(frames).some((p) => p[0] === first && p[p.length - 1] === last)) return undefined;
  const start = at + matched.indexOf(m[2], m[1].length);
  return { start, end: start + m[2].length };
}

/** Per language: nothing or one complementiser between a speech verb and the words after it ("said that "). */
const reportedClauseOpening = perLanguage((frames) => {
  const words = (frames.complementisers ?? []).map(escapeRegExp).join("|");
  return new RegExp(`^\\s*(?:(?:${words || "(?!)"})(?:(?<=['’])|(?![\\p{L}]))\\s*)?$`, "iu");
});

/**
 * "Jan Ek said the workers had warned about …", "… said that the workers warned …": a subject that opens the clause
 * another speech verb reports is the reported clause's; its speaker reports that speech, and it is not the article's
 * source. Only a subject straight after the verb, or after a complementiser, is one.
 */
function reportedClauseSubject(previous: SpeechRelation | undefined, found: Subject, ctx: SpeakerContext): boolean {
  if (!previous || found.span.start < previous.verb.end) return false;
  return reportedClauseOpening(ctx.lang.frames).test(ctx.masked.slice(previous.verb.end, found.span.start));
}

/** Every speech verb in a sentence with the source it belongs to; each found source is marked as relied on. */
export function speechRelations(sentence: Span, ctx: SpeakerContext): SpeechRelation[] {
  const out: SpeechRelation[] = [];
  const text = ctx.masked.slice(sentence.start, sentence.end);
  // A dateline before the sentence ("NOURANE, 2 novembre 2026 (AMP) - Le Premier ministre, Ana Roy, a déclaré …") is
  // where and by whom the story was filed, never part of its subject: the subject readers start after it.
  const from = sentence.start + datelineLength(text);
  // The language's speech verbs are compiled once with the g, i and u flags (names.ts): no copy per sentence.
  for (const m of allMatches(ctx.lang.speechVerb, text)) {
    const vs = sentence.start + (m.index ?? 0);
    const ve = vs + m[0].length;
    const verbText = m[0].toLowerCase();
    // A verb written with a capital after the sentence's first word is part of a name or a heading ("the United
    // States", "Readers' Comments"): a verb takes a capital only opening a sentence.
    if (/^\p{Lu}/u.test(m[0]) && /[\p{L}\p{N}]/u.test(text.slice(0, m.index ?? 0))) continue;
    // An inverted pronoun inside the verb ("a-t-il ajouté").
    const inverted_ = /-t-(il|elle|ils|elles)\b/u.exec(verbText);
    const pron = inverted_?.[1] ? ctx.book.pronoun(inverted_[1], textSpan(ctx.body, vs, ve)) : undefined;
    // Adverbs in -ly between a verb and the word before it are stepped over ("has not independently confirmed the reports").
    const wordBefore = /([\p{L}’']+)(?:\s+\p{L}{3,}ly)*\s*$/u.exec(ctx.masked.slice(sentence.start, vs))?.[1]?.toLowerCase() ?? "";
    // "Residents were told to stay indoors", "Residents told to stay indoors": a passive verb's subject was spoken to,
    // and no one speaks through it; the speaker, if any, is named by another verb ("…, the fire service said").
    if (ctx.lang.frames.passiveAuxiliaries?.includes(wordBefore) || (INTERVIEW_VERBS.has(verbText) && TOLD_TO.test(ctx.masked.slice(ve, sentence.end)))) continue;
    // Scripts without capitals put the speaker before the verb, and only lexical evidence makes words a speaker.
    const caseless = ctx.lang.frames.speakerEvidence !== undefined;
    let found: Subject | undefined = pron ? { entry: pron, span: { start: vs, end: ve } } : caseless ? caselessSubjectBefore(sentence.start, vs, ctx) : subjectBefore(Math.min(from, vs), vs, ctx);
    let inverted = false;
    // "I must say X", "he was declared X": after an auxiliary what follows the verb is its object, never its speaker.
    const auxiliary = ctx.lang.frames.auxiliaries?.includes(wordBefore) ?? false;
    // A separable verb with its subject between its parts ("liet de politie weten", "teilte die Polizei mit").
    const gap = !found && !caseless ? separatedVerbGap(m[0], vs, ctx.lang.frames) : undefined;
    if (gap) {
      found = subjectAfter(gap.start, gap.end, ctx);
      inverted = found !== undefined;
    }
    if (!found && ctx.lang.frames.verbFinal) found = sentenceOpener(sentence.start, vs, ctx) ?? droppedSubject(sentence, vs, ve, ctx);
    // A script without capitals leaves a known subject out as well ("「…」と語った。" after a sentence naming the speaker).
    else if (!found && caseless) found = droppedSubject(sentence, vs, ve, ctx);
    if (!found && ctx.lang.frames.agentParticle) found = markedAgent(sentence.start, vs, ctx);
    if (!found && !caseless && !auxiliary && !INTERVIEW_VERBS.has(verbText) && !endsInPreposition(verbText, ctx.lang.frames)) {
      found = (afterQuotation(sentence.start, vs, ctx) ? pronounAfter(ve, sentence.end, ctx) : undefined) ?? subjectAfter(ve, sentence.end, ctx);
      inverted = true;
      found ??= subjectInVerb(vs, ve, sentence.end, ctx);
    }
    if (!found) continue;
    if (!inverted && reportedClauseSubject(out.at(-1), found, ctx)) continue;
    if (found.also) ctx.book.rely(found.also);
    ctx.book.rely(found.entry);
    out.push({ entry: found.entry, verb: { start: vs, end: ve }, who: found.span, inverted, verbText });
  }
  if (OPENING_MARK.test(text)) out.push(...quotedWordsOwners(sentence, text, ctx));
  // "Pour Jean Morel, « … »": the lead stands for the verb, the person for its subject; an outlet there is a citation.
  // Only a sentence holding a quotation mark can hold one (the expression ends on one): the others are not scanned.
  for (const m of OPENING_MARK.test(text) ? allMatches(ctx.lang.opinionLead, text) : []) {
    const name = m[1] ?? "";
    const ns = sentence.start + (m.index ?? 0) + m[0].indexOf(name);
    const entry = nameEntry(name, ns, ctx);
    if (entry?.type !== "named") continue;
    ctx.book.rely(entry);
    const vs = sentence.start + (m.index ?? 0);
    out.push({ entry, verb: { start: vs, end: ns }, who: { start: ns, end: ns + name.length }, inverted: false, verbText: m[0].slice(0, ns - vs).trim().toLowerCase() });
  }
  const reaction = out.length === 0 ? reactionBeforeQuote(sentence, text, ctx) : undefined;
  if (reaction) out.push(reaction);
  return out.sort((a, b) => a.verb.start - b.verb.start);
}
