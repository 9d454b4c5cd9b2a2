/** Word patterns written once, in a language's standard letters, made to match the legacy letters pages still print. */
import { LETTER_VARIANTS } from "../align/folding.ts";

/** Each standard letter of LETTER_VARIANTS with the legacy forms pages print for it ("ș" ← "ş", "ی" ← "ي"). */
const LEGACY_FORMS: ReadonlyMap<string, string> = [...LETTER_VARIANTS].reduce((m, [legacy, standard]) => m.set(standard, (m.get(standard) ?? "") + legacy), new Map<string, string>());

/**
 * A cue's pattern that also matches the legacy letters a page may print for its standard ones: many Romanian pages
 * still write s and t with a cedilla ("informaţia falsă" for "informația falsă"), Persian is typed with the Arabic kaf
 * and yeh. A reader sees one letter (align/folding.ts LETTER_VARIANTS), so the cue words are written once, in the
 * standard letters: outside a character class such a letter becomes a class of its forms, inside one its legacy forms
 * join it.
 */
export function acceptingLegacyLetters(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === "\\") {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    const legacy = LEGACY_FORMS.get(c);
    out += legacy === undefined ? c : inClass ? c + legacy : `[${c}${legacy}]`;
  }
  return out;
}
