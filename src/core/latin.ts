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
