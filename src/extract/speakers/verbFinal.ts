/** Verb-final languages' speakers: the name or description opening the sentence, a title before a name, an agent particle. */
import { textSpan } from "../../core/spans.ts";
import { escapeRegExp } from "../../core/text.ts";
import { perLanguage } from "../frames/common.ts";
import { datelineLength } from "../dateline.ts";
import { anonymousAtEnd } from "../sources.ts";
import { isRoleNoun } from "./lexicon.ts";
import { FULL_NAME, personSubject } from "./nameEntry.ts";
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
  const clause = /^([^,"“”«»]{1,160}),/u.exec(text.slice(lead))?.[1];
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
 * Per language: up to four words of `subjectAdverbial` ("yaptığı açıklamada", "buna"), maybe a comma, then a quotation's
 * opening mark, opening a text: what stands between a subject written without its comma and the quotation it says.
 */
const adverbialsBeforeQuotation = perLanguage((frames) =>
  frames.subjectAdverbial ? new RegExp(`^(?:\\s+(?:${frames.subjectAdverbial})(?![\\p{L}\\p{N}])){1,${ADVERBIAL_WORDS}},?\\s*["“«„]`, "u") : undefined,
);

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

/** Per language, the words before its agent particle and the particle, at the end of a text. */
const agentPattern = perLanguage((frames) => new RegExp(`(?:^|\\s)((?:\\S+\\s+){1,${AGENT_NAME_WORDS + 2}})${escapeRegExp(frames.agentParticle ?? "")}\\s*$`, "u"));

/** A named speaker marked by the language's agent particle before the verb, after a role noun ("मंत्री राजेश वर्मा ने कहा"). */
export function markedAgent(from: number, verbAt: number, ctx: SpeakerContext): Subject | undefined {
  const { agentParticle, roleNouns } = ctx.lang.frames;
  const text = ctx.masked.slice(from, verbAt);
  const m = agentPattern(ctx.lang.frames).exec(text);
  if (!m?.[1]) return undefined;
  const words = m[1].trim().split(/\s+/);
  // The last role noun before the particle; the words after it are the name.
  const at = words.slice(0, -1).findLastIndex((w) => roleNouns.includes(w));
  const name = words.slice(at + 1);
  if (at < 0 || name.length === 0 || name.length > AGENT_NAME_WORDS || name.some((w) => /[,،;:।"“”]/u.test(w))) return undefined;
  const nameText = name.join(" ");
  const start = from + text.lastIndexOf(nameText, text.length - (agentParticle ?? "").length);
  const entry = ctx.book.named(nameText, textSpan(ctx.body, start, start + nameText.length), words[at]);
  return { entry, span: { start, end: start + nameText.length } };
}
