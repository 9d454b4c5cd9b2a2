/** Word-level difference between two token runs (Myers' O(ND) algorithm), returned as equal / delete / insert runs of original text. */
import type { DiffOp } from "../graph/types.ts";
import type { Token } from "./types.ts";

/**
 * Edit script over indices: for each step, "=" (both advance), "-" (only old), "+" (only new).
 *
 * Round d writes the frontier at the diagonals of d's parity and reads only those of the other parity, written in
 * round d - 1, so one frontier is updated in place. The backtrack reads, at round d, the frontier as it stood before
 * it, at diagonals -d - 1 … d + 1 only: that stretch is all each round keeps (2d + 3 numbers, not the whole
 * frontier copied per round, which made a long quotation against a longer one cost time and memory in (n + m) · d).
 */
export function myersScript(oldWords: readonly string[], newWords: readonly string[]): string {
  const n = oldWords.length;
  const m = newWords.length;
  const max = n + m;
  const offset = max + 1;
  // Words as numbers, so the inner loop compares integers, not strings (most of its time on long quotations).
  const ids = new Map<string, number>();
  const idOf = (word: string) => ids.get(word) ?? (ids.set(word, ids.size), ids.size - 1);
  const a = Int32Array.from(oldWords, idOf);
  const b = Int32Array.from(newWords, idOf);
  const v = new Int32Array(2 * max + 3);
  // The frontier before round d, diagonals -d - 1 … d + 1, at trace[d][k + d + 1].
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)) x = v[offset + k + 1]!;
      else x = v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  // Backtrack through the saved frontiers.
  const steps: string[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d] as Int32Array;
    const at = (k: number) => vd[k + d + 1]!;
    const k = x - y;
    let prevK: number;
    if (k === -d || (k !== d && at(k - 1) < at(k + 1))) prevK = k + 1;
    else prevK = k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      steps.push("=");
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) steps.push("+");
      else steps.push("-");
    }
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    steps.push("=");
    x--;
    y--;
  }
  return steps.reverse().join("");
}

/** Groups an edit script into runs of original text: deletions read from `oldText`, insertions and equal runs from `newText`. */
export function wordDiff(oldTokens: readonly Token[], oldText: string, newTokens: readonly Token[], newText: string): { ops: DiffOp[]; equal: number; equalNorms: string[] } {
  const script = myersScript(
    oldTokens.map((t) => t.norm),
    newTokens.map((t) => t.norm),
  );
  const ops: DiffOp[] = [];
  const equalNorms: string[] = [];
  let i = 0;
  let j = 0;
  let p = 0;
  while (p < script.length) {
    const c = script[p] as "=" | "-" | "+";
    let q = p;
    while (q < script.length && script[q] === c) q++;
    const len = q - p;
    if (c === "=") {
      const first = newTokens[j] as Token;
      const last = newTokens[j + len - 1] as Token;
      ops.push({ op: "equal", text: newText.slice(first.start, last.end) });
      for (let t = 0; t < len; t++) equalNorms.push((newTokens[j + t] as Token).norm);
      i += len;
      j += len;
    } else if (c === "-") {
      const first = oldTokens[i] as Token;
      const last = oldTokens[i + len - 1] as Token;
      ops.push({ op: "delete", text: oldText.slice(first.start, last.end) });
      i += len;
    } else {
      const first = newTokens[j] as Token;
      const last = newTokens[j + len - 1] as Token;
      ops.push({ op: "insert", text: newText.slice(first.start, last.end) });
      j += len;
    }
    p = q;
  }
  return { ops, equal: equalNorms.length, equalNorms };
}
