/** How a language code names the per-language data of every stage (frames, negation and contrast words, stance words). */

/**
 * Codes of written standards read with another code's data, the stance words too: Norwegian Bokmål and Nynorsk ("nb",
 * "nn") with Norwegian's ("no", as the detector names it); Malay with Indonesian's (one language in two standards:
 * "menurut", "kata", "dilaporkan oleh" alike), where it had fallen back to English and read nothing; Serbian, Bosnian
 * and Montenegrin with Croatian's ("hr"), whose data reads the shared words in Latin and Cyrillic; Filipino ("fil"), the
 * standard of Tagalog, with Tagalog's ("tl", as the detector names it).
 */
const SAME_FRAMES: Readonly<Record<string, string>> = { nb: "no", nn: "no", ms: "id", sr: "hr", bs: "hr", cnr: "hr", sh: "hr", fil: "tl" };

/**
 * The code a language's data is kept under: without its region ("fr-FR" → "fr"), a written standard's by its language's
 * ("nb" → "no"). Not by the first two letters: "fil" (Filipino) is no "fi" (Finnish).
 */
export function dataLanguage(language: string): string {
  const code = language.toLowerCase().split(/[-_]/)[0] ?? "";
  return SAME_FRAMES[code] ?? code;
}
