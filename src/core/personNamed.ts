/**
 * Whether a text names a person by surname, as a case-inflecting language writes it: "Lindholms", "Путина", "Boreckiego"
 * (genitive of "Borecki"), "Kowalskiej" (of "Kowalska"). Findings that would say an article credits "no one" or "names
 * no source" ask it first: a reader who sees the person's name beside the words takes them for that person's, whether
 * or not the reading resolved the credit.
 */
import { escapeRegExp } from "./text.ts";

/** Letters an inflected surname may add to its whole form ("Lindholms", "Путина"): a name's case endings, not another word. */
const SURNAME_ENDING = 2;
/** Letters an inflected surname may put in place of its final vowel ("Boreck|iego" of "Borecki", "Kowalsk|iej" of "Kowalska"). */
const VOWEL_STEM_ENDING = 4;
/** Shorter surnames match only whole ("Lee" is not "Leeds"). */
const INFLECTED_SURNAME_MIN = 4;
/** Vowels a surname may end in and lose before a case ending (Latin and Cyrillic letters). */
const FINAL_VOWEL = /[aeiouyąęóаеёиоуыэюяіїє]$/iu;

/** The word a person is named by on second mention: the last capitalised word of the name ("Lindholm" of "Greta Lindholm"). */
export function surnameOf(name: string): string | undefined {
  const words = name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w));
  const last = words[words.length - 1]?.replace(/[^\p{L}\p{N}'’-]+$/u, "");
  return last && last.length >= 3 ? last : undefined;
}

/** Whether `text` names the person `name` by surname, whole or with a case ending (on its stem less a final vowel). */
export function namesPerson(text: string, name: string): boolean {
  const surname = surnameOf(name);
  if (!surname) return false;
  const forms = [`${escapeRegExp(surname)}${surname.length >= INFLECTED_SURNAME_MIN ? `\\p{L}{0,${SURNAME_ENDING}}` : ""}`];
  const stem = surname.replace(FINAL_VOWEL, "");
  if (stem !== surname && stem.length >= INFLECTED_SURNAME_MIN) forms.push(`${escapeRegExp(stem)}\\p{L}{1,${VOWEL_STEM_ENDING}}`);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join("|")})(?![\\p{L}\\p{N}])`, "u").test(text);
}
