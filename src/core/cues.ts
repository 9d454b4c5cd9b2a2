/** The shape of a per-language word list's entries (negation, contrast), and how such a list is matched in a text. */
import { acceptingLegacyLetters } from "./legacyLetters.ts";

/** One word or phrase of a language's list, with a short sentence of our own that it must catch (the tests read every example). */
export interface WordCue {
  /** A regular-expression fragment, case-insensitive; matched as whole words where the language separates words. */
  cue: string;
  /** A sentence of our own that says what the list's kind says through this cue. */
  example: string;
}

/**
 * A list's cues as one test (not global: `test` keeps no position), whole words where the language separates them,
 * accepting the legacy letters a page may print (acceptingLegacyLetters); an empty list matches nothing.
 */
export function cueTest(cues: readonly WordCue[], wordBoundaries: boolean): RegExp {
  const alternatives = cues.length > 0 ? cues.map((c) => `(?:${acceptingLegacyLetters(c.cue)})`).join("|") : "(?!)";
  return new RegExp(wordBoundaries ? `(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])` : `(?:${alternatives})`, "iu");
}
