/** Fingerprints of a token sequence: hashed word shingles, winnowed (Schleimer, Wilkerson & Aiken, SIGMOD 2003). */

/** 32-bit FNV-1a hash of a string. */
export function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes of every run of `k` consecutive words (one per start position; empty when fewer than k words). */
export function shingleHashes(wordHashes: ArrayLike<number>, k: number): Uint32Array {
  const n = wordHashes.length - k + 1;
  if (n <= 0) return new Uint32Array(0);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0x9e3779b9;
    for (let j = 0; j < k; j++) {
      h = Math.imul(h ^ (wordHashes[i + j] as number), 0x85ebca6b);
      h ^= h >>> 13;
    }
    out[i] = (Math.imul(h, 0xc2b2ae35) ^ (h >>> 16)) >>> 0;
  }
  return out;
}

/**
 * Winnowing: in every window of `w` consecutive shingle hashes keep the smallest (the rightmost on ties), each once.
 * Guarantees that two texts sharing a run of `w + k - 1` words share at least one kept fingerprint, while keeping only
 * about 2/(w+1) of the shingles. Returns the kept hashes and their shingle positions.
 */
export function winnow(hashes: Uint32Array, w: number): { hashes: Uint32Array; positions: Uint32Array } {
  const n = hashes.length;
  if (n === 0) return { hashes: new Uint32Array(0), positions: new Uint32Array(0) };
  const keptH: number[] = [];
  const keptP: number[] = [];
  if (n <= w) {
    let best = 0;
    for (let i = 1; i < n; i++) if ((hashes[i] as number) <= (hashes[best] as number)) best = i;
    return { hashes: Uint32Array.of(hashes[best] as number), positions: Uint32Array.of(best) };
  }
  let last = -1;
  for (let start = 0; start + w <= n; start++) {
    let best = start;
    for (let i = start + 1; i < start + w; i++) if ((hashes[i] as number) <= (hashes[best] as number)) best = i;
    if (best !== last) {
      keptH.push(hashes[best] as number);
      keptP.push(best);
      last = best;
    }
  }
  return { hashes: Uint32Array.from(keptH), positions: Uint32Array.from(keptP) };
}
