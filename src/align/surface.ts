/** Surface wording for display: words split on white space, typography folded, so a diff shows case, transliteration and bracket edits. */
import { memoActive, remember, textKey } from "../core/memo.ts";
import { foldTypography } from "../core/text.ts";
import type { DiffOp } from "../graph/types.ts";
import { wordDiff } from "./diff.ts";
import type { Token } from "./types.ts";

/** White-space separated words of `text[start, end)` with offsets into `text`; compared without surrounding punctuation. */
export function surfaceTokens(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  re.lastIndex = start;
  const slice = text.slice(0, end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const norm = foldTypography(m[0]).replace(/^[^\p{L}\p{N}[\]]+|[^\p{L}\p{N}[\]]+$/gu, "");
    if (norm) out.push({ start: m.index, end: m.index + m[0].length, norm });
  }
  return out;
}

/** Word diff from the earlier wording (`oldText[oldSpan]`) to the later one, on surface words (kept between runs: core/memo.ts). */
export function surfaceDiff(oldText: string, oldSpan: { start: number; end: number }, newText: string, newSpan: { start: number; end: number }): DiffOp[] {
  if (!memoActive()) return surfaceDiffOf(oldText, oldSpan, newText, newSpan);
  const key = `${textKey(oldText)}:${oldSpan.start}:${oldSpan.end}\u0000${textKey(newText)}:${newSpan.start}:${newSpan.end}`;
  // A copy: the diff goes into relations and graph edges, which a later stage may extend.
  return [...remember("surfaceDiff", key, () => surfaceDiffOf(oldText, oldSpan, newText, newSpan))];
}

function surfaceDiffOf(oldText: string, oldSpan: { start: number; end: number }, newText: string, newSpan: { start: number; end: number }): DiffOp[] {
  return wordDiff(surfaceTokens(oldText, oldSpan.start, oldSpan.end), oldText, surfaceTokens(newText, newSpan.start, newSpan.end), newText).ops;
}
