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
