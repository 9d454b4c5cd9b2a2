/**
 * Whether a credit names its speaker in the words that give it, or only refers back to one named before. A finding that
 * says an article "credits X" rests on the article's words: "He said", "the minister added" credit whomever the reading
 * resolved the word to, which may be another person the article named earlier.
 */
import { namesPerson } from "../../core/personNamed.ts";
import { lowerCaseWords } from "../../core/text.ts";
import type { SourceMention } from "../../extract/types.ts";

/** Shorter words of a name ("de", "al") are no name on their own. */
const NAME_WORD_MIN = 2;

/** Whether `text` names `source`: a person by surname (inflected as well), anyone by one word of the name. */
export function namesCredited(text: string, source: Pick<SourceMention, "name" | "type">): boolean {
  if (source.type === "named" && namesPerson(text, source.name)) return true;
  const nameWords = new Set(lowerCaseWords(source.name).filter((w) => w.length >= NAME_WORD_MIN));
  return lowerCaseWords(text).some((w) => nameWords.has(w));
}
