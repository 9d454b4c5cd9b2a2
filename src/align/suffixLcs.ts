/**
 * The length of the longest common subsequence of every suffix of one sequence with every suffix of another, worked
 * out 32 cells at a time (the bit-vector method of Allison and Dix, in Hyyrö's form): the same numbers as the
 * dynamic-programming table `T[i][j] = LCS(x[i..], y[j..])`, for a few words of work per row instead of a cell per word
 * pair. A quotation of 80 words against its printing was a table of 7,000 cells; here it is 80 rows of 3 words. Pure.
 */

/** LCS lengths of suffix pairs: `at(i, j)` is the length for x[i..] and y[j..] (0 ≤ i ≤ x.length, 0 ≤ j ≤ y.length). */
export interface SuffixLcs {
  at(i: number, j: number): number;
}

/** Set bits of a 32-bit word. */
function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Suffix LCS lengths of `x` and `y` (items compared as numbers). `lastMatches`, where given, says which items of `y`
 * match the last item of `x` in place of equality (a last word cut short matches the word it starts).
 */
export function suffixLcs(x: ArrayLike<number>, y: ArrayLike<number>, lastMatches?: (j: number) => boolean): SuffixLcs {
  const m = x.length;
  const n = y.length;
  const words = Math.max(1, (n + 31) >>> 5);
  // Bit p stands for y[n - 1 - p]: a suffix of y is a prefix of y reversed, and the method reads prefixes.
  const bit = (j: number) => n - 1 - j;
  const masks = new Map<number, Uint32Array>();
  for (let j = 0; j < n; j++) {
    let mask = masks.get(y[j]!);
    if (!mask) masks.set(y[j]!, (mask = new Uint32Array(words)));
    mask[bit(j) >>> 5]! |= 1 << (bit(j) & 31);
  }
  let lastMask: Uint32Array | undefined;
  if (lastMatches && m > 0) {
    lastMask = new Uint32Array(words);
    for (let j = 0; j < n; j++) if (lastMatches(j)) lastMask[bit(j) >>> 5]! |= 1 << (bit(j) & 31);
  }
  // Row i: the vector after x[i..] is read (x read from its end); a 0 bit is a step where the LCS grows. Row m reads nothing.
  const rows = new Uint32Array((m + 1) * words).fill(0xffffffff, m * words);
  // Per row, the set bits in its words before each word: a length is then one partial count.
  const onesBefore = new Int32Array((m + 1) * (words + 1));
  const count = (i: number) => {
    const base = i * (words + 1);
    for (let k = 0; k < words; k++) onesBefore[base + k + 1] = onesBefore[base + k]! + popcount(rows[i * words + k]!);
  };
  count(m);
  for (let i = m - 1; i >= 0; i--) {
    const mask = i === m - 1 && lastMask ? lastMask : masks.get(x[i]!);
    const below = (i + 1) * words;
    const row = i * words;
    if (!mask) rows.copyWithin(row, below, below + words);
    else {
      let carry = 0;
      for (let k = 0; k < words; k++) {
        const v = rows[below + k]!;
        const sum = v + ((v & mask[k]!) >>> 0) + carry;
        carry = sum > 0xffffffff ? 1 : 0;
        rows[row + k] = (sum >>> 0) | (v & ~mask[k]!);
      }
    }
    count(i);
  }
  return {
    at(i, j) {
      const q = n - j;
      if (q <= 0 || i >= m) return 0;
      const w = q >>> 5;
      const r = q & 31;
      let ones = onesBefore[i * (words + 1) + w]!;
      if (r > 0) ones += popcount(rows[i * words + w]! & ((1 << r) - 1));
      return q - ones;
    },
  };
}
