/**
 * One quotation, however many articles print it: the quotation relations of a case (`quotes_same`, `alters_quote`)
 * joined wherever their passages overlap in one article. A group is what a reader calls "that quotation": who
 * printed it, who changed its words, and whom each article says spoke it.
 */
import { overlaps, type Span } from "../core/spans.ts";
import { tokenize } from "../align/tokens.ts";
import type { ReuseRelation } from "../align/types.ts";
import type { ArticleReading } from "../extract/types.ts";
import { CONFIDENT, type Evidence } from "../graph/types.ts";
import { disjointSets } from "../core/disjointSets.ts";

/** Consecutive words two printings must share to be the same quoted words when nothing else joins them (fewer is a stock phrase). */
export const SAME_WORDS_RUN = 8;

/**
 * Calls `join(i, j)` for printings that share a run of SAME_WORDS_RUN words: each printing (its words, by index; an
 * undefined entry is skipped) with the first one that printed the run.
 */
export function joinBySharedRun(words: readonly (readonly string[] | undefined)[], join: (i: number, j: number) => void): void {
  const firstWithRun = new Map<string, number>();
  words.forEach((w, i) => {
    if (!w) return;
    for (let k = 0; k + SAME_WORDS_RUN <= w.length; k++) {
      const run = w.slice(k, k + SAME_WORDS_RUN).join(" ");
      const j = firstWithRun.get(run);
      if (j === undefined) firstWithRun.set(run, i);
      else join(i, j);
    }
  });
}

/** One quotation printed by several articles. */
export interface QuoteGroup {
  /** Articles that print it, in the order relations name them (a `to` before its `from`). */
  articles: string[];
  /** Articles that print it first: the targets of its relations that take it from no other article of the group. */
  first: string[];
  relations: ReuseRelation[];
  /** One printing per article: where the quoted words are. */
  printings: Evidence[];
  /** Per article, whom it says spoke the words: a source key, or undefined where it names no one. */
  speakers: Map<string, string | undefined>;
}

/** The speaker an article gives for the quoted words at `span`, if any. */
function speakerAt(reading: ArticleReading | undefined, span: Span): string | undefined {
  for (const q of reading?.quotations ?? []) {
    if (q.kind !== "quotation") continue;
    if (q.parts.some((p) => overlaps(p, span)) || overlaps(q.span, span)) return q.speaker;
  }
  return undefined;
}

/** Which of an article's quotations (its index in the reading) holds the words at `span`, if any. */
function quotationAt(reading: ArticleReading | undefined, span: Span): number | undefined {
  const quotations = reading?.quotations ?? [];
  for (let k = 0; k < quotations.length; k++) {
    const q = quotations[k]!;
    if (q.kind !== "quotation") continue;
    if (q.parts.some((p) => overlaps(p, span)) || overlaps(q.span, span)) return k;
  }
  return undefined;
}

/**
 * Groups the quotation relations of a case into quotations. Two printings in one article are one quotation where they
 * overlap, or where they lie in one quotation of that article: other articles print its sentences apart ("With his
 * round face…", "Blessed with an air…"), but an article that quotes the whole passage shows they are one.
 */
export function quoteGroups(relations: readonly ReuseRelation[], readings: ReadonlyMap<string, ArticleReading>): QuoteGroup[] {
  // A possible reading (a quotation matched across languages on names alone) grounds no finding.
  const quoteRelations = relations.filter((r) => (r.kind === "quotes_same" || r.kind === "alters_quote") && (r.confidence === undefined || r.confidence >= CONFIDENT));
  // Union-find over printings (one per relation end); two printings in one article that overlap are one.
  const printings: Evidence[] = [];
  const owner: number[] = [];
  // Two printings per passage, numbered in the order `add` meets them.
  const { join: union, sets } = disjointSets(quoteRelations.reduce((n, r) => n + 2 * r.passages.length, 0));
  const inArticle = new Map<string, number[]>();
  // The first printing of each span (of some length) per article: the same span printed again overlaps exactly what the
  // first did, and was joined with it. A quotation that hundreds of reprints match is then one check per printing, not
  // a check against every earlier printing of the article.
  const firstOfSpan = new Map<string, number>();
  // Per article, the quotation of its reading each printing lies in.
  const quotationOf: (number | undefined)[] = [];
  // Printings that repeat a span already printed (its twin) need no second reading of their words.
  const twinOf: boolean[] = [];
  const add = (e: Evidence, rel: number): number => {
    const i = printings.length;
    printings.push(e);
    owner.push(rel);
    const spanKey = `${e.article}\u0000${e.start}\u0000${e.end}`;
    const twin = e.start < e.end ? firstOfSpan.get(spanKey) : undefined;
    twinOf.push(twin !== undefined);
    quotationOf.push(twin !== undefined ? quotationOf[twin] : quotationAt(readings.get(e.article), e));
    if (twin !== undefined) {
      union(i, twin);
      return i;
    }
    if (e.start < e.end) firstOfSpan.set(spanKey, i);
    const mine = inArticle.get(e.article) ?? [];
    for (const j of mine) if (overlaps(printings[j]!, e) || (quotationOf[i] !== undefined && quotationOf[j] === quotationOf[i])) union(i, j);
    mine.push(i);
    inArticle.set(e.article, mine);
    return i;
  };
  quoteRelations.forEach((r, ri) => {
    for (const p of r.passages) union(add(p.from, ri), add(p.to, ri));
  });
  // The same words printed by two families of articles that no relation joins (each took it from its own source) are
  // still one quotation.
  joinBySharedRun(printings.map((e, i) => (twinOf[i] ? undefined : tokenize(e.text).map((t) => t.norm))), union);
  const groups: QuoteGroup[] = [];
  for (const members of sets(printings.map((_, i) => i))) {
    const rels = [...new Set(members.map((i) => owner[i]!))].map((ri) => quoteRelations[ri]!);
    const inGroup = new Set<string>();
    const seen = new Map<string, Evidence>();
    for (const r of rels) for (const a of [r.to, r.from]) inGroup.add(a);
    // In the order first met (a Set keeps it), without searching the list for each relation.
    const articles = [...inGroup];
    for (const i of members) if (!seen.has(printings[i]!.article)) seen.set(printings[i]!.article, printings[i]!);
    const takers = new Set(rels.map((r) => r.from));
    const first = [...new Set(rels.map((r) => r.to))].filter((a) => !takers.has(a));
    const speakers = new Map<string, string | undefined>();
    for (const [article, e] of seen) speakers.set(article, speakerAt(readings.get(article), e));
    groups.push({ articles, first: first.length > 0 ? first : [rels[0]!.to], relations: rels, printings: [...seen.values()], speakers });
  }
  return mergeInterviews(groups).sort((a, b) => b.articles.length - a.articles.length);
}

/** Pieces of one speaker's words that the same articles print (two sentences of one interview) are one quotation. */
function mergeInterviews(groups: readonly QuoteGroup[]): QuoteGroup[] {
  const out: QuoteGroup[] = [];
  const keyOf = (g: QuoteGroup) => {
    const speaker = [...g.speakers.values()].find((k) => k !== undefined);
    return speaker ? `${speaker}\u0000${[...g.articles].sort().join(" ")}` : undefined;
  };
  const byKey = new Map<string, QuoteGroup>();
  for (const g of groups) {
    const key = keyOf(g);
    const seen = key ? byKey.get(key) : undefined;
    if (!seen) {
      out.push(g);
      if (key) byKey.set(key, g);
      continue;
    }
    seen.relations.push(...g.relations.filter((r) => !seen.relations.includes(r)));
    seen.printings.push(...g.printings.filter((p) => !seen.printings.some((q) => q.article === p.article)));
    for (const [a, k] of g.speakers) if (!seen.speakers.has(a) || seen.speakers.get(a) === undefined) seen.speakers.set(a, k);
  }
  return out;
}

/**
 * Quotations that travel together — printed by one article and repeated by another in the same relation (a story's
 * two quoted sentences, its editor's line) — as one recycled story: the groups that share a relation, joined.
 */
/** Two quotations printed this close (in characters) in one article are two sentences of one quoted passage. */
const ADJACENT_CHARS = 120;

export function travellingTogether(groups: readonly QuoteGroup[]): QuoteGroup[] {
  const { find, join } = disjointSets(groups.length);
  const byRelation = new Map<ReuseRelation, number>();
  groups.forEach((g, i) => {
    for (const r of g.relations) {
      const j = byRelation.get(r);
      if (j === undefined) byRelation.set(r, i);
      else join(i, j);
    }
  });
  // Quoted sentences one article prints side by side (within ADJACENT_CHARS) come from one passage of their source:
  // per article, the groups' spans in reading order, each joined to the next when the gap is small.
  const byArticle = new Map<string, { start: number; end: number; group: number }[]>();
  groups.forEach((g, i) => {
    for (const r of g.relations)
      for (const p of r.passages)
        for (const e of [p.from, p.to]) byArticle.set(e.article, [...(byArticle.get(e.article) ?? []), { start: e.start, end: e.end, group: i }]);
  });
  for (const spans of byArticle.values()) {
    spans.sort((x, y) => x.start - y.start);
    let reach = -Infinity;
    let last = -1;
    for (const x of spans) {
      if (last >= 0 && x.start - reach <= ADJACENT_CHARS) join(x.group, last);
      if (x.end > reach) {
        reach = x.end;
        last = x.group;
      }
    }
  }
  const merged = new Map<number, QuoteGroup>();
  groups.forEach((g, i) => {
    const root = find(i);
    const into = merged.get(root);
    if (!into) {
      merged.set(root, { articles: [...g.articles], first: [...g.first], relations: [...g.relations], printings: [...g.printings], speakers: new Map(g.speakers) });
      return;
    }
    for (const a of g.articles) if (!into.articles.includes(a)) into.articles.push(a);
    for (const r of g.relations) if (!into.relations.includes(r)) into.relations.push(r);
    for (const p of g.printings) if (!into.printings.some((q) => q.article === p.article)) into.printings.push(p);
    // Several quotations, several speakers perhaps: who spoke which is no longer one answer, so none is given.
    into.speakers = new Map();
  });
  for (const g of merged.values()) {
    const takers = new Set(g.relations.map((r) => r.from));
    const first = [...new Set(g.relations.map((r) => r.to))].filter((a) => !takers.has(a));
    g.first = first.length > 0 ? first : [g.relations[0]!.to];
  }
  return [...merged.values()].sort((a, b) => b.articles.length - a.articles.length);
}
