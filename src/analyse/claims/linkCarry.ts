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
 * every pair with a new or changed statement, the pair is scored afresh.
 */
import { leave, recall } from "../../core/memo.ts";
import { linkIndex, termTable, type LinkIndex, type TermTable } from "./linkIndex.ts";
import { articleNumbers, linksOf, PairRecord, PairScorer, SCORE_THRESHOLDS, scoreAllPairs, scorePairsOf } from "./linkPairs.ts";
import type { RelatedNames, Statement, StatementLinks } from "./types.ts";

/** What one run leaves for the next run of the case. Never changed once left. */
interface LinkState {
  /** Each statement's identity for linking (`identity`). */
  statements: readonly string[];
  /** Each statement's probed keys, sorted, as one string. */
  probed: readonly string[];
  /** How many statements have each term as a word, and how many statements there were: the IDF the scores used. */
  df: ReadonlyMap<string, number>;
  count: number;
  /** The related names (`relatedKey`): they decide which places agree. */
  related: string;
  /** Every proposed pair, by index into `statements`. */
  pairs: PairRecord;
}

/** The memo kind the state is left under. */
const STATE = "claimLinks";
/** Relative error allowed per run for floating rounding (sums of a few dozen terms are off by far less). */
const ROUNDING = 1e-9;

/** Everything linking reads of a statement: two statements with the same identity are scored and indexed alike. */
function identity(s: Statement): string {
  return [s.article, s.language, [...s.words].join("\u0001"), [...s.anchors].join("\u0001"), [...s.predicates].join("\u0001"), [...s.names].join("\u0001")].join("\u0000");
}

/** The related names as one string, in a fixed order. */
function relatedKey(related: RelatedNames): string {
  return [...related]
    .map(([name, others]) => `${name}\u0001${[...others].sort().join("\u0001")}`)
    .sort()
    .join("\u0000");
}

/** Whether a score kept with this drift may now lie on the other side of a threshold. */
function crossable(score: number, drift: number): boolean {
  const least = score / drift;
  const most = score * drift;
  for (const t of SCORE_THRESHOLDS) if (least <= t && t <= most) return true;
  return false;
}

/** Links between statements (as linkStatements), reusing the verdicts the last run of the case left where they hold. */
export function linkCarried(statements: readonly Statement[], related: RelatedNames): StatementLinks {
  const terms = termTable(statements);
  const index = linkIndex(statements, related, terms);
  const scorer = new PairScorer(statements, related, terms);
  const identities = statements.map(identity);
  const probed = index.probed.map((keys) => keys.map((k) => index.keyNames[k] as string).sort().join("\u0001"));
  const relatedNow = relatedKey(related);
  const last = recall<LinkState>(STATE);
  const record =
    last && last.related === relatedNow && last.count > 0 && statements.length > 0
      ? carryPairs(last, { statements, terms, index, scorer, identities, probed })
      : scoreAllPairs(statements, index, scorer);
  const df = new Map<string, number>();
  terms.names.forEach((t, id) => df.set(t, terms.df[id] as number));
  leave(STATE, { statements: identities, probed, df, count: statements.length, related: relatedNow, pairs: record } satisfies LinkState);
  return linksOf(statements.length, record, index);
}

/** This run's inputs, as linkCarried read them. */
interface RunInputs {
  statements: readonly Statement[];
  terms: TermTable;
  index: LinkIndex;
  scorer: PairScorer;
  identities: readonly string[];
  probed: readonly string[];
}

/** Every proposed pair of this run: the last run's pairs of clean statements (kept or scored again), and the pairs of the others. */
function carryPairs(last: LinkState, run: RunInputs): PairRecord {
  const { statements, terms, index, scorer } = run;
  const n = statements.length;
  // Each clean statement's place in the last run (identical statements matched in order).
  const lastOf = new Map<string, number[]>();
  last.statements.forEach((id, o) => {
    const list = lastOf.get(id);
    if (list) list.push(o);
    else lastOf.set(id, [o]);
  });
  const now = new Int32Array(last.statements.length).fill(-1);
  const clean = new Uint8Array(n);
  const taken = new Map<string, number>();
  run.identities.forEach((id, x) => {
    const list = lastOf.get(id);
    if (!list) return;
    const k = taken.get(id) ?? 0;
    taken.set(id, k + 1);
    const o = list[k];
    if (o !== undefined && last.probed[o] === run.probed[x]) {
      now[o] = x;
      clean[x] = 1;
    }
  });
  // How each term's IDF moved (new / old), and the related-place weight with the statement count; each clean
  // statement's lowest and highest ratio over its words and anchors.
  const ratio = new Float64Array(terms.names.length);
  terms.names.forEach((t, id) => (ratio[id] = (terms.idf[id] as number) / Math.log(1 + last.count / (last.df.get(t) || 1))));
  const placeRatio = Math.log(1 + n) / Math.log(1 + last.count);
  const low = new Float64Array(n).fill(placeRatio);
  const high = new Float64Array(n).fill(placeRatio);
  for (let x = 0; x < n; x++) {
    if (!clean[x]) continue;
    for (const list of [terms.words[x] as Int32Array, terms.anchors[x] as Int32Array]) {
      for (const id of list) {
        const r = ratio[id] as number;
        if (r < (low[x] as number)) low[x] = r;
        if (r > (high[x] as number)) high[x] = r;
      }
    }
  }
  const kept = last.pairs;
  const record = new PairRecord(kept.length + (n - clean.reduce((sum, c) => sum + c, 0)) * 64);
  for (let k = 0; k < kept.length; k++) {
    const x = now[kept.a[k] as number] as number;
    const y = now[kept.b[k] as number] as number;
    if (x < 0 || y < 0) continue;
    const i = Math.min(x, y);
    const j = Math.max(x, y);
    const drift = ((kept.drift[k] as number) * Math.max(high[x] as number, high[y] as number)) / Math.min(low[x] as number, low[y] as number) * (1 + ROUNDING);
    const score = kept.score[k] as number;
    if (crossable(score, drift)) {
      scorer.mark(i);
      record.add(i, j, scorer.score(i, j), 1, scorer.linked);
    } else record.add(i, j, score, drift, kept.linked[k] === 1);
  }
  // Pairs with a new or changed statement, each once: from its changed side, or from the lower if both changed.
  const article = articleNumbers(statements);
  const scratch = { counts: new Int32Array(n), touched: [] as number[] };
  for (let x = 0; x < n; x++) if (!clean[x]) scorePairsOf(x, index, article, scorer, record, scratch, false, (y) => clean[y] === 1 || y > x);
  return record;
}
