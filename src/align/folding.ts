/** Folding data for comparing wordings across outlets: transliteration variants and English stop words, as tables so each entry can be tested. */
import { spellsInitials, type InitialsRule } from "../core/initials.ts";
import { withoutDiacritics } from "../core/text.ts";

/**
 * British and US spellings of the metric units (metres / meters, litre / liter, kilometres / kilometers): one unit.
 * Only these stems: "-re" → "-er" at large would fold French "notre" into "noter". (A tonne is no ton: not folded.)
 */
const UNIT_SPELLING = { pattern: /^((?:kilo|centi|milli|micro|deci)?(?:met|lit))re(s?)$/, replacement: "$1er$2", example: ["kilometres", "kilometers"] as [string, string] };

/**
 * Spelling rewrites applied to every folded word, in order. They only need to map common romanisation variants to one
 * form; since both sides of a comparison are folded alike, folding English words too ("could" → "culd") is harmless.
 */
export const SPELLING_FOLDS: readonly { pattern: RegExp; replacement: string; example: [string, string] }[] = [
  // French-style "ou" for the Arabic long u: Baghouz / Baghuz.
  { pattern: /ou/g, replacement: "u", example: ["baghouz", "baghuz"] },
  // Doubled consonants are written or not: Mohammed / Mohamed, Hezbollah / Hezbolah.
  { pattern: /(\p{L})\1+/gu, replacement: "$1", example: ["mohammed", "mohamed"] },
  // The ayn after a is written ae or ai: Qaeda / Qaida.
  { pattern: /ae/g, replacement: "ai", example: ["qaeda", "qaida"] },
  UNIT_SPELLING,
];

/**
 * Abbreviations of the imperial weights, whose letters are not the name's ("lbs" for "pounds", from the Latin libra):
 * one unit with the name written out. Lower case, singular and plural.
 */
export const UNIT_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([["lb", "pound"], ["lbs", "pounds"], ["oz", "ounce"], ["ozs", "ounces"]]);

/**
 * One spelling of a lower-case word for a unit written two ways: the metric units' British and US forms
 * (UNIT_SPELLING: "metres" → "meters") and the imperial weights' abbreviations (UNIT_ABBREVIATIONS: "lbs" → "pounds").
 */
export function unitSpelling(word: string): string {
  return UNIT_ABBREVIATIONS.get(word) ?? word.replace(UNIT_SPELLING.pattern, UNIT_SPELLING.replacement);
}

/**
 * A word with the accents of its capitals dropped ("État" → "Etat", "À" → "A"): many pages print capitals unaccented,
 * so "l'Etat" and "l'État" are one word as printed. An accent on a small letter stays ("ou" and "où" are two words).
 */
export function capitalAccentsFolded(word: string): string {
  return word.replace(/\p{Lu}\p{M}*/gu, (capital) => withoutDiacritics(capital));
}

/**
 * True when two runs of words, each word folded as the caller compares words, spell the same letters run together: words
 * written joined in one printing and apart in the other ("heartthrob" / "heart-throb" / "heart throb", "Polizeisprecher"
 * / "Polizei-Sprecher", "کانالهای" / "کانال های") are the same words. The one test of it for every comparison of wordings.
 */
export function sameLettersRunTogether(a: readonly string[], b: readonly string[]): boolean {
  return a.join("") === b.join("");
}

/**
 * Whether `short` writes `long` abbreviated by its consonants ("thn" for "tahun", "yrs" for "years", "km" for
 * "kilometres"): the same first letter, no vowel after it, every letter in `long` in order. A word cut short ("per" for
 * "percent") is read by the callers as a prefix.
 */
export function abbreviates(short: string, long: string): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0] || /[aeiouyàáâäãåèéêëìíîïòóôöõùúûü]/u.test(short.slice(1))) return false;
  let at = 1;
  for (const c of short.slice(1)) {
    at = long.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** A quoted word as printed: folded, as written, and whether a full stop follows it in its printing. */
export interface PrintedWord {
  norm: string;
  raw: string;
  stopAfter: boolean;
}

/**
 * Whether one printing's words are the other's abbreviated: an acronym of their initials, each word capitalised ("RV" /
 * "Republiki Velmarii", "UN" / "United Nations"), or one word cut short before a stop, to its first letter or to its
 * consonants ("r." / "roku", "Dr." / "Doctor"). A paper's style for a title or a date, not the speaker's words. A word
 * cut to a syllable that keeps a vowel ("can." / "cannot") is not read as one: that may be a change.
 */
export function abbreviatedAlike(a: readonly PrintedWord[], b: readonly PrintedWord[]): boolean {
  return abbreviatesWords(a, b) || abbreviatesWords(b, a);
}

/**
 * An acronym printed against the words it stands for (core/initials.ts): every word capitalised, each giving its first
 * letter only. A quotation's words are compared one for one, so a small word ("of") or a compound's inner letter would
 * let an acronym stand for a phrase it does not abbreviate, and a change of words would go unreported.
 */
const WORDS_OF_AN_ACRONYM: InitialsRule = { uncapitalised: "breaks-initials", articleSilent: false, compoundLetter: false };

function abbreviatesWords(short: readonly PrintedWord[], long: readonly PrintedWord[]): boolean {
  const s = short[0];
  if (short.length !== 1 || !s || long.length === 0) return false;
  if (/^\p{Lu}{2,}$/u.test(s.raw)) return spellsInitials(s.raw, long.map((w) => w.raw), WORDS_OF_AN_ACRONYM);
  const l = long[0];
  if (long.length !== 1 || !l || !s.stopAfter) return false;
  return (s.norm.length === 1 && l.norm.length >= 3 && l.norm.startsWith(s.norm)) || abbreviates(s.norm, l.norm);
}

/** Common English function words: a passage made only of these is a stock phrase, not evidence of copying. */
export const STOP_WORDS: readonly string[] = (
  "a about above after again against all also am an and any are as at be because been before being below between both but by " +
  "can could did do does doing down during each few for from further had has have having he her here hers herself him himself his " +
  "how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out " +
  "over own same she should so some such than that the their theirs them themselves then there these they this those through to too " +
  "under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves " +
  "said says say told according also one two new last first may might must shall its it's mr mrs ms"
).split(" ");

/**
 * Romanisations of one given name that differ in how a letter of the original script is written: the Cyrillic й as j, i
 * or y (Andrej / Andrei / Andrey, Nikolaj / Nikolay), the endings ий / ия as ij, iy or i (Dmitrij / Dmitriy / Dmitri,
 * Marija / Mariya / Maria), кс as ks or x (Aleksej / Alexej). Each rewrite applies after a word's first letter only: an
 * initial J, I or Y is a name's own (Jan is not Ian), and so is a word of three letters or fewer.
 */
export const GIVEN_NAME_FOLDS: readonly { pattern: RegExp; replacement: string; example: [string, string] }[] = [
  { pattern: /ks/g, replacement: "x", example: ["aleksej", "alexej"] },
  { pattern: /[jy]/g, replacement: "i", example: ["sergej", "sergey"] },
  { pattern: /i+/g, replacement: "i", example: ["dmitrii", "dmitri"] },
];

/** Fewest letters a given name must have for its romanisation to be folded: shorter names differ by one letter. */
const FOLDED_GIVEN_NAME_MIN = 4;

/** A given name with its romanisation variants folded (GIVEN_NAME_FOLDS); lower case, without diacritics. */
export function givenNameFolded(word: string): string {
  const w = withoutDiacritics(word).toLowerCase();
  if (w.length < FOLDED_GIVEN_NAME_MIN) return w;
  return w[0] + GIVEN_NAME_FOLDS.reduce((rest, f) => rest.replace(f.pattern, f.replacement), w.slice(1));
}

/**
 * True when two person's names are one name romanised two ways: the same surname (the last word, as written save
 * diacritics and case) after the same given names, each differing at most by a romanisation variant (givenNameFolded):
 * "Andrej Wolkow" and "Andrei Wolkow". A name of one word is never another's respelling; nor are two surnames alike.
 */
export function respelledName(a: string, b: string): boolean {
  const words = (n: string) => n.split(/[\s\u00a0]+/u).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "")).filter(Boolean);
  const [x, y] = [words(a), words(b)];
  if (x.length < 2 || x.length !== y.length) return false;
  const surname = (w: readonly string[]) => withoutDiacritics(w[w.length - 1]!).toLowerCase();
  if (surname(x) !== surname(y)) return false;
  return x.slice(0, -1).every((w, i) => givenNameFolded(w) === givenNameFolded(y[i]!));
}
