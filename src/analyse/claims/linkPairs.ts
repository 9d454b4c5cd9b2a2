/**
 * Pairs of statements the index proposes, scored by the link rules (links.ts), and the links they make. A pair's
 * score and verdict are kept in a PairRecord, so that a later run of the same case can keep the ones its new inputs
 * cannot change (linkCarry.ts); the links are then made from the record in the order one pass over the index gives.
 */
import { misrenderedFigures } from "../../core/scales.ts";
import { writesNoCapitals } from "../terms.ts";
import { nameRelation } from "./names.ts";
import type { LinkIndex, TermTable } from "./linkIndex.ts";
import { MIN_ANCHOR_OVERLAP, MIN_OVERLAP, MIN_OVERLAP_WITHOUT_NAMES, MIN_OVERLAP_WITHOUT_PREDICATE, MIN_RESTATED_SHARE, MIN_RESTATED_WORDS, MIN_SHARED_ANCHORS, MIN_SHARED_KEYS, MIN_SHARED_NAMES_WITH_LEAD } from "./thresholds.ts";
import type { RelatedNames, Statement, StatementLinks } from "./types.ts";

/** What the words rule weighs of two statements in one language. */
export interface WordEvidence {
  /** Shared words' IDF over the geometric mean of both statements' total IDF (a related place counts as a shared word). */
  overlap: number;
  /** How their places relate (names.ts), if both name places. */
  relation: "same" | "related" | undefined;
  bothNamed: boolean;
  sharesPredicate: boolean;
  /**
   * Both are written in a spaced script without capitals (Arabic, Hebrew, Devanagari …): no name, so no place, can be
   * read in them, and the reader tags no verbs there, so neither a place nor a predicate can be compared.
   */
  unreadable?: boolean;
  /**
   * Where one of the two carries a debunk cue and the other, a sentence with a verb, does not (Statement.debunking):
   * how much of the other the debunking one restates — the shared words' IDF over the other's total IDF (`share`),
   * and how many words they share (`words`). Undefined otherwise.
   */
  restated?: { share: number; words: number };
  /**
   * Both call what they name false with their own verb (Statement.verdict: "… ist gefälscht" / "… ist eine Fälschung"):
   * they share that predicate, which the verb tagger reads in no language but English: weighed only where neither
   * has a predicate read, and only where the two do not both name places (two that do are held to their places).
   */
  bothVerdicts?: boolean;
}

/**
 * The words rule: two statements naming places agree only about the same place; without places, the words must say
 * more — unless one calls false what it restates whole ("The ministry denied reports that 12 soldiers were killed in
 * the attack"): a denial wraps the claim in words of its own (who denies, "reports that", "the rumour that … is
 * baseless"), which no overlap of the two wordings can tell from another statement's, while most of the claim's own
 * words found inside it can.
 */
export function wordsLink(e: WordEvidence): boolean {
  if (e.bothNamed && e.relation === undefined) return false;
  if (e.restated && e.restated.share >= MIN_RESTATED_SHARE && e.restated.words >= MIN_RESTATED_WORDS && e.overlap >= MIN_OVERLAP) return true;
  if (e.bothNamed) return e.overlap >= (e.sharesPredicate ? MIN_OVERLAP : MIN_OVERLAP_WITHOUT_NAMES);
  // What cannot be read counts neither for nor against: held to the bar of two named statements that share no predicate,
  // not to the stricter one of statements known to name no place (which no such pair can ever be known to be).
  if (e.unreadable) return e.overlap >= MIN_OVERLAP_WITHOUT_NAMES;
  return e.overlap >= MIN_OVERLAP_WITHOUT_NAMES && (e.sharesPredicate || e.bothVerdicts === true || e.overlap >= MIN_OVERLAP_WITHOUT_PREDICATE);
}

/**
 * The anchors rule: across languages only names and numbers can be shared — enough of them, and not one alone; names
 * alone (no figure shared) link a lead (headline or first sentences) to a sentence further down only where they share
 * more of them (MIN_SHARED_NAMES_WITH_LEAD): a background sentence names the story's actors as the headline does.
 */
export function anchorsLink(sharedCount: number, overlap: number, namesOnly = false, oneLead = false): boolean {
  const needed = namesOnly && oneLead ? MIN_SHARED_NAMES_WITH_LEAD : MIN_SHARED_ANCHORS;
  return sharedCount >= needed && overlap >= MIN_ANCHOR_OVERLAP;
}

/** Every score a rule compares with: a verdict changes only when a pair's score crosses one of them. */
export const SCORE_THRESHOLDS: readonly number[] = [MIN_OVERLAP, MIN_OVERLAP_WITHOUT_NAMES, MIN_OVERLAP_WITHOUT_PREDICATE, MIN_ANCHOR_OVERLAP];

/**
 * Scores pairs of statements, one of which is marked (`mark`): its terms are marked once, then each other statement's
 * list is walked — no set lookups or allocation per pair. Shared terms' IDF is summed in the lower statement's order,
 * as a pass from the lower statement of each pair sums it (floating sums depend on order: the same order keeps scores,
 * and so links, the same however pairs are visited). Scratch space of one run, never shared between runs.
 */
export class PairScorer {
  private readonly wordMark: Int32Array;
  private readonly wordAt: Int32Array;
  private readonly anchorMark: Int32Array;
  private readonly anchorAt: Int32Array;
  private token = 0;
  private marked = -1;
  private readonly found: Int32Array;
  private readonly relatedPlaceWeight: number;
  /** Each statement's figures (term ids of "#…" words), where it gives any. */
  private readonly figures: (Int32Array | undefined)[];
  /** … and each statement's figures among its anchors. */
  private readonly anchorFigures: (Int32Array | undefined)[];
  /** Each statement is written in a spaced script without capitals (WordEvidence.unreadable). */
  private readonly caseless: Uint8Array;
  /** The verdict of the last `score`. */
  linked = false;
  constructor(
    private readonly statements: readonly Statement[],
    private readonly related: RelatedNames,
    private readonly terms: TermTable,
  ) {
    const size = terms.idf.length;
    this.wordMark = new Int32Array(size);
    this.wordAt = new Int32Array(size);
    this.anchorMark = new Int32Array(size);
    this.anchorAt = new Int32Array(size);
    let longest = 0;
    for (const list of terms.words) longest = Math.max(longest, list.length);
    for (const list of terms.anchors) longest = Math.max(longest, list.length);
    this.found = new Int32Array(longest);
    this.relatedPlaceWeight = Math.log(1 + statements.length);
    const isFigure = terms.names.map((t) => t.charCodeAt(0) === 35);
    const figuresOf = (list: Int32Array): Int32Array | undefined => {
      const own = list.filter((id) => isFigure[id] === true);
      return own.length > 0 ? own : undefined;
    };
    this.figures = terms.words.map(figuresOf);
    this.anchorFigures = terms.anchors.map(figuresOf);
    this.caseless = Uint8Array.from(statements, (st) => (writesNoCapitals(st.span.text) ? 1 : 0));
  }

  /**
   * The IDF of `x`'s figures that `y` does not give, where `y` gives figures of its own that `x` does not: two tellings
   * of one statement with a figure changed ("in 48 hours", "in 24 hours") differ in that figure, and the changed figure
   * is what number drift reports, not a sign of another statement. A figure one of them alone gives still counts.
   */
  private changedFigureWeight(x: number, y: number): number {
    const fx = this.figures[x];
    const fy = this.figures[y];
    if (!fx || !fy) return 0;
    const idf = this.terms.idf;
    let own = 0;
    for (const id of fx) if (!fy.includes(id)) own += idf[id] as number;
    if (own === 0) return 0;
    for (const id of fy) if (!fx.includes(id)) return own;
    return 0;
  }

  /**
   * Where the one figure each of two statements in two languages gives that the other does not is one figure
   * misrendered ("about 1,200 jobs", "rund 12.000 Arbeitsplätze": core/scales.ts misrenderedFigures), the weight it
   * counts as a shared anchor (the lower IDF of the two), else 0: a translation that changed its figure still tells the
   * same statement, and the changed figure is what number drift reports. Any other changed figure stays a difference.
   */
  private misrenderedFigure(i: number, j: number): number {
    const fi = this.anchorFigures[i];
    const fj = this.anchorFigures[j];
    if (!fi || !fj) return 0;
    const onlyI = fi.filter((id) => !fj.includes(id));
    const onlyJ = fj.filter((id) => !fi.includes(id));
    if (onlyI.length !== 1 || onlyJ.length !== 1) return 0;
    const x = onlyI[0] as number;
    const y = onlyJ[0] as number;
    if (!misrenderedFigures(Number(this.terms.names[x]?.slice(1)), Number(this.terms.names[y]?.slice(1)))) return 0;
    return Math.min(this.terms.idf[x] as number, this.terms.idf[y] as number);
  }

  /** Marks statement `x`'s words and anchors: the next scores are of pairs with `x`. */
  mark(x: number): void {
    this.token++;
    this.marked = x;
    (this.terms.words[x] as Int32Array).forEach((id, k) => {
      this.wordMark[id] = this.token;
      this.wordAt[id] = k;
    });
    (this.terms.anchors[x] as Int32Array).forEach((id, k) => {
      this.anchorMark[id] = this.token;
      this.anchorAt[id] = k;
    });
  }

  /**
   * The IDF of the terms two lists share, summed in `lower`'s order, and their number (in `shared`): the marked
   * statement's list is `lower` or `upper`.
   */
  private sharedWeight(lower: Int32Array, upper: Int32Array, lowerMarked: boolean, mark: Int32Array, at: Int32Array): number {
    const idf = this.terms.idf;
    const token = this.token;
    let weight = 0;
    if (!lowerMarked) {
      // The marked list is the upper one: walk the lower in its order.
      let count = 0;
      for (const id of lower) {
        if (mark[id] !== token) continue;
        weight += idf[id] as number;
        count++;
      }
      this.shared = count;
      return weight;
    }
    // The marked list is the lower one: the places in it of the upper list's shared terms, in ascending order.
    const found = this.found;
    let count = 0;
    for (const id of upper) {
      if (mark[id] !== token) continue;
      const k = at[id] as number;
      let p = count++;
      while (p > 0 && (found[p - 1] as number) > k) {
        found[p] = found[p - 1] as number;
        p--;
      }
      found[p] = k;
    }
    for (let p = 0; p < count; p++) weight += idf[lower[found[p] as number] as number] as number;
    this.shared = count;
    return weight;
  }
  private shared = 0;

  /** Whether the words rule weighs how much of one of the two statements the other restates (`restated`, wordsLink): one debunks, the other not. */
  weighsRestating(i: number, j: number): boolean {
    const a = this.statements[i] as Statement;
    const b = this.statements[j] as Statement;
    return a.language === b.language && (a.debunking === true) !== (b.debunking === true);
  }

  /** The score the rules compare for statements `i` < `j` (one of them marked), with the verdict in `linked`. */
  score(i: number, j: number): number {
    const a = this.statements[i] as Statement;
    const b = this.statements[j] as Statement;
    const terms = this.terms;
    const lowerMarked = this.marked === i;
    if (a.language !== b.language) {
      let weight = this.sharedWeight(terms.anchors[i] as Int32Array, terms.anchors[j] as Int32Array, lowerMarked, this.anchorMark, this.anchorAt);
      let shared = this.shared;
      const misrendered = this.misrenderedFigure(i, j);
      if (misrendered > 0) {
        weight += misrendered;
        shared++;
      }
      const overlap = weight / Math.sqrt((terms.anchorWeight[i] as number) * (terms.anchorWeight[j] as number) || 1);
      const fi = this.anchorFigures[i];
      const fj = this.anchorFigures[j];
      const sharesFigure = misrendered > 0 || (fi !== undefined && fj !== undefined && fi.some((id) => fj.includes(id)));
      this.linked = anchorsLink(shared, overlap, !sharesFigure, a.lead !== b.lead);
      return overlap;
    }
    let weight = this.sharedWeight(terms.words[i] as Int32Array, terms.words[j] as Int32Array, lowerMarked, this.wordMark, this.wordAt);
    const bothNamed = a.names.size > 0 && b.names.size > 0;
    const ownI = (terms.wordWeight[i] as number) - this.changedFigureWeight(i, j);
    const ownJ = (terms.wordWeight[j] as number) - this.changedFigureWeight(j, i);
    const scale = Math.sqrt(ownI * ownJ || 1);
    // The weight of the statement a debunking one may restate (wordsLink): one that asserts something, with a verb.
    const other = !this.weighsRestating(i, j) ? undefined : a.debunking === true ? { statement: b, own: ownJ } : { statement: a, own: ownI };
    const restatedWeight = other && !other.statement.verbless ? other.own : undefined;
    const sharedWords = this.shared;
    // Without places on both sides no related place adds weight, and the words alone must reach MIN_OVERLAP_WITHOUT_NAMES
    // (wordsLink): most pairs the index proposes fall short, and need no place or predicate compared.
    if (!bothNamed && weight / scale < (restatedWeight === undefined ? MIN_OVERLAP_WITHOUT_NAMES : MIN_OVERLAP)) {
      this.linked = false;
      return weight / scale;
    }
    const relation = nameRelation(this.related, a.names, b.names);
    if (relation === "related") weight += this.relatedPlaceWeight;
    let sharesPredicate = false;
    for (const p of a.predicates) if (b.predicates.has(p)) sharesPredicate = true;
    const overlap = weight / scale;
    const restated = restatedWeight === undefined ? undefined : { share: weight / (restatedWeight || 1), words: sharedWords };
    const unreadable = this.caseless[i] === 1 && this.caseless[j] === 1;
    // Where a verb is read in either (English), the shared-predicate test stands: the verdict stands in only for verbs unread.
    const bothVerdicts = a.verdict === true && b.verdict === true && a.predicates.size === 0 && b.predicates.size === 0;
    this.linked = wordsLink({ overlap, relation, bothNamed, sharesPredicate, restated, unreadable, bothVerdicts });
    return overlap;
  }
}

/**
 * The proposed pairs of a run (statement `a` < `b`), each with its score, its verdict, and how far the score may have
 * drifted since it was computed (`drift` ≥ 1: the true score lies within a factor `drift` of the kept one; 1 when
 * computed in this run). Grows as pairs are added. An unlinked pair scoring below `floor` is not kept: only its
 * statements' drift bounds it later (linkCarry.ts).
 */
export class PairRecord {
  a: Int32Array;
  b: Int32Array;
  score: Float64Array;
  drift: Float64Array;
  linked: Uint8Array;
  length = 0;

  /** Room for `capacity` pairs before growing. */
  constructor(
    capacity = 1024,
    private readonly floor = 0,
  ) {
    const size = Math.max(16, capacity);
    this.a = new Int32Array(size);
    this.b = new Int32Array(size);
    this.score = new Float64Array(size);
    this.drift = new Float64Array(size);
    this.linked = new Uint8Array(size);
  }

  add(a: number, b: number, score: number, drift: number, linked: boolean): void {
    if (!linked && score < this.floor) return;
    if (this.length === this.a.length) this.grow();
    const k = this.length++;
    this.a[k] = a;
    this.b[k] = b;
    this.score[k] = score;
    this.drift[k] = drift;
    this.linked[k] = linked ? 1 : 0;
  }

  private grow(): void {
    const size = this.a.length * 2;
    const grown = <T extends Int32Array | Float64Array | Uint8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.a = grown(this.a, new Int32Array(size));
    this.b = grown(this.b, new Int32Array(size));
    this.score = grown(this.score, new Float64Array(size));
    this.drift = grown(this.drift, new Float64Array(size));
    this.linked = grown(this.linked, new Uint8Array(size));
  }
}

/** Statements' articles as small integers: pairs within one article are never proposed. */
export function articleNumbers(statements: readonly Statement[]): Int32Array {
  const articleOf = new Map<string, number>();
  return Int32Array.from(statements, (s) => {
    let n = articleOf.get(s.article);
    if (n === undefined) articleOf.set(s.article, (n = articleOf.size));
    return n;
  });
}

/**
 * Scores the pairs of `x` with the statements of other articles it shares MIN_SHARED_KEYS probed keys with, into
 * `record`: with `higherOnly` the statements after it (a pass over every statement takes each pair from its lower
 * side), else those `take` accepts (each pair once: a caller visiting several statements takes each from one side).
 */
export function scorePairsOf(x: number, index: LinkIndex, article: Int32Array, scorer: PairScorer, record: PairRecord, scratch: { counts: Int32Array; touched: number[] }, higherOnly: boolean, take?: (y: number) => boolean): void {
  const { counts, touched } = scratch;
  const keys = index.probedOf(x);
  const at = index.at[x] as number[];
  for (let k = 0; k < keys.length; k++) {
    const block = index.blockOf(keys[k] as number) as ArrayLike<number>;
    for (let p = higherOnly ? (at[k] as number) + 1 : 0; p < block.length; p++) {
      const y = block[p] as number;
      if (y === x || article[y] === article[x] || (take && !take(y))) continue;
      if (counts[y] === 0) touched.push(y);
      counts[y] = (counts[y] as number) + 1;
    }
  }
  scorer.mark(x);
  for (const y of touched) {
    if ((counts[y] as number) >= MIN_SHARED_KEYS) {
      const i = x < y ? x : y;
      const j = x < y ? y : x;
      const score = scorer.score(i, j);
      record.add(i, j, score, 1, scorer.linked);
    }
    counts[y] = 0;
  }
  touched.length = 0;
}

/** Every proposed pair of the case, scored. */
export function scoreAllPairs(statements: readonly Statement[], index: LinkIndex, scorer: PairScorer, floor = 0): PairRecord {
  const article = articleNumbers(statements);
  const record = new PairRecord(1024, floor);
  const scratch = { counts: new Int32Array(statements.length), touched: [] as number[] };
  for (let x = 0; x < statements.length; x++) scorePairsOf(x, index, article, scorer, record, scratch, true);
  return record;
}

/**
 * The links of the linked pairs in `record`, each statement's in the order one pass over the index adds them: the
 * lower statements it is linked with (ascending: each pair is added while its lower statement is visited), then the
 * higher ones in the order its blocks meet them (blocks in key order, each ascending: by the first probed key both
 * share, then ascending). Stars take their members in this order.
 */
export function linksOf(count: number, record: PairRecord, index: LinkIndex): StatementLinks {
  const lower: number[][] = Array.from({ length: count }, () => []);
  const higher: number[][] = Array.from({ length: count }, () => []);
  for (let k = 0; k < record.length; k++) {
    if (!record.linked[k]) continue;
    const a = record.a[k] as number;
    const b = record.b[k] as number;
    higher[a]?.push(b);
    lower[b]?.push(a);
  }
  const firstShared = (x: number, y: number): number => {
    let first = Infinity;
    const theirs = index.probedOf(y);
    for (const key of index.probedOf(x)) if (key < first && theirs.includes(key)) first = key;
    return first;
  };
  return lower.map((below, x) => {
    below.sort((p, q) => p - q);
    const above = higher[x] as number[];
    if (above.length > 1) {
      const first = new Map(above.map((y) => [y, firstShared(x, y)]));
      above.sort((p, q) => (first.get(p) as number) - (first.get(q) as number) || p - q);
    }
    // Added one by one: no spread array made per statement (a case has tens of thousands).
    const links = new Set(below);
    for (let k = 0; k < above.length; k++) links.add(above[k] as number);
    return links;
  });
}
