/**
 * Claim links when a case is analysed again (an article added): the verdicts of the last run kept where the new
 * inputs cannot change them, so only the pairs of new or changed statements, and the few scores near a threshold,
 * are computed again. Exact: the links are those a run from nothing makes.
 *
 * Why a kept verdict holds. A pair is proposed when both statements probe MIN_SHARED_KEYS keys in common; a statement
 * that reads the same (article, language, terms, predicates, places) and probes the same keys as last time is "clean",
 * and two clean statements are proposed now exactly when they were then. Their verdict is a fixed function of what
 * they read (unchanged) and of how their score compares with the thresholds (SCORE_THRESHOLDS). The score is a ratio of
 * IDF sums, and every IDF moves when the case grows (a term's IDF depends on the number of statements and on how many
 * use it): a term's IDF is multiplied by its ratio new / old, so each sum is multiplied by a factor between the lowest
 * and the highest ratio of the pair's terms, and the score by a factor within [low / high, high / low]. A pair's
 * `drift` is the product of these bounds since its score was computed: while no threshold lies within a factor `drift`
 * of the kept score, the score now is on the same side of every threshold, and the verdict stands. Otherwise, and for
 * every pair with a new or changed statement, the pair is scored afresh. A pair of which one statement debunks and the
 * other does not is always scored afresh: its verdict may rest on a second ratio, how much of the other the debunking
 * one restates (linkPairs.ts wordsLink), which the kept score does not hold. Such pairs are few (a case's denials and
 * fact checks), and the containment rule asks an overlap of MIN_OVERLAP too, so an unkept pair (below FLOOR) never
 * links by it either.
 *
 * Most proposed pairs score far below every threshold (in a generated case nine in ten below FLOOR): those are not
 * kept at all. Each statement instead keeps its own drift, the product of its bounds (highest / lowest ratio of its
 * terms) since its pairs were last scored; a pair's bound in a run is at most the product of its two statements', so
 * an unkept pair's score is now below FLOOR × both statements' drift. A statement whose drift reaches
 * STATEMENT_DRIFT (the square root of MIN_THRESHOLD / FLOOR) is scored again with all its pairs, so an unkept pair stays
 * below every threshold.
 */
import { leave, recall } from "../../core/memo.ts";
import { carriedIndex, keyNumber, memoryOf, type IndexMemory, type KeyNumbering } from "./indexCarry.ts";
import { linkIndex, termTable, type LinkIndex, type TermDictionary, type TermTable } from "./linkIndex.ts";
import { articleNumbers, linksOf, PairRecord, PairScorer, SCORE_THRESHOLDS, scoreAllPairs, scorePairsOf } from "./linkPairs.ts";
import type { RelatedNames, Statement, StatementLinks } from "./types.ts";

/**
 * What one run leaves for the next run of the case. Never changed once left, but for the two numberings (term ids,
 * key numbers), which later runs only add to: a number keeps naming the same term or key.
 */
interface LinkState {
  statements: readonly Statement[];
  /** Each statement's drift since its pairs were last scored (see above). */
  statementDrift: Float64Array;
  /** Each statement's keys and probed keys (as numbers of `numbering`), block sizes and term counts (indexCarry.ts). */
  index: IndexMemory;
  numbering: KeyNumbering;
  dictionary: TermDictionary;
  /** How many statements had each term (by dictionary id) as a word, and how many statements there were: the IDF the scores used. */
  df: Int32Array;
  count: number;
  /** Terms and keys the case used: the numberings start again when they hold many more (an edited case leaves stale ones). */
  liveTerms: number;
  liveKeys: number;
  /** The related names (`relatedKey`): they decide which places agree. */
  related: string;
  /** Every proposed pair, by index into `statements`. */
  pairs: PairRecord;
}

/** The memo kind the state is left under. */
const STATE = "claimLinks";
/** Relative error allowed per run for floating rounding (sums of a few dozen terms are off by far less). */
const ROUNDING = 1e-9;
/** Numberings grow to at most this many times the terms or keys in use (plus SLACK) before starting again. */
const STALE_SHARE = 2;
const SLACK = 10_000;
/** Unlinked pairs scoring below this are not kept; a statement drifting by STATEMENT_DRIFT is scored again. */
const FLOOR = Math.min(...SCORE_THRESHOLDS) / 1.25;
const STATEMENT_DRIFT = Math.sqrt(Math.min(...SCORE_THRESHOLDS) / FLOOR);

/** The related names as one string, in a fixed order. */
function relatedKey(related: RelatedNames): string {
  return [...related]
    .map(([name, others]) => `${name}\u0001${[...others].sort().join("\u0001")}`)
    .sort()
    .join("\u0000");
}

/** Two sets with the same members in the same order (the memo hands the same sentence's terms out as one set). */
function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  const other = b.values();
  for (const x of a) if (other.next().value !== x) return false;
  return true;
}

/** Whether two statements read the same to linking: article, language, terms, predicates, places, debunk cue, lead. */
function sameStatement(a: Statement, b: Statement): boolean {
  return a.article === b.article && a.language === b.language && a.debunking === b.debunking && a.lead === b.lead && sameSet(a.words, b.words) && sameSet(a.anchors, b.anchors) && sameSet(a.predicates, b.predicates) && sameSet(a.names, b.names);
}

/** Whether a score kept with this drift may now lie on the other side of a threshold. */
function crossable(score: number, drift: number): boolean {
  const least = score / drift;
  const most = score * drift;
  for (let k = 0; k < SCORE_THRESHOLDS.length; k++) if (least <= (SCORE_THRESHOLDS[k] as number) && (SCORE_THRESHOLDS[k] as number) <= most) return true;
  return false;
}

/** Links between statements (as linkStatements), reusing the verdicts the last run of the case left where they hold. */
export function linkCarried(statements: readonly Statement[], related: RelatedNames): StatementLinks {
  const found = recall<LinkState>(STATE);
  const relatedNow = relatedKey(related);
  // The last run's numberings, unless they hold many stale entries; its verdicts, if made with the same related names.
  const fresh = !found || found.dictionary.names.length > STALE_SHARE * found.liveTerms + SLACK || found.numbering.names.length > STALE_SHARE * found.liveKeys + SLACK;
  const last = fresh ? undefined : found;
  const dictionary: TermDictionary = last?.dictionary ?? { ids: new Map(), names: [], lists: new WeakMap() };
  const numbering: KeyNumbering = last?.numbering ?? { numbers: new Map(), names: [], term: [] };
  const terms = termTable(statements, dictionary);
  const scorer = new PairScorer(statements, related, terms);
  const statementDrift = new Float64Array(statements.length).fill(1);
  const carry = last && last.related === relatedNow && last.count > 0 && statements.length > 0 ? last : undefined;
  let index: LinkIndex;
  let memory: IndexMemory;
  let record: PairRecord;
  if (carry) {
    const lastOf = counterparts(statements, carry.statements);
    const carried = carriedIndex(statements, related, terms, numbering, carry.index, lastOf);
    ({ index, memory } = carried);
    record = carryPairs(carry, { statements, terms, index, scorer, lastOf, probedSame: carried.probedSame, statementDrift });
  } else {
    index = linkIndex(statements, related, terms);
    const { probed, probedStart } = probedNumbers(index, numbering, terms);
    memory = memoryOf(index, numbering, terms, probed, probedStart);
    record = scoreAllPairs(statements, index, scorer, FLOOR);
  }
  let liveTerms = 0;
  for (const d of terms.df) if (d > 0) liveTerms++;
  leave(STATE, {
    statements,
    statementDrift,
    index: memory,
    numbering,
    dictionary,
    df: terms.df,
    count: statements.length,
    liveTerms,
    liveKeys: index.keyNames.length,
    related: relatedNow,
    pairs: record,
  } satisfies LinkState);
  return linksOf(statements.length, record, index);
}

/** Each statement's probed keys as numbers of `numbering` (numbering new keys), sorted, one run after another. */
function probedNumbers(index: LinkIndex, numbering: KeyNumbering, terms: TermTable): { probed: Int32Array; probedStart: Int32Array } {
  const numberOf = Int32Array.from(index.keyNames, (name) => keyNumber(numbering, name, name.startsWith("w:") || name.startsWith("a:") ? (terms.idOf.get(name.slice(2)) ?? -1) : -1));
  const probedStart = new Int32Array(index.count + 1);
  for (let x = 0; x < index.count; x++) probedStart[x + 1] = (probedStart[x] as number) + index.probedOf(x).length;
  const probed = new Int32Array(probedStart[index.count] as number);
  for (let x = 0; x < index.count; x++) {
    const keys = index.probedOf(x);
    const from = probedStart[x] as number;
    keys.forEach((key, k) => (probed[from + k] = numberOf[key] as number));
    probed.subarray(from, from + keys.length).sort();
  }
  return { probed, probedStart };
}

/** This run's inputs, as linkCarried read them. */
interface RunInputs {
  statements: readonly Statement[];
  terms: TermTable;
  index: LinkIndex;
  scorer: PairScorer;
  /** Each statement's counterpart in the last run where it reads the same (`counterparts`), else -1. */
  lastOf: Int32Array;
  /** Whether each statement probes the keys its counterpart probed (indexCarry.ts). */
  probedSame: Uint8Array;
  /** Filled in: each statement's drift (1 where scored in this run). */
  statementDrift: Float64Array;
}

/**
 * Each statement's counterpart in the last run: the statement at the same place among its article's, when it reads
 * the same (`sameStatement`); else -1.
 */
function counterparts(statements: readonly Statement[], lastStatements: readonly Statement[]): Int32Array {
  const lastOfArticle = new Map<string, number[]>();
  lastStatements.forEach((s, o) => {
    const list = lastOfArticle.get(s.article);
    if (list) list.push(o);
    else lastOfArticle.set(s.article, [o]);
  });
  const lastOf = new Int32Array(statements.length).fill(-1);
  const seen = new Map<string, number>();
  statements.forEach((s, x) => {
    const k = seen.get(s.article) ?? 0;
    seen.set(s.article, k + 1);
    const o = lastOfArticle.get(s.article)?.[k];
    if (o !== undefined && sameStatement(s, lastStatements[o] as Statement)) lastOf[x] = o;
  });
  return lastOf;
}

/**
 * Every proposed pair of this run: the last run's pairs of clean statements (kept or scored again), and the pairs of
 * the others. Each pass over the case is a function of its own: this runs only when a case is analysed again, so V8
 * compiles it on the first add, and one function holding every pass was compiled once per loop (on-stack replacement)
 * and again after each pass met code the earlier ones had not run, which cost more than the passes.
 */
function carryPairs(last: LinkState, run: RunInputs): PairRecord {
  const { statements, terms, index, scorer } = run;
  const n = statements.length;
  // A statement is clean when it reads the same as its counterpart and probes the same keys: its pairs with other
  // clean statements are proposed now exactly when they were then.
  const now = new Int32Array(last.statements.length).fill(-1);
  const lastOf = new Int32Array(n).fill(-1);
  const clean = new Uint8Array(n);
  markClean(run.lastOf, run.probedSame, now, lastOf, clean);
  // How each term's IDF moved (new / old), and the related-place weight with the statement count; each clean
  // statement's lowest and highest ratio over its words and anchors.
  const ratio = idfRatios(terms.idf, last.df, last.count);
  const placeRatio = Math.log(1 + n) / Math.log(1 + last.count);
  const low = new Float64Array(n).fill(placeRatio);
  const high = new Float64Array(n).fill(placeRatio);
  for (let x = 0; x < n; x++) {
    if (!clean[x]) continue;
    ratioBounds(terms.words[x] as Int32Array, ratio, low, high, x);
    ratioBounds(terms.anchors[x] as Int32Array, ratio, low, high, x);
  }
  // A clean statement's drift grows by its bound; one that drifted too far is scored again like a changed one.
  const dirty = driftOn(last.statementDrift, run.statementDrift, lastOf, low, high, now, clean);
  const record = new PairRecord(last.pairs.length + dirty * 64, FLOOR);
  keepPairs(last.pairs, now, low, high, scorer, record);
  // Pairs with a new or changed statement, each once: from its changed side, or from the lower if both changed.
  const article = articleNumbers(statements);
  const scratch = { counts: new Int32Array(n), touched: [] as number[] };
  for (let x = 0; x < n; x++) if (!clean[x]) scorePairsOf(x, index, article, scorer, record, scratch, false, (y) => clean[y] === 1 || y > x);
  return record;
}

/** Marks the clean statements (a counterpart that probes the same keys) with their counterparts both ways. */
function markClean(counterpart: Int32Array, probedSame: Uint8Array, now: Int32Array, lastOf: Int32Array, clean: Uint8Array): void {
  for (let x = 0; x < counterpart.length; x++) {
    const o = counterpart[x] as number;
    if (o >= 0 && probedSame[x]) {
      now[o] = x;
      lastOf[x] = o;
      clean[x] = 1;
    }
  }
}

/** Each term's IDF now over its IDF in the last run. */
function idfRatios(idf: Float64Array, lastDf: Int32Array, lastCount: number): Float64Array {
  const ratio = new Float64Array(idf.length);
  for (let id = 0; id < ratio.length; id++) ratio[id] = (idf[id] as number) / Math.log(1 + lastCount / ((lastDf[id] ?? 0) || 1));
  return ratio;
}

/** Widens statement x's lowest and highest ratio by those of its terms in `list`. */
function ratioBounds(list: Int32Array, ratio: Float64Array, low: Float64Array, high: Float64Array, x: number): void {
  for (let i = 0; i < list.length; i++) {
    const r = ratio[list[i] as number] as number;
    if (r < (low[x] as number)) low[x] = r;
    if (r > (high[x] as number)) high[x] = r;
  }
}

/** Each clean statement's drift moved by its bound; those past STATEMENT_DRIFT are made unclean. How many are unclean. */
function driftOn(lastDrift: Float64Array, drift: Float64Array, lastOf: Int32Array, low: Float64Array, high: Float64Array, now: Int32Array, clean: Uint8Array): number {
  let dirty = 0;
  for (let x = 0; x < clean.length; x++) {
    if (clean[x]) {
      const o = lastOf[x] as number;
      const d = (lastDrift[o] as number) * ((high[x] as number) / (low[x] as number)) * (1 + ROUNDING);
      if (d < STATEMENT_DRIFT) drift[x] = d;
      else {
        clean[x] = 0;
        now[o] = -1;
      }
    }
    if (!clean[x]) dirty++;
  }
  return dirty;
}

/**
 * The last run's pairs of two clean statements, renumbered: kept with their grown drift, or scored again where a
 * threshold lies within it or the containment rule weighs them.
 */
function keepPairs(kept: PairRecord, now: Int32Array, low: Float64Array, high: Float64Array, scorer: PairScorer, record: PairRecord): void {
  for (let k = 0; k < kept.length; k++) {
    const x = now[kept.a[k] as number] as number;
    const y = now[kept.b[k] as number] as number;
    if (x < 0 || y < 0) continue;
    const i = Math.min(x, y);
    const j = Math.max(x, y);
    const drift = (((kept.drift[k] as number) * Math.max(high[x] as number, high[y] as number)) / Math.min(low[x] as number, low[y] as number)) * (1 + ROUNDING);
    const score = kept.score[k] as number;
    if (crossable(score, drift) || scorer.weighsRestating(i, j)) {
      scorer.mark(i);
      record.add(i, j, scorer.score(i, j), 1, scorer.linked);
    } else record.add(i, j, score, drift, kept.linked[k] === 1);
  }
}
