/**
 * A negation right before a speech verb or an attribution frame ("police have not confirmed", "was never reported by
 * X"), or a condition ("if X stated that"): the words say someone did not speak or report, or only would have, and the
 * speaker reads no source there, the frames no citation.
 */
import { negationTest, negationWordsOf } from "../core/negations.ts";
import { escapeRegExp } from "../core/text.ts";
import { perLanguage } from "./frames/common.ts";
import type { LanguageFrames } from "./frames/types.ts";

/** Words of the clause before a verb or frame read for a negation of it. */
const NEGATION_WINDOW_WORDS = 3;
/** Characters before a verb or frame read for its clause. */
const NEGATION_WINDOW_CHARS = 60;

/**
 * Per language: a negation that adds and denies nothing ("not only said", "nicht nur berichtet", "pas seulement
 * annoncé", "no solo confirmaron"). Lower case; a language without a list has none, or its stance words leave such a
 * phrase out of their negation already (Latvian "ne tikai", Lithuanian "ne tik").
 */
export const ADDING_NEGATIONS: Readonly<Record<string, readonly string[]>> = {
  en: ["not only", "not just", "not merely", "n't only", "n’t only", "n't just", "n’t just"],
  // French "non seulement" needs none: "non" negates no verb (stance reads "ne … pas").
  fr: ["pas seulement", "pas uniquement"],
  de: ["nicht nur", "nicht bloß", "nicht allein"],
  nl: ["niet alleen", "niet enkel"],
  es: ["no solo", "no sólo", "no solamente", "no únicamente"],
  ca: ["no només", "no solament"],
  it: ["non solo", "non soltanto", "non solamente"],
  pt: ["não só", "não apenas", "não somente"],
};

/** Per language: a test for one of its adding negations (`ADDING_NEGATIONS`); never matches without one. */
const addingNegation = perLanguage((frames: LanguageFrames) => {
  const phrases = (ADDING_NEGATIONS[frames.language] ?? []).map((p) => escapeRegExp(p).replace(/ /g, "\\s+"));
  // A contracted negation is written onto its auxiliary ("didn't only").
  return new RegExp(`(?:(?<![\\p{L}])|(?=n['’]))(?:${phrases.join("|") || "(?!)"})(?![\\p{L}])`, "iu");
});

/**
 * How far from the verb or frame a negation may stand: `"verb"`, with only the verb's own helpers after it (short words,
 * adverbs in -ly or -mente: "did not yet confirm", "no lo confirmaron", "not publicly"), as a speech
 * verb's subject may carry a clause of its own whose negation is another verb's ("Police who could not find him said");
 * `"clause"`, anywhere among the last words, as a passive frame's auxiliaries vary by language and tense ("has never
 * before been reported by", "non è stata riportata da").
 */
export type NegationReach = "verb" | "clause";

/**
 * True when one of the language's negation words (those stance reads a denial with; English where the language has
 * none) stands among the last words of the clause between `from` and `at`, within `reach`, and is no adding negation
 * ("not only reported by X" affirms it).
 */
export function negationBefore(text: string, from: number, at: number, frames: LanguageFrames, reach: NegationReach): boolean {
  const words = negationWordsOf(frames.language) ?? negationWordsOf("en");
  if (!words) return false;
  const clause = text.slice(Math.max(from, at - NEGATION_WINDOW_CHARS), at).split(/[.,;:!?()"“”«»„]/u).pop() ?? "";
  const last = clause.trim().split(/\s+/u).slice(-NEGATION_WINDOW_WORDS).join(" ");
  if (last === "" || addingNegation(frames).test(last)) return false;
  const negations = [...last.matchAll(new RegExp(negationTest(words).source, "giu"))];
  const negation = negations.at(-1);
  if (negation?.index === undefined) return false;
  if (reach === "clause") return true;
  const between = last.slice(negation.index + negation[0].length).trim().split(/\s+/u).filter(Boolean);
  return between.every((w) => w.length <= 3 || /(?:ly|mente)$/iu.test(w));
}

/** Most words between a conditional and the verb or frame it governs: the subject of the condition ("if the Quillon Herald"). */
const CONDITIONAL_SUBJECT_WORDS = 4;

/** Per language: a conditional opening the clause's last words before a verb or frame (`LanguageFrames.conditionals`); never matches without. */
const conditionalOpening = perLanguage((frames: LanguageFrames) => {
  const words = (frames.conditionals ?? []).map((w) => escapeRegExp(w));
  return new RegExp(`(?:^|\\s)(?:${words.join("|") || "(?!)"})(?:\\s+[^\\s]+){0,${CONDITIONAL_SUBJECT_WORDS}}\\s*$`, "iu");
});

/**
 * True when a conditional of the language ("if", "unless", "whether") opens the clause between `from` and `at` at most
 * a subject's few words before `at` ("Would you believe it if Freedonia | stated that …"): the verb or frame at `at`
 * says what would be said or reported, not what was.
 */
export function conditionalBefore(text: string, from: number, at: number, frames: LanguageFrames): boolean {
  if (!frames.conditionals?.length) return false;
  const clause = text.slice(Math.max(from, at - NEGATION_WINDOW_CHARS), at).split(/[.,;:!?()"“”«»„]/u).pop() ?? "";
  return conditionalOpening(frames).test(clause);
}
