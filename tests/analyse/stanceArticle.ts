/** Shared setup of the stance tests: an article given as its sentences, laid out one after another a space apart. */
import type { StanceArticle } from "../../src/analyse/stance.ts";

export type SentenceSpan = { start: number; end: number; text: string };

/** The stance reader's view of an article of these sentences (offsets as if joined by one space), with their spans. */
export function stanceArticle(sentences: readonly string[], options: { language: string; title?: string }): StanceArticle & { spans: SentenceSpan[] } {
  const spans = sentenceSpans(sentences);
  return { language: options.language, ...(options.title !== undefined ? { title: options.title } : {}), sentences: spans, spans };
}

/** Sentences laid out one after another a space apart, as spans of the body they make. */
export function sentenceSpans(sentences: readonly string[]): SentenceSpan[] {
  let offset = 0;
  return sentences.map((text) => {
    const span = { start: offset, end: offset + text.length, text };
    offset += text.length + 1;
    return span;
  });
}
