/** Speakers without a speech verb: a noun for someone's words after a quotation, its owner after a statement's noun, and a reaction before a colon. */
import type { Span } from "../../core/spans.ts";
import { allMatches, phraseAlternation } from "../../core/text.ts";
import { perLanguage } from "../frames/common.ts";
import type { LanguageFrames } from "../frames/types.ts";
import { OPINION_QUOTE_MARKS } from "../names.ts";
import { FULL_NAME, personSubject } from "./nameEntry.ts";
import { subjectAfter } from "./subjectAfter.ts";
import { subjectBefore } from "./subjectBefore.ts";
import type { SpeakerContext, SpeechRelation, Subject } from "./types.ts";

/** Per language: a noun for someone's words (`quotedWordsNouns`), and a name in the genitive and a quotation ending the text before it. */
const quotedWordsPatterns = perLanguage((frames) => {
  if (!frames.quotedWordsNouns?.length || !frames.genitiveEnding) return null;
  return {
    noun: new RegExp(`(?<![\\p{L}])(?:${phraseAlternation(frames.quotedWordsNouns)})(?![\\p{L}])`, "giu"),
    owner: new RegExp(`(?<![\\p{L}\\p{N}'’])(${frames.name})(?:${frames.genitiveEnding}),?\\s*["“”„«»‹›][^\\S\\n]*["“”„«»‹›]\\s*$`, "u"),
  };
});

/**
 * `Bakan Yılmaz'ın "…" sözleri tepki çekti`: a noun for someone's words right after a quotation, its owner named in
 * the genitive right before it (`quotedWordsNouns`, `genitiveEnding`). The owner speaks the quotation, as the subject of a
 * verb would; a role written onto the name ("Bakan", "Belediye Başkanı") is kept as the role.
 */
export function quotedWordsOwners(sentence: Span, text: string, ctx: SpeakerContext): SpeechRelation[] {
  const patterns = quotedWordsPatterns(ctx.lang.frames);
  if (!patterns) return [];
  const out: SpeechRelation[] = [];
  for (const m of allMatches(patterns.noun, text)) {
    const owner = patterns.owner.exec(text.slice(0, m.index ?? 0));
    const raw = owner?.[1];
    if (!owner || !raw) continue;
    const lower = raw.toLocaleLowerCase(ctx.lang.frames.language);
    const role = ctx.lang.frames.roleNouns.filter((r) => lower.startsWith(`${r} `)).sort((a, b) => b.length - a.length)[0];
    const name = role ? raw.slice(role.length + 1) : raw;
    const at = sentence.start + owner.index + (raw.length - name.length);
    const speaker = personSubject(name, at, ctx, role ? raw.slice(0, role.length) : undefined);
    if (!speaker) continue;
    ctx.book.rely(speaker.entry);
    const vs = sentence.start + (m.index ?? 0);
    out.push({ entry: speaker.entry, verb: { start: vs, end: vs + m[0].length }, who: speaker.span, inverted: false, verbText: m[0].toLowerCase() });
  }
  return out;
}

/**
 * Per language: a name in the genitive, its statement noun and "as follows" (`genitiveStatementLead`), a colon and a
 * quotation mark, or the colon ending the text (a lead-in whose quotation is the next paragraph); group 1 the name.
 */
const genitiveLeadPattern = perLanguage((frames) =>
  frames.genitiveStatementLead && frames.genitiveEnding
    ? new RegExp(`(?<![\\p{L}\\p{N}'’])(${frames.name})(?:${frames.genitiveEnding})\\s+(?:${frames.genitiveStatementLead})\\s*:\\s*(?:[${OPINION_QUOTE_MARKS}]|$)`, "gu")
    : null,
);

/**
 * True when a lead-in is a genitive statement lead ending in its colon ("Bakan Demir'in açıklaması şöyle:"), so the
 * quotation set apart in the next paragraph is the named owner's.
 */
export function genitiveStatementLeadIn(leadIn: string, frames: LanguageFrames): boolean {
  const pattern = genitiveLeadPattern(frames);
  return pattern !== null && [...leadIn.trimEnd().matchAll(pattern)].some((m) => (m.index ?? 0) + m[0].length === leadIn.trimEnd().length);
}

/**
 * `Bakan Demir'in açıklaması şöyle: "…"`: the owner of a statement named in the genitive before it, the lead ending in a
 * colon that opens the quotation (`genitiveStatementLead`). The owner speaks the quotation, as in quotedWordsOwners; a
 * role written onto the name is kept as the role.
 */
export function genitiveLeadOwners(sentence: Span, text: string, ctx: SpeakerContext): SpeechRelation[] {
  const pattern = genitiveLeadPattern(ctx.lang.frames);
  if (!pattern) return [];
  const out: SpeechRelation[] = [];
  for (const m of allMatches(pattern, text)) {
    const raw = m[1];
    if (!raw) continue;
    const lower = raw.toLocaleLowerCase(ctx.lang.frames.language);
    const role = ctx.lang.frames.roleNouns.filter((r) => lower.startsWith(`${r} `)).sort((a, b) => b.length - a.length)[0];
    const name = role ? raw.slice(role.length + 1) : raw;
    const at = sentence.start + (m.index ?? 0) + (raw.length - name.length);
    const speaker = personSubject(name, at, ctx, role ? raw.slice(0, role.length) : undefined);
    if (!speaker) continue;
    ctx.book.rely(speaker.entry);
    const vs = sentence.start + (m.index ?? 0) + raw.length;
    const ve = sentence.start + (m.index ?? 0) + m[0].length - 1;
    out.push({ entry: speaker.entry, verb: { start: vs, end: ve }, who: speaker.span, inverted: false, verbText: text.slice(vs - sentence.start, ve - sentence.start).trim().toLowerCase() });
  }
  return out;
}

/**
 * "Pour Jean Morel, « … »": an opinion lead (names.ts `opinionLead`) stands for the verb, the person named in it for its
 * subject; an outlet there is a citation, which the frames read. The caller scans only a sentence holding a quotation
 * mark, as the lead's expression ends on one.
 */
export function opinionLeadSpeakers(sentence: Span, text: string, ctx: SpeakerContext): SpeechRelation[] {
  const out: SpeechRelation[] = [];
  for (const m of allMatches(ctx.lang.opinionLead, text)) {
    const name = m[1] ?? "";
    const ns = sentence.start + (m.index ?? 0) + m[0].indexOf(name);
    const person = personSubject(name, ns, ctx);
    if (!person) continue;
    ctx.book.rely(person.entry);
    const vs = sentence.start + (m.index ?? 0);
    out.push({ entry: person.entry, verb: { start: vs, end: ns }, who: person.span, inverted: false, verbText: m[0].slice(0, ns - vs).trim().toLowerCase() });
  }
  return out;
}

/** A named person, a few words in small letters and a colon before a quotation mark: "Jana Weller reagierte empört: „…“". */
const REACTION_LEAD = new RegExp(`^(?<lead>[^:]{2,160}?)(?<words>(?:\\s+\\p{Ll}[\\p{L}'’-]*){1,4})\\s*:\\s*[${OPINION_QUOTE_MARKS}]`, "u");

/**
 * "Jana Weller (Grüne) reagierte empört: „…“", "Tom Reeve reacted angrily: "…"": any verb before a colon that opens a
 * quotation introduces the person named before it, where no speech verb does. Only a named person: "The report
 * concluded: "…"" names no speaker here.
 */
export function reactionBeforeQuote(sentence: Span, text: string, ctx: SpeakerContext): SpeechRelation | undefined {
  // The pattern needs a colon; without one its lazy lead was tried at every length up to 160 for nothing.
  const m = text.includes(":") ? REACTION_LEAD.exec(text) : null;
  const lead = m?.groups?.lead;
  const words = m?.groups?.words;
  if (!m || lead === undefined || words === undefined) return undefined;
  const vs = sentence.start + lead.length;
  const found = subjectBefore(sentence.start, vs, ctx);
  // A full name, two capitalised words at least: where any verb may introduce, a German noun ("die Autoren zeigen:")
  // or a surname alone is too little to make someone speak.
  if (found?.entry.type !== "named" || !/\p{Lu}[^\s]*\s+\p{Lu}/u.test(ctx.body.slice(found.span.start, found.span.end))) return undefined;
  ctx.book.rely(found.entry);
  const ve = vs + words.length;
  return { entry: found.entry, verb: { start: vs, end: ve }, who: found.span, inverted: false, verbText: words.trim().toLowerCase() };
}

/** A capitalised name of one to five words opening a text (a title written onto it, "Pope Leon", nameEntry reads as the role). */
const OWNER_NAME = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})(?![\p{L}])/u;

/**
 * The owner named after a statement's noun in `masked[from, to)` ("The complete statement by | Senator Ana Ruiz can be
 * read here."), read as a speaker after its verb is; where that reading takes a name followed by a verb of its own for a
 * clause's subject ("… by Pope Leon can be read here"), the capitalised name is still the owner, a person only.
 */
export function statementOwnerAfter(from: number, to: number, ctx: SpeakerContext): Subject | undefined {
  const found = subjectAfter(from, to, ctx);
  if (found) return found;
  // Two capitalised words at least: one alone after "from" is as often a place ("The letter from Tessby").
  const name = OWNER_NAME.exec(ctx.masked.slice(from, to))?.[1];
  return name && FULL_NAME.test(name) ? personSubject(name, from, ctx) : undefined;
}
