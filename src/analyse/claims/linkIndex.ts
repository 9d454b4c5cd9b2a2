/**
 * What linking (links.ts) compares statements with: the case's terms as integers with their IDF, and the inverted
 * index that proposes pairs. Comparing every pair would be quadratic in statements: an index from keys (predicates,
 * rare words, rare anchors, places) to statements proposes only the pairs that share MIN_SHARED_KEYS keys (prefix
 * filtering), and a key shared by more than MAX_BLOCK statements proposes none, so each statement meets a bounded
 * number of others and the stage grows linearly with the case.
 */
import { ALWAYS_PROBED_KEYS, MAX_ANCHOR_KEYS, MAX_BLOCK, MAX_SIGNATURE_WORDS, MIN_SIGNATURE_WORDS, PROBE_BUDGET } from "./thresholds.ts";
import type { RelatedNames, Statement } from "./types.ts";

/**
 * The case's terms as integer ids, so a comparison is integer work: each statement's words and anchors as id lists
 * in the statement's own order (sums run in that order, so scores do not depend on the representation), each term's
 * IDF over the statements' words (rarer terms say more; a term no statement has as a word counts as in one).
 */
export interface TermTable {
  words: Int32Array[];
  anchors: Int32Array[];
  idf: Float64Array;
  /** Total IDF of each statement's words and of its anchors. */
  wordWeight: Float64Array;
  anchorWeight: Float64Array;
  /** Each id's term. */
  names: string[];
  /** How many statements have each term as a word. */
  df: Int32Array;
}

export function termTable(statements: readonly Statement[]): TermTable {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const idOf = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) {
      ids.set(t, (id = names.length));
      names.push(t);
    }
    return id;
  };
  const words = statements.map((s) => Int32Array.from(s.words, idOf));
  const anchors = statements.map((s) => Int32Array.from(s.anchors, idOf));
  const df = new Int32Array(names.length);
  for (const list of words) for (const id of list) df[id] = (df[id] as number) + 1;
  const idf = Float64Array.from(df, (d) => Math.log(1 + statements.length / (d || 1)));
  const total = (list: Int32Array) => list.reduce((sum, id) => sum + (idf[id] as number), 0);
  return { words, anchors, idf, wordWeight: Float64Array.from(words, total), anchorWeight: Float64Array.from(anchors, total), names, df };
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

/**
 * The case's index keys as integers (numbered in the order first met, statement by statement: the order blocks are
 * visited in), how many statements have each, and each key's place in alphabetical order (probing's tie-break). The
 * index is then integer work: no string lookups per statement and key.
 */
interface KeyTable {
  ids: Int32Array[];
  size: Int32Array;
  alphabetical: Int32Array;
  names: string[];
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
  return { ids, size, alphabetical, names };
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
 * The inverted index, probed side: the keys each statement probes (ids numbered in the order first met, statement by
 * statement), and for each key the block of statements probing it, ascending. Two statements meet through a key only
 * when both probe it; a pair is proposed when they meet through MIN_SHARED_KEYS keys.
 */
export interface LinkIndex {
  probed: number[][];
  /** Parallel to `probed`: where the statement stands in each of those keys' blocks. */
  at: number[][];
  /** By key id; a key no statement probes has none. */
  blocks: (number[] | undefined)[];
  /** Each key id's key ("w:" word, "a:" anchor, "p:" predicate, "n:" place). */
  keyNames: readonly string[];
}

export function linkIndex(statements: readonly Statement[], related: RelatedNames): LinkIndex {
  const words = rarityOrder(statements, "words");
  const anchors = rarityOrder(statements, "anchors");
  const table = keyTable(statements.map((s) => indexKeys(s, related, words, anchors)));
  // Statements visited in order, so each block is ascending. No statement probes a key of more than MAX_BLOCK statements (probedKeys).
  const blocks: (number[] | undefined)[] = new Array(table.size.length);
  const at: number[][] = [];
  const probed = table.ids.map((keys, i) => {
    const ids = probedKeys(keys, table);
    at.push(ids.map((id) => (blocks[id] ??= []).push(i) - 1));
    return ids;
  });
  return { probed, at, blocks, keyNames: table.names };
}
