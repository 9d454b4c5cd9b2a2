/** Local alignment of one candidate pair: exact word seeds, chained along the diagonal across small gaps, then a word diff per chain. */
import { textSpan } from "../core/spans.ts";
import { wordDiff } from "./diff.ts";
import { isStopWord, wordsWorth } from "./tokens.ts";
import type { AlignOptions, SharedPassage, Token } from "./types.ts";

interface Chain {
  firstI: number;
  firstJ: number;
  lastI: number;
  lastJ: number;
  seeds: number;
}

// A seed met more often than this in one text is a repeated phrase of that text; chaining it everywhere would only add noise.
const MAX_SEED_REPEATS = 8;

// The seed keys of a token sequence, built once per sequence: a text aligned with many others (held by the caller
// between its pairs) is not joined into keys again for each pair. Weak: the keys go with the tokens.
const seedKeyMemo = new WeakMap<readonly Token[], { seed: number; keys: string[] }>();

function seedKeys(tokens: readonly Token[], seed: number): string[] {
  const hit = seedKeyMemo.get(tokens);
  if (hit && hit.seed === seed) return hit.keys;
  const keys: string[] = [];
  for (let i = 0; i + seed <= tokens.length; i++) {
    let key = tokens[i]!.norm;
    for (let s = 1; s < seed; s++) key += " " + tokens[i + s]!.norm;
    keys.push(key);
  }
  seedKeyMemo.set(tokens, { seed, keys });
  return keys;
}

// Where each seed key occurs in a token sequence (its first MAX_SEED_REPEATS + 1 places, ascending), built once per
// sequence like its keys: the b side of many pairs (a text held by the caller between its pairs) is not indexed again
// for each pair. A key listed more than MAX_SEED_REPEATS times is a repeated phrase and never matched.
const seedIndexMemo = new WeakMap<readonly Token[], { seed: number; index: Map<string, number[]> }>();

function seedIndex(tokens: readonly Token[], seed: number): Map<string, number[]> {
  const hit = seedIndexMemo.get(tokens);
  if (hit && hit.seed === seed) return hit.index;
  const index = new Map<string, number[]>();
  const keys = seedKeys(tokens, seed);
  for (let j = 0; j < keys.length; j++) {
    const key = keys[j]!;
    const list = index.get(key);
    if (!list) index.set(key, [j]);
    else if (list.length <= MAX_SEED_REPEATS) list.push(j);
  }
  seedIndexMemo.set(tokens, { seed, index });
  return index;
}

/** Seed matches (i in a, j in b) of `seed` consecutive folded words, in increasing i then j. */
function seedMatches(ta: readonly Token[], tb: readonly Token[], seed: number): [number, number][] {
  const index = seedIndex(tb, seed);
  const out: [number, number][] = [];
  const keysA = seedKeys(ta, seed);
  for (let i = 0; i < keysA.length; i++) {
    const list = index.get(keysA[i]!);
    if (!list || list.length > MAX_SEED_REPEATS) continue;
    for (const j of list) out.push([i, j]);
  }
  return out;
}

/** Chains seeds that follow each other on both sides within `maxGap` unmatched words. */
function chainSeeds(matches: readonly [number, number][], seed: number, maxGap: number): Chain[] {
  const done: Chain[] = [];
  let open: Chain[] = [];
  const reach = seed + maxGap;
  for (const [i, j] of matches) {
    open = open.filter((c) => {
      if (i - c.lastI > reach) {
        done.push(c);
        return false;
      }
      return true;
    });
    let best: Chain | undefined;
    let bestSkew = Infinity;
    for (const c of open) {
      const di = i - c.lastI;
      const dj = j - c.lastJ;
      if (di <= 0 || dj <= 0 || dj > reach) continue;
      const skew = Math.abs(di - dj);
      if (skew <= maxGap && skew < bestSkew) {
        best = c;
        bestSkew = skew;
      }
    }
    if (best) {
      best.lastI = i;
      best.lastJ = j;
      best.seeds++;
    } else open.push({ firstI: i, firstJ: j, lastI: i, lastJ: j, seeds: 1 });
  }
  return done.concat(open);
}

/** Every passage texts a and b share under `options`, with spans into each text, similarity and a diff from b's wording to a's. */
export function alignTexts(textA: string, ta: readonly Token[], textB: string, tb: readonly Token[], options: AlignOptions): SharedPassage[] {
  const { seed, maxGap } = options;
  const chains = chainSeeds(seedMatches(ta, tb, seed), seed, maxGap).filter((c) => c.lastI + seed - c.firstI >= options.minMatchedWords);
  const found: (SharedPassage & { ai: [number, number]; bi: [number, number] })[] = [];
  for (const c of chains) {
    const aEnd = c.lastI + seed;
    const bEnd = c.lastJ + seed;
    const subA = ta.slice(c.firstI, aEnd);
    const subB = tb.slice(c.firstJ, bEnd);
    const { ops, equal, equalNorms } = wordDiff(subB, textB, subA, textA);
    // Thresholds count words as a reader would (wordsWorth: a one-letter Japanese particle is half a word).
    const matched = Math.floor(wordsWorth(equalNorms));
    if (matched < options.minMatchedWords) continue;
    if (equalNorms.filter((w) => !isStopWord(w)).length < options.minContentWords) continue;
    const similarity = (2 * equal) / (subA.length + subB.length);
    if (similarity < options.minSimilarity) continue;
    const a = textSpan(textA, subA[0]!.start, subA[subA.length - 1]!.end);
    const b = textSpan(textB, subB[0]!.start, subB[subB.length - 1]!.end);
    found.push({ a, b, matchedWords: matched, similarity, diff: ops, ai: [c.firstI, aEnd], bi: [c.firstJ, bEnd] });
  }
  // Where chains overlap (a phrase repeated on one side), keep the longest.
  found.sort((x, y) => y.matchedWords - x.matchedWords);
  const kept: typeof found = [];
  const overlap = (x: [number, number], y: [number, number]) => Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
  for (const p of found) {
    const clash = kept.some((k) => overlap(k.ai, p.ai) > 0.5 * (p.ai[1] - p.ai[0]) || overlap(k.bi, p.bi) > 0.5 * (p.bi[1] - p.bi[0]));
    if (!clash) kept.push(p);
  }
  if (!kept.some((k) => k.matchedWords >= options.minLongestPassage)) return [];
  kept.sort((x, y) => x.a.start - y.a.start);
  return kept.map(({ ai: _ai, bi: _bi, ...p }) => p);
}
