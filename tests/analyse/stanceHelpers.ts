/** Shared setup of the stance tests: an article written as consecutive sentences, read for one claim. */
import { readStance, type StanceReading } from "../../src/analyse/stance.ts";
import { stanceArticle } from "./stanceArticle.ts";

/** The stance of an article of consecutive sentences toward the claim its sentence `at` states. */
export function stanceAt(language: string, sentences: string[], at: number, title?: string): string {
  return readingAt(language, sentences, at, title).stance;
}

/** The whole reading (rule, evidence, what cues about another story would say) of an article of consecutive sentences toward the claim its sentence `at` states. */
export function readingAt(language: string, sentences: string[], at: number, title?: string): StanceReading {
  const article = stanceArticle(sentences, { language, ...(title ? { title } : {}) });
  return readStance(article, { debunk: false, negated: false, statements: [article.spans[at] as never] });
}

/** The stance of an article of consecutive sentences toward the claim its first sentence states. */
export function stanceOfFirst(language: string, sentences: string[], title?: string): string {
  return stanceAt(language, sentences, 0, title);
}
