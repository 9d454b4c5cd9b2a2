/**
 * Sentences that state no proposition, whatever words several articles share in them: a label standing as a line of its
 * own ("Annonce", "Anzeige", "Advertisement": a word or two, no sentence end), and a sentence that only turns to the
 * reader or listener — a call to pass the text on ("Reflect and share", "Leggi e condividi"), a greeting or a closing
 * wish ("Have a lovely weekend"). Chain messages and quoted statements print the same such lines in every article, so
 * they were grouped and drawn as a main claim. The reader-address words are data of each language's frames
 * (LanguageFrames.readerAddress). A question (asksOnly) asks and asserts nothing: claims/select.ts draws no claim all of
 * whose statements only ask ("Who could have foreseen it?", a rhetorical question several articles quote). It still
 * links the statements it shares words with (a fact-check's "Did the mayor resign?" beside its answer).
 */
import { TERMINAL } from "../../clean/patterns.ts";
import { perLanguage } from "../../extract/frames/common.ts";
import { framesFor } from "../../extract/frames/index.ts";

/** Most words a label line holds ("Annonce", "Sponsored content"). */
const LABEL_WORDS = 2;
/** Longest label line, in characters (a line of a script without spaces is one "word"). */
const LABEL_CHARS = 40;
/** Most words a sentence may hold besides its address to the reader ("Leggi e | condividi", "Have a | lovely weekend"). */
const ADDRESS_OTHER_WORDS = 2;

const WORD = /[\p{L}\p{N}]+/gu;

/** A language's reader-address words as one pattern (global), or none where it has none. */
const addressPattern = perLanguage((frames) => (frames.readerAddress && frames.readerAddress.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${frames.readerAddress.join("|")})(?![\\p{L}\\p{N}])`, "giu") : undefined));

/** Whether a line is a label: a word or two with no sentence end. */
export function isLabelLine(text: string): boolean {
  const line = text.trim();
  const words = line.match(WORD)?.length ?? 0;
  return words > 0 && words <= LABEL_WORDS && line.length <= LABEL_CHARS && !TERMINAL.test(line);
}

/** Whether a sentence only addresses the reader: the language's reader-address words with at most ADDRESS_OTHER_WORDS words besides. */
export function addressesReader(text: string, language: string | undefined): boolean {
  const pattern = addressPattern(framesFor(language));
  if (!pattern) return false;
  const rest = text.replace(pattern, " ");
  if (rest === text) return false;
  return (rest.match(WORD)?.length ?? 0) <= ADDRESS_OTHER_WORDS;
}

/** A question mark closing a sentence (Latin, fullwidth, Arabic), before any closing quotation marks or brackets. */
const QUESTION_END = /[?？؟]["”’»)」』]*\s*$/u;
/** A sentence's end followed by more text: the span holds another sentence before its question. */
const INNER_SENTENCE_END = /[.!?。！？؟]["”’»)」』]*(?:\s+|(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]))\S/u;

/** Whether a sentence (or headline) is a question and nothing else: it ends in a question mark and holds no sentence before it. Pure. */
export function asksOnly(text: string): boolean {
  const sentence = text.trim();
  return QUESTION_END.test(sentence) && !INNER_SENTENCE_END.test(sentence.replace(QUESTION_END, ""));
}

/** Whether a body sentence states no proposition: a label line or an address to the reader. Pure. */
export function statesNoProposition(text: string, language: string | undefined): boolean {
  return isLabelLine(text) || addressesReader(text, language);
}
