/** Shared setup of the stance tests: an article written as consecutive sentences, read for one claim. */
import { readStance, type StanceReading } from "../../src/analyse/stance.ts";

/** The stance of an article of consecutive sentences toward the claim its sentence `at` states. */
export function stanceAt(language: string, sentences: string[], at: number, title?: string): string {
  return readingAt(language, sentences, at, title).stance;
}

/** The whole reading (rule, evidence, what cues about another story would say) of an article of consecutive sentences toward the claim its sentence `at` states. */
export function readingAt(language: string, sentences: string[], at: number, title?: string): StanceReading {
  let offset = 0;
  const spans = sentences.map((text) => {
    const span = { start: offset, end: offset + text.length, text };
    offset += text.length + 1;
    return span;
  });
  const article = { language, ...(title ? { title } : {}), sentences: spans };
  return readStance(article, { debunk: false, negated: false, statements: [spans[at] as never] });
}

/** The stance of an article of consecutive sentences toward the claim its first sentence states. */
export function stanceOfFirst(language: string, sentences: string[], title?: string): string {
  return stanceAt(language, sentences, 0, title);
}
