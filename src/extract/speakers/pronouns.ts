/** Pronouns as subjects: the language's personal pronouns, and the source one stands for where it is written. */
import { textSpan } from "../../core/spans.ts";
import { perLanguage } from "../frames/common.ts";
import type { SourceEntry } from "../sources.ts";
import type { SpeakerContext, Subject } from "./types.ts";

/** Per language: its personal pronouns, singular then plural. */
export const pronounWords = perLanguage((frames) => [...frames.pronouns.singular, ...frames.pronouns.plural]);

/**
 * The source a pronoun written at `masked[start, end)` stands for (the most salient one it agrees with); an empty
 * `word` is a person the verb carries in itself. Undefined where no source agrees, or where `accepts` refuses the one that does.
 */
export function pronounAt(word: string, start: number, end: number, ctx: SpeakerContext, accepts?: (entry: SourceEntry) => boolean): Subject | undefined {
  const entry = ctx.book.pronoun(word, textSpan(ctx.body, start, end), accepts);
  return entry ? { entry, span: { start, end } } : undefined;
}
