/**
 * Claim links carried from one run of a case to the next (claims/linkCarry.ts): after any change to the statements —
 * an article added, removed or reworded, names related — the links are exactly those a run from nothing makes, in the
 * same order. Statements are made up of invented words.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linkStatements } from "../../src/analyse/claims/links.ts";
import type { RelatedNames, Statement } from "../../src/analyse/claims/types.ts";
import { ResultMemo, withMemo } from "../../src/core/memo.ts";

/** A statement as the linking stage reads it. */
interface Said {
  language: string;
  words: string[];
  anchors: string[];
  predicates: string[];
  names: string[];
}

const statementsOf = (articles: readonly (readonly Said[])[]): Statement[] =>
  articles.flatMap((said, a) =>
    said.map((s, k) => ({
      article: `art-${a}`,
      language: s.language,
      span: { start: k * 10, end: k * 10 + 9, text: s.words.join(" ") },
      quoted: false,
      words: new Set(s.words),
      anchors: new Set(s.anchors),
      predicates: new Set(s.predicates),
      names: new Set(s.names),
      lead: k === 0,
      verbless: false,
    })),
  );

const asLists = (links: readonly ReadonlySet<number>[]) => links.map((l) => [...l]);

/** Runs the sequence of cases with one memo (as the catalog does) and checks each against a run from nothing. */
function checkSequence(cases: readonly { articles: readonly (readonly Said[])[]; related: RelatedNames }[]): void {
  const memo = new ResultMemo();
  for (const c of cases) {
    const statements = statementsOf(c.articles);
    memo.nextGeneration();
    const carried = withMemo(memo, () => linkStatements(statements, c.related));
    expect(asLists(carried)).toEqual(asLists(linkStatements(statements, c.related)));
  }
}

const VOCABULARY = ["harbour", "pier", "close", "deck", "crane", "grain", "basin", "berth", "dredge", "council", "vote", "board", "timber", "rail", "market", "trader", "cost", "summer", "crew", "mud", "quay", "tide", "ferry", "levy", "wharf", "silt", "buoy", "mooring"];
const said = (language: string, ...words: string[]): Said => ({ language, words, anchors: [], predicates: [], names: [] });

describe("carried claim links", () => {
  it("equal a fresh run after an article is added, one is removed and one is reworded", () => {
    const base = [
      [said("en", "harbour", "pier", "close", "deck", "timber"), said("en", "crane", "rail", "deck")],
      [said("en", "harbour", "pier", "close", "deck", "board"), said("en", "grain", "market", "trader", "cost")],
      [said("en", "pier", "close", "deck", "timber", "vote"), said("en", "grain", "market", "cost")],
      [said("en", "basin", "berth", "dredge", "mud"), said("en", "crane", "rail", "deck", "timber")],
    ];
    const added = [...base, [said("en", "basin", "berth", "dredge", "council"), said("en", "harbour", "pier", "close", "timber")]];
    const reworded = added.map((a, k) => (k === 1 ? [said("en", "harbour", "pier", "shut", "deck", "board"), ...a.slice(1)] : a));
    const related = new Map();
    checkSequence([
      { articles: base, related },
      { articles: added, related },
      { articles: added.slice(1), related },
      { articles: reworded, related },
      { articles: base, related },
    ]);
  });

  it("equal a fresh run for any sequence of cases", () => {
    const word = fc.constantFrom(...VOCABULARY);
    const statement = fc.record({
      language: fc.constantFrom("en", "en", "en", "fr"),
      // Up to 16 words: a statement is indexed under its rarer half (at most 12), so a change to a common word can leave its keys alone.
      words: fc.uniqueArray(word, { minLength: 1, maxLength: 16 }),
      anchors: fc.uniqueArray(fc.constantFrom("2031", "fenwold", "marrant", "40", "adebayo"), { maxLength: 3 }),
      predicates: fc.uniqueArray(fc.constantFrom("close", "vote", "build"), { maxLength: 2 }),
      names: fc.uniqueArray(fc.constantFrom("fenwold", "east-basin", "old-town", "basin"), { maxLength: 1 }),
    });
    const article = fc.array(statement, { minLength: 1, maxLength: 4 });
    // A case, then changes to it: add an article at a place, remove one, replace one, or change one word of a
    // statement; names related or not.
    const change = fc.record({ kind: fc.constantFrom("add", "remove", "replace", "reword"), at: fc.nat(), article, word, relate: fc.boolean() });
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 12 }), fc.array(change, { minLength: 1, maxLength: 5 }), (start, changes) => {
        const cases = [{ articles: start, related: new Map() as RelatedNames }];
        let articles = start;
        for (const c of changes) {
          const at = c.at % (articles.length + 1);
          if (c.kind === "add") articles = [...articles.slice(0, at), c.article, ...articles.slice(at)];
          else if (c.kind === "remove" && articles.length > 1) articles = articles.filter((_, k) => k !== at % articles.length);
          else if (c.kind === "reword") {
            const target = at % articles.length;
            articles = articles.map((a, k) =>
              k === target ? a.map((st, m) => (m === 0 && !st.words.includes(c.word) ? { ...st, words: [c.word, ...st.words.slice(1)] } : st)) : a,
            );
          }
          else articles = articles.map((a, k) => (k === at % articles.length ? c.article : a));
          const related: RelatedNames = c.relate ? new Map([["basin", new Set(["old-town"])], ["old-town", new Set(["basin"])]]) : new Map();
          cases.push({ articles, related });
        }
        checkSequence(cases);
      }),
      { numRuns: 300 },
    );
  });
});
