/** Verb subjects: who one speech verb belongs to, read by an ordered list of readers (before the verb, inside it, after it). */
import type { Span } from "../../core/spans.ts";
import { escapeRegExp } from "../../core/text.ts";
import { conjunction } from "../coordination.ts";
import { perLanguage } from "../frames/common.ts";
import type { LanguageFrames } from "../frames/types.ts";
import { VERB_GAP } from "../names.ts";
import { issuerOfForgedDocument } from "../forgedIssuer.ts";
import { insideRumour } from "../rumourClause.ts";
import { caselessSubjectBefore } from "./caseless.ts";
import { afterQuotation, droppedSubject, subjectInVerb } from "./droppedSubject.ts";
import { pronounAt, pronounWords } from "./pronouns.ts";
import { subjectAfter } from "./subjectAfter.ts";
import { subjectBefore } from "./subjectBefore.ts";
import { INTERVIEW_VERBS } from "./toldTo.ts";
import type { SpeakerContext, Subject } from "./types.ts";
import { markedAgent, sentenceOpener } from "./verbFinal.ts";

/** One speech verb in a sentence, with what its subject readers need to know of it. */
export interface VerbSite {
  sentence: Span;
  /** Where the words before the verb that its subject may take start: after a dateline opening the sentence. */
  subjectFrom: number;
  verb: Span;
  /**
   * Where the words before the verb that its subject may take end: the verb, or the start of whom the speaker addressed
   * between them ("وزیر خطاب به نمایندگان گفت": the addressee is never the speaker).
   */
  subjectTo: number;
  /** The verb as the language's pattern matched it (a separable verb with the words between its parts). */
  matched: string;
  /** The verb in small letters. */
  verbText: string;
  /** The word before the verb in small letters, past adverbs in -ly. */
  wordBefore: string;
  /** The source an inverted pronoun inside the verb stands for ("a-t-il ajouté"), where the verb has one. */
  pronoun?: Subject;
  /** The verb carries an inverted pronoun ("a-t-il dit", "dit-elle"), whether or not it stands for a source: it is the subject. */
  pronounInside: boolean;
  /** The language writes without capitals, so only lexical evidence makes words a speaker (`speakerEvidence`). */
  caseless: boolean;
}

/** A way of reading a verb's subject, and whether the subject it finds stands after the verb ("said X"). */
interface VerbSubjectReader {
  read: (v: VerbSite, ctx: SpeakerContext) => Subject | undefined;
  inverted: boolean;
}

/** The subject a reader found for a verb, and whether it stands after the verb. */
export interface VerbSubject {
  subject: Subject;
  inverted: boolean;
}

/** The source an inverted pronoun inside the verb stands for ("a-t-il ajouté"). */
function pronounInVerb(v: VerbSite): Subject | undefined {
  return v.pronoun;
}

/** The subject ending before the verb: in a script without capitals only what shows evidence of being a source. */
function subjectBeforeVerb(v: VerbSite, ctx: SpeakerContext): Subject | undefined {
  if (v.caseless) return caselessSubjectBefore(v.sentence.start, v.subjectTo, ctx);
  const before = subjectBefore(v.subjectFrom, v.subjectTo, ctx);
  return before && (frontedBeforeFullName(v, before, ctx) || frontedBeforePronoun(v, before, ctx)) ? undefined : before;
}


/**
 * True when the sentence so far is two capitalised words, the second the subject read before the verb ("Teisipäeval
 * Pärnus" ütles …), in a language that lets a time or a place open the sentence and the subject follow its verb.
 */
function frontedPair(v: VerbSite, before: Subject, ctx: SpeakerContext): boolean {
  if (before.also || !frontedOpening(v, ctx)) return false;
  const words = ctx.masked.slice(v.sentence.start, before.span.end).trim().split(/\s+/u);
  return words.length === 2 && words[1] === before.entry.name.trim();
}

/** True when the words before the verb are two capitalised words, in a language whose subject may follow its verb there. */
function frontedOpening(v: VerbSite, ctx: SpeakerContext): boolean {
  if (ctx.lang.frames.invertsOnlyAfterReport) return false;
  const words = ctx.masked.slice(v.sentence.start, v.verb.start).trim().split(/\s+/u);
  return words.length === 2 && words.every((w) => /^\p{Lu}\p{L}*$/u.test(w));
}

/**
 * "Teisipäeval Pärnus ütles ta, et …" (on Tuesday in Pärnu said he): a fronted pair before the verb and one of the
 * language's personal pronouns right after it. The pronoun is the subject, so the place is none; the pronoun is then read
 * after the verb like any other (subjectAfterVerb), and stands for a source only where one agrees with it.
 */
function frontedBeforePronoun(v: VerbSite, before: Subject, ctx: SpeakerContext): boolean {
  return frontedPair(v, before, ctx) && pronounRightAfter(v.verb.end, v.sentence.end, ctx) !== undefined;
}

/**
 * Where a language lets a time or a place open the sentence and the subject follow its verb ("Teisipäeval Tallinnas
 * ütles minister Jaan Kask …", "Otrdien Rīgā sacīja ministrs Jānis Ozols …"): one capitalised word right before the
 * verb, after another word of the sentence, is such a fronted word where a name of two words or more follows the verb,
 * the verb's subject. One word alone could be a surname ("Eile Kask ütles Reutersile …"), so it gives way only to a
 * full name. English puts a subject after its verb only after the reported words (`invertsOnlyAfterReport`).
 */
function frontedBeforeFullName(v: VerbSite, before: Subject, ctx: SpeakerContext): boolean {
  if (!frontedPair(v, before, ctx)) return false;
  const after = subjectAfterVerb(v, ctx);
  return after !== undefined && after.entry.type === "named" && after.entry.name.trim().split(/\s+/u).length >= 2;
}

/** Most words a first verb's clause may have for a speech verb coordinated after it to share its subject. */
const FIRST_CONJUNCT_WORDS = 8;

/** Per language: the words before a speech verb ending in the conjunction that joins it to an earlier verb. */
const afterConjunction = perLanguage((frames) => new RegExp(`\\s${conjunction(frames.language)}$`, "iu"));

/**
 * "Carla Reyes backtracked and told Radio Sur that …", "Carla Reyes recula y asegura a Radio Sur que …": a speech verb
 * joined to an earlier verb shares that verb's subject, the name or pronoun opening the clause. Read only where the
 * first verb, in small letters, follows that opener at once and the first clause is short and holds no comma, colon
 * or quotation mark: across a longer clause the subject may have changed ("Police arrested Ana, who later said").
 */
function subjectOfFirstConjunct(v: VerbSite, ctx: SpeakerContext): Subject | undefined {
  if (v.caseless) return undefined;
  const before = ctx.masked.slice(v.subjectFrom, v.subjectTo).trimEnd();
  const joined = afterConjunction(ctx.lang.frames).exec(before);
  if (!joined) return undefined;
  const first = before.slice(0, joined.index);
  if (/[,;:()"“”«»„]/u.test(first) || first.trim().split(/\s+/u).length > FIRST_CONJUNCT_WORDS) return undefined;
  const lead = first.length - first.trimStart().length;
  const word = /^\p{L}+/u.exec(first.slice(lead))?.[0] ?? "";
  const opener = ctx.lang.nameAtStart.exec(first.slice(lead))?.[1] ?? (pronounWords(ctx.lang.frames).includes(word.toLowerCase()) ? word : undefined);
  if (!opener || !/^\s+\p{Ll}/u.test(first.slice(lead + opener.length))) return undefined;
  const from = v.subjectFrom + lead;
  return subjectBefore(from, from + opener.length, ctx);
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

/** Most words of adjectives between an article and its noun in the one phrase before a verb-second verb. */
const FRONTED_ADJECTIVES = 2;

/**
 * Per language: a sentence that opens on an article or possessive, maybe adjectives in small letters, and a capitalised
 * noun, right before the verb ("Die Opposition | wirft …", "De bond | liet …"): in a verb-second clause the one phrase
 * before the verb is its subject, so the words between a separable verb's parts are an object there ("wirft der
 * Regierung vor": whom it accuses), never the speaker.
 */
const nounPhraseBeforeVerb = perLanguage((frames) => {
  // As written or with a capital opening the sentence; no "i" flag, which would let \p{Lu} match small letters.
  const openers = [...frames.determiners, ...(frames.possessives ?? [])].flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]).map(escapeRegExp).join("|");
  return new RegExp(`^\\s*(?:${openers || "(?!)"})\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,${FRONTED_ADJECTIVES}}\\p{Lu}[\\p{L}-]*\\s*$`, "u");
});

/**
 * A separable verb with its subject between its parts ("liet de politie weten", "teilte die Polizei mit", "“…,” said a
 * clerk on condition of anonymity"), where the language lets a subject follow its verb there (invertedMayStand: in
 * English only after the reported words, so "Officials dismissed Tom Vale's claims as …" names no one between) and the
 * words before the verb are no noun phrase of their own (nounPhraseBeforeVerb).
 */
function subjectBetweenVerbParts(v: VerbSite, ctx: SpeakerContext): Subject | undefined {
  const gap = v.caseless ? undefined : separatedVerbGap(v.matched, v.verb.start, ctx.lang.frames);
  if (!gap || !invertedMayStand(v, ctx) || (ctx.lang.frames.verbSecond && nounPhraseBeforeVerb(ctx.lang.frames).test(ctx.masked.slice(v.subjectFrom, v.verb.start)))) return undefined;
  return subjectAfter(gap.start, gap.end, ctx);
}

/** A verb-final language's speaker: the name or description opening the sentence, set off by a comma. */
function openerOfVerbFinal(v: VerbSite, ctx: SpeakerContext): Subject | undefined {
  return ctx.lang.frames.verbFinal ? sentenceOpener(v.sentence.start, v.subjectTo, ctx) : undefined;
}

/**
 * A subject the verb leaves out, in a language whose verbs carry their subject ("「…」と語った。", "«…», añadió." after a
 * sentence naming the speaker): the source most recently speaking.
 */
function subjectLeftOut(v: VerbSite, ctx: SpeakerContext): Subject | undefined {
  return droppedSubject(v.sentence, v.verb.start, v.verb.end, ctx);
}

/** A named speaker marked by the language's agent particle before the verb ("मंत्री राजेश वर्मा ने कहा"). */
function agentBeforeVerb(v: VerbSite, ctx: SpeakerContext): Subject | undefined {
  return ctx.lang.frames.agentParticle ? markedAgent(v.sentence.start, v.subjectTo, ctx) : undefined;
}

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

/**
 * Whether what follows the verb may be its speaker: not in a script without capitals (the speaker stands before the
 * verb), not after an auxiliary ("I must say X", "he was declared X": the object), not after a verb of telling (whom was
 * told), not after a preposition ending the verb (its object).
 */
function speakerMayFollow(v: VerbSite, ctx: SpeakerContext): boolean {
  const auxiliary = ctx.lang.frames.auxiliaries?.includes(v.wordBefore) ?? false;
  return !v.caseless && !auxiliary && !INTERVIEW_VERBS.has(v.verbText) && !endsInPreposition(v.verbText, ctx.lang.frames);
}

/** An inverted pronoun right after the verb that follows a quotation ("“…,” zei zij", "“…,” said he"). */
function pronounAfter(from: number, to: number, ctx: SpeakerContext): Subject | undefined {
  const found = pronounRightAfter(from, to, ctx);
  return found && pronounAt(found.word, found.start, found.start + found.word.length, ctx);
}

/** One of the language's personal pronouns opening `masked[from, to)`, with where it starts; undefined where none does. */
function pronounRightAfter(from: number, to: number, ctx: SpeakerContext): { word: string; start: number } | undefined {
  const words = pronounWords(ctx.lang.frames);
  if (words.length === 0) return undefined;
  const m = new RegExp(`^\\s*(${words.join("|")})(?![\\p{L}])`, "iu").exec(ctx.masked.slice(from, to));
  return m?.[1] ? { word: m[1], start: from + m[0].length - m[1].length } : undefined;
}

/** Reported words ending (a closing mark, a comma, a colon, a dash), then maybe adverbs in -ly or "also", at the end of a text. */
const AFTER_REPORT = /(?:^|[,;:—–"“”'‘’«»)])(?:\s+(?:\p{L}+ly|also))*\s*$/u;

/**
 * In a language whose subject follows its verb only after the reported words (`invertsOnlyAfterReport`), whether the
 * verb opens its sentence or follows them; elsewhere always.
 */
function invertedMayStand(v: VerbSite, ctx: SpeakerContext): boolean {
  return !ctx.lang.frames.invertsOnlyAfterReport || AFTER_REPORT.test(ctx.masked.slice(v.subjectFrom, v.verb.start));
}

/** The speaker after the verb ("said X"): a pronoun right after a quotation's verb, else any inverted subject. */
function subjectAfterVerb(v: VerbSite, ctx: SpeakerContext): Subject | undefined {
  if (!speakerMayFollow(v, ctx) || !invertedMayStand(v, ctx)) return undefined;
  const pronoun = afterQuotation(v.sentence.start, v.verb.start, ctx) || frontedOpening(v, ctx) ? pronounAfter(v.verb.end, v.sentence.end, ctx) : undefined;
  return pronoun ?? subjectAfter(toldPrepositionStart(v, ctx), v.sentence.end, ctx);
}

/**
 * Where the words after a verb start for its inverted subject: at a preposition of whom was told that the verb's own
 * form ends on ("ha detto a | Velmar Oggi Anna Neri"), so the inverted reading sees whom was told as such
 * (invertedBounds.ts) and never reads the outlet's name into the speaker's; else at the verb's end.
 */
function toldPrepositionStart(v: VerbSite, ctx: SpeakerContext): number {
  const last = /(?<=\s)\S+$/u.exec(v.matched);
  return last && ctx.lang.frames.toldPrepositions?.includes(last[0].toLowerCase()) ? v.verb.start + last.index : v.verb.end;
}

/** The speaker a verb carries in itself where no subject follows ("وأضاف أن «…»": "and he added that"). */
function subjectCarriedByVerb(v: VerbSite, ctx: SpeakerContext): Subject | undefined {
  return speakerMayFollow(v, ctx) ? subjectInVerb(v.verb.start, v.verb.end, v.sentence.end, ctx) : undefined;
}

/**
 * The readers of a verb's subject, tried in order; the first that finds one is the reading. A pronoun inside the verb
 * comes first; then the subject before the verb, which in most sentences decides, or the one opening the clause of an
 * earlier verb it is joined to by "and"; then the readings a language allows where nothing stands there (a separable
 * verb's inner subject, a verb-final sentence's opener, a subject left out, an agent particle); last the subject after the verb, which may be any capitalised words and so is read only where
 * nothing before the verb names who speaks.
 */
const VERB_SUBJECT_READERS: readonly VerbSubjectReader[] = [
  { read: pronounInVerb, inverted: false },
  { read: subjectBeforeVerb, inverted: false },
  { read: subjectOfFirstConjunct, inverted: false },
  { read: subjectBetweenVerbParts, inverted: true },
  { read: openerOfVerbFinal, inverted: false },
  { read: subjectLeftOut, inverted: false },
  { read: agentBeforeVerb, inverted: false },
  { read: subjectAfterVerb, inverted: true },
  // Read as inverted, as the reading after the verb it stands in for.
  { read: subjectCarriedByVerb, inverted: true },
];

/** Who a speech verb belongs to, by the first of the verb subject readers that finds one; undefined where none does. */
export function verbSubject(v: VerbSite, ctx: SpeakerContext): VerbSubject | undefined {
  // "« … », a-t-il dit à Karl Brenner": the pronoun in the verb is its subject; words after the verb are whom it was said
  // to, and a pronoun that stands for no source leaves the verb with none.
  if (v.pronounInside) return v.pronoun ? { subject: v.pronoun, inverted: false } : undefined;
  for (const reader of VERB_SUBJECT_READERS) {
    const subject = reader.read(v, ctx);
    // "… a fake news that the Council had announced …": the subject of a rumour's clause is what the rumour says.
    if (subject && !reader.inverted && insideRumour(ctx.masked.slice(v.sentence.start, subject.span.start), ctx.lang.frames)) return undefined;
    // "A fake statement from the Port Authority said …": the issuer named was impersonated and said nothing.
    if (subject && issuerOfForgedDocument(ctx.masked.slice(v.sentence.start, subject.span.start), ctx.lang.frames)) return undefined;
    if (subject) return { subject, inverted: reader.inverted };
  }
  return undefined;
}
