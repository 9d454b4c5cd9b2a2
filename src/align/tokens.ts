/**
 * Tokenising a body for comparison: words with offsets, folded for case, accents, typography and light transliteration;
 * in scripts written without spaces (Chinese, Japanese, Thai), the words a word segmenter finds.
 */
import { foldTypography, hasUnspacedLetter, unspacedWords } from "../core/text.ts";
import { ARTICLE_PREFIXES } from "../core/arabicArticles.ts";
import { letterVariantsFolded } from "../core/legacyLetters.ts";
import { SPELLING_FOLDS, STOP_WORDS } from "./folding.ts";
import type { Token } from "./types.ts";

/**
 * Tokens per word in languages that write a space between the syllables of a word (Vietnamese "chánh văn phòng", "người
 * phát ngôn": one token a syllable), as measured against the same sentences in English (about 1.6). The copy thresholds
 * count words: a passage of such tokens counts as fewer words, so an official's long title and a stock phrase weigh what
 * they weigh in English.
 */
const TOKENS_PER_WORD: Readonly<Record<string, number>> = { vi: 1.5 };

/** How many words `tokens` matched tokens of a text in `language` stand for (`TOKENS_PER_WORD`; one a token elsewhere). */
export function wordsOfTokens(tokens: number, language: string | undefined): number {
  const per = TOKENS_PER_WORD[language ?? ""];
  return per === undefined ? tokens : Math.floor(tokens / per);
}

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

/**
 * The marks a fold drops: accents and the like, but not the marks that are part of a letter in scripts written without
 * spaces (the kana voicing marks, "か" / "が"; Thai, Lao, Khmer and Burmese vowel signs and tone marks, "ปิด" / "ปด"), where
 * dropping them makes two words of a clause one.
 */
const FOLDED_MARKS = /[^\P{M}\u3099\u309A\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]+/gu;

function foldUncached(word: string): string {
  // Composed again (NFC) so that a kana with its voicing mark is one letter, as printed.
  let w = letterVariantsFolded(foldTypography(word)).normalize("NFKD").replace(FOLDED_MARKS, "").normalize("NFC").toLowerCase().replace(/'/g, "");
  if (/^\p{N}/u.test(w)) return w.replace(/,/g, "");
  for (const f of SPELLING_FOLDS) w = w.replace(f.pattern, f.replacement);
  return w;
}

const STOP = new Set(STOP_WORDS.map(foldWord));

/**
 * A Japanese word in hiragana alone: a particle or an ending ("が", "を", "して", "いる"), the function words Japanese
 * writes between the kanji and katakana of its content words.
 */
const KANA_FUNCTION_WORD = /^[\p{Script=Hiragana}\u3099\u309Aー]+$/u;

/** True for a folded word that carries no content on its own. */
export function isStopWord(norm: string): boolean {
  return STOP.has(norm) || KANA_FUNCTION_WORD.test(norm);
}

/**
 * How many words a run of folded words is worth: one each, but a word of one letter of a script written without spaces
 * half of one. Chinese and Japanese words are mostly two characters, and a word segmenter cuts particles, endings and
 * counters off as words of their own ("の", "が", "市", "日"): counted whole, a Japanese clause would be twice the words
 * of its English gloss, and a stock phrase of a police notice or a quoted post as long as a copied paragraph.
 */
export function wordsWorth(norms: readonly string[]): number {
  let n = 0;
  for (const w of norms) n += w.length === 1 && hasUnspacedLetter(w) ? 0.5 : 1;
  return n;
}

/** Whether a run's first or last letter lies at or past the Thai block (U+0E00), where the scripts without spaces begin: Latin words skip the test. */
function mayHoldUnspaced(run: string): boolean {
  return run.charCodeAt(0) >= 0x0e00 || run.charCodeAt(run.length - 1) >= 0x0e00;
}

// Segmenting is the slow part of reading unspaced text, and each text is read several times (fingerprints, alignment,
// drift, quotations): the words of a run are kept, and the memo started afresh when large, like the fold memo.
const SEGMENT_MEMO_LIMIT = 100_000;
let segmentMemo = new Map<string, { start: number; end: number; norm: string }[]>();

/** The words of a run of unspaced letters (unspacedWords), each with its folded form. */
function segmentedRun(run: string): readonly { start: number; end: number; norm: string }[] {
  const hit = segmentMemo.get(run);
  if (hit) return hit;
  const words = unspacedWords(run).map((w) => ({ ...w, norm: foldWord(run.slice(w.start, w.end)) }));
  if (segmentMemo.size >= SEGMENT_MEMO_LIMIT) segmentMemo = new Map();
  segmentMemo.set(run, words);
  return words;
}

/**
 * Calls `visit` with each word the pattern matches in a text, its offsets, and its folded form, or `undefined` for an
 * Arabic article prefix joined by a hyphen (`al-`), which is dropped. The one reading of words behind `tokenize`,
 * `tokenNorms` and `WordMatches`.
 */
function scanWords(text: string, visit: (start: number, end: number, norm: string | undefined) => void): void {
  const unspaced = hasUnspacedLetter(text);
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const raw = m[0];
    const next = text.charAt(end);
    if (next === "-" || next === "\u2010" || next === "\u2011") {
      const lower = raw.toLowerCase();
      const after = text.charAt(end + 1);
      if ((ANY_PREFIX.has(lower) && /\p{L}/u.test(after)) || (CAPITAL_PREFIX.has(raw) && /\p{Lu}/u.test(after))) {
        visit(start, end, undefined);
        continue;
      }
    }
    // Chinese, Japanese or Thai letters run on with no space between words: each word the segmenter finds is one.
    if (unspaced && mayHoldUnspaced(raw) && hasUnspacedLetter(raw)) {
      for (const w of segmentedRun(raw)) visit(start + w.start, start + w.end, w.norm);
      continue;
    }
    visit(start, end, foldWord(raw));
  }
}

/** The words of a text with offsets into it; Arabic article prefixes joined by a hyphen (`al-`) are dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scanWords(text, (start, end, norm) => {
    if (norm !== undefined) out.push({ start, end, norm });
  });
  return out;
}

/** The folded words of a text, as `tokenize` reads them, without their offsets (no object per word). */
export function tokenNorms(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (_start, _end, norm) => {
    if (norm !== undefined) out.push(norm);
  });
  return out;
}

/**
 * Every word match of a text, dropped prefixes included, read once so that the words of many spans of it (its
 * sentences) are cut from them instead of each span being tokenised on its own.
 */
export class WordMatches {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Folded word, or undefined for a dropped prefix. */
  private readonly norms: (string | undefined)[] = [];

  constructor(readonly text: string) {
    const starts: number[] = [];
    const ends: number[] = [];
    scanWords(text, (start, end, norm) => {
      starts.push(start);
      ends.push(end);
      this.norms.push(norm);
    });
    this.starts = Int32Array.from(starts);
    this.ends = Int32Array.from(ends);
  }

  /** How many matches the text holds (dropped prefixes included). */
  get size(): number {
    return this.starts.length;
  }

  /** The text's tokens, as `tokenize` gives them. */
  tokens(): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < this.norms.length; i++) {
      const norm = this.norms[i];
      if (norm !== undefined) out.push({ start: this.starts[i]!, end: this.ends[i]!, norm });
    }
    return out;
  }

  /**
   * `tokenNorms(text.slice(start, end))`, read from the text's matches; undefined where the span's edges could read
   * otherwise: a match the span cuts (the slice would match a shorter word, or none), or a prefix dropped within a
   * character of the span's end (its hyphen or the letter after it lies outside the slice).
   */
  spanNorms(start: number, end: number): string[] | undefined {
    const range = this.spanMatches(start, end);
    if (!range) return undefined;
    const out: string[] = [];
    for (let i = range.from; i < range.to; i++) {
      const norm = this.norms[i];
      if (norm !== undefined) out.push(norm);
    }
    return out;
  }

  /** The matches [from, to) whose words `spanNorms` gives for the span, under the same conditions. */
  spanMatches(start: number, end: number): { from: number; to: number } | undefined {
    if (!(start >= 0 && start <= end && end <= this.text.length)) return undefined;
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! > start) hi = mid;
      else lo = mid + 1;
    }
    let i = lo;
    for (; i < this.starts.length && this.starts[i]! < end; i++) {
      if (this.starts[i]! < start || this.ends[i]! > end) return undefined;
      if (this.norms[i] === undefined && this.ends[i]! + 1 >= end) return undefined;
    }
    return { from: lo, to: i };
  }

  /** The folded word of match `i`, undefined for a dropped prefix. */
  normAt(i: number): string | undefined {
    return this.norms[i];
  }
}
