/**
 * Claim links carried from one run of a case to the next (claims/linkCarry.ts): after any change to the statements —
 * an article added, removed or reworded, names related — the links are exactly those a run from nothing makes, in the
 * same order. Statements are made up of invented words.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linkIndex, termTable } from "../../src/analyse/claims/linkIndex.ts";
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
  /** Carries a debunk cue: it may link by containment (linkPairs.ts wordsLink). */
  debunking?: boolean;
}

const statementsOf = (articles: readonly (readonly Said[])[]): Statement[] =>
  articles.flatMap((said, a) =>
    said.map((s, k) => ({
      article: `art-${a}`,
      language: s.language,
      span: { start: k * 10, end: k * 10 + 9, text: s.words.join(" ") },
      quoted: false,
      saysOnlyWho: false,
      words: new Set(s.words),
      anchors: new Set(s.anchors),
      predicates: new Set(s.predicates),
      names: new Set(s.names),
      debunking: s.debunking === true,
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

  it("equal a fresh run while a growing case lifts a pair's score across a threshold", () => {
    // Two statements about one place sharing only two common words: while the case is small their rare words weigh far
    // more and they score below every threshold; as unrelated articles come in, every term's weight tends to the same
    // value and their score rises past MIN_OVERLAP — a pair no carried verdict may hide.
    const place = (words: string[]): Said => ({ language: "en", words, anchors: [], predicates: ["close"], names: ["fenwold"] });
    const story = [
      [place(["pier", "deck", "alder", "birch", "cedar", "damson"])],
      [place(["pier", "deck", "elder", "fennel", "gorse", "hazel"])],
      ...Array.from({ length: 8 }, (_, k) => [said("en", "pier", "deck", `other${k}a`, `other${k}b`, `other${k}c`, `other${k}d`)]),
    ];
    const filler = (k: number) => [0, 1, 2].map((m) => said("en", `filler${k}x${m}`, `filler${k}y${m}`, `filler${k}z${m}`));
    const related = new Map();
    const cases = Array.from({ length: 80 }, (_, n) => ({ articles: [...story, ...Array.from({ length: n }, (_, k) => filler(k))], related }));
    const first = statementsOf(cases[0]!.articles);
    const last = statementsOf(cases.at(-1)!.articles);
    // The pair is unlinked at the start and linked at the end (else the sequence tests nothing).
    expect(linkStatements(first, related)[0]?.has(1)).toBe(false);
    expect(linkStatements(last, related)[0]?.has(1)).toBe(true);
    checkSequence(cases);
  });

  it("equal a fresh run while a growing case lifts the share of a claim a denial restates across its threshold", () => {
    // A denial holding five of a claim's seven words, among many words of its own: their overlap stays between
    // thresholds, while the share of the claim it holds rises past MIN_RESTATED_SHARE as the five common words weigh
    // more in a growing case — a verdict the kept overlap does not bound.
    const common = ["pier", "deck", "crane", "grain", "basin"];
    // Two anchors of their own make the index propose the pair, whose rarest words differ.
    const claim: Said = { ...said("en", ...common, "alder", "birch"), anchors: ["2031", "adebayo"] };
    const denial: Said = { ...said("en", ...common, ...Array.from({ length: 20 }, (_, k) => `denial${k}`)), anchors: ["2031", "adebayo"], debunking: true };
    const story = [[claim], [denial], ...Array.from({ length: 8 }, (_, k) => [said("en", ...common, `other${k}a`, `other${k}b`, `other${k}c`, `other${k}d`, `other${k}e`)])];
    const filler = (k: number) => [0, 1, 2].map((m) => said("en", `filler${k}x${m}`, `filler${k}y${m}`, `filler${k}z${m}`));
    const related = new Map();
    const cases = Array.from({ length: 150 }, (_, n) => ({ articles: [...story, ...Array.from({ length: n }, (_, k) => filler(k))], related }));
    expect(linkStatements(statementsOf(cases[0]!.articles), related)[0]?.has(1)).toBe(false);
    expect(linkStatements(statementsOf(cases.at(-1)!.articles), related)[0]?.has(1)).toBe(true);
    checkSequence(cases);
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
      // Some deny: their pairs with the others may link by containment, a ratio the kept score does not hold.
      debunking: fc.constantFrom(false, false, false, true),
    });
    const article = fc.array(statement, { minLength: 1, maxLength: 4 });
    // A case, then changes to it: add an article at a place, remove one, replace one, change one word of a statement,
    // or add an article of words no other uses (the case grows: every score drifts a little); names related or not.
    const change = fc.record({ kind: fc.constantFrom("add", "remove", "replace", "reword", "filler", "filler"), at: fc.nat(), article, word, relate: fc.boolean() });
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 12 }), fc.array(change, { minLength: 1, maxLength: 10 }), (start, changes) => {
        const cases: { articles: readonly (readonly Said[])[]; related: RelatedNames }[] = [{ articles: start, related: new Map() }];
        let articles: readonly (readonly Said[])[] = start;
        let fillers = 0;
        for (const c of changes) {
          const at = c.at % (articles.length + 1);
          if (c.kind === "filler") {
            fillers++;
            articles = [...articles, [0, 1, 2].map((k) => said("en", `filler${fillers}x${k}`, `filler${fillers}y${k}`, `filler${fillers}z${k}`))];
          } else if (c.kind === "add") articles = [...articles.slice(0, at), c.article, ...articles.slice(at)];
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

/** A small deterministic generator (no timing, no Math.random): the same statements every run. */
function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe("carried link index (claims/indexCarry.ts)", () => {
  // Hundreds of statements over a small vocabulary: keys past MAX_BLOCK and statements cut by the probe budget, so a
  // block size moving by one changes what a statement probes.
  const words = Array.from({ length: 70 }, (_, k) => `term${k}`);
  const articleOf = (rand: () => number): Said[] =>
    Array.from({ length: 1 + Math.floor(rand() * 4) }, () => {
      const pick = (list: readonly string[], most: number) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * most) }, () => list[Math.floor(rand() ** 2 * list.length)]!))];
      return {
        language: rand() < 0.9 ? "en" : "fr",
        words: pick(words, 14),
        anchors: rand() < 0.5 ? pick(["2031", "fenwold", "marrant", "40", "adebayo", "1200"], 3) : [],
        predicates: rand() < 0.7 ? pick(["close", "vote"], 2) : [],
        names: rand() < 0.3 ? pick(["fenwold", "east-basin", "old-town"], 1) : [],
      };
    });

  /** The most statements any one key is indexed under (probed or not), and how many statements probe fewer keys than they have. */
  const limits = (articles: readonly (readonly Said[])[]) => {
    const statements = statementsOf(articles);
    const index = linkIndex(statements, new Map(), termTable(statements));
    const size = new Map<number, number>();
    for (const keys of index.keys!) for (const k of keys) size.set(k, (size.get(k) ?? 0) + 1);
    return { largest: Math.max(...size.values()), cut: index.keys!.filter((keys, x) => keys.length > index.probedOf(x).length + 2).length };
  };

  it("gives the links of a fresh run while articles are added, removed and reworded in a large case", () => {
    const rand = lcg(13);
    let articles: Said[][] = Array.from({ length: 240 }, () => articleOf(rand));
    const cases: { articles: readonly (readonly Said[])[]; related: RelatedNames }[] = [{ articles, related: new Map() }];
    for (let step = 0; step < 28; step++) {
      const at = Math.floor(rand() * articles.length);
      const kind = step % 4;
      // Added articles all say "close": its key grows past MAX_BLOCK (400) during the sequence.
      if (kind === 0 || kind === 3) articles = [...articles.slice(0, at), articleOf(rand).map((st) => ({ ...st, predicates: ["close"] })), ...articles.slice(at)];
      else if (kind === 1) articles = articles.filter((_, k) => k !== at);
      else articles = articles.map((a, k) => (k === at ? a.map((st, m) => (m === 0 ? { ...st, words: [...new Set([words[Math.floor(rand() * 5)]!, ...st.words.slice(1)])] } : st)) : a));
      cases.push({ articles, related: new Map() });
    }
    // The sequence reaches the limits it is for: a key crosses MAX_BLOCK, and the probe budget cuts statements' keys.
    const first = limits(cases[0]!.articles);
    const end = limits(articles);
    expect([first.largest <= 400, end.largest > 400, first.cut > 20]).toEqual([true, true, true]);
    checkSequence(cases);
  });

  it("probes, key by key, what a fresh index probes after each change", () => {
    const rand = lcg(7);
    let articles: Said[][] = Array.from({ length: 200 }, () => articleOf(rand));
    const memo = new ResultMemo();
    for (let step = 0; step < 10; step++) {
      const statements = statementsOf(articles);
      memo.nextGeneration();
      withMemo(memo, () => linkStatements(statements, new Map()));
      const kept = memo.recall<{ index: { probed: Int32Array; probedStart: Int32Array }; numbering: { names: string[] } }>("claimLinks")!;
      const fresh = linkIndex(statements, new Map(), termTable(statements));
      statements.forEach((_, x) => {
        const carried = [...kept.index.probed.subarray(kept.index.probedStart[x], kept.index.probedStart[x + 1])].map((k) => kept.numbering.names[k]).sort();
        expect(carried).toEqual(fresh.probedOf(x).map((id) => fresh.keyNames[id]).sort());
      });
      const at = Math.floor(rand() * articles.length);
      articles = step % 3 === 1 ? articles.filter((_, k) => k !== at) : [...articles.slice(0, at), articleOf(rand), ...articles.slice(at)];
    }
  });
});
