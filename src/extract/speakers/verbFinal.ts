/** Verb-final languages' speakers: the name or description opening the sentence, a title before a name, an agent particle. */
import { textSpan } from "../../core/spans.ts";
import { escapeRegExp } from "../../core/text.ts";
import { perLanguage } from "../frames/common.ts";
import { datelineLength } from "../dateline.ts";
import { anonymousAtEnd } from "../sources.ts";
import { isRoleNoun, titleWord } from "./lexicon.ts";
import { FULL_NAME, personSubject } from "./nameEntry.ts";
import { personNamedBefore } from "./backReference.ts";
import type { SpeakerContext, Subject } from "./types.ts";

/**
 * A verb-final language's speaker: the name that opens the sentence and is set off by a comma ("Bakan Ayşe Demir, \"…\"
 * dedi."), or followed only by where and how the words were given before the quotation (`subjectAdverbial`: "Bakan Ayşe
 * Demir yaptığı açıklamada \"…\" dedi."), a person only (a role written onto the name is kept as the role).
 */
export function sentenceOpener(sentenceStart: number, verbAt: number, ctx: SpeakerContext): Subject | undefined {
  const from = quotationOpening(sentenceStart, verbAt, ctx.masked);
  const text = ctx.masked.slice(from, verbAt);
  const lead = datelineLength(text);
  const clause = /^([^,"“”«»]{1,160}),/u.exec(text.slice(lead))?.[1] ?? subjectBeforeQuotation(text.slice(lead), ctx);
  if (clause) {
    const titled = titleBeforeName(clause, from + lead, ctx);
    if (titled) return titled;
    // An unnamed official opening the sentence ("Bakanlıktan ismini vermek istemeyen üst düzey bir yetkili, "…" dedi").
    const p = anonymousAtEnd(ctx.body, from + lead, from + lead + clause.trimEnd().length, ctx.lang.frames);
    if (p) return { entry: ctx.book.anonymous(p), span: { start: p.start, end: p.end } };
    const described = describedThenName(clause, from + lead, ctx);
    if (described) return described;
  }
  const opener = ctx.lang.nameAtStart.exec(text.slice(lead))?.[1];
  if (!opener) return undefined;
  const rest = text.slice(lead + opener.length);
  if (!rest.startsWith(",") && !adverbialsBeforeQuotation(ctx.lang.frames)?.test(rest)) return undefined;
  // A role of two words ("Belediye Başkanı Selin Aksoy") is not part of the name; one of one word nameEntry reads itself.
  const role = ctx.lang.frames.roleNouns.find((r) => r.includes(" ") && opener.toLocaleLowerCase(ctx.lang.frames.language).startsWith(`${r} `));
  const name = role ? opener.slice(role.length + 1) : opener;
  const start = from + lead + (opener.length - name.length);
  return personSubject(name, start, ctx);
}

/** Most words of where and how the words were given between a verb-final sentence's subject and its quotation. */
const ADVERBIAL_WORDS = 4;

/**
 * Per language: up to four words of `subjectAdverbial` ("yaptığı açıklamada", "buna", "ise"), maybe a comma, then a
 * quotation's opening mark, opening a text: what stands between a subject written without its comma and the quotation
 * it says. None may stand there: the subject runs straight into its quotation ('Ayla Demir "…" dedi').
 */
const adverbialsBeforeQuotation = perLanguage((frames) =>
  frames.subjectAdverbial ? new RegExp(`^(?:\\s+(?:${frames.subjectAdverbial})(?![\\p{L}\\p{N}])){0,${ADVERBIAL_WORDS}},?\\s*["“«„]`, "u") : undefined,
);

/**
 * The subject of a verb-final sentence written without its comma ("Tarihçi Ayla Demir ise \"…\" dedi"): the words before
 * the first of the language's adverbials that run on to the quotation (adverbialsBeforeQuotation), where they hold no
 * punctuation. Undefined where the quotation follows no such words.
 */
function subjectBeforeQuotation(text: string, ctx: SpeakerContext): string | undefined {
  const pattern = adverbialsBeforeQuotation(ctx.lang.frames);
  if (!pattern) return undefined;
  const words = /^[^,.;:!?"“”«»„]{1,160}/u.exec(text)?.[0] ?? "";
  for (const m of words.matchAll(/\s+/gu)) {
    if (m.index > 0 && pattern.test(text.slice(m.index))) return text.slice(0, m.index);
  }
  return undefined;
}

/** Most characters of a quotation (blanked in the masked body) whose end marks may have cut its sentence. */
const QUOTATION_REACH = 1500;

/**
 * Where the verb's sentence opens when end marks inside a quotation cut it ('Vali Ayla Demir, "Liman kapandı. Gemi
 * yok." dedi.' is read as three sentences, the last only "dedi."): where nothing but the quotation's blanked words
 * stands before the verb, the start of the clause before the quotation's opening mark, after the last end mark or line
 * break before it; else `from`.
 */
function quotationOpening(from: number, verbAt: number, masked: string): number {
  if (/\p{L}/u.test(masked.slice(from, verbAt))) return from;
  const reach = Math.max(0, from - QUOTATION_REACH);
  const m = /(?:^|\n|[.!?]\s+)([^\n.!?"“”«»]{1,160},\s*["“«][^\S\n]*["”»]\s*)$/u.exec(masked.slice(reach, verbAt));
  return m?.[1] ? verbAt - m[1].length : from;
}

/** Most words of a description in small letters before the name that opens a verb-final sentence. */
const DESCRIPTION_WORDS = 5;

/**
 * A description holding a role noun, then a full name, ending the clause before the comma ("Teknenin kaptanı Mehmet
 * Yıldırım", "AA muhabirine konuşan balıkçı teknesinin kaptanı Mehmet Yıldırım"): the person, with the description as
 * the role. Undefined where no role noun is in the words right before the name.
 */
function describedThenName(clause: string, start: number, ctx: SpeakerContext): Subject | undefined {
  const text = clause.trimEnd();
  const nm = ctx.lang.nameAtEnd.exec(text);
  const name = nm?.[1];
  if (!name || !FULL_NAME.test(name)) return undefined;
  const before = text.slice(0, text.length - name.length).trimEnd().split(/\s+/u).filter(Boolean).slice(-DESCRIPTION_WORDS);
  const roleAt = before.findIndex((w) => /^\p{Ll}/u.test(w) && isRoleNoun(w, ctx));
  if (roleAt < 0 || before.slice(roleAt).some((w) => /[,"“”«»]/u.test(w))) return undefined;
  const at = start + text.length - name.length;
  return personSubject(name, at, ctx, before.slice(Math.max(0, roleAt - 1)).join(" "));
}

/** Most words of a person's name after a title that opens a sentence. */
const NAME_AFTER_TITLE_WORDS = 3;

/**
 * A title with the body it heads before a name, all capitalised and longer than a name's run ("Esnaf Birlikleri
 * Konfederasyonu Başkanı Meral Oğuzhan", "Liman İşletmeleri Genel Müdürü Kemal Duru"): the last role word ends the role,
 * and the two or three words after it are the person. Undefined where no role word leaves such a name.
 */
function titleBeforeName(clause: string, start: number, ctx: SpeakerContext): Subject | undefined {
  const words = clause.trim().split(/\s+/u);
  if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  const lower = words.map((w) => w.toLocaleLowerCase(ctx.lang.frames.language));
  // The last role word that leaves two words of name after it ends the role.
  const at = lower.slice(0, -2).findLastIndex((w) => ctx.lang.frames.roleNouns.includes(w));
  const person = words.slice(at + 1);
  if (at < 0 || person.length > NAME_AFTER_TITLE_WORDS) return undefined;
  const name = person.join(" ");
  const offset = start + clause.lastIndexOf(name);
  return personSubject(name, offset, ctx, words.slice(0, at + 1).join(" "));
}

/** Most words of a name between a role noun and the agent particle ("मंत्री राजेश कुमार वर्मा ने"). */
const AGENT_NAME_WORDS = 3;

/**
 * Most words between the agent particle and its speech verb: when and about what the speaker spoke ("मंत्री राजेश वर्मा
 * ने बुधवार को पुल की मरम्मत पर कहा"), about as far as the language's citation frames reach before their verbs.
 */
const AGENT_GAP_WORDS = 14;

/** Per language: the agent particle as a word, then the words after it up to the end of a text (the gap before the verb). */
const agentParticleWord = perLanguage((frames) => new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(frames.agentParticle ?? "")}(?![\\p{L}\\p{M}])`, "gu"));

/**
 * Whether the words between an agent particle and a speech verb may all be the verb's own clause: none holds punctuation,
 * a pronoun the particle is written onto ("उन्होंने"), a complementiser or another speech verb, each of which opens or
 * closes a clause with a subject of its own (a second particle as a word is the last one, which is read).
 */
function agentGapHolds(gap: string, ctx: SpeakerContext): boolean {
  const { complementisers = [], speechVerbs, pronouns } = ctx.lang.frames;
  const words = gap.trim().split(/\s+/u).filter(Boolean);
  if (words.length > AGENT_GAP_WORDS || /[^\p{L}\p{M}\p{N}\s\u200d]/u.test(gap)) return false;
  const subjects = [...pronouns.singular, ...pronouns.plural];
  return !words.some((w) => subjects.includes(w) || complementisers.includes(w) || speechVerbs.includes(w));
}

/**
 * The words before the agent particle that governs the speech verb ending `text`: the last particle whose gap to the
 * verb holds (agentGapHolds), or undefined.
 */
function wordsBeforeAgent(text: string, ctx: SpeakerContext): { words: string; end: number } | undefined {
  const last = [...text.matchAll(agentParticleWord(ctx.lang.frames))].pop();
  if (last?.index === undefined || !agentGapHolds(text.slice(last.index + last[0].length), ctx)) return undefined;
  const before = text.slice(0, last.index);
  const m = new RegExp(`(?:^|\\s)((?:\\S+\\s+){0,${AGENT_NAME_WORDS + 1}}\\S+)\\s+$`, "u").exec(before);
  return m?.[1] ? { words: m[1], end: before.trimEnd().length } : undefined;
}

/**
 * A named speaker marked by the language's agent particle before the verb, maybe with when and what about between them
 * ("मंत्री राजेश वर्मा ने कहा", "मंत्री राजेश वर्मा ने बुधवार को पुल पर कहा है कि"): the name after a role noun or a
 * title (`abbreviatedTitles`: "श्री"), which is no part of it; else a part of a name the article gave in full before ("वर्मा ने
 * कहा" after "राजेश वर्मा"), the person so named. Nothing else: no letter tells a name from a body's noun there.
 */
export function markedAgent(from: number, verbAt: number, ctx: SpeakerContext): Subject | undefined {
  const text = ctx.masked.slice(from, verbAt);
  const found = wordsBeforeAgent(text, ctx);
  if (!found) return undefined;
  const words = found.words.split(/\s+/u);
  // The last role noun or title before the particle; the words after it are the name.
  const at = words.slice(0, -1).findLastIndex((w) => isRoleNoun(w, ctx) || titleWord(ctx.lang.frames).test(w));
  const name = words.slice(at + 1);
  if (name.length === 0 || name.length > AGENT_NAME_WORDS || name.some((w) => /[,،;:।"“”]/u.test(w))) return undefined;
  const nameText = name.join(" ");
  const start = from + found.end - nameText.length;
  const span = textSpan(ctx.body, start, start + nameText.length);
  if (at >= 0) {
    // The role is the last role noun before any titles ("मुख्यमंत्री श्री …"); a title alone is none.
    const role = words.slice(0, at + 1).findLast((w) => isRoleNoun(w, ctx));
    return { entry: ctx.book.named(nameText, span, role), span: { start, end: span.end } };
  }
  // No role or title: only the last word or two, as a part of a person the article named in full before.
  for (const k of [2, 1]) {
    if (name.length < k) continue;
    const part = name.slice(-k).join(" ");
    const partStart = from + found.end - part.length;
    const known = personNamedBefore(part, textSpan(ctx.body, partStart, partStart + part.length), ctx);
    if (known) return known;
  }
  return undefined;
}
