/**
 * The link index (linkIndex.ts) when a case is analysed again: each statement's keys and probed keys kept from the
 * last run where the new inputs cannot change them, so only the statements the change reaches are indexed again.
 * Exact: the index is the one linkIndex builds from nothing (the same probed keys, numbered in the same order).
 *
 * Why a kept key list holds. A statement's keys are its predicates, its k rarest words and its rarest anchors (k fixed
 * by its number of terms), and its places with the names the case relates to them. For a statement that reads the same
 * as last time (linkCarry.ts `sameStatement`), with the same related names, only the rarity order can move: "rarest"
 * is by (linkIndex.ts `rarityCounts`: the number of statements with the term, a character pair of one article's alone
 * placed after the shared ones; then the term), and that count moves for the terms of new, changed or removed
 * statements. The k terms chosen last time, in the order they were chosen, are the statement's k rarest now when they
 * still stand in that order and every other term of the statement comes after the last of them; then the whole list is
 * the one keyTable makes (checked with this run's counts, so it holds whatever moved).
 *
 * Why kept probed keys hold. Which keys a statement probes is a function of its key list and of each key's block size
 * (how many key lists hold it), a size above MAX_BLOCK counting only as "too common"; ties are broken by the key's
 * name. A statement whose key list is kept and none of whose keys changed size (or went from one side of MAX_BLOCK to
 * the other) probes what it probed last time.
 *
 * Key ids are numbered in the order first met, list by list, as linkIndex numbers them; links are ordered by them
 * (linkPairs.ts `linksOf`), so they are numbered afresh each run from the lists, which is a pass over integers.
 */
import { placeKeys, rarityCounts, signatureSizes, type TermTable, type LinkIndex } from "./linkIndex.ts";
import { ALWAYS_PROBED_KEYS, MAX_BLOCK, PROBE_BUDGET } from "./thresholds.ts";
import type { RelatedNames, Statement } from "./types.ts";

/**
 * Keys by a number kept from run to run of a case: a number names the same key ("w:", "a:", "n:", "p:" and its term)
 * in every run; numbers are only added. `term` is a word or anchor key's term id (of the run's TermDictionary), -1 for
 * the others.
 */
export interface KeyNumbering {
  numbers: Map<string, number>;
  names: string[];
  term: number[];
}

/** What one run's index leaves for the next, by the run's statement order and the kept key numbers. Never changed once left. */
export interface IndexMemory {
  /** Each statement's keys in list order: statement x's are keys[keysStart[x] … keysStart[x + 1]). */
  keys: Int32Array;
  keysStart: Int32Array;
  /** How many statements' key lists hold each key (by number; a number added later counts 0). */
  size: Int32Array;
  /** Each statement's probed keys as numbers, sorted: statement x's are probed[probedStart[x] … probedStart[x + 1]). */
  probed: Int32Array;
  probedStart: Int32Array;
}

/** The number of `name` in the numbering, numbering it if new. */
export function keyNumber(numbering: KeyNumbering, name: string, term: number): number {
  let n = numbering.numbers.get(name);
  if (n === undefined) {
    numbering.numbers.set(name, (n = numbering.names.length));
    numbering.names.push(name);
    numbering.term.push(term);
  }
  return n;
}

/** The key lists of a fresh index (linkIndex), as numbers of the numbering, one list after another. */
export function memoryOf(index: LinkIndex, numbering: KeyNumbering, terms: TermTable, probed: Int32Array, probedStart: Int32Array): IndexMemory {
  const lists = index.keys as readonly Int32Array[];
  const numberOf = Int32Array.from(index.keyNames, (name) => keyNumber(numbering, name, name.startsWith("w:") || name.startsWith("a:") ? (terms.idOf.get(name.slice(2)) ?? -1) : -1));
  const { keys, keysStart } = packed(lists.map((list) => list.map((id) => numberOf[id] as number)));
  return { keys, keysStart, size: sizes(keys, numbering.names.length), probed, probedStart };
}

/** Lists as one array with each list's start. */
function packed(lists: readonly Int32Array[]): { keys: Int32Array; keysStart: Int32Array } {
  const keysStart = new Int32Array(lists.length + 1);
  lists.forEach((list, x) => (keysStart[x + 1] = (keysStart[x] as number) + list.length));
  const keys = new Int32Array(keysStart[lists.length] as number);
  lists.forEach((list, x) => keys.set(list, keysStart[x] as number));
  return { keys, keysStart };
}

/** How many lists hold each key. */
function sizes(keys: Int32Array, count: number): Int32Array {
  const size = new Int32Array(count);
  for (let i = 0; i < keys.length; i++) size[keys[i] as number] = (size[keys[i] as number] as number) + 1;
  return size;
}

/** Whether `a` holds the same integers, in the same order, as `b[from … to)`. */
function sameRange(a: Int32Array, b: Int32Array, from: number, to: number): boolean {
  if (a.length !== to - from) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[from + i]) return false;
  return true;
}

/** Copies `count` integers from `source[from …]` to `target[to …]`, without a view made per copy. */
function copyInts(source: Int32Array, from: number, target: Int32Array, to: number, count: number): void {
  for (let i = 0; i < count; i++) target[to + i] = source[from + i] as number;
}

/**
 * One packed array of per-statement lists (statement x's at `starts[x]…starts[x + 1]`): a list made this run where
 * there is one, else the statement's list in the last run's packed array, copied.
 */
function packLists(made: readonly (Int32Array | undefined)[], starts: Int32Array, lastValues: Int32Array, lastStarts: Int32Array, lastOf: Int32Array): Int32Array {
  const n = starts.length - 1;
  const out = new Int32Array(starts[n] as number);
  for (let x = 0; x < n; x++) {
    const to = starts[x] as number;
    const list = made[x];
    if (list) out.set(list, to);
    else copyInts(lastValues, lastStarts[lastOf[x] as number] as number, out, to, (starts[x + 1] as number) - to);
  }
  return out;
}

/** A key's size as probing reads it: above MAX_BLOCK a key is never probed, however common. */
const probeSize = (size: number): number => (size > MAX_BLOCK ? -1 : size);

/** Whether term a comes before term b in the rarity order: by count, then term. */
function before(a: number, b: number, df: Int32Array, names: readonly string[]): boolean {
  return (df[a] as number) < (df[b] as number) || (df[a] === df[b] && (names[a] as string) < (names[b] as string));
}

/** Whether a statement's kept rarest terms are still its rarest (see the banner), with a scratch mark per term. */
class RarityCheck {
  private readonly mark: Int32Array;
  private token = 0;
  constructor(
    private readonly names: readonly string[],
    private readonly termOf: readonly number[],
  ) {
    this.mark = new Int32Array(names.length);
  }

  /** Whether the k terms chosen from `ids` last time (keys list[at…at+k), in rarity order) are still its k rarest, in that order. */
  holds(ids: Int32Array, list: Int32Array, at: number, k: number, df: Int32Array): boolean {
    if (k === 0) return true;
    const token = ++this.token;
    let previous = -1;
    for (let i = 0; i < k; i++) {
      const t = this.termOf[list[at + i] as number] as number;
      if (previous >= 0 && !before(previous, t, df, this.names)) return false;
      this.mark[t] = token;
      previous = t;
    }
    if (k < ids.length) for (let i = 0; i < ids.length; i++) if (this.mark[ids[i] as number] !== token && !before(previous, ids[i] as number, df, this.names)) return false;
    return true;
  }
}

/** Adds the k rarest of `ids` (by count, then term) to `keys`, as keys named `prefix` + term. */
function rarest(keys: number[], ids: Int32Array, k: number, df: Int32Array, prefix: string, names: readonly string[], numbering: KeyNumbering): void {
  if (k === 0) return;
  const order = Array.from(ids).sort((a, b) => (df[a] as number) - (df[b] as number) || ((names[a] as string) < (names[b] as string) ? -1 : 1));
  for (let i = 0; i < k; i++) keys.push(keyNumber(numbering, `${prefix}${names[order[i] as number]}`, order[i] as number));
}

/** A statement's key list as linkIndex's keyTable makes it, as numbers of the numbering. */
function keyList(s: Statement, x: number, k: { words: number; anchors: number }, terms: TermTable, wordDf: Int32Array, anchorDf: Int32Array, related: RelatedNames, numbering: KeyNumbering): Int32Array {
  const keys: number[] = [];
  for (const p of s.predicates) keys.push(keyNumber(numbering, `p:${p}`, -1));
  rarest(keys, terms.words[x] as Int32Array, k.words, wordDf, "w:", terms.names, numbering);
  rarest(keys, terms.anchors[x] as Int32Array, k.anchors, anchorDf, "a:", terms.names, numbering);
  for (const pk of placeKeys(s, related)) keys.push(keyNumber(numbering, `n:${pk}`, -1));
  return Int32Array.from(keys);
}

/** Numbers kept keys by the order first met, list by list (as linkIndex numbers them): each number's id, and the names by id. */
function firstMet(keys: Int32Array, names: readonly string[]): { idOf: Int32Array; keyNames: string[] } {
  const idOf = new Int32Array(names.length).fill(-1);
  const keyNames: string[] = [];
  for (let i = 0; i < keys.length; i++) if ((idOf[keys[i] as number] as number) < 0) idOf[keys[i] as number] = keyNames.push(names[keys[i] as number] as string) - 1;
  return { idOf, keyNames };
}

/** Whether no key of keys[from … to) changed its size as probing reads it since the last run. */
function sameSizes(keys: Int32Array, from: number, to: number, size: Int32Array, lastSize: Int32Array): boolean {
  for (let i = from; i < to; i++) {
    const k = keys[i] as number;
    if (probeSize(size[k] as number) !== probeSize(k < lastSize.length ? (lastSize[k] as number) : 0)) return false;
  }
  return true;
}

/** The keys of keys[from … to) a statement probes, as probedKeys chooses them (by size, then name), sorted. */
function chooseProbed(keys: Int32Array, from: number, to: number, size: Int32Array, names: readonly string[]): Int32Array {
  const candidates = Array.from(keys.subarray(from, to))
    .filter((k) => (size[k] as number) <= MAX_BLOCK)
    .sort((a, b) => (size[a] as number) - (size[b] as number) || ((names[a] as string) < (names[b] as string) ? -1 : 1));
  const chosen: number[] = [];
  let proposed = 0;
  for (const k of candidates) {
    if (chosen.length >= ALWAYS_PROBED_KEYS && proposed + (size[k] as number) > PROBE_BUDGET) break;
    chosen.push(k);
    proposed += size[k] as number;
  }
  return Int32Array.from(chosen).sort();
}

/** The statements probing each key id, ascending, in one packed array: key id's are members[blockStart[id] … blockStart[id + 1]). */
function blockMembers(probed: Int32Array, probedStart: Int32Array, idOf: Int32Array, keyCount: number): { blockSize: Int32Array; blockStart: Int32Array; members: Int32Array } {
  const n = probedStart.length - 1;
  const blockSize = new Int32Array(keyCount);
  for (let i = 0; i < probed.length; i++) blockSize[idOf[probed[i] as number] as number] = (blockSize[idOf[probed[i] as number] as number] as number) + 1;
  const blockStart = new Int32Array(keyCount + 1);
  for (let id = 0; id < keyCount; id++) blockStart[id + 1] = (blockStart[id] as number) + (blockSize[id] as number);
  const members = new Int32Array(probed.length);
  const fill = blockStart.slice(0, keyCount);
  for (let x = 0; x < n; x++) {
    for (let i = probedStart[x] as number; i < (probedStart[x + 1] as number); i++) {
      const id = idOf[probed[i] as number] as number;
      members[fill[id] as number] = x;
      fill[id] = (fill[id] as number) + 1;
    }
  }
  return { blockSize, blockStart, members };
}

/**
 * The index of this run, with what it leaves for the next, reusing the last run's lists where they hold (see above).
 * Each pass is a function of its own: this runs only when a case is analysed again, and one function holding every
 * pass was compiled by V8 once per loop and again after each pass met code the earlier ones had not run.
 */
export function carriedIndex(
  statements: readonly Statement[],
  related: RelatedNames,
  terms: TermTable,
  numbering: KeyNumbering,
  last: IndexMemory,
  /** Each statement's counterpart in the last run when it reads the same (sameStatement), else -1. */
  lastOf: Int32Array,
): { index: LinkIndex; memory: IndexMemory; probedSame: Uint8Array } {
  const n = statements.length;
  const wordDf = rarityCounts(terms.words, statements, terms.names);
  const anchorDf = rarityCounts(terms.anchors, statements, terms.names);
  const rarity = new RarityCheck(terms.names, numbering.term);
  // 1. Key lists: kept (copied from the last run's, not held as views: a case keeps tens of thousands), or made as
  // keyTable makes them.
  const made: (Int32Array | undefined)[] = new Array(n);
  const keysStart = new Int32Array(n + 1);
  const listKept = new Uint8Array(n);
  for (let x = 0; x < n; x++) {
    const s = statements[x] as Statement;
    const k = signatureSizes(terms, x);
    const o = lastOf[x] as number;
    if (o >= 0) {
      const from = last.keysStart[o] as number;
      const at = from + s.predicates.size;
      if (rarity.holds(terms.words[x] as Int32Array, last.keys, at, k.words, wordDf) && rarity.holds(terms.anchors[x] as Int32Array, last.keys, at + k.words, k.anchors, anchorDf)) {
        listKept[x] = 1;
        keysStart[x + 1] = (keysStart[x] as number) + (last.keysStart[o + 1] as number) - from;
        continue;
      }
    }
    const list = keyList(s, x, k, terms, wordDf, anchorDf, related, numbering);
    made[x] = list;
    keysStart[x + 1] = (keysStart[x] as number) + list.length;
  }
  const keys = packLists(made, keysStart, last.keys, last.keysStart, lastOf);
  const size = sizes(keys, numbering.names.length);
  // 2. Ids in the order first met, list by list.
  const { idOf, keyNames } = firstMet(keys, numbering.names);
  // 3. Probed keys: kept (copied, as the key lists), or chosen as probedKeys chooses them (by size, then name).
  const chosenLists: (Int32Array | undefined)[] = new Array(n);
  const probedStart = new Int32Array(n + 1);
  const probedSame = new Uint8Array(n);
  for (let x = 0; x < n; x++) {
    const o = lastOf[x] as number;
    if (listKept[x] && sameSizes(keys, keysStart[x] as number, keysStart[x + 1] as number, size, last.size)) {
      probedSame[x] = 1;
      probedStart[x + 1] = (probedStart[x] as number) + (last.probedStart[o + 1] as number) - (last.probedStart[o] as number);
      continue;
    }
    const sorted = chooseProbed(keys, keysStart[x] as number, keysStart[x + 1] as number, size, numbering.names);
    chosenLists[x] = sorted;
    probedStart[x + 1] = (probedStart[x] as number) + sorted.length;
    if (o >= 0 && sameRange(sorted, last.probed, last.probedStart[o] as number, last.probedStart[o + 1] as number)) probedSame[x] = 1;
  }
  const probed = packLists(chosenLists, probedStart, last.probed, last.probedStart, lastOf);
  // 4. Blocks: the statements probing each key, ascending, in one packed array.
  const { blockSize, blockStart, members } = blockMembers(probed, probedStart, idOf, keyNames.length);
  // A statement's probed ids and a key's block are made when asked for: a run asks for those of the statements scored
  // again and of the linked ones (linksOf), a small part of a case's tens of thousands of statements and keys.
  const probedIds: (number[] | undefined)[] = new Array(n);
  const probedOf = (x: number): number[] => {
    let ids = probedIds[x];
    if (ids === undefined) {
      const from = probedStart[x] as number;
      ids = new Array<number>((probedStart[x + 1] as number) - from);
      for (let i = 0; i < ids.length; i++) ids[i] = idOf[probed[from + i] as number] as number;
      probedIds[x] = ids;
    }
    return ids;
  };
  const blocks: (Int32Array | undefined)[] = new Array(keyNames.length);
  const blockOf = (id: number): Int32Array | undefined => {
    if ((blockSize[id] ?? 0) === 0) return undefined;
    return (blocks[id] ??= members.subarray(blockStart[id] as number, blockStart[id + 1] as number));
  };
  // `at` is read only when pairs are scored from their lower statement (scoreAllPairs), never on a carried run.
  const index: LinkIndex = { count: n, probedOf, at: [], blockOf, keyNames };
  return { index, memory: { keys, keysStart, size, probed, probedStart }, probedSame };
}
