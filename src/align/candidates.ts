/** Candidate pairs in near-linear time: documents that share enough winnowed fingerprints, found by sorting (hash, document) keys instead of comparing all pairs. */

// A key packs a 32-bit hash and a document index (< 2^21) into one exact float64, so a native numeric typed-array sort groups them.
const DOC_BITS = 2 ** 21;
export const MAX_DOCUMENTS = DOC_BITS;

/** A growable Float64Array: 8 bytes per entry, no per-entry objects (memory stays near 8·n bytes plus growth slack). */
class KeyBuffer {
  data = new Float64Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  sorted(): Float64Array {
    return this.data.subarray(0, this.length).sort();
  }
}

/** Collects fingerprints document by document, then yields the pairs that share at least `minShared` of them. */
export class FingerprintIndex {
  private keys = new KeyBuffer();
  /** Fingerprints held so far. */
  get size(): number {
    return this.keys.length;
  }
  /** Adds the (deduplicated later) fingerprints of document `doc`. */
  add(doc: number, hashes: Uint32Array): void {
    for (let i = 0; i < hashes.length; i++) this.keys.push((hashes[i] as number) * DOC_BITS + doc);
  }
  /**
   * Document pairs (a < b) sharing at least `minShared` distinct fingerprints; a fingerprint carried by more than
   * `maxDocFrequency` documents is skipped (stock phrase). Returns the pairs flat ([a0, b0, a1, b1, …]) and the number
   * of fingerprints skipped as too common.
   */
  candidatePairs(minShared: number, maxDocFrequency: number): { pairs: Uint32Array; common: number } {
    const keys = this.keys.sorted();
    this.keys = new KeyBuffer();
    const pairKeys = new KeyBuffer();
    let common = 0;
    const group: number[] = [];
    let i = 0;
    while (i < keys.length) {
      const hash = Math.floor((keys[i] as number) / DOC_BITS);
      group.length = 0;
      let j = i;
      while (j < keys.length && Math.floor((keys[j] as number) / DOC_BITS) === hash) {
        const doc = (keys[j] as number) - hash * DOC_BITS;
        if (group[group.length - 1] !== doc) group.push(doc);
        j++;
      }
      if (group.length > maxDocFrequency) common++;
      else if (group.length > 1) {
        for (let x = 0; x < group.length; x++)
          for (let y = x + 1; y < group.length; y++) pairKeys.push((group[x] as number) * DOC_BITS + (group[y] as number));
      }
      i = j;
    }
    const sortedPairs = pairKeys.sorted();
    const out: number[] = [];
    let p = 0;
    while (p < sortedPairs.length) {
      let q = p;
      while (q < sortedPairs.length && sortedPairs[q] === sortedPairs[p]) q++;
      if (q - p >= minShared) {
        const key = sortedPairs[p] as number;
        const a = Math.floor(key / DOC_BITS);
        out.push(a, key - a * DOC_BITS);
      }
      p = q;
    }
    return { pairs: Uint32Array.from(out), common };
  }
}

/**
 * Near-identical documents (a wire story and its reprints), grouped so that a story reprinted by 200 sites is one text to
 * align with the rest of the case, not 200: MinHash signatures (Broder 1997) of each document's fingerprint set, banded
 * (locality-sensitive hashing) so only documents agreeing on a whole band are compared, then checked by the exact Jaccard
 * similarity of their fingerprint sets. Time and memory are linear in the documents and their fingerprints.
 */
export interface NearDuplicateOptions {
  /** Two documents are compared for near-identity only when their distinct fingerprint sets have at least this Jaccard similarity. */
  minSimilarity: number;
  /** Documents with fewer distinct fingerprints than this are never grouped (a few lines say too little to call two texts the same). */
  minFingerprints: number;
  /** Fewer near-identical documents than this are not grouped: aligning each pair of them costs little, and keeps each one's own relations (a grouped member reaches the rest of the case only through its leader). */
  minGroup: number;
}

// 16 bands of 2 rows: two documents of Jaccard similarity 0.5 share at least one band with probability 1 − (1 − 0.5²)¹⁶ ≈ 0.99.
const MINHASH_BANDS = 16;
const MINHASH_ROWS = 2;
const MINHASH_SIZE = MINHASH_BANDS * MINHASH_ROWS;
const MAX_CONFIRMATIONS = 3;
const MINHASH_SEEDS = Uint32Array.from({ length: MINHASH_SIZE }, (_, i) => Math.imul(i + 1, 0x9e3779b9) >>> 0);

/** MurmurHash3's finaliser: a cheap, well-mixed permutation of 32-bit values, one per seed. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The distinct fingerprints of a document, sorted (what the Jaccard similarity is computed on). */
export function distinctSorted(hashes: Uint32Array): Uint32Array {
  let found = distinctOf.get(hashes);
  if (!found) distinctOf.set(hashes, (found = distinctSortedOf(hashes)));
  return found;
}

// A text's fingerprints come from the memo (core/memo.ts) as the same array on each run of a case, and no one writes
// to them or to what is made from them: their distinct set and its band keys, pure functions of the contents, are kept
// by the array itself (dropped with it).
const distinctOf = new WeakMap<Uint32Array, Uint32Array>();
const bandKeysOf = new WeakMap<Uint32Array, string[]>();

function distinctSortedOf(hashes: Uint32Array): Uint32Array {
  const sorted = Uint32Array.from(hashes).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] as number;
  return sorted.subarray(0, n);
}

/** |a ∩ b| / |a ∪ b| of two sorted sets. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

function minhash(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (let i = 0; i < set.length; i++) {
    const x = set[i] as number;
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const h = mix(x ^ (MINHASH_SEEDS[k] as number));
      if (h < (sig[k] as number)) sig[k] = h;
    }
  }
  return sig;
}

/**
 * The group leader of each document (its own index when it leads or stands alone). Documents are taken earliest first
 * (`order`, a permutation of indices); each joins the most similar earlier leader that `sameText` confirms (an alignment,
 * say), or leads a group of its own. Every member is near-identical to its leader itself, not only through a chain of
 * others. Groups smaller than `minGroup` are dissolved.
 */
export function nearDuplicateLeaders(
  sets: readonly Uint32Array[],
  order: readonly number[],
  options: NearDuplicateOptions,
  sameText: (doc: number, leader: number) => boolean,
): Int32Array {
  const leaderOf = Int32Array.from(sets, (_, i) => i);
  const position = new Int32Array(sets.length);
  order.forEach((doc, i) => (position[doc] = i));
  // Per band, the leaders holding each band value (only leaders: a member is never joined to).
  const bands = Array.from({ length: MINHASH_BANDS }, () => new Map<string, number[]>());
  for (const doc of order) {
    const set = sets[doc] as Uint32Array;
    if (set.length < options.minFingerprints) continue;
    let keys = bandKeysOf.get(set);
    if (!keys) {
      const sig = minhash(set);
      bandKeysOf.set(set, (keys = Array.from({ length: MINHASH_BANDS }, (_, b) => sig.subarray(b * MINHASH_ROWS, (b + 1) * MINHASH_ROWS).join(","))));
    }
    const tried = new Set<number>();
    const similar: { leader: number; similarity: number }[] = [];
    keys.forEach((key, b) => {
      for (const leader of bands[b]!.get(key) ?? []) {
        if (tried.has(leader)) continue;
        tried.add(leader);
        const similarity = jaccard(set, sets[leader] as Uint32Array);
        if (similarity >= options.minSimilarity) similar.push({ leader, similarity });
      }
    });
    // Most similar first, then the earliest; only the closest few are confirmed (each confirmation is an alignment), so
    // texts that share much with many others but copy none whole cost a few alignments each, not one per leader.
    similar.sort((x, y) => y.similarity - x.similarity || (position[x.leader] as number) - (position[y.leader] as number));
    const joined = similar.slice(0, MAX_CONFIRMATIONS).find((c) => sameText(doc, c.leader));
    if (joined) {
      leaderOf[doc] = joined.leader;
      continue;
    }
    keys.forEach((key, b) => {
      const list = bands[b]!.get(key);
      if (list) list.push(doc);
      else bands[b]!.set(key, [doc]);
    });
  }
  const size = new Int32Array(sets.length);
  leaderOf.forEach((leader) => size[leader]!++);
  leaderOf.forEach((leader, doc) => {
    if ((size[leader] as number) < options.minGroup) leaderOf[doc] = doc;
  });
  return leaderOf;
}

/** Candidate pairs (flat, sorted as `candidatePairs` gives them) with each group member paired with its leader added. */
export function withLeaderPairs(pairs: Uint32Array, leaderOf: Int32Array): Uint32Array {
  const keys: number[] = [];
  for (let p = 0; p < pairs.length; p += 2) keys.push((pairs[p] as number) * DOC_BITS + (pairs[p + 1] as number));
  leaderOf.forEach((leader, doc) => {
    if (leader !== doc) keys.push(Math.min(leader, doc) * DOC_BITS + Math.max(leader, doc));
  });
  const sorted = Float64Array.from(keys).sort();
  const out = new Uint32Array(sorted.length * 2);
  sorted.forEach((key, i) => {
    const a = Math.floor(key / DOC_BITS);
    out[2 * i] = a;
    out[2 * i + 1] = key - a * DOC_BITS;
  });
  return out;
}
