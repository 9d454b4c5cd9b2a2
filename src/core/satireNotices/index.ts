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
import { sw } from "./sw.ts";
import type { SatireNoticeWords } from "./types.ts";
import { escapeRegExp } from "../text.ts";

export type { SatireNoticeWords } from "./types.ts";

export const SATIRE_NOTICE_WORDS: readonly SatireNoticeWords[] = [en, fr, de, it, es, pt, sw];

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
  /** Another's descriptor ending right before a name ("… the satirical website "). */
  describedBefore: RegExp;
  /** Another's appositive opening right after a name (", a satire site"). */
  describedAfter: RegExp;
  /** The descriptor anywhere: a sentence without it (nor a declaration) describes no site as satire. */
  descriptorAnywhere: RegExp;
}

export const SATIRE_NOTICE_PATTERNS: readonly SatireNoticePatterns[] = SATIRE_NOTICE_WORDS.map((words) => ({
  words,
  declares: new RegExp(words.declarations.map((d) => `${START}(?:${d})`).join("|"), "iu"),
  // The subject stops at a clause mark: "X, the fact-checkers found, is …" has no single subject.
  subject: new RegExp(String.raw`^(?<subject>[^,;:"“”«»]{1,80}?)\s+(?:${words.copula})(?![\p{L}\p{N}])`, "iu"),
  self: new RegExp(`^(?:${words.self})$`, "iu"),
  allStories: new RegExp(`^(?:${words.allStories})`, "iu"),
  denied: new RegExp(`${START}(?:${words.denied})`, "iu"),
  describedBefore: new RegExp(`${START}(?:${words.descriptor})\\s+$`, "iu"),
  describedAfter: new RegExp(`^\\s*,\\s+(?:${words.descriptor})(?![\\p{L}\\p{N}])`, "iu"),
  descriptorAnywhere: new RegExp(`${START}(?:${words.descriptor})`, "iu"),
}));

/** Whether a sentence declares a site satire in any language's shapes (who it speaks of is not asked). */
export function declaresSatire(sentence: string): boolean {
  return SATIRE_NOTICE_PATTERNS.some((p) => p.declares.test(sentence));
}

/** Characters before a name read for a descriptor: "the satirical news website " and its like are short. */
const DESCRIPTOR_REACH = 60;

/** Whether a sentence may call some site satire (describesAsSatire asks which): it holds a descriptor or a declaration. */
export function mayDescribeSatire(sentence: string): boolean {
  return SATIRE_NOTICE_PATTERNS.some((p) => p.descriptorAnywhere.test(sentence) || p.declares.test(sentence));
}

/**
 * Whether a sentence calls the site `name` satire in another's plain words: a descriptor right before the name ("the
 * satirical website The Daily Quip"), an appositive right after it ("The Daily Quip, a parody site"), or the name as the
 * subject of a declaration ("The Daily Quip is a satirical site"), not denied. The name is matched as written, with or
 * without its leading "The".
 */
export function describesAsSatire(sentence: string, name: string): boolean {
  const bare = name.replace(/^the\s+/iu, "");
  if (bare.length < 3) return false;
  const at = new RegExp(`(?<![\\p{L}\\p{N}])(?:[Tt]he\\s+)?${escapeRegExp(bare)}(?![\\p{L}\\p{N}])`, "gu");
  for (const m of sentence.matchAll(at)) {
    const before = sentence.slice(Math.max(0, m.index - DESCRIPTOR_REACH), m.index);
    const after = sentence.slice(m.index + m[0].length);
    for (const p of SATIRE_NOTICE_PATTERNS) {
      if (p.describedBefore.test(before) || p.describedAfter.test(after)) return true;
      if (m.index > 0 || p.denied.test(sentence) || !p.declares.test(sentence)) continue;
      const subject = p.subject.exec(sentence)?.groups?.subject?.trim();
      if (subject !== undefined && subject.replace(/^the\s+/iu, "") === bare) return true;
    }
  }
  return false;
}
