/** Told-X: whom a speaker told ("told Reuters", "a déclaré à l'AFP"), which is never the speaker, and a verb of telling whose subject was told. */
import { isKnownGivenName } from "../../core/nlp.ts";
import { escapeRegExp } from "../../core/text.ts";
import { perLanguage } from "../frames/common.ts";
import { declinesByEnding, uninflected } from "../cited.ts";
import { leadingRole } from "./lexicon.ts";
import { interviewerNouns, isOutletName, isOutletNoun } from "./outletNames.ts";
import type { SpeakerContext } from "./types.ts";

export const INTERVIEW_VERBS = new Set(["told", "tells"]);

/**
 * After a verb of telling, "to" and a verb ("Residents told to stay indoors", a headline's passive): its subject is who
 * was told. "told to the court" (an article or a pronoun after "to") is still the subject's telling.
 */
export const TOLD_TO = /^\s+to\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|me|him|us|them)(?![\p{L}]))\p{Ll}/u;

/**
 * Words as one alternation for a pattern, longest first, each followed by its spaces; a word ending on an elided
 * article's apostrophe ("à l'", "all'") runs into the next word.
 */
function wordAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/\s+/g, "\\s+") + (/['’]$/u.test(w) ? "" : "\\s+")).join("|");
}

/** Per language: whom the speaker told before an inverted subject (`toldPrepositions`: "à l'AFP ", "au journal "). */
export const interviewerIn = perLanguage((frames) => {
  const prepositions = frames.toldPrepositions ?? [];
  // "ha confirmado a este diario una fuente": the article's own paper (`articleSelf` before an outlet noun) was told too.
  const self = (frames.articleSelf ?? []).filter((w) => !/\s/u.test(w)).map(escapeRegExp);
  const selfBefore = self.length ? `(?:(?:${self.join("|")})\\s+)?` : "";
  return prepositions.length ? new RegExp(`^(?:${wordAlternation(prepositions)})(?:\\p{Lu}[\\p{L}.-]*|${selfBefore}(?:${interviewerNouns(frames)}))\\s+`, "u") : /(?!)/u;
});


/**
 * Per language: whom the speaker told in a case of its own before an inverted subject (`toldCaseEndings`, the Finnish
 * allative: "vahvistaa Korvan Uutisille syyttäjä …", "vahvistaa STT:lle …"): capitalised words, the last bearing the
 * ending, maybe after a colon, then the spaces.
 */
const toldCasePhrase = perLanguage((frames) => {
  const endings = (frames.toldCaseEndings ?? []).map(escapeRegExp).join("|");
  return endings ? new RegExp(`^(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*?:?(?:${endings})\\s+`, "u") : undefined;
});

/** How much of an inverted subject's text whom the speaker told takes when it is written in its own case (toldCasePhrase), or 0. */
export function toldCaseLength(text: string, ctx: SpeakerContext): number {
  const m = toldCasePhrase(ctx.lang.frames)?.exec(text);
  // A given name that ends so ("vahvisti Michelle Obama") is the speaker's, not whom was told.
  return m && !isKnownGivenName(m[0].trim().split(/\s+/u).pop() ?? "") ? m[0].length : 0;
}

/**
 * Per language: whom the speaker told in a case of its own right before the verb, after the subject ("Kovács Péter | a
 * Déli Hírlapnak | elmondta", K. P. told the Déli Hírlap): an article, capitalised words, the last bearing one of
 * `toldCaseEndings` (after a hyphen for an abbreviation, "MTI-nek"), then at most one word in small letters ("azt", it;
 * "is", also) before the verb. Group `told`: the phrase, from its article. The article is needed: without it the told
 * name's first words could be the subject's last ones ("Kovács Anna Tóth Péternek mondta").
 */
const toldCaseBeforeVerb = perLanguage((frames) => {
  const endings = (frames.toldCaseEndings ?? []).map(escapeRegExp).join("|");
  const articles = frames.determiners.map(escapeRegExp).join("|");
  if (!endings || !articles) return undefined;
  return new RegExp(`\\s(?<told>(?:${articles})\\s+(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*?(?:${endings}))(?:\\s+\\p{Ll}+)?\\s*$`, "u");
});

/**
 * Where whom the speaker told, in its own case, starts in `text` (the words between a subject's start and its verb),
 * or undefined where no such phrase ends it (toldCaseBeforeVerb). A given name that ends so ("Kalle") is a speaker's.
 */
export function toldCaseBeforeVerbAt(text: string, ctx: SpeakerContext): number | undefined {
  const m = toldCaseBeforeVerb(ctx.lang.frames)?.exec(text);
  const told = m?.groups?.told;
  if (!m || !told || m.index === 0 || isKnownGivenName(told.split(/\s+/u).pop() ?? "")) return undefined;
  return m.index + 1;
}

/**
 * Per language: whom the speaker told, written as a common noun after an inverted verb ("disse aos moradores do bairro",
 * "ha detto ai residenti", "dijo a los vecinos un portavoz"): a preposition of telling (`toldPrepositions`, leaving out any
 * that is also an article, as Portuguese "a" is), maybe an article, then words in small letters up to an article that
 * opens the speaker's own phrase or the end. Group `told`: the phrase and the spaces after it.
 */
const toldCommonNoun = perLanguage((frames) => {
  const articles = new Set(frames.determiners.map((d) => d.toLowerCase()));
  const prepositions = (frames.toldPrepositions ?? []).filter((p) => !articles.has(p.toLowerCase()));
  if (prepositions.length === 0) return /(?!)/u;
  const article = `(?:${wordAlternation(frames.determiners)})`;
  const word = `\\p{Ll}[\\p{L}-]*`;
  return new RegExp(`^(?<told>(?:${wordAlternation(prepositions)})${article}?(?!${article})${word}(?:\\s+(?!${article})${word}){0,3})(?:[\\s.,;:!?]*$|\\s+(?=${article}))`, "u");
});

/** How much of an inverted subject's text whom the speaker told takes when it is a common noun (toldCommonNoun), or 0. */
export function toldCommonNounLength(text: string, ctx: SpeakerContext): number {
  const m = toldCommonNoun(ctx.lang.frames).exec(text);
  return m ? m[0].length : 0;
}

/** A capitalised word and up to three words after it, in either case: the longest an outlet's name told to may run on in small letters. */
const OUTLET_WORDS = /^\p{Lu}[\p{L}.-]*(?:\s+[\p{L}.-]+){0,3}/u;

/** A run of capitalised words, with short joining words in small letters between them ("La Gaceta del Sur", "El Observador Económico Marta Ibáñez"). */
const CAPITALISED_RUN = /^\p{Lu}[\p{L}.-]*(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}.-]*)*/u;

/**
 * How much of `text` whom the speaker told takes, given the `matched` length the interviewer pattern read (the preposition
 * and one capitalised word): an outlet's name often runs over several words ("dijo a La Gaceta del Sur una fuente", "dijo a
 * El Observador Económico Marta Ibáñez"), which one word would leave glued to the speaker's. The name runs to the longest
 * start of the capitalised run that is an outlet the registry or the case knows; else, where small letters follow the run
 * (the speaker's article), to the run's end; else the one word.
 */
export function toldNameLength(text: string, matched: number, ctx: SpeakerContext): number {
  const object = text.slice(0, matched).trimEnd();
  const word = /\p{Lu}[\p{L}.-]*$/u.exec(object);
  if (!word) return matched;
  const at = word.index;
  // A name the registry or the case knows may go on in small letters ("pro Vědecký svět", "dla Gazety wrocławskiej",
  // "al Corriere della Sera Marco Bellini"), and the speaker's words after it open on any letter.
  const written = OUTLET_WORDS.exec(text.slice(at))?.[0] ?? "";
  const writtenEnds = [...written.matchAll(/[\p{L}.-]+/gu)].map((m) => (m.index ?? 0) + m[0].length).reverse();
  for (const end of writtenEnds) if (end > word[0].length && /^\s+\p{L}/u.test(text.slice(at + end)) && isOutletName(written.slice(0, end), ctx)) return at + end + (/^\s*/u.exec(text.slice(at + end))?.[0].length ?? 0);
  const run = CAPITALISED_RUN.exec(text.slice(at))?.[0] ?? "";
  if (run.length <= word[0].length) return matched;
  const ends = [...run.matchAll(/\p{Lu}[\p{L}.-]*/gu)].map((m) => (m.index ?? 0) + m[0].length).reverse();
  for (const end of ends) if (end > word[0].length && isOutletName(run.slice(0, end), ctx)) return at + end + (/^\s*/u.exec(text.slice(at + end))?.[0].length ?? 0);
  const after = /^\s+(?=\p{Ll})/u.exec(text.slice(at + run.length));
  return after ? at + run.length + after[0].length : matched;
}

/**
 * How much of an inverted subject's text a registered outlet's name takes right after the verb in a language that
 * declines names by their ending (`declinesByEnding`): written in a case other than the nominative ("řekl Právu starosta …", told Právo the
 * mayor …) it is whom the speaker told, as the subject stands in the nominative; written as registered, only where the
 * speaker's words in small letters follow it. Never the speaker's words; 0 where the words open on no such name.
 */
export function declinedOutletLength(text: string, ctx: SpeakerContext): number {
  const language = ctx.lang.frames.language;
  if (!declinesByEnding(language)) return 0;
  const written = OUTLET_WORDS.exec(text)?.[0] ?? "";
  const ends = [...written.matchAll(/[\p{L}.-]+/gu)].map((m) => (m.index ?? 0) + m[0].length).reverse();
  const registered = (name: string) => ctx.registry.byName(name) ?? ctx.registry.byMasthead(name);
  for (const end of ends) {
    const name = written.slice(0, end);
    const spaces = /^\s*/u.exec(text.slice(end))?.[0].length ?? 0;
    // Registered as written, the name may be the subject ("uvedla ČTK."), and is whom was told only before more words in
    // small letters, the speaker's ("řekl ČTK mluvčí policie").
    if (registered(name)) return /^\s+\p{Ll}/u.test(text.slice(end)) ? end + spaces : 0;
    if (/^\s+\p{L}/u.test(text.slice(end)) && uninflected(name, language).some((n) => registered(n))) return end + spaces;
  }
  return 0;
}

/**
 * How much of an inverted subject's text whom the speaker told takes when an article of whom was told (`toldArticles`)
 * and a registered outlet's name open it ("sagte dem Spiegel Anna Berg", "sagte der Lindauer Rundschau Anna Berg"): the
 * outlet is never the speaker's role nor part of the speaker's name. 0 where no such article and name open the text.
 */
export function toldArticleOutletLength(text: string, ctx: SpeakerContext): number {
  const articles = ctx.lang.frames.toldArticles ?? [];
  const article = articles.length ? new RegExp(`^(?:${wordAlternation(articles)})(?=\\p{Lu})`, "u").exec(text)?.[0] : undefined;
  if (!article) return 0;
  const rest = text.slice(article.length);
  const written = OUTLET_WORDS.exec(rest)?.[0] ?? "";
  const ends = [...written.matchAll(/[\p{L}.-]+/gu)].map((m) => (m.index ?? 0) + m[0].length).reverse();
  for (const end of ends) if (/^\s+\p{L}/u.test(rest.slice(end)) && isOutletName(written.slice(0, end), ctx)) return article.length + end + (/^\s*/u.exec(rest.slice(end))?.[0].length ?? 0);
  return 0;
}

/** An acronym: how agencies are written ("AFP", "EFE", "ANSA"). */
const ACRONYM = /^\p{Lu}{2,6}(?![\p{L}])/u;

/** A run of capitalised words ("Radio Velmar", "Deutschen Presse-Agentur"). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*/u;

/** Per language: a preposition of telling (`toldPrepositions`) or an article of whom was told (`toldArticles`, group `article`) after a word, then what follows it. */
const toldAfterWord = perLanguage((frames) => {
  const prepositions = frames.toldPrepositions?.length ? `(?<preposition>${wordAlternation(frames.toldPrepositions)})` : "";
  const articles = frames.toldArticles?.length ? `(?<article>${wordAlternation(frames.toldArticles)})` : "";
  const either = [prepositions, articles].filter(Boolean).join("|");
  return either ? new RegExp(`(?<=(?<before>[\\p{L}\\p{N}’'-]+))\\s+(?:${either})(?=\\S)`, "gu") : undefined;
});

/**
 * Where whom a speaker told starts after the speaker, in the text of an inverted subject ("a déclaré un porte-parole du
 * ministère à l'AFP", "dijo un portavoz del ministerio a Radio Velmar", "sagte ein Sprecher des Ministeriums der Zeitung
 * X"), or undefined: whom was told is never part of the speaker's phrase nor, read as a name after a role, a person.
 * Only on evidence that whom follows: an outlet noun (after an article, maybe), a name the registry or the case knows,
 * or, after a preposition, an acronym or a capitalised name that ends the words. Right after a role or source noun a case article is that noun's genitive.
 */
export function toldAfterSpeaker(text: string, ctx: SpeakerContext): number | undefined {
  const re = toldAfterWord(ctx.lang.frames);
  if (!re) return undefined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const groups = m.groups ?? {};
    const before = groups.before ?? "";
    if (groups.article !== undefined && (leadingRole(before, ctx) || ctx.lang.frames.anonymousHeads.includes(before.toLowerCase()))) continue;
    const rest = text.slice(m.index + m[0].length);
    const article = new RegExp(`^(?:${ctx.lang.frames.determiners.map(escapeRegExp).join("|") || "(?!)"})\\s+`, "iu").exec(rest)?.[0] ?? "";
    const object = rest.slice(article.length);
    const firstWord = /^[\p{L}-]+/u.exec(object)?.[0] ?? "";
    const run = CAPITALISED_WORDS.exec(object)?.[0] ?? "";
    // After a preposition, a capitalised name that ends the speaker's words is whom was told, whatever it names ("a
    // Radio Velmar."); one the words go on after may be a body's ("de Ayuda a Refugiados, Ana Ruiz").
    // A noun in small letters may describe it ("tegen de krant Velmar Dagblad").
    const described = /^\p{Ll}[\p{L}-]*\s+(?=\p{Lu})/u.exec(object)?.[0] ?? "";
    const namedRun = CAPITALISED_WORDS.exec(object.slice(described.length))?.[0] ?? "";
    const endsWords = namedRun !== "" && /^[\s,.;:!?]*$/u.test(object.slice(described.length + namedRun.length));
    const named = groups.preposition !== undefined && ((article === "" && ACRONYM.test(object)) || endsWords);
    const outlet = (firstWord !== "" && isOutletNoun(firstWord, ctx)) || (run !== "" && isOutletName(run, ctx)) || named;
    if (outlet) return m.index;
  }
  return undefined;
}
