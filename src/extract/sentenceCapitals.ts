/** Whether a capital comes from a word's place at a sentence's start or from the word itself: the speakers and the citations ask alike. */
import { escapeRegExp } from "../core/text.ts";

/** True when only spaces, opening quotation marks or dashes stand between `at` and the end of the sentence or line before it. */
export function opensSentence(text: string, at: number): boolean {
  // The danda ends a sentence in Devanagari and Bengali, "؟" a question in Arabic script.
  return /(?:^|[.!?:;…\n।॥؟])[\s"“„«‹'‘(\-–—]*$/u.test(text.slice(Math.max(0, at - 40), at));
}

/** No word marks a capital after it as a noun's (the default of capitalisedInside). */
const NO_NOUN_INTRODUCERS: ReadonlySet<string> = new Set();

/**
 * True when `word` is written with its capital somewhere after a small letter, a figure or a comma in the text, on the
 * same line: inside a sentence. A line break between them is none: a line with no full stop (a photo credit "FOTO: … /
 * Ion Marin", a heading) ends before the word, which opens the next line's sentence. In a language that capitalises
 * every noun (German) a capital after one of its `nounIntroducers` (determiners and possessives, lower case: "seine
 * Mitglieder", "viele Nutzer") is the noun's own and does not count.
 */
export function capitalisedInside(word: string, text: string, nounIntroducers: ReadonlySet<string> = NO_NOUN_INTRODUCERS): boolean {
  // The word is looked ahead at, not taken, so a match refused for the word before it leaves the word to open the next
  // ("Ihre Nutzer Nutzer…"), as the one test this folds did.
  const inside = new RegExp(`(?:(\\p{L}+)|[\\p{N},])(?:[^\\S\\n]|["“„«])+(?=${escapeRegExp(word)}(?![\\p{L}\\p{N}]))`, "gu");
  for (const m of text.matchAll(inside)) {
    const before = m[1];
    if (before === undefined) return true;
    if (/\p{Ll}$/u.test(before) && !nounIntroducers.has(before.toLowerCase())) return true;
  }
  return false;
}
