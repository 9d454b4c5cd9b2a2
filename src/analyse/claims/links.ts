/**
 * Stage 2, evidence: links between statements of different articles that say the same thing. Two rules make a link
 * (linkPairs.ts):
 * - words: their terms overlap enough (IDF-weighted) and, when both name places, the places agree — the same name, one
 *   inside the other ("Varanger" / "Varanger fjord"), or two names the case relates (names.ts);
 * - anchors: across languages, they share names and numbers of their own (not the story's subject alone).
 * An inverted index proposes only the pairs that share enough rare keys (linkIndex.ts), so the stage grows linearly
 * with the case. When a case is analysed again (a memo active, core/memo.ts), the pairs whose scores the new inputs
 * cannot move across a threshold keep their verdicts from the last run (linkCarry.ts).
 */
import { memoActive } from "../../core/memo.ts";
import { linkCarried } from "./linkCarry.ts";
import { linkIndex, termTable } from "./linkIndex.ts";
import { linksOf, PairScorer, scoreAllPairs } from "./linkPairs.ts";
import type { RelatedNames, Statement, StatementLinks } from "./types.ts";

export { anchorsLink, wordsLink, type WordEvidence } from "./linkPairs.ts";

/** The rule that links two statements. */
export type LinkRule = "words" | "anchors";

/** Links between statements of different articles that say the same thing (rules: words, anchors). */
export function linkStatements(statements: readonly Statement[], related: RelatedNames): StatementLinks {
  if (memoActive()) return linkCarried(statements, related);
  const terms = termTable(statements);
  const index = linkIndex(statements, related, terms);
  // A run with nothing to carry to the next reads only the links from its record: no unlinked pair is kept (floor).
  // On the generated 5,000-article case the index proposes 860,962 pairs, of which 48,031 link.
  const record = scoreAllPairs(statements, index, new PairScorer(statements, related, terms), Infinity);
  return linksOf(statements.length, record, index);
}
