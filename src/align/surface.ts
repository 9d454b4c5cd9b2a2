/** Surface wording for display: words split on white space, typography and letter variants folded, so a diff shows case, transliteration and bracket edits, never one letter written with another code point. */
import { memoActive, remember, textKey } from "../core/memo.ts";
import { foldTypography } from "../core/text.ts";
import { letterVariantsFolded } from "../core/legacyLetters.ts";
import type { DiffOp } from "../graph/types.ts";
import { wordDiff } from "./diff.ts";
import type { Token } from "./types.ts";

// Where each white-space separated word of a body lies, read once per body: a body is diffed against many others, a
// span at a time. A word's folded form is made when a span first asks for it (a large case diffs only some of each
// body). Kept by the body text, like the fold memo (tokens.ts), and started afresh when it holds this many words.
const BODY_WORDS_LIMIT = 2_000_000;
let bodyWordsMemo = new Map<string, BodyWords>();
let bodyWordsHeld = 0;
const NORM_MEMO_LIMIT = 500_000;
let normMemo = new Map<string, string>();

/** A surface word without surrounding punctuation, typography folded (empty when nothing but punctuation). */
function surfaceNorm(raw: string): string {
  let norm = normMemo.get(raw);
  if (norm === undefined) {
    norm = letterVariantsFolded(foldTypography(raw)).replace(/^[^\p{L}\p{N}[\]]+|[^\p{L}\p{N}[\]]+$/gu, "");
    if (normMemo.size >= NORM_MEMO_LIMIT) normMemo = new Map();
    normMemo.set(raw, norm);
  }
  return norm;
}

/** Every maximal run of non-space characters of a body: its offsets, and its surface norm once asked for (possibly empty). */
interface BodyWords {
  starts: Int32Array;
  ends: Int32Array;
  norms: (string | undefined)[];
}

function bodyWords(text: string): BodyWords {
  let words = bodyWordsMemo.get(text);
  if (words) return words;
  const starts: number[] = [];
  const ends: number[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  words = { starts: Int32Array.from(starts), ends: Int32Array.from(ends), norms: new Array<string | undefined>(starts.length) };
  if (bodyWordsHeld + starts.length > BODY_WORDS_LIMIT) {
    bodyWordsMemo = new Map();
    bodyWordsHeld = 0;
  }
  bodyWordsMemo.set(text, words);
  bodyWordsHeld += starts.length;
  return words;
}

/**
 * White-space separated words of `text[start, end)` with offsets into `text`; compared without surrounding punctuation.
 * They are the body's own words cut to the span: a word the span's edge falls inside is read as the part within it.
 */
export function surfaceTokens(text: string, start = 0, end = text.length): Token[] {
  const { starts, ends, norms } = bodyWords(text);
  // The first word ending after `start` (binary search: words are in body order and do not overlap).
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! > start) hi = mid;
    else lo = mid + 1;
  }
  const out: Token[] = [];
  for (let i = lo; i < starts.length && starts[i]! < end; i++) {
    const s = Math.max(starts[i]!, start);
    const e = Math.min(ends[i]!, end);
    let norm: string;
    if (s === starts[i] && e === ends[i]) norm = norms[i] ??= surfaceNorm(text.slice(s, e));
    else norm = surfaceNorm(text.slice(s, e));
    if (norm) out.push({ start: s, end: e, norm });
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
