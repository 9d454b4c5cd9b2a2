/**
 * Stage 2, evidence: links between statements of different articles that say the same thing. Two rules make a link:
 * - words: their terms overlap enough (IDF-weighted) and, when both name places, the places agree — the same name, one
 *   inside the other ("Varanger" / "Varanger fjord"), or two names the case relates (names.ts);
 * - anchors: across languages, they share names and numbers of their own (not the story's subject alone).
 * Comparing every pair would be quadratic in statements: an inverted index from keys (predicates, rare words, rare
 * anchors, places) to statements proposes only the pairs that share keys (prefix filtering), and only those are scored.
 */
import { nameRelation } from "./names.ts";
import { MAX_ANCHOR_KEYS, MAX_BLOCK, MAX_SIGNATURE_WORDS, MIN_ANCHOR_OVERLAP, MIN_OVERLAP, MIN_OVERLAP_WITHOUT_NAMES, MIN_OVERLAP_WITHOUT_PREDICATE, MIN_SHARED_ANCHORS, MIN_SHARED_KEYS, MIN_SIGNATURE_WORDS } from "./thresholds.ts";
import type { RelatedNames, Statement, StatementLinks } from "./types.ts";

/** The rule that links two statements. */
export type LinkRule = "words" | "anchors";

/** How many statements use each term: rarer terms say more. */
function documentFrequencies(statements: readonly Statement[], field: "words" | "anchors"): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of statements) for (const t of s[field]) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}

/** What the link rules weigh: each word's IDF over the case's statements, and each statement's total word and anchor weight. */
export interface LinkWeights {
  idf(term: string): number;
  /** Added to the overlap when the two statements name places the case relates: the case says they are one place. */
  relatedPlaceWeight: number;
  words: readonly number[];
  anchors: readonly number[];
}

export function linkWeights(statements: readonly Statement[], df: ReadonlyMap<string, number>): LinkWeights {
  const idf = (w: string) => Math.log(1 + statements.length / (df.get(w) ?? 1));
  const weightOf = (ws: ReadonlySet<string>) => [...ws].reduce((sum, w) => sum + idf(w), 0);
  return { idf, relatedPlaceWeight: Math.log(1 + statements.length), words: statements.map((s) => weightOf(s.words)), anchors: statements.map((s) => weightOf(s.anchors)) };
}

/** The rule by which statements i and j (of different articles) say the same thing, if any. */
export function linkRule(statements: readonly Statement[], i: number, j: number, weights: LinkWeights, related: RelatedNames): LinkRule | undefined {
  const a = statements[i] as Statement;
  const b = statements[j] as Statement;
  const { idf } = weights;
  if (a.language !== b.language) {
    // Across languages only names and numbers can be shared: enough of them, and not one alone.
    let sharedWeight = 0;
    let sharedCount = 0;
    for (const w of a.anchors) {
      if (b.anchors.has(w)) {
        sharedWeight += idf(w);
        sharedCount++;
      }
    }
    const overlap = sharedWeight / Math.sqrt((weights.anchors[i] as number) * (weights.anchors[j] as number) || 1);
    return sharedCount >= MIN_SHARED_ANCHORS && overlap >= MIN_ANCHOR_OVERLAP ? "anchors" : undefined;
  }
  let overlapWeight = 0;
  for (const w of a.words) if (b.words.has(w)) overlapWeight += idf(w);
  const relation = nameRelation(related, a.names, b.names);
  if (relation === "related") overlapWeight += weights.relatedPlaceWeight;
  const overlap = overlapWeight / Math.sqrt((weights.words[i] as number) * (weights.words[j] as number) || 1);
  let sharesPredicate = false;
  for (const p of a.predicates) if (b.predicates.has(p)) sharesPredicate = true;
  const bothNamed = a.names.size > 0 && b.names.size > 0;
  // Two statements naming places agree only about the same place; without places, the words must say more.
  const linked = bothNamed
    ? relation !== undefined && overlap >= (sharesPredicate ? MIN_OVERLAP : MIN_OVERLAP_WITHOUT_NAMES)
    : overlap >= MIN_OVERLAP_WITHOUT_NAMES && (sharesPredicate || overlap >= MIN_OVERLAP_WITHOUT_PREDICATE);
  return linked ? "words" : undefined;
}

/** The first `n` terms of a set, rarest first (ties alphabetical, so the index does not depend on input order). */
function rarest(terms: ReadonlySet<string>, df: ReadonlyMap<string, number>, n: number): string[] {
  return [...terms].sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0) || (x < y ? -1 : 1)).slice(0, n);
}

/**
 * The keys a statement is indexed under: its predicates; its rarest words (two statements that overlap enough share
 * some of them); its rarest names and numbers (across languages the only words two statements can share); its places,
 * their parts ("varanger" of "varanger-fjord") and the names the case relates to them, so two names of one place meet.
 */
function indexKeys(s: Statement, related: RelatedNames, wordDf: ReadonlyMap<string, number>, anchorDf: ReadonlyMap<string, number>): string[] {
  const keys = [...s.predicates].map((p) => `p:${p}`);
  for (const w of rarest(s.words, wordDf, Math.min(MAX_SIGNATURE_WORDS, Math.max(MIN_SIGNATURE_WORDS, Math.ceil(s.words.size / 2))))) keys.push(`w:${w}`);
  for (const a of rarest(s.anchors, anchorDf, MAX_ANCHOR_KEYS)) keys.push(`a:${a}`);
  const placeKeys = new Set<string>();
  for (const name of s.names) {
    for (const n of [name, ...(related.get(name) ?? [])]) {
      placeKeys.add(n);
      for (const part of n.split("-")) if (part.length > 3) placeKeys.add(part);
    }
  }
  for (const k of placeKeys) keys.push(`n:${k}`);
  return keys;
}

/** Links between statements of different articles that say the same thing (rules: words, anchors). */
export function linkStatements(statements: readonly Statement[], related: RelatedNames): StatementLinks {
  const wordDf = documentFrequencies(statements, "words");
  const weights = linkWeights(statements, wordDf);
  const anchorDf = documentFrequencies(statements, "anchors");
  const blocks = new Map<string, number[]>();
  statements.forEach((s, i) => {
    for (const key of indexKeys(s, related, wordDf, anchorDf)) {
      const list = blocks.get(key);
      if (list) list.push(i);
      else blocks.set(key, [i]);
    }
  });
  const links = statements.map(() => new Set<number>());
  const keysOf: string[][] = statements.map(() => []);
  for (const [key, members] of blocks) {
    // A key shared by too many statements is too common to tell claims apart (and would make this quadratic).
    if (members.length > MAX_BLOCK) continue;
    for (const i of members) keysOf[i]?.push(key);
  }
  // For each statement, count the keys it shares with each later one; only pairs sharing MIN_SHARED_KEYS are compared
  // in full. Memory stays linear: one count map at a time.
  for (let i = 0; i < statements.length; i++) {
    const article = (statements[i] as Statement).article;
    const shared = new Map<number, number>();
    for (const key of keysOf[i] ?? []) {
      for (const j of blocks.get(key) ?? []) {
        if (j > i && (statements[j] as Statement).article !== article) shared.set(j, (shared.get(j) ?? 0) + 1);
      }
    }
    for (const [j, count] of shared) {
      if (count < MIN_SHARED_KEYS || !linkRule(statements, i, j, weights, related)) continue;
      links[i]?.add(j);
      links[j]?.add(i);
    }
  }
  return links;
}
