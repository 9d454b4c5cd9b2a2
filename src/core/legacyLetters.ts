/**
 * Legacy letters: the letters pages still print for a standard one (Romanian ş for ș, the Arabic kaf for the Persian),
 * folded away when wordings are compared and accepted by cue patterns written once in the standard letters.
 */

/**
 * Letters written with two code points for one letter, the legacy one first: Romanian s and t with a cedilla (ş ţ, the
 * letters of old code pages) for its comma-below letters (ș ț); the Arabic kaf and yeh (ك ي) for the Persian forms (ک ی)
 * Persian texts are typed with on Arabic keyboards. A reader sees one letter, so a printing with the other is no change.
 */
export const LETTER_VARIANTS: ReadonlyMap<string, string> = new Map([
  ["ş", "ș"],
  ["Ş", "Ș"],
  ["ţ", "ț"],
  ["Ţ", "Ț"],
  ["ك", "ک"],
  ["ي", "ی"],
]);
const LETTER_VARIANT = new RegExp(`[${[...LETTER_VARIANTS.keys()].join("")}]`, "gu");

/**
 * The text with each letter in one form: Unicode compatibility forms composed (NFKC: ligatures, presentation forms,
 * full-width letters) and the legacy letters of LETTER_VARIANTS written as their standard ones. The fold every
 * comparison of wordings shares (tokens, surface diffs, quotations' words), so what counts as one letter is said once.
 */
export function letterVariantsFolded(text: string): string {
  // Plain ASCII, by far the most common word, has nothing to fold.
  if (!/[^\u0000-\u007f]/u.test(text)) return text;
  return text.normalize("NFKC").replace(LETTER_VARIANT, (c) => LETTER_VARIANTS.get(c) ?? c);
}

/** Each standard letter of LETTER_VARIANTS with the legacy forms pages print for it ("ș" ← "ş", "ی" ← "ي"). */
const LEGACY_FORMS: ReadonlyMap<string, string> = [...LETTER_VARIANTS].reduce((m, [legacy, standard]) => m.set(standard, (m.get(standard) ?? "") + legacy), new Map<string, string>());

/**
 * A cue's pattern that also matches the legacy letters a page may print for its standard ones: many Romanian pages
 * still write s and t with a cedilla ("informaţia falsă" for "informația falsă"), Persian is typed with the Arabic kaf
 * and yeh. A reader sees one letter (LETTER_VARIANTS), so the cue words are written once, in the standard letters: outside a
 * character class such a letter becomes a class of its forms, inside one its legacy forms join it.
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
