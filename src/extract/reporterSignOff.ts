/**
 * A reporter's sign-off: "Tavia Orrin reports." as a paragraph's first or last sentence, or ending it after a comma ("…, Tavia
 * Orrin reports."), is how a broadcast hands over to its own reporter and how a byline sentence closes a piece. The name
 * there is the article's own reporter, no outlet it cites.
 */
import { escapeRegExp } from "../core/text.ts";
import { perLanguage } from "./frames/common.ts";
import type { LanguageFrames } from "./frames/types.ts";

/** Per language: a name of two or three capitalised words, then one of `signOffVerbs`, ending the sentence. */
const signOffEnding = perLanguage((frames) => {
  const verbs = (frames.signOffVerbs ?? []).map(escapeRegExp).join("|");
  return verbs ? new RegExp(`^\\s+(?:${verbs})\\s*[.!]?\\s*$`, "iu") : null;
});

/** Two or three words each opening on a capital and going on in small letters: the shape of a person's full name. */
const FULL_NAME_SHAPE = /^\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)?){1,2}$/u;

/**
 * True when `name`, of a person's full name's shape with no outlet word in it, opens its sentence or follows a comma and
 * is followed only by a verb of signing off (`signOffVerbs`) to the sentence's end, in a sentence that opens or ends its
 * paragraph. `before` and `after` are the sentence's text before and after the name; `sentenceStart` and `sentenceEnd`
 * where it stands in `text`.
 */
export function isReporterSignOff(name: string, before: string, after: string, text: string, sentenceStart: number, sentenceEnd: number, frames: LanguageFrames): boolean {
  const ending = signOffEnding(frames);
  if (!ending || !ending.test(after) || !FULL_NAME_SHAPE.test(name.trim())) return false;
  if (name.toLowerCase().split(/\s+/u).some((w) => frames.outletCues.includes(w))) return false;
  if (!/(?:^|,)\s*$/u.test(before)) return false;
  const opensParagraph = /(?:^|\n)\s*$/u.test(text.slice(0, sentenceStart));
  const endsParagraph = /^\s*(?:\n|$)/u.test(text.slice(sentenceEnd));
  return opensParagraph || endsParagraph;
}
