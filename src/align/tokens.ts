/** Tokenising a body for comparison: words with offsets, folded for case, accents, typography and light transliteration. */
import { foldTypography } from "../core/text.ts";
import { ARTICLE_PREFIXES, SPELLING_FOLDS, STOP_WORDS } from "./folding.ts";
import type { Token } from "./types.ts";

// Numbers keep their internal separators ("1,000", "2.5"); words keep internal apostrophes ("they'd"). Hyphens split words.
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['\u2019][\p{L}\p{M}]+)*/gu;

const ANY_PREFIX = new Set(ARTICLE_PREFIXES.filter((p) => p.when === "any").map((p) => p.prefix));
const CAPITAL_PREFIX = new Set(ARTICLE_PREFIXES.filter((p) => p.when === "capital").map((p) => p.prefix));

// Folding is the hot path at corpus scale and vocabularies are small: memoise, and start afresh when the memo grows large.
const FOLD_MEMO_LIMIT = 500_000;
let foldMemo = new Map<string, string>();

/** Folds one word: accents off, lower case, apostrophes and number separators dropped, spelling variants merged. */
export function foldWord(word: string): string {
  const hit = foldMemo.get(word);
  if (hit !== undefined) return hit;
  const folded = foldUncached(word);
  if (foldMemo.size >= FOLD_MEMO_LIMIT) foldMemo = new Map();
  foldMemo.set(word, folded);
  return folded;
}

function foldUncached(word: string): string {
  let w = foldTypography(word).normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/'/g, "");
  if (/^\p{N}/u.test(w)) return w.replace(/,/g, "");
  for (const f of SPELLING_FOLDS) w = w.replace(f.pattern, f.replacement);
  return w;
}

const STOP = new Set(STOP_WORDS.map(foldWord));

/** True for a folded word that carries no content on its own. */
export function isStopWord(norm: string): boolean {
  return STOP.has(norm);
}

/**
 * Calls `visit` with each word of a text, its offsets and folded form, in order; Arabic article prefixes joined by a
 * hyphen (`al-`) are dropped. The one reading of words behind `tokenize` and `tokenNorms`.
 */
function scanWords(text: string, visit: (start: number, end: number, norm: string) => void): void {
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const raw = m[0];
    const next = text.charAt(end);
    if (next === "-" || next === "\u2010" || next === "\u2011") {
      const lower = raw.toLowerCase();
      const after = text.charAt(end + 1);
      if (ANY_PREFIX.has(lower) && /\p{L}/u.test(after)) continue;
      if (CAPITAL_PREFIX.has(raw) && /\p{Lu}/u.test(after)) continue;
    }
    visit(start, end, foldWord(raw));
  }
}

/** The words of a text with offsets into it; Arabic article prefixes joined by a hyphen (`al-`) are dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scanWords(text, (start, end, norm) => out.push({ start, end, norm }));
  return out;
}

/** The folded words of a text, as `tokenize` reads them, without their offsets (no object per word). */
export function tokenNorms(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (_start, _end, norm) => out.push(norm));
  return out;
}
