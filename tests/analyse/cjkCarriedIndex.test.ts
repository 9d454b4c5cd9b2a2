/**
 * Character pairs of one article's statements alone are indexed after every pair two articles share
 * (claims/linkIndex.ts `rarityCounts`): a pair moves from last to first when a second article uses it, and back when
 * that article goes. Links carried from run to run (claims/indexCarry.ts) stay exactly those of a run from nothing
 * through such moves. Statements are made of invented character pairs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linkStatements } from "../../src/analyse/claims/links.ts";
import type { Statement } from "../../src/analyse/claims/types.ts";
import { ResultMemo, withMemo } from "../../src/core/memo.ts";

const statementsOf = (articles: readonly (readonly string[][])[]): Statement[] =>
  articles.flatMap((said, a) =>
    said.map((words, k) => ({
      article: `art-${a}`,
      language: "ja",
      span: { start: k * 10, end: k * 10 + 9, text: words.join("") },
      quoted: false,
      saysOnlyWho: false,
      words: new Set(words),
      anchors: new Set(words.filter((w) => w.startsWith("#"))),
      predicates: new Set<string>(),
      names: new Set<string>(),
      lead: k === 0,
      verbless: false,
    })),
  );

const asLists = (links: readonly ReadonlySet<number>[]) => links.map((l) => [...l]);

/** Twenty-six kanji paired every way: a statement is a run of them, most of its pairs its own. */
const KANJI = [..."港湾閉鎖市議会決定来月運航停止船舶貨物倉庫漁業組合反対署名提出"];
const PAIRS = KANJI.flatMap((a, i) => KANJI.slice(i + 1, i + 4).map((b) => `${a}${b}`));

describe("carried links with character pairs", () => {
  it("equal a fresh run while articles that share or lose a sentence's pairs come and go", () => {
    const statement = fc.uniqueArray(fc.constantFrom(...PAIRS, "#30", "#650"), { minLength: 1, maxLength: 30 });
    const article = fc.array(statement, { minLength: 1, maxLength: 3 });
    const change = fc.record({ kind: fc.constantFrom("add", "remove", "replace", "copy"), at: fc.nat(), article });
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 10 }), fc.array(change, { minLength: 1, maxLength: 8 }), (start, changes) => {
        const memo = new ResultMemo();
        let articles: readonly (readonly string[][])[] = start;
        const check = () => {
          const statements = statementsOf(articles);
          memo.nextGeneration();
          const carried = withMemo(memo, () => linkStatements(statements, new Map()));
          expect(asLists(carried)).toEqual(asLists(linkStatements(statements, new Map())));
        };
        check();
        for (const c of changes) {
          const at = c.at % articles.length;
          if (c.kind === "add") articles = [...articles, c.article];
          else if (c.kind === "remove" && articles.length > 1) articles = articles.filter((_, k) => k !== at);
          // A new article restating half of another's first sentence: its own pairs become shared ones.
          else if (c.kind === "copy") articles = [...articles, [[...(articles[at]?.[0] ?? []).filter((_, k) => k % 2 === 0), ...(c.article[0] ?? [])]]];
          else articles = articles.map((a, k) => (k === at ? c.article : a));
          check();
        }
      }),
      { numRuns: 300 },
    );
  });
});
