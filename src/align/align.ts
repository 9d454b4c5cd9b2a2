/**
 * Text reuse between documents, without comparing all pairs.
 *
 * 1. Each text is tokenised and folded (case, accents, quote marks, punctuation, `al-` prefixes, ou/u and doubled
 *    letters), so typographic and transliteration variants compare equal.
 * 2. Fingerprints: every run of `shingle` words is hashed and winnowed over a window of `window` hashes
 *    (Schleimer et al. 2003). About 2/(window+1) of the shingles are kept, and any shared run of
 *    `shingle + window - 1` words (8 by default) is guaranteed to leave a common fingerprint.
 * 3. Candidates: (hash, document) keys are packed into one Float64Array and sorted natively; documents under one hash
 *    are paired, and pair keys sorted and counted the same way. Memory is ~8 bytes per fingerprint and per pair
 *    emission, no per-entry objects. Hashes carried by more than `maxDocFrequency` documents are stock phrases (or
 *    furniture at corpus scale) and skipped, which bounds the pairs one hash can emit.
 * 4. Only candidate pairs are aligned: exact `seed`-word matches are chained along the diagonal across gaps of up to
 *    `maxGap` words (inserted, dropped or changed words), and each chain gets a Myers word diff; passages too short, too
 *    dissimilar or made of stop words only are dropped. This finds edited copies that share no long verbatim run as
 *    long as their seeds survive, and rejects paraphrase, which shares words but not their order.
 * A text's tokens are kept only between its first and last candidate pair, so memory holds the input texts, the
 * fingerprint keys and the tokens of the texts whose pairs are under way.
 */
import { InputError } from "../core/errors.ts";
import { memoActive, remember, textKey } from "../core/memo.ts";
import { FingerprintIndex, MAX_DOCUMENTS, distinctSorted, nearDuplicateLeaders, withLeaderPairs } from "./candidates.ts";
import { hashWord, shingleHashes, winnow } from "./fingerprint.ts";
import { alignTexts } from "./local.ts";
import { tokenize, WordMatches, wordsWorth } from "./tokens.ts";
import type { AlignDocument, AlignOptions, AlignResult, AlignedPair, Token } from "./types.ts";

/** Defaults tuned on the reference case and the benchmark: 8 shared words are enough to be noticed, 10 to be reported. */
export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  shingle: 5,
  window: 4,
  maxDocFrequency: 50,
  minSharedFingerprints: 2,
  seed: 3,
  maxGap: 6,
  minMatchedWords: 8,
  minContentWords: 4,
  minSimilarity: 0.5,
  minLongestPassage: 12,
  nearDuplicates: { minSimilarity: 0.4, minFingerprints: 20, minGroup: 4 },
};

/** Winnowed fingerprints of a token sequence (deduplicated hashes are fine: the index deduplicates per document). */
export function fingerprints(tokens: readonly Token[], options: Pick<AlignOptions, "shingle" | "window">): Uint32Array {
  const words = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) words[i] = hashWord(tokens[i]!.norm);
  return winnow(shingleHashes(words, options.shingle), options.window).hashes;
}

// Words of fingerprinted texts kept for their alignments (about 30 bytes a word): a few thousand articles' worth.
const TOKENS_KEPT = 2_000_000;

// Two texts are near-identical (one story, reprinted) when the passages they share cover this share of each one's words.
const SAME_TEXT_COVER = 0.8;

/** True when the shared passages of two texts cover most words of both: a reprint, lightly edited at most. */
function sameText(a: string, ta: () => readonly Token[], b: string, tb: () => readonly Token[], options: AlignOptions, optionsKey: string): boolean {
  return remember("sameText", `${textKey(a)}\u0000${textKey(b)}\u0000${optionsKey}`, () => sameTextOf(a, ta(), b, tb(), options));
}

function sameTextOf(a: string, ta: readonly Token[], b: string, tb: readonly Token[], options: AlignOptions): boolean {
  const matched = alignTexts(a, ta, b, tb, options).reduce((n, p) => n + p.matchedWords, 0);
  // In the measure the passages' words are counted in (wordsWorth).
  const words = (t: readonly Token[]) => wordsWorth(t.map((x) => x.norm));
  return matched >= SAME_TEXT_COVER * Math.max(words(ta), words(tb));
}

/** Document indices, earliest first by `rank` (unranked last), ties in input order. */
function earliestFirst(docs: readonly AlignDocument[]): number[] {
  return docs.map((_, i) => i).sort((x, y) => (docs[x]!.rank ?? Infinity) - (docs[y]!.rank ?? Infinity) || x - y);
}

/** Aligns two texts directly (no candidate step): every passage they share. */
export function alignPair(a: AlignDocument, b: AlignDocument, options: AlignOptions = DEFAULT_ALIGN_OPTIONS): AlignedPair {
  return { a: a.id, b: b.id, passages: alignTexts(a.text, tokenize(a.text), b.text, tokenize(b.text), options) };
}

/**
 * Finds every pair of documents that share passages, through fingerprint candidates; `progress` is told how far it got,
 * and `wordsRead` is shown each document's words where they are read (not where a kept result stands in for them).
 */
export function alignDocuments(
  docs: readonly AlignDocument[],
  options: AlignOptions = DEFAULT_ALIGN_OPTIONS,
  progress?: (stage: "fingerprint" | "align", done: number, total: number) => void,
  wordsRead?: (doc: number, words: WordMatches) => void,
): AlignResult {
  if (docs.length > MAX_DOCUMENTS) throw new InputError("align", `${docs.length} documents given; at most ${MAX_DOCUMENTS} can be aligned in one run`);
  const index = new FingerprintIndex();
  // Results kept between runs (core/memo.ts) are keyed by the texts and every option: a text's fingerprints, whether
  // two texts are one story, a pair's passages. Which texts group and which pairs are candidates is decided afresh.
  const optionsKey = memoActive() ? JSON.stringify(options) : "";
  // Tokens read to fingerprint a text are kept, up to TOKENS_KEPT words in all, for the grouping check and the pair
  // alignments that follow (each text was tokenised again there); past that, a text is tokenised again when needed.
  const held = new Map<number, Token[]>();
  let heldWords = 0;
  let words = 0;
  const prints = docs.map((d, i) => {
    const printed = remember("fingerprints", `${textKey(d.text)}\u0000${options.shingle}\u0000${options.window}`, () => {
      const read = new WordMatches(d.text);
      const tokens = read.tokens();
      wordsRead?.(i, read);
      if (heldWords + tokens.length <= TOKENS_KEPT) {
        held.set(i, tokens);
        heldWords += tokens.length;
      }
      return { words: tokens.length, hashes: fingerprints(tokens, options) };
    });
    words += printed.words;
    if (progress && i % 1000 === 999) progress("fingerprint", i + 1, docs.length);
    return printed.hashes;
  });
  // A group of near-identical documents enters the index as its earliest member only; the others are aligned with it alone.
  const keptOr = (i: number) => () => held.get(i) ?? tokenize(docs[i]!.text);
  const leaderOf = options.nearDuplicates
    ? nearDuplicateLeaders(prints.map(distinctSorted), earliestFirst(docs), options.nearDuplicates, (doc, leader) =>
        sameText(docs[doc]!.text, keptOr(doc), docs[leader]!.text, keptOr(leader), options, optionsKey),
      )
    : undefined;
  let grouped = 0;
  prints.forEach((p, i) => {
    if (!leaderOf || leaderOf[i] === i) index.add(i, p);
    else grouped++;
  });
  const fingerprintCount = index.size;
  const found = index.candidatePairs(options.minSharedFingerprints, options.maxDocFrequency);
  const candidates = leaderOf && grouped > 0 ? withLeaderPairs(found.pairs, leaderOf) : found.pairs;
  const common = found.common;
  const pairs: AlignedPair[] = [];
  const total = candidates.length / 2;
  // A document's tokens are kept to its last candidate pair, so each text is tokenised once more at most.
  const lastPair = new Int32Array(docs.length).fill(-1);
  for (let p = 0; p < total; p++) {
    lastPair[candidates[2 * p]!] = p;
    lastPair[candidates[2 * p + 1]!] = p;
  }
  for (const i of held.keys()) if (lastPair[i] === -1) held.delete(i);
  const tokensOf = (i: number): Token[] => {
    let t = held.get(i);
    if (!t) {
      t = tokenize(docs[i]!.text);
      held.set(i, t);
    }
    return t;
  };
  let passages = 0;
  for (let p = 0; p < total; p++) {
    const ia = candidates[2 * p]!;
    const ib = candidates[2 * p + 1]!;
    const b = docs[ib]!;
    const found = remember("alignTexts", `${textKey(docs[ia]!.text)}\u0000${textKey(b.text)}\u0000${optionsKey}`, () => alignTexts(docs[ia]!.text, tokensOf(ia), b.text, tokensOf(ib), options));
    if (lastPair[ia] === p) held.delete(ia);
    if (lastPair[ib] === p) held.delete(ib);
    if (found.length > 0) {
      pairs.push({ a: docs[ia]!.id, b: b.id, passages: found });
      passages += found.length;
    }
    if (progress && p % 1000 === 999) progress("align", p + 1, total);
  }
  return {
    pairs,
    stats: { documents: docs.length, words, fingerprints: fingerprintCount, commonFingerprints: common, candidatePairs: total, grouped, alignedPairs: pairs.length, passages },
  };
}
