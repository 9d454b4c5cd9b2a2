/**
 * Stage 2, evidence: links between statements of different articles that say the same thing. Two rules make a link:
 * - words: their terms overlap enough (IDF-weighted) and, when both name places, the places agree — the same name, one
 *   inside the other ("Varanger" / "Varanger fjord"), or two names the case relates (names.ts);
 * - anchors: across languages, they share names and numbers of their own (not the story's subject alone).
 * Comparing every pair would be quadratic in statements: an inverted index from keys (predicates, rare words, rare
 * anchors, places) to statements proposes only the pairs that share MIN_SHARED_KEYS keys (prefix filtering), and a key
 * shared by more than MAX_BLOCK statements proposes none, so each statement meets a bounded number of others and the
 * stage grows linearly with the case.
 */
import { nameRelation } from "./names.ts";
import { ALWAYS_PROBED_KEYS, MAX_ANCHOR_KEYS, MAX_BLOCK, MAX_SIGNATURE_WORDS, MIN_ANCHOR_OVERLAP, MIN_OVERLAP, MIN_OVERLAP_WITHOUT_NAMES, MIN_OVERLAP_WITHOUT_PREDICATE, MIN_SHARED_ANCHORS, MIN_SHARED_KEYS, MIN_SIGNATURE_WORDS, PROBE_BUDGET } from "./thresholds.ts";
import type { RelatedNames, Statement, StatementLinks } from "./types.ts";

/** The rule that links two statements. */
export type LinkRule = "words" | "anchors";

/** What the words rule weighs of two statements in one language. */
export interface WordEvidence {
  /** Shared words' IDF over the geometric mean of both statements' total IDF (a related place counts as a shared word). */
  overlap: number;
  /** How their places relate (names.ts), if both name places. */
  relation: "same" | "related" | undefined;
  bothNamed: boolean;
  sharesPredicate: boolean;
}

/** The words rule: two statements naming places agree only about the same place; without places, the words must say more. */
export function wordsLink(e: WordEvidence): boolean {
  if (e.bothNamed) return e.relation !== undefined && e.overlap >= (e.sharesPredicate ? MIN_OVERLAP : MIN_OVERLAP_WITHOUT_NAMES);
  return e.overlap >= MIN_OVERLAP_WITHOUT_NAMES && (e.sharesPredicate || e.overlap >= MIN_OVERLAP_WITHOUT_PREDICATE);
}

/** The anchors rule: across languages only names and numbers can be shared — enough of them, and not one alone. */
export function anchorsLink(sharedCount: number, overlap: number): boolean {
  return sharedCount >= MIN_SHARED_ANCHORS && overlap >= MIN_ANCHOR_OVERLAP;
}

/**
 * The case's terms as integer ids, so a comparison is integer work: each statement's words and anchors as id lists
 * in the statement's own order (sums run in that order, so scores do not depend on the representation), each term's
 * IDF over the statements' words (rarer terms say more; a term no statement has as a word counts as in one).
 */
interface TermTable {
  words: Int32Array[];
  anchors: Int32Array[];
  idf: Float64Array;
  /** Total IDF of each statement's words and of its anchors. */
  wordWeight: Float64Array;
  anchorWeight: Float64Array;
  size: number;
}

function termTable(statements: readonly Statement[]): TermTable {
  const ids = new Map<string, number>();
  const idOf = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) ids.set(t, (id = ids.size));
    return id;
  };
  const words = statements.map((s) => Int32Array.from(s.words, idOf));
  const anchors = statements.map((s) => Int32Array.from(s.anchors, idOf));
  const df = new Int32Array(ids.size);
  for (const list of words) for (const id of list) df[id] = (df[id] as number) + 1;
  const idf = Float64Array.from(df, (d) => Math.log(1 + statements.length / (d || 1)));
  const total = (list: Int32Array) => list.reduce((sum, id) => sum + (idf[id] as number), 0);
  return { words, anchors, idf, wordWeight: Float64Array.from(words, total), anchorWeight: Float64Array.from(anchors, total), size: ids.size };
}

/**
 * Shared terms of one statement (`a`) with others: `a`'s terms are marked once, then each other statement's list is
 * walked — no set lookups or allocation per pair. Returns the IDF of the shared terms summed in `a`'s order (floating
 * sums depend on order: the same order keeps scores, and so links, the same however terms are stored), and their
 * number. Scratch space of one linkStatements call, never shared between calls.
 */
class SharedTerms {
  private readonly mark: Int32Array;
  private readonly position: Int32Array;
  private token = 0;
  private list: Int32Array = new Int32Array(0);
  private readonly found: number[] = [];
  constructor(
    size: number,
    private readonly idf: Float64Array,
  ) {
    this.mark = new Int32Array(size);
    this.position = new Int32Array(size);
  }
  of(list: Int32Array): this {
    this.token++;
    this.list = list;
    list.forEach((id, k) => {
      this.mark[id] = this.token;
      this.position[id] = k;
    });
    return this;
  }
  with(other: Int32Array): { weight: number; count: number } {
    const found = this.found;
    found.length = 0;
    for (const id of other) if (this.mark[id] === this.token) found.push(this.position[id] as number);
    if (found.length > 1) found.sort((x, y) => x - y);
    let weight = 0;
    for (const k of found) weight += this.idf[this.list[k] as number] as number;
    return { weight, count: found.length };
  }
}

/** The case's terms of one field ordered rarest first (ties alphabetical, so the index does not depend on input order), and each term's place in that order. */
interface RarityOrder {
  terms: readonly string[];
  rank: ReadonlyMap<string, number>;
}

/** The first `n` terms of a set, rarest first: their places in the case's order, sorted as integers (one sort of the case's terms instead of a comparison of counts and strings per statement). */
function rarest(terms: ReadonlySet<string>, order: RarityOrder, n: number): string[] {
  const ranks = new Int32Array(terms.size);
  let k = 0;
  for (const t of terms) ranks[k++] = order.rank.get(t) as number;
  ranks.sort();
  const out: string[] = [];
  for (let i = 0; i < Math.min(n, ranks.length); i++) out.push(order.terms[ranks[i] as number] as string);
  return out;
}

/** How many statements use each term (for choosing a statement's rarest terms as its keys), as the case's rarity order. */
function rarityOrder(statements: readonly Statement[], field: "words" | "anchors"): RarityOrder {
  const df = new Map<string, number>();
  for (const s of statements) for (const t of s[field]) df.set(t, (df.get(t) ?? 0) + 1);
  // Alphabetical first (the native string sort: UTF-16 code units, as `<` compares), then a stable counting sort by
  // frequency: the same order as one sort by (frequency, term), without a comparator called per comparison.
  const alphabetical = [...df.keys()].sort();
  const byCount: string[][] = [];
  for (const t of alphabetical) (byCount[df.get(t) as number] ??= []).push(t);
  const terms: string[] = [];
  for (const group of byCount) if (group) for (const t of group) terms.push(t);
  return { terms, rank: new Map(terms.map((t, i) => [t, i])) };
}

/**
 * The keys a statement is indexed under: its predicates; its rarest words (two statements that overlap enough share
 * some of them); its rarest names and numbers (across languages the only words two statements can share); its places,
 * their parts ("varanger" of "varanger-fjord") and the names the case relates to them, so two names of one place meet.
 */
function indexKeys(s: Statement, related: RelatedNames, words: RarityOrder, anchors: RarityOrder): string[] {
  const keys = [...s.predicates].map((p) => `p:${p}`);
  for (const w of rarest(s.words, words, Math.min(MAX_SIGNATURE_WORDS, Math.max(MIN_SIGNATURE_WORDS, Math.ceil(s.words.size / 2))))) keys.push(`w:${w}`);
  for (const a of rarest(s.anchors, anchors, MAX_ANCHOR_KEYS)) keys.push(`a:${a}`);
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

/** A statement's place in the index: for each key it probes, the block of statements probing that key and where it stands in that block. */
interface IndexEntry {
  block: readonly number[];
  at: number;
}

/**
 * The case's index keys as integers (numbered in the order first met, statement by statement: the order blocks are
 * visited in), how many statements have each, and each key's place in alphabetical order (probing's tie-break). The
 * index is then integer work: no string lookups per statement and key.
 */
interface KeyTable {
  ids: Int32Array[];
  size: Int32Array;
  alphabetical: Int32Array;
}

function keyTable(keys: readonly (readonly string[])[]): KeyTable {
  const idOf = new Map<string, number>();
  const names: string[] = [];
  const ids = keys.map((ks) =>
    Int32Array.from(ks, (k) => {
      let id = idOf.get(k);
      if (id === undefined) {
        id = names.length;
        idOf.set(k, id);
        names.push(k);
      }
      return id;
    }),
  );
  const size = new Int32Array(names.length);
  for (const list of ids) for (const id of list) size[id] = (size[id] as number) + 1;
  // The native string sort (UTF-16 code units, as `<` compares): keys are distinct, so each gets one place.
  const alphabetical = new Int32Array(names.length);
  [...names].sort().forEach((name, place) => (alphabetical[idOf.get(name) as number] = place));
  return { ids, size, alphabetical };
}

/**
 * The keys a statement probes: its rarest keys (smallest blocks first, ties by key) — always the first
 * ALWAYS_PROBED_KEYS, then more while the statements they propose stay within PROBE_BUDGET. Keys of more than MAX_BLOCK
 * statements are too common to probe at all.
 */
function probedKeys(keys: Int32Array, table: KeyTable): number[] {
  const { size, alphabetical } = table;
  const sized = Array.from(keys).filter((id) => (size[id] as number) <= MAX_BLOCK);
  sized.sort((x, y) => (size[x] as number) - (size[y] as number) || (alphabetical[x] as number) - (alphabetical[y] as number));
  const probed: number[] = [];
  let proposed = 0;
  for (const id of sized) {
    if (probed.length >= ALWAYS_PROBED_KEYS && proposed + (size[id] as number) > PROBE_BUDGET) break;
    probed.push(id);
    proposed += size[id] as number;
  }
  return probed;
}

/**
 * The inverted index, probed side: for each statement, its entries in the blocks of the keys it probes; a block lists,
 * in ascending order, the statements that probe its key, so two statements meet through a key only when both probe it.
 */
function invertedIndex(statements: readonly Statement[], related: RelatedNames): IndexEntry[][] {
  const words = rarityOrder(statements, "words");
  const anchors = rarityOrder(statements, "anchors");
  const table = keyTable(statements.map((s) => indexKeys(s, related, words, anchors)));
  // Statements visited in order, so each block is ascending. No statement probes a key of more than MAX_BLOCK statements (probedKeys).
  const blocks: number[][] = new Array(table.size.length);
  table.ids.forEach((keys, i) => {
    for (const id of probedKeys(keys, table)) (blocks[id] ??= []).push(i);
  });
  // Blocks in the order their keys were first met: the order statements meet in, which later stages' ties follow.
  const entries: IndexEntry[][] = statements.map(() => []);
  for (const block of blocks) if (block) block.forEach((i, at) => entries[i]?.push({ block, at }));
  return entries;
}

/** Links between statements of different articles that say the same thing (rules: words, anchors). */
export function linkStatements(statements: readonly Statement[], related: RelatedNames): StatementLinks {
  const index = invertedIndex(statements, related);
  const terms = termTable(statements);
  const sharedWords = new SharedTerms(terms.size, terms.idf);
  const sharedAnchors = new SharedTerms(terms.size, terms.idf);
  const relatedPlaceWeight = Math.log(1 + statements.length);
  const articleOf = new Map<string, number>();
  const article = Int32Array.from(statements, (s) => {
    if (!articleOf.has(s.article)) articleOf.set(s.article, articleOf.size);
    return articleOf.get(s.article) as number;
  });
  const linkRule = (i: number, j: number): LinkRule | undefined => {
    const a = statements[i] as Statement;
    const b = statements[j] as Statement;
    if (a.language !== b.language) {
      const { weight, count } = sharedAnchors.with(terms.anchors[j] as Int32Array);
      return anchorsLink(count, weight / Math.sqrt((terms.anchorWeight[i] as number) * (terms.anchorWeight[j] as number) || 1)) ? "anchors" : undefined;
    }
    let { weight } = sharedWords.with(terms.words[j] as Int32Array);
    const bothNamed = a.names.size > 0 && b.names.size > 0;
    // Without places on both sides no related place adds weight, and the words alone must reach MIN_OVERLAP_WITHOUT_NAMES
    // (wordsLink): most pairs the index proposes fall short, and need no place or predicate compared.
    if (!bothNamed && weight / Math.sqrt((terms.wordWeight[i] as number) * (terms.wordWeight[j] as number) || 1) < MIN_OVERLAP_WITHOUT_NAMES) return undefined;
    const relation = nameRelation(related, a.names, b.names);
    if (relation === "related") weight += relatedPlaceWeight;
    let sharesPredicate = false;
    for (const p of a.predicates) if (b.predicates.has(p)) sharesPredicate = true;
    const overlap = weight / Math.sqrt((terms.wordWeight[i] as number) * (terms.wordWeight[j] as number) || 1);
    return wordsLink({ overlap, relation, bothNamed, sharesPredicate }) ? "words" : undefined;
  };

  const links = statements.map(() => new Set<number>());
  // For each statement, count the keys it shares with each later statement of another article (counts in an array,
  // reset through the list of statements touched); only pairs sharing MIN_SHARED_KEYS are compared in full.
  const sharedKeys = new Int32Array(statements.length);
  const touched: number[] = [];
  for (let i = 0; i < statements.length; i++) {
    for (const { block, at } of index[i] ?? []) {
      for (let k = at + 1; k < block.length; k++) {
        const j = block[k] as number;
        if (article[j] === article[i]) continue;
        if (sharedKeys[j] === 0) touched.push(j);
        sharedKeys[j] = (sharedKeys[j] as number) + 1;
      }
    }
    sharedWords.of(terms.words[i] as Int32Array);
    sharedAnchors.of(terms.anchors[i] as Int32Array);
    for (const j of touched) {
      if ((sharedKeys[j] as number) >= MIN_SHARED_KEYS && linkRule(i, j)) {
        links[i]?.add(j);
        links[j]?.add(i);
      }
      sharedKeys[j] = 0;
    }
    touched.length = 0;
  }
  return links;
}
