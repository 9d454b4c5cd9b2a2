/**
 * Whether words two articles print as their own prose are, in a third article of the case, inside a quotation: a
 * statement's sentence one text quotes ("We urge residents not to share …") and two others retell in reported speech
 * ("The ministry urged residents not to share …"). Such words are the statement's, not the writers': two texts that
 * print them alike may each have them from the statement. Pure over the third article's body and reading.
 */
import type { ArticleReading } from "../extract/types.ts";
import { tokenNorms } from "./tokens.ts";

/** The words count as quoted when a quotation holds at least this share of them, in their order. */
export const QUOTED_ELSEWHERE_COVER = 0.8;

/** The article that may quote the words: its cleaned body and its reading. */
export interface QuotingArticle {
  body: string;
  reading: ArticleReading | undefined;
}

/** Whether a quotation proper (someone's words) of `article` holds most of `words` (folded, as `tokenNorms` reads them) in their order. */
export function quotesWords(article: QuotingArticle, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const needed = QUOTED_ELSEWHERE_COVER * words.length;
  for (const q of article.reading?.quotations ?? []) {
    if (q.kind !== "quotation") continue;
    const quoted = q.parts.flatMap((p) => tokenNorms(article.body.slice(p.start, p.end)));
    if (quoted.length >= needed && commonSubsequence(words, quoted) >= needed) return true;
  }
  return false;
}

/** Length of the longest common subsequence of two word lists (one row at a time: `a` is a short passage). */
function commonSubsequence(a: readonly string[], b: readonly string[]): number {
  let previous = new Uint16Array(a.length + 1);
  let current = new Uint16Array(a.length + 1);
  for (const word of b) {
    for (let i = 1; i <= a.length; i++) current[i] = a[i - 1] === word ? previous[i - 1]! + 1 : Math.max(previous[i]!, current[i - 1]!);
    [previous, current] = [current, previous];
  }
  return previous[a.length]!;
}
