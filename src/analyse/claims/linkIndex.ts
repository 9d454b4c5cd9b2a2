/**
 * What linking (links.ts) compares statements with: the case's terms as integers with their IDF, and the inverted
 * index that proposes pairs. Comparing every pair would be quadratic in statements: an index from keys (predicates,
 * rare words, rare anchors, places) to statements proposes only the pairs that share MIN_SHARED_KEYS keys (prefix
 * filtering), and a key shared by more than MAX_BLOCK statements proposes none, so each statement meets a bounded
 * number of others and the stage grows linearly with the case.
 */
import { ALWAYS_PROBED_KEYS, MAX_ANCHOR_KEYS, MAX_BLOCK, MAX_SIGNATURE_WORDS, MIN_SIGNATURE_WORDS, PROBE_BUDGET } from "./thresholds.ts";
import { isCharacterTerm, writesNoCapitals } from "../terms.ts";
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
  /** Each term's id. */
  idOf: ReadonlyMap<string, number>;
}

/**
 * Term ids kept from run to run of a case (linkCarry.ts): ids are only ever added, so an id names the same term in
 * every run, and a set of terms (statements share the memo's sets: core/memo.ts) is turned into ids once. Ids of terms
 * the case no longer has stay (counted in no statement); the caller starts a new dictionary when they pile up.
 */
export interface TermDictionary {
  ids: Map<string, number>;
  names: string[];
  /** Without it (a single run), nothing is kept by set. */
  lists?: WeakMap<ReadonlySet<string>, Int32Array>;
}

export function termTable(statements: readonly Statement[], dictionary: TermDictionary = { ids: new Map(), names: [] }): TermTable {
  const { ids, names, lists } = dictionary;
  const idOf = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) {
      ids.set(t, (id = names.length));
      names.push(t);
    }
    return id;
  };
  const listOf = (terms: ReadonlySet<string>): Int32Array => {
    let list = lists?.get(terms);
    if (list) return list;
    list = new Int32Array(terms.size);
    let k = 0;
    for (const t of terms) list[k++] = idOf(t);
    lists?.set(terms, list);
    return list;
  };
  const words = statements.map((s) => listOf(s.words));
  const anchors = statements.map((s) => listOf(s.anchors));
  const df = new Int32Array(names.length);
  // Indexed loops, not for…of: an Int32Array's iterator allocates a step result where the loop is not optimised, and
  // these run once per run over every term of every statement.
  for (const list of words) for (let i = 0; i < list.length; i++) df[list[i] as number] = (df[list[i] as number] as number) + 1;
  const idf = new Float64Array(names.length);
  for (let id = 0; id < idf.length; id++) idf[id] = Math.log(1 + statements.length / ((df[id] as number) || 1));
  // Summed in each list's order, from 0.
  const total = (lists: Int32Array[]): Float64Array => {
    const out = new Float64Array(lists.length);
    lists.forEach((list, i) => {
      let sum = 0;
      for (let k = 0; k < list.length; k++) sum += idf[list[k] as number] as number;
      out[i] = sum;
    });
    return out;
  };
  return { words, anchors, idf, wordWeight: total(words), anchorWeight: total(anchors), names, df, idOf: ids };
}

/**
 * The terms of one field (each statement's words, or its anchors) ordered rarest first, ties alphabetical (so the
 * index does not depend on input order): by rank, the term's id; by term id, its rank (-1 for a term the field lacks).
 */
interface RarityOrder {
  byRank: Int32Array;
  rank: Int32Array;
}

/** Each term id's place in alphabetical order (the native string sort: UTF-16 code units, as `<` compares). */
function alphabeticalPlaces(terms: TermTable): Int32Array {
  const place = new Int32Array(terms.names.length);
  [...terms.names].sort().forEach((name, p) => (place[terms.idOf.get(name) as number] = p));
  return place;
}

/**
 * How rare each term of one field is for indexing (0 for a term no list holds): the number of statements holding it,
 * except that a character pair of an unspaced script (Chinese, Japanese, Korean: terms.ts) found in one article's
 * statements alone comes after every term two articles share. Such a pair can propose no pair of statements, yet by
 * count it is the rarest: a sentence in those scripts is dozens of pairs, most of them its own, and indexed under
 * those alone it never met a statement that restates it in other words (a fact check's "…とする報道は誤り" never met
 * the report it rates). Words of spaced scripts keep the plain count: a statement has few, and its own rare words
 * already leave room for shared ones — except in the spaced scripts without capitals (Arabic, Urdu, Hebrew, the Indic
 * scripts), where a sentence is long, has no names to index, and in a paraphrase ("أصبحت عروس …" / "سيطرت عروس …")
 * its dozen rarest words were all its own: their words one article alone uses come after the shared ones too.
 * Statements of one article are read one after another (readStatements), so an
 * article is counted once per term.
 */
export function rarityCounts(lists: readonly Int32Array[], statements: readonly Statement[], names: readonly string[]): Int32Array {
  const size = names.length;
  const count = new Int32Array(size);
  const articles = new Int32Array(size);
  const lastArticle = new Int32Array(size).fill(-1);
  let article = -1;
  lists.forEach((list, x) => {
    if (x === 0 || (statements[x] as Statement).article !== (statements[x - 1] as Statement).article) article++;
    for (let i = 0; i < list.length; i++) {
      const id = list[i] as number;
      count[id] = (count[id] as number) + 1;
      if (lastArticle[id] !== article) {
        lastArticle[id] = article;
        articles[id] = (articles[id] as number) + 1;
      }
    }
  });
  for (let id = 0; id < size; id++) if ((articles[id] as number) === 1 && caselessTerm(names[id] as string)) count[id] = (count[id] as number) + lists.length;
  return count;
}

/** A character pair (Chinese, Japanese, Korean) or a word of a spaced script without capitals (Arabic, Hebrew, Devanagari …). */
function caselessTerm(term: string): boolean {
  return isCharacterTerm(term) || writesNoCapitals(term);
}

/** The rarity order of one field: a stable counting sort by rarityCounts over the alphabetical order. */
function rarityOrder(lists: readonly Int32Array[], statements: readonly Statement[], names: readonly string[], alphabetical: Int32Array): RarityOrder {
  const size = alphabetical.length;
  const df = rarityCounts(lists, statements, names);
  const byPlace = new Int32Array(size);
  alphabetical.forEach((p, id) => (byPlace[p] = id));
  const byCount: number[][] = [];
  for (const id of byPlace) if ((df[id] as number) > 0) (byCount[df[id] as number] ??= []).push(id);
  const byRank: number[] = [];
  for (const group of byCount) if (group) for (const id of group) byRank.push(id);
  const rank = new Int32Array(size).fill(-1);
  byRank.forEach((id, r) => (rank[id] = r));
  return { byRank: Int32Array.from(byRank), rank };
}

/** Appends to `keys` the first `n` term ids of a list, rarest first (their ranks sorted as integers, in `scratch`), as keys. */
function pushRarest(keys: number[], list: Int32Array, order: RarityOrder, n: number, scratch: Int32Array, keyOf: (id: number) => number): void {
  const ranks = scratch.subarray(0, list.length);
  for (let k = 0; k < list.length; k++) ranks[k] = order.rank[list[k] as number] as number;
  ranks.sort();
  for (let k = 0; k < Math.min(n, ranks.length); k++) keys.push(keyOf(order.byRank[ranks[k] as number] as number));
}

/** How many of its rarest words and anchors a statement is indexed under: half its words, within bounds, and its anchors up to a bound. */
export function signatureSizes(terms: TermTable, x: number): { words: number; anchors: number } {
  const w = (terms.words[x] as Int32Array).length;
  const a = (terms.anchors[x] as Int32Array).length;
  return { words: Math.min(w, MAX_SIGNATURE_WORDS, Math.max(MIN_SIGNATURE_WORDS, Math.ceil(w / 2))), anchors: Math.min(a, MAX_ANCHOR_KEYS) };
}

/** Parts of a hyphenated place name shorter than this are no key of their own ("al" of "al-varanger", "sur" of "sur-mer"). */
const MIN_PLACE_PART = 4;

/**
 * The terms of a statement's place keys ("n:"), in the order met: each of its places and the names the case relates to
 * them, and each hyphenated part of MIN_PLACE_PART letters or more ("varanger" of "varanger-fjord"), so two names of one
 * place meet.
 */
export function placeKeys(s: Statement, related: RelatedNames): Set<string> {
  const keys = new Set<string>();
  for (const name of s.names) {
    for (const n of [name, ...(related.get(name) ?? [])]) {
      keys.add(n);
      for (const part of n.split("-")) if (part.length >= MIN_PLACE_PART) keys.add(part);
    }
  }
  return keys;
}

/**
 * The case's index keys as integers, numbered in the order first met (statement by statement, each statement's keys
 * in order: the order blocks are visited in), and each statement's keys: its predicates; its rarest words (two
 * statements that overlap enough share some of them); its rarest names and numbers (across languages the only words
 * two statements can share); its places, their parts ("varanger" of "varanger-fjord") and the names the case relates
 * to them, so two names of one place meet. With each key's name ("p:", "w:", "a:", "n:" and the term), how many
 * statements have it, and its place in the alphabetical order of names (probing's tie-break).
 */
interface KeyTable {
  ids: Int32Array[];
  size: Int32Array;
  alphabetical: Int32Array;
  names: string[];
}

/** Key names' first letters in alphabetical order ("a:" < "n:" < "p:" < "w:"): a key's place is its class's, then its term's within the class. */
const KEY_CLASSES = ["a", "n", "p", "w"] as const;

function keyTable(statements: readonly Statement[], related: RelatedNames, terms: TermTable): KeyTable {
  const alphabetical = alphabeticalPlaces(terms);
  const words = rarityOrder(terms.words, statements, terms.names, alphabetical);
  const anchors = rarityOrder(terms.anchors, statements, terms.names, alphabetical);
  const names: string[] = [];
  const wordKey = new Int32Array(terms.names.length).fill(-1);
  const anchorKey = new Int32Array(terms.names.length).fill(-1);
  const namedKeys = KEY_CLASSES.map(() => new Map<string, number>());
  const termKey = (keys: Int32Array, cls: number, id: number): number => {
    let key = keys[id] as number;
    if (key < 0) {
      keys[id] = key = names.length;
      names.push(`${KEY_CLASSES[cls]}:${terms.names[id]}`);
    }
    return key;
  };
  const namedKey = (cls: number, name: string): number => {
    const byName = namedKeys[cls] as Map<string, number>;
    let key = byName.get(name);
    if (key === undefined) {
      byName.set(name, (key = names.length));
      names.push(`${KEY_CLASSES[cls]}:${name}`);
    }
    return key;
  };
  let longest = 0;
  for (const list of terms.words) longest = Math.max(longest, list.length);
  for (const list of terms.anchors) longest = Math.max(longest, list.length);
  const scratch = new Int32Array(longest);
  const wordKeyOf = (id: number) => termKey(wordKey, 3, id);
  const anchorKeyOf = (id: number) => termKey(anchorKey, 0, id);
  const keys: number[] = [];
  const ids = statements.map((s, i) => {
    keys.length = 0;
    for (const p of s.predicates) keys.push(namedKey(2, p));
    const sizes = signatureSizes(terms, i);
    pushRarest(keys, terms.words[i] as Int32Array, words, sizes.words, scratch, wordKeyOf);
    pushRarest(keys, terms.anchors[i] as Int32Array, anchors, sizes.anchors, scratch, anchorKeyOf);
    for (const k of placeKeys(s, related)) keys.push(namedKey(1, k));
    return Int32Array.from(keys);
  });
  const size = new Int32Array(names.length);
  for (const list of ids) for (const id of list) size[id] = (size[id] as number) + 1;
  // Keys are distinct, so each gets one place: by class, then within it — term keys in their terms' alphabetical
  // order, named keys ("n:", "p:") in their names' native order.
  const place = new Int32Array(names.length);
  let next = 0;
  const termsAlphabetical = new Int32Array(alphabetical.length);
  alphabetical.forEach((p, id) => (termsAlphabetical[p] = id));
  KEY_CLASSES.forEach((_, cls) => {
    const termKeys = cls === 0 ? anchorKey : cls === 3 ? wordKey : undefined;
    if (termKeys) {
      for (const id of termsAlphabetical) if ((termKeys[id] as number) >= 0) place[termKeys[id] as number] = next++;
      return;
    }
    for (const key of [...(namedKeys[cls] as Map<string, number>).entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([, key]) => key)) place[key] = next++;
  });
  return { ids, size, alphabetical: place, names };
}

/**
 * The keys a statement probes: its rarest keys (smallest blocks first, ties by key) — always the first
 * ALWAYS_PROBED_KEYS, then more while the statements they propose stay within PROBE_BUDGET. Keys of more than MAX_BLOCK
 * statements are too common to probe at all. Sorted as one integer per key (size, then alphabetical place).
 */
function probedKeys(keys: Int32Array, table: KeyTable, byPlace: Int32Array, scratch: Float64Array): number[] {
  const { size, alphabetical } = table;
  const places = byPlace.length;
  let count = 0;
  for (const id of keys) if ((size[id] as number) <= MAX_BLOCK) scratch[count++] = (size[id] as number) * places + (alphabetical[id] as number);
  const packed = scratch.subarray(0, count).sort();
  const probed: number[] = [];
  let proposed = 0;
  for (const code of packed) {
    const id = byPlace[code % places] as number;
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
  /** How many statements the index holds. */
  count: number;
  /** The key ids statement x probes. A function, not a list: a carried index makes only the lists asked for (indexCarry.ts). */
  probedOf(x: number): readonly number[];
  /** Parallel to `probedOf(x)`: where the statement stands in each of those keys' blocks. */
  at: number[][];
  /** The block of key `id`, ascending; a key no statement probes has none. */
  blockOf(id: number): ArrayLike<number> | undefined;
  /** Each key id's key ("w:" word, "a:" anchor, "p:" predicate, "n:" place). */
  keyNames: readonly string[];
  /** Each statement's keys (probed or not), by id, in the order numbered (the next run's index starts from them: indexCarry.ts). */
  keys?: readonly Int32Array[];
}

export function linkIndex(statements: readonly Statement[], related: RelatedNames, terms: TermTable): LinkIndex {
  const table = keyTable(statements, related, terms);
  const byPlace = new Int32Array(table.names.length);
  table.alphabetical.forEach((p, id) => (byPlace[p] = id));
  // Statements visited in order, so each block is ascending. No statement probes a key of more than MAX_BLOCK statements (probedKeys).
  const blocks: (number[] | undefined)[] = new Array(table.size.length);
  let longest = 0;
  for (const keys of table.ids) longest = Math.max(longest, keys.length);
  const scratch = new Float64Array(longest);
  const at: number[][] = [];
  const probed = table.ids.map((keys, i) => {
    const ids = probedKeys(keys, table, byPlace, scratch);
    at.push(ids.map((id) => (blocks[id] ??= []).push(i) - 1));
    return ids;
  });
  return { count: probed.length, probedOf: (x) => probed[x] as number[], at, blockOf: (id) => blocks[id], keyNames: table.names, keys: table.ids };
}
