/**
 * The story merge kept from a case's last run (claims/merge.ts `keptAs`): after random additions, removals and
 * rewordings, the groups are exactly those a merge from nothing makes, in the same order; and a kept merge is given
 * back only where its groups and their statements read the same. Statements are made up of invented words.
 */
import { describe, expect, it } from "vitest";
import { linkStatements } from "../../src/analyse/claims/links.ts";
import { mergeStoryGroups } from "../../src/analyse/claims/merge.ts";
import { groupOf } from "../../src/analyse/claims/signature.ts";
import { starClusters } from "../../src/analyse/claims/stars.ts";
import type { Group, Statement } from "../../src/analyse/claims/types.ts";
import { recall, ResultMemo, withMemo } from "../../src/core/memo.ts";
import { rng } from "../../bench/rng.ts";

const VOCABULARY = ["harbour", "pier", "close", "deck", "crane", "grain", "basin", "berth", "dredge", "council", "vote", "board", "timber", "rail", "market", "trader"];

/** Articles by name, each with its statements' words. */
type Articles = readonly (readonly [string, readonly string[][]])[];

const statementsOf = (articles: Articles): Statement[] =>
  articles.flatMap(([name, said]) =>
    said.map((words, k) => ({
      article: name,
      language: "en",
      span: { start: k * 10, end: k * 10 + 9, text: words.join(" ") },
      quoted: false,
      saysOnlyWho: false,
      words: new Set(words),
      anchors: new Set(words.filter((w) => w.length > 5).map((w) => `#${w}`)),
      predicates: new Set<string>(),
      names: new Set<string>(),
      lead: k === 0,
      verbless: false,
    })),
  );

const KEPT = "storyMerge:test";
const plain = (groups: readonly Group[]) => groups.map((g) => [[...g.members], [...g.articles]]);

describe("story merge kept between runs", () => {
  it("gives the groups of a merge from nothing after random additions, removals and rewordings", () => {
    let kept = 0;
    let made = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const random = rng(seed);
      const words = () => Array.from({ length: 3 + Math.floor(random() * 4) }, () => VOCABULARY[Math.floor(random() * VOCABULARY.length)] as string);
      let named = 0;
      const article = (said = Array.from({ length: 1 + Math.floor(random() * 3) }, words)): [string, string[][]] => [`art-${named++}`, said];
      const memo = new ResultMemo();
      let articles: Articles = Array.from({ length: 8 }, () => article());
      for (let step = 0; step < 20; step++) {
        const statements = statementsOf(articles);
        const groups = starClusters(statements, linkStatements(statements, new Map())).map((m) => groupOf(m, statements));
        memo.nextGeneration();
        const before = withMemo(memo, () => recall(KEPT));
        const carried = withMemo(memo, () => mergeStoryGroups(groups, statements, KEPT));
        expect(plain(carried)).toEqual(plain(mergeStoryGroups(groups, statements)));
        if (before !== undefined && withMemo(memo, () => recall(KEPT)) === before) kept++;
        else made++;
        const r = random();
        // An article of words met nowhere else (joins no group), one of the case's words, one removed, or one reworded;
        // added at a random place, so the statements after it are numbered anew.
        const at = Math.floor(random() * (articles.length + 1));
        const insert = (a: [string, string[][]]) => [...articles.slice(0, at), a, ...articles.slice(at)];
        if (r < 0.35) articles = insert(article([["alder", "birch", "cedar"], ["damson", "elder", "fir"]].slice(0, 1 + Math.floor(random() * 2))));
        else if (r < 0.6) articles = insert(article());
        else if (r < 0.8 && articles.length > 4) articles = articles.filter((_, k) => k !== at % articles.length);
        else articles = articles.map(([name, said], k) => (k === at % articles.length ? [name, [words(), ...said.slice(1)]] : [name, said]));
      }
    }
    // Both ways were taken: merges kept, and made afresh.
    expect(kept).toBeGreaterThan(5);
    expect(made).toBeGreaterThan(5);
  });

  it("gives back groups no later stage can change in the kept state", () => {
    const statements = statementsOf([
      ["a", [["harbour", "pier", "close", "deck"]]],
      ["b", [["harbour", "pier", "close", "deck"]]],
      ["c", [["harbour", "pier", "close", "timber"]]],
    ]);
    const groups = starClusters(statements, linkStatements(statements, new Map())).map((m) => groupOf(m, statements));
    const memo = new ResultMemo();
    const first = withMemo(memo, () => mergeStoryGroups(groups, statements, KEPT));
    expect(first.length).toBeGreaterThan(0);
    (first[0]!.members as number[]).push(99);
    memo.nextGeneration();
    const second = withMemo(memo, () => mergeStoryGroups(groups, statements, KEPT));
    expect(plain(second)).toEqual(plain(mergeStoryGroups(groups, statements)));
  });
});
