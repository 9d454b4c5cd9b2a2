/** Outlets among speakers: a name, or the noun before it, that makes the words a publication and never a person. */
import { escapeRegExp } from "../../core/text.ts";
import { termTags } from "../../core/nlp.ts";
import { perLanguage } from "../frames/common.ts";
import type { LanguageFrames } from "../frames/types.ts";
import { namesAnOutletByItsWords, uninflected } from "../cited.ts";
import { definiteWords } from "../sources.ts";
import { bareOutletNounSource, outletNounsFor, outletNounWord } from "../outletNouns.ts";
import type { SpeakerContext } from "./types.ts";

export function isOutletName(name: string, ctx: SpeakerContext): boolean {
  if (ctx.lang.descriptorFull.test(name) || namesAnOutletByItsWords(name, ctx.lang.frames)) return true;
  const words = name.split(/\s+/);
  // "Dawn said …": one word a registered outlet writes as its masthead ("Dawn", "Reforma") is no person's name alone,
  // though the frames cite it only inside a citation's words; a person the article named so stays that person.
  if (words.length === 1 && ctx.registry.byMasthead(name) && ctx.book.findNamed(name)?.type !== "named") return true;
  for (let i = 0; i < words.length; i++) if (ctx.registry.byName(words.slice(i).join(" ")) && !(i > 0 && i === words.length - 1 && givenNameAt(words, i - 1, ctx))) return true;
  // "Repubblica ha pubblicato …": a registry name that opens on the language's article ("la Repubblica", "El País"),
  // written without it, is that outlet as the citations read it, never a person so called.
  if (words.length === 1 && definiteWords(ctx.lang.frames.language).some((a) => ctx.registry.byName(`${a} ${name}`))) return true;
  // A declined form of a registry name ("Gegenüber der Deutschen Presse-Agentur sagte …").
  return uninflected(name, ctx.lang.frames.language).some((n) => ctx.registry.byName(n) !== undefined);
}

/**
 * True when the name, with the number written right after it, is an outlet's ("France" before " 24", "Channel" before
 * " 4"): a speaker's words stop before a figure, and the word alone would name a country or nobody.
 */
export function endsBeforeOutletNumber(name: string, end: number, ctx: SpeakerContext): boolean {
  const figure = /^\s(\p{Nd}{1,3})(?![\p{L}\p{N}]|[.,]\p{Nd})/u.exec(ctx.masked.slice(end, end + 6));
  return figure !== null && isOutletName(`${name} ${figure[1]}`, ctx);
}

/**
 * True when words[at] is a given name right before a surname that is also an outlet's short name ("Ada Guardian",
 * "Gloria Sun"): a person, as "Tom Mirror" is; "Manchester Guardian" or "Toronto Sun" open on a place, never a given name.
 * English only: compromise's lexicon of given names is what knows one.
 */
function givenNameAt(words: readonly string[], at: number, ctx: SpeakerContext): boolean {
  if (ctx.lang.frames.language !== "en" || !/^\p{Lu}\p{Ll}+$/u.test(words[at] ?? "")) return false;
  const terms = termTags(words.join(" "));
  return terms.length === words.length && (terms[at] ?? []).includes("FirstName");
}

/** Per language: the outlet nouns without their article (outletNouns.ts `bareOutletNounSource`). */
const bareOutletNouns = perLanguage((frames) => bareOutletNounSource(frames.language, frames.determiners, frames.compoundNouns === true));

/** Per language: an outlet noun, with at most one adjective after it, right before a name ("le quotidien régional ", "au journal "). */
const outletNounBefore = perLanguage((frames) => new RegExp(`(?:^|[^\\p{L}])(?:${bareOutletNouns(frames)})(?:\\s+\\p{Ll}[\\p{L}-]*)?\\s+$`, "iu"));

/**
 * True when a publication noun stands right before the name, whatever article or contracted preposition is before it
 * ("Le quotidien régional La Voix du Nord affirme", "a déclaré au journal X", "the newspaper Quillon Ledger said"): a
 * publication, never a person, whatever the name looks like.
 */
export function afterOutletNoun(start: number, ctx: SpeakerContext): boolean {
  return outletNounBefore(ctx.lang.frames).test(ctx.masked.slice(Math.max(0, start - 60), start));
}

/** True when a word is one of the language's outlet nouns, or a compound ending in one where compounds are one word ("Wochenzeitung"). */
export function isOutletNoun(word: string, ctx: SpeakerContext): boolean {
  return outletNounWord(ctx.lang.frames).test(word);
}

/** Per language: an outlet noun without its article ending a text ("du site "). */
export const bareOutletNounIn = perLanguage((frames) => new RegExp(`(?:^|[^\\p{L}])(?:${interviewerNouns(frames)})\\s+$`, "iu"));


/** The language's outlet nouns without their article ("journal", "quotidien", "agence"), as whom a speaker told after a `toldPrepositions` one. */
export function interviewerNouns(frames: LanguageFrames): string {
  const article = new RegExp(`^(?:(?:${frames.determiners.map(escapeRegExp).join("|") || "(?!)"})\\s+|\\p{Ll}{1,3}['’])`, "u");
  const nouns = outletNounsFor(frames.language).before.map((n) => n.replace(article, "")).filter((n) => /^\p{Ll}/u.test(n));
  return nouns.length ? nouns.map((n) => escapeRegExp(n).replace(/\s+/g, "\\s+")).join("|") : "(?!)";
}
