/** Shared setup of the stance tests: an article written as consecutive sentences, read for one claim. */
import { readStance } from "../../src/analyse/stance.ts";

/** The stance of an article of consecutive sentences toward the claim its sentence `at` states. */
export function stanceAt(language: string, sentences: string[], at: number, title?: string): string {
  let offset = 0;
  const spans = sentences.map((text) => {
    const span = { start: offset, end: offset + text.length, text };
    offset += text.length + 1;
    return span;
  });
  const article = { language, ...(title ? { title } : {}), sentences: spans };
  return readStance(article, { debunk: false, negated: false, statements: [spans[at] as never] }).stance;
}

/** The stance of an article of consecutive sentences toward the claim its first sentence states. */
export function stanceOfFirst(language: string, sentences: string[], title?: string): string {
  return stanceAt(language, sentences, 0, title);
}
