/**
 * Possibility: the words by which an article puts a statement forward as possible rather than established ("may ease",
 * "could", "suggests", "appears to", "preliminary", "in mice"), per language (stance/<lang>.ts `possibility`).
 *
 * Only the article's own doubt counts: not words inside a quotation (the speaker's doubt, which the article passes on
 * as said), not a negated sentence ("may not ease", "there is no sign it could"), not a sentence under a condition ("If
 * the trial holds, coffee may ease migraine": the doubt is the condition's), and not a word written with a capital
 * inside a sentence where the language marks it a name or a month ("in May 2024", "Theresa May").
 */
import type { TextSpan } from "../core/spans.ts";
import { allMatches } from "../core/text.ts";
import { perLanguage } from "../extract/frames/common.ts";
import { negationCues } from "./stance.ts";
import { patternFor, stanceWordsFor } from "./stance/index.ts";
import type { StanceWords } from "./stance/types.ts";
import { contains } from "../core/spans.ts";

/** Per language, the possibility cues that are a name or a month when capitalised inside a sentence, as one whole-match test. */
const nameTest = perLanguage((words: StanceWords): RegExp | null => {
  const cues = (words.possibility ?? []).filter((c) => c.nameWhenCapitalised).map((c) => `(?:${c.cue})`);
  return cues.length > 0 ? new RegExp(`^(?:${cues.join("|")})$`, "iu") : null;
});

/** Whether a text has a letter or digit before `at`: a word there is inside the sentence, not its first. */
const insideSentence = (text: string, at: number): boolean => /[\p{L}\p{N}]/u.test(text.slice(0, at));

/**
 * Every possibility word of a text in its language (offsets into the text), quoted or not, less a capitalised name or
 * month. A language without possibility words has none.
 */
export function possibilityWords(text: string, language: string): TextSpan[] {
  const words = stanceWordsFor(language);
  if (!words?.possibility?.length) return [];
  const names = nameTest(words);
  const out: TextSpan[] = [];
  for (const m of allMatches(patternFor(words, "possibility"), text)) {
    if (names && /^\p{Lu}/u.test(m[0]) && insideSentence(text, m.index) && names.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * Whether the text sets a condition ("If …", "… unless …", "whether …"): a condition word anywhere in it. A word that is
 * a condition only at a clause's start (French "si", Portuguese "se", Dutch "als", Swedish "om") says so in its cue.
 */
export function underCondition(text: string, language: string): boolean {
  const words = stanceWordsFor(language);
  if (!words?.condition?.length) return false;
  return allMatches(patternFor(words, "condition"), text).length > 0;
}

/** Stretches of a text between quotation marks (offsets into the text): a headline's quotation, which no reading spans. */
const QUOTED = /["“„«‹]([^"“”„«»‹›]{2,})["”“»›]/gu;

function quotedInText(text: string): TextSpan[] {
  return allMatches(QUOTED, text).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/**
 * The article's own possibility words in one of its statements (offsets into the statement): none where the statement
 * is negated or under a condition; none inside `quoted` (offsets into the statement: the reading's quotations) or
 * inside quotation marks of the statement itself.
 */
export function ownPossibilityWords(text: string, language: string, quoted: readonly { start: number; end: number }[] = []): TextSpan[] {
  const found = possibilityWords(text, language);
  if (found.length === 0 || negationCues(text, language).length > 0 || underCondition(text, language)) return [];
  const inQuotation = [...quoted, ...quotedInText(text)];
  return found.filter((w) => !inQuotation.some((q) => contains(q, w)));
}
