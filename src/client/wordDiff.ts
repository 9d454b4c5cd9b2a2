/** A word-level diff for the side-by-side view when an edge carries two passages but no diff of its own. Pure. */
import type { DiffOp } from "../graph/types.ts";

/** Tokens: words with the spacing and punctuation that follow them kept separately, so joining the tokens gives back the text. */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}'’-]+|\s+|[^\p{L}\p{N}\s]/gu) ?? [];
}

/** Word diff of `before` (earlier passage) → `after` (later passage) by longest common subsequence; inputs are passages, so the quadratic table stays small (capped at 400 tokens a side, beyond which the rest counts as changed). */
export function wordDiff(before: string, after: string): DiffOp[] {
  const a = tokens(before).slice(0, 400);
  const b = tokens(after).slice(0, 400);
  const n = a.length;
  const m = b.length;
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: DiffOp[] = [];
  const push = (op: DiffOp["op"], text: string) => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push("equal", a[i]!);
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) push("delete", a[i++]!);
    else push("insert", b[j++]!);
  }
  while (i < n) push("delete", a[i++]!);
  while (j < m) push("insert", b[j++]!);
  const restA = tokens(before).slice(400).join("");
  const restB = tokens(after).slice(400).join("");
  if (restA) push("delete", restA);
  if (restB) push("insert", restB);
  return ops;
}
