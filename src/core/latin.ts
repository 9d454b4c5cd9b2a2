/** Writing a name of another script in Latin letters, as readers across languages compare names. */
import { createRequire } from "node:module";

/**
 * A name in Latin letters (transliteration's `transliterate`), the package loaded on first use: only a Cyrillic or Greek
 * name needs it, and loading it took ~0.15 s of CPU in each thread that reads articles.
 */
let transliterate: ((text: string) => string) | undefined;
export function inLatin(text: string): string {
  transliterate ??= (createRequire(import.meta.url)("transliteration") as typeof import("transliteration")).transliterate;
  return transliterate(text);
}

/**
 * A name in Latin letters as its plain letters a to z, in small letters: accents and every other mark, space, hyphen or
 * sign left out ("Ćosić-Nowak" → "cosicnowak"). What each spelling key of a name starts from (nameSkeleton here,
 * extract/otherScriptPeople.ts, core/outlets.ts consonantsOf).
 */
export function plainLatinLetters(latin: string): string {
  return latin.normalize("NFKD").toLowerCase().replace(/[^a-z]/g, "");
}

/**
 * How a name sounds with its vowels left out, as scripts that write no short vowels (Devanagari, Bengali, Arabic,
 * Hebrew) and their romanisations meet: "Ramakant" and "रमाकांत" (transliterated "rmaakaaNt") are both "rmknt", "Yadav"
 * and "यादव" ("yaadv") both "ydv". A name in Latin letters; its first letter stays, vowel or not ("Amit", "अमित":
 * "amt"), aspirates and digraphs are one consonant ("Bharat", "bhaart": "brt"), doubled letters one.
 */
export function nameSkeleton(latin: string): string {
  const word = plainLatinLetters(latin)
    .replace(/ph/g, "f")
    .replace(/([bcdgjkst])h/g, "$1")
    .replace(/w/g, "v")
    .replace(/z/g, "j")
    .replace(/q/g, "k")
    .replace(/x/g, "ks");
  if (word === "") return "";
  return (word[0] + word.slice(1).replace(/[aeiouy]/g, "")).replace(/(.)\1+/g, "$1");
}

/**
 * Japanese kana in Latin letters (wanakana's `toRomaji`, loaded on first use as `inLatin`'s package is): its Hepburn
 * tables read the small kana and marks a name in katakana is spelt with — a doubled consonant (ッ), a glide (キャ), a
 * long vowel (ー) — which a letter-by-letter table gets wrong ("ポッドキャスト" is "poddokyasuto", not "potudokiyasuto").
 */
let toRomaji: ((text: string) => string) | undefined;
export function kanaInLatin(text: string): string {
  toRomaji ??= (createRequire(import.meta.url)("wanakana") as typeof import("wanakana")).toRomaji;
  return toRomaji(text);
}
