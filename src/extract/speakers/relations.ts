/** Speech relations: every speech verb in a sentence with the source it belongs to. */
import type { Span } from "../../core/spans.ts";
import { allMatches, escapeRegExp } from "../../core/text.ts";
import { perLanguage } from "../frames/common.ts";
import { conditionalBefore, negationBefore } from "../negation.ts";
import { datelineLength } from "../dateline.ts";
import { OPINION_QUOTE_MARKS } from "../names.ts";
import { pronounAt } from "./pronouns.ts";
import { INTERVIEW_VERBS, TOLD_TO, toldCaseBeforeVerbAt } from "./toldTo.ts";
import type { LanguageFrames } from "../frames/types.ts";
import type { SpeakerContext, SpeechRelation, Subject } from "./types.ts";
import { type VerbSite, verbSubject } from "./verbSubject.ts";
import { participleSpeaker } from "./participleClause.ts";
import { genitiveLeadOwners, genitiveStatementLeadIn, opinionLeadSpeakers, quotedWordsOwners, reactionBeforeQuote } from "./withoutSpeechVerb.ts";

/** A sentence an opinion lead can stand in: it holds a mark the lead's quotation opens with (names.ts `opinionLead`). */
const OPENING_MARK = new RegExp(`[${OPINION_QUOTE_MARKS}]`, "u");

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

/**
 * Per language: a possessive or an article right before a word ("en su |cuenta oficial", "his |claims", "an |alleged
 * ruling"). A speech verb's form there is a noun or an adjective it is spelt like (Spanish "cuenta", he tells / account;
 * "claims"; "alleged", `nounArticles`): neither stands before a verb.
 */
const possessiveBefore = perLanguage((frames) => {
  // A possessive spelt like a pronoun that may stand before a verb ("nous", "ci") is left out: there it may be one.
  const pronouns = new Set([...frames.pronouns.singular, ...frames.pronouns.plural, ...(frames.beforeVerbWords ?? [])]);
  const markers = [...(frames.possessives ?? []), ...(frames.nounArticles ?? [])];
  const words = markers.filter((p) => !pronouns.has(p)).map((p) => escapeRegExp(p).replace(/ /g, "\\s+")).join("|");
  return new RegExp(`(?:^|[^\\p{L}])(?:${words || "(?!)"})\\s+$`, "iu");
});

/** Per language: one of its `wishClauses` opening the text ("so Gott will"); never matches without one. */
const wishClauseAt = perLanguage((frames) => new RegExp(`^(?:${(frames.wishClauses ?? []).join("|") || "(?!)"})`, "iu"));

/** Per language: its `thingObjects` verbs, and one of their articles opening the words after the verb. */
const thingObjectVerbs = perLanguage((frames) => ({
  verbs: new Set(frames.thingObjects?.verbs ?? []),
  article: new RegExp(`^\\s+(?:${(frames.thingObjects?.articles ?? []).map(escapeRegExp).join("|") || "(?!)"})\\s+\\p{L}`, "iu"),
}));

/**
 * True where a verb that also takes a thing as its object has one ("Le gouvernement avait lancé une enquête"): its
 * subject stands before it (no reported words, no comma, end the words before the verb), an indefinite article follows,
 * and no quoted words come after it.
 */
function thingObjectAfter(before: string, verbText: string, after: string, frames: LanguageFrames): boolean {
  const { verbs, article } = thingObjectVerbs(frames);
  // Quoted words later in the sentence are what was said ("a confié une anecdote : « … »").
  if (!verbs.has(verbText) || !article.test(after) || /[«"“„]/u.test(after)) return false;
  return /\p{L}/u.test(before) && !/[,«»"“”„]\s*$/u.test(before) && !/[»"”]/u.test(before);
}

/** A French subject pronoun inverted onto its verb ("a-t-il ajouté", "dit-elle", "a-t-on appris" names no one). */
const INVERTED_PRONOUN = /-(?:t-)?(il|elle|ils|elles|on)(?![\p{L}])/u;

/**
 * Where the words before a speech verb that its subject may take end: at the first marker of whom the speaker addressed
 * between `from` and the verb ("وزیر نیرو خطاب به نمایندگان گفت", the minister addressing the deputies said), or where
 * whom the speaker told starts, written in its own case right before the verb; else at the verb. The addressee is never
 * the speaker.
 */
function addresseeStart(masked: string, from: number, verbAt: number, ctx: SpeakerContext): number {
  const re = ctx.lang.addresseeMarker;
  re.lastIndex = 0;
  const m = re.exec(masked.slice(from, verbAt));
  if (m) return from + masked.slice(from, from + m.index).trimEnd().length;
  // Whom the speaker told in a case of its own, right before the verb ("Kovács Péter a Déli Hírlapnak elmondta").
  const told = toldCaseBeforeVerbAt(masked.slice(from, verbAt), ctx);
  return told !== undefined ? from + masked.slice(from, from + told).trimEnd().length : verbAt;
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
    if (possessiveBefore(ctx.lang.frames).test(ctx.masked.slice(Math.max(sentence.start, vs - 20), vs))) continue;
    if (negationBefore(ctx.masked, sentence.start, vs, ctx.lang.frames, "verb")) continue;
    // "Would you believe it if Freedonia stated that …": a condition's subject would speak, and says nothing.
    if (conditionalBefore(ctx.masked, sentence.start, vs, ctx.lang.frames)) continue;
    // "…, so Gott will.": the verb's form opens a clause of wish, whose subject wishes and says nothing.
    if (wishClauseAt(ctx.lang.frames).test(ctx.masked.slice(vs, sentence.end))) continue;
    // An inverted pronoun inside the verb ("a-t-il ajouté") or written onto it ("dit-elle").
    const inverted_ = INVERTED_PRONOUN.exec(verbText) ?? (ctx.masked[ve] === "-" ? INVERTED_PRONOUN.exec(ctx.masked.slice(ve, ve + 8).toLowerCase()) : null);
    const pronoun = inverted_?.[1] ? pronounAt(inverted_[1], vs, ve, ctx) : undefined;
    // Adverbs in -ly between a verb and the word before it are stepped over ("has not independently confirmed the reports").
    const wordBefore = /([\p{L}’']+)(?:\s+\p{L}{3,}ly)*\s*$/u.exec(ctx.masked.slice(sentence.start, vs))?.[1]?.toLowerCase() ?? "";
    // "Residents were told to stay indoors", "Residents told to stay indoors": a passive verb's subject was spoken to,
    // and no one speaks through it; the speaker, if any, is named by another verb ("…, the fire service said").
    if (ctx.lang.frames.passiveAuxiliaries?.includes(wordBefore) || (INTERVIEW_VERBS.has(verbText) && TOLD_TO.test(ctx.masked.slice(ve, sentence.end)))) continue;
    // "Reports of a ruling that declared the ferry illegal": the verb's subject is the thing the relative stands for.
    if (ctx.lang.frames.thingRelatives?.includes(wordBefore)) continue;
    if (thingObjectAfter(text.slice(0, m.index ?? 0), verbText, ctx.masked.slice(ve, sentence.end), ctx.lang.frames)) continue;
    const site: VerbSite = {
      sentence,
      subjectFrom: Math.min(from, vs),
      verb: { start: vs, end: ve },
      subjectTo: addresseeStart(ctx.masked, Math.min(from, vs), vs, ctx),
      matched: m[0],
      verbText,
      wordBefore,
      ...(pronoun ? { pronoun } : {}),
      pronounInside: inverted_ !== null,
      // Scripts without capitals put the speaker before the verb, and only lexical evidence makes words a speaker.
      caseless: ctx.lang.frames.speakerEvidence !== undefined,
    };
    const reading = verbSubject(site, ctx);
    if (!reading) continue;
    const { subject: found, inverted } = reading;
    if (!inverted && reportedClauseSubject(out.at(-1), found, ctx)) continue;
    if (found.also) ctx.book.rely(found.also);
    ctx.book.rely(found.entry);
    out.push({ entry: found.entry, verb: { start: vs, end: ve }, who: found.span, inverted, verbText });
  }
  // A speaker named without a speech verb introduces a quotation: only a sentence holding a quotation mark is scanned.
  if (OPENING_MARK.test(text)) out.push(...quotedWordsOwners(sentence, text, ctx), ...genitiveLeadOwners(sentence, text, ctx), ...opinionLeadSpeakers(sentence, text, ctx));
  // A genitive statement lead that ends its paragraph introduces the quotation set apart after it.
  else if (genitiveStatementLeadIn(text, ctx.lang.frames)) out.push(...genitiveLeadOwners(sentence, text, ctx));
  const reaction = out.length === 0 ? reactionBeforeQuote(sentence, text, ctx) : undefined;
  if (reaction) out.push(reaction);
  // "Anna Berg has urged …, saying it …": a speech participle only where no speech verb of the sentence names a speaker.
  const participle = out.length === 0 ? participleSpeaker(sentence, text, ctx) : undefined;
  if (participle) out.push(participle);
  return out.sort((a, b) => a.verb.start - b.verb.start);
}
