/**
 * Every language's satire-notice shapes, by ISO 639-1 code: data only, read by the page's furniture (ingest/html.ts)
 * and by a text's closing words (clean/satireNotice.ts). A notice is read in whichever language it is written: a site's
 * footer need not be in its stories' language, and no language's shapes read as another's.
 */
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { pt } from "./pt.ts";
import type { SatireNoticeWords } from "./types.ts";

export type { SatireNoticeWords } from "./types.ts";

export const SATIRE_NOTICE_WORDS: readonly SatireNoticeWords[] = [en, fr, de, it, es, pt];

const START = String.raw`(?<![\p{L}\p{N}])`;

/** One language's patterns, made once. */
export interface SatireNoticePatterns {
  words: SatireNoticeWords;
  /** A sentence declaring satire anywhere in it. */
  declares: RegExp;
  /** The subject before the copula, opening the sentence. */
  subject: RegExp;
  self: RegExp;
  allStories: RegExp;
  denied: RegExp;
}

export const SATIRE_NOTICE_PATTERNS: readonly SatireNoticePatterns[] = SATIRE_NOTICE_WORDS.map((words) => ({
  words,
  declares: new RegExp(words.declarations.map((d) => `${START}(?:${d})`).join("|"), "iu"),
  // The subject stops at a clause mark: "X, the fact-checkers found, is …" has no single subject.
  subject: new RegExp(String.raw`^(?<subject>[^,;:"“”«»]{1,80}?)\s+(?:${words.copula})(?![\p{L}\p{N}])`, "iu"),
  self: new RegExp(`^(?:${words.self})$`, "iu"),
  allStories: new RegExp(`^(?:${words.allStories})`, "iu"),
  denied: new RegExp(`${START}(?:${words.denied})`, "iu"),
}));

/** Whether a sentence declares a site satire in any language's shapes (who it speaks of is not asked). */
export function declaresSatire(sentence: string): boolean {
  return SATIRE_NOTICE_PATTERNS.some((p) => p.declares.test(sentence));
}
