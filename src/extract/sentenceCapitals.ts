/** Whether a capital comes from a word's place at a sentence's start or from the word itself: the speakers and the citations ask alike. */
import { escapeRegExp } from "../core/text.ts";

/** True when only spaces, opening quotation marks or dashes stand between `at` and the end of the sentence or line before it. */
export function opensSentence(text: string, at: number): boolean {
  // The danda ends a sentence in Devanagari and Bengali, "؟" a question in Arabic script.
  return /(?:^|[.!?:;…\n।॥؟])[\s"“„«‹'‘(\-–—]*$/u.test(text.slice(Math.max(0, at - 40), at));
}

/**
 * True when `word` is written with its capital somewhere after a small letter, a figure or a comma in the text, on the
 * same line: inside a sentence. A line break between them is none: a line with no full stop (a photo credit "FOTO: … /
 * Ion Marin", a heading) ends before the word, which opens the next line's sentence.
 */
export function capitalisedInside(word: string, text: string): boolean {
  return new RegExp(`[\\p{Ll}\\p{N},](?:[^\\S\\n]|["“„«])+${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "u").test(text);
}

/**
 * capitalisedInside for a language that capitalises every noun (German): there a capital inside a sentence tells a name
 * only where no determiner or possessive stands right before the word ("seine Mitglieder", "viele Nutzer" are nouns).
 * `nounIntroducers`: the language's determiners and possessives, lower case.
 */
export function capitalisedInsideNotAsNoun(word: string, text: string, nounIntroducers: ReadonlySet<string>): boolean {
  const inside = new RegExp(`(?:(\\p{L}+)|[\\p{N},])(?:[^\\S\\n]|["“„«])+${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "gu");
  for (const m of text.matchAll(inside)) {
    const before = m[1];
    if (before === undefined) return true;
    if (/\p{Ll}$/u.test(before) && !nounIntroducers.has(before.toLowerCase())) return true;
  }
  return false;
}
