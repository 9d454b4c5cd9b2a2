/**
 * The order of a set of articles as the case tells it: by their dates where the dates tell, else by what the texts say
 * of each other — an article that cites another, or copies or quotes it where the texts tell which came first
 * (`ordersArticles`), comes after it. Where neither orders two articles, their order cannot be told, and each placed
 * article says so. Pure.
 */
import { compareDates, dateInterval, type PublishedDate } from "../core/dates.ts";
import { ordersArticles, type ProvenanceGraph } from "../graph/types.ts";
import { isLive } from "../review/live.ts";

/** A date's span in epoch ms, or none for an undated article. */
export type Span = { start: number; end: number } | undefined;

/**
 * Lists `items` so that none comes before one known to precede it — by `span` (one that ends before another begins
 * precedes it) or by `after` (what the texts say) — and, among those nothing left precedes, the first by `rank`. A
 * cycle of `after` (each cites the other) frees the best by `rank`. About linear where little is held back.
 */
export function linearOrder(items: readonly string[], rank: (a: string, b: string) => number, span: (a: string) => Span, after: (a: string) => readonly string[]): string[] {
  const ranked = [...items].sort(rank);
  const spans = new Map(items.map((a) => [a, span(a)]));
  // An item is held back by date when another one left ends before it begins, so only the smallest end left (other
  // than its own) is needed: the ends sorted once, a pointer past those named.
  const byEnd = items.filter((a) => spans.get(a)).sort((a, b) => spans.get(a)!.end - spans.get(b)!.end);
  const remaining = new Set(items);
  let endAt = 0;
  const smallestEndOtherThan = (a: string): number => {
    while (endAt < byEnd.length && !remaining.has(byEnd[endAt]!)) endAt++;
    for (let k = endAt; k < byEnd.length; k++) {
      const b = byEnd[k]!;
      if (b !== a && remaining.has(b)) return spans.get(b)!.end;
    }
    return Number.POSITIVE_INFINITY;
  };
  const free = (a: string): boolean => {
    const own = spans.get(a);
    if (own && smallestEndOtherThan(a) <= own.start) return false;
    return !after(a).some((b) => b !== a && remaining.has(b));
  };
  const out: string[] = [];
  let first = 0;
  while (remaining.size > 0) {
    while (!remaining.has(ranked[first]!)) first++;
    let next: string | undefined;
    for (let k = first; k < ranked.length && next === undefined; k++) if (remaining.has(ranked[k]!) && free(ranked[k]!)) next = ranked[k];
    next ??= ranked[first]!;
    remaining.delete(next);
    out.push(next);
  }
  return out;
}

/**
 * For each of `keys`, the others of them it comes after by what the texts say where the dates leave the two open: the
 * articles it cites by a citation the alignment tied to them (`orderedAfter`), and those its live citation, copy or
 * quotation edges point to where the texts tell which came first. A relation the dates contradict is dropped (the
 * dates win), and so is one each way between two articles (each says the other came first: nothing is told).
 */
export function relationsAmong(graph: ProvenanceGraph, keys: readonly string[], dateOf: (a: string) => PublishedDate | undefined): Map<string, Set<string>> {
  const set = new Set(keys);
  const before = new Map<string, Set<string>>();
  const add = (later: string, earlier: string) => {
    if (later === earlier || !set.has(earlier) || compareDates(dateOf(later), dateOf(earlier)) === -1) return;
    const list = before.get(later);
    if (list) list.add(earlier);
    else before.set(later, new Set([earlier]));
  };
  for (const a of keys) {
    if (!graph.hasNode(a)) continue;
    const attrs = graph.getNodeAttributes(a);
    if (attrs.kind !== "article") continue;
    for (const b of attrs.orderedAfter ?? []) add(a, b);
    graph.forEachOutEdge(a, (_k, e, _s, target) => {
      if (ordersArticles(e) && isLive(e)) add(a, target);
    });
  }
  for (const [a, list] of before) for (const b of list) if (before.get(b)?.has(a)) (list.delete(b), before.get(b)!.delete(a));
  return before;
}

/** `keys` in the order the case tells (see placeArticles), without saying how each stands to the others. */
export function orderArticles(graph: ProvenanceGraph, keys: readonly string[], dateOf: (a: string) => PublishedDate | undefined): string[] {
  return linearOrder(keys, byListedDate(keys, dateOf), spanOf(dateOf), directRelations(relationsAmong(graph, keys, dateOf)));
}

/** A date's span as the order reads it: an estimated date widened (dateInterval). */
const spanOf = (dateOf: (a: string) => PublishedDate | undefined) => (a: string): Span => {
  const d = dateOf(a);
  return d ? dateInterval(d) : undefined;
};

/** Earlier listed first — a date from its first day as written, an estimated day at that day — the undated last, then by key (which only fixes where entries nothing orders are listed). */
function byListedDate(keys: readonly string[], dateOf: (a: string) => PublishedDate | undefined): (a: string, b: string) => number {
  const listedAt = new Map(keys.map((a) => {
    const d = dateOf(a);
    return [a, d ? dateInterval({ ...d, estimated: false }).start : Number.POSITIVE_INFINITY];
  }));
  return (a, b) => {
    const x = listedAt.get(a) ?? Number.POSITIVE_INFINITY;
    const y = listedAt.get(b) ?? Number.POSITIVE_INFINITY;
    return (x === y ? 0 : x < y ? -1 : 1) || a.localeCompare(b);
  };
}

const directRelations = (relations: ReadonlyMap<string, ReadonlySet<string>>) => (a: string): readonly string[] => [...(relations.get(a) ?? [])];

/** How an entry of an ordered list stands to every entry above it. */
export type OrderPlace =
  /** The first entry. */
  | "first"
  /** After every entry above by the dates alone. */
  | "dates"
  /** After every entry above, some of them only by what the texts say (a citation, a credit, an oriented copy). */
  | "inferred"
  /** Neither dates nor relations put it after some entry above: which came first cannot be told. */
  | "uncertain";

export interface PlacedArticle {
  key: string;
  order: OrderPlace;
  /** Where `order` is "inferred": the entries above that only the texts put before it, those it takes from directly first. */
  inferredAfter?: string[];
}

/** Ancestors followed back through the relations, at most: beyond it an entry's place is left "uncertain" (says less). */
const ANCESTORS_FOLLOWED = 2000;

/**
 * `keys` in the order the case tells (linearOrder: dates, then relations, then the earlier start of a date, then the
 * key, which only fixes where entries nothing orders are listed), each saying how it stands to the entries above it.
 */
export function placeArticles(graph: ProvenanceGraph, keys: readonly string[], dateOf: (a: string) => PublishedDate | undefined): PlacedArticle[] {
  const span = new Map(keys.map((a) => [a, spanOf(dateOf)(a)]));
  const relations = relationsAmong(graph, keys, dateOf);
  const direct = directRelations(relations);
  const ordered = linearOrder(keys, byListedDate(keys, dateOf), (a) => span.get(a), direct);

  const datedBefore = (j: string, threshold: number | undefined) => {
    const s = span.get(j);
    return s !== undefined && threshold !== undefined && s.end <= threshold;
  };
  // Everything the relations put before `a`, directly or through others, and the latest start among those dated (and
  // its own): an article dated before that start is before `a` too.
  const ancestry = (a: string): { seen: Set<string>; threshold: number | undefined } => {
    const seen = new Set<string>();
    let threshold = span.get(a)?.start;
    const stack = direct(a).slice();
    while (stack.length > 0 && seen.size < ANCESTORS_FOLLOWED) {
      const u = stack.pop()!;
      if (seen.has(u)) continue;
      seen.add(u);
      const s = span.get(u);
      if (s && (threshold === undefined || s.start > threshold)) threshold = s.start;
      stack.push(...direct(u));
    }
    return { seen, threshold };
  };
  // The latest end of the entries above (an undated one has none): an entry starting after it is after all by date.
  let latestEnd = Number.NEGATIVE_INFINITY;
  return ordered.map((a, i): PlacedArticle => {
    const own = span.get(a)?.start;
    const allBefore = own !== undefined && latestEnd <= own;
    latestEnd = Math.max(latestEnd, span.get(a)?.end ?? Number.POSITIVE_INFINITY);
    if (i === 0) return { key: a, order: "first" };
    if (allBefore) return { key: a, order: "dates" };
    let known: ReturnType<typeof ancestry> | undefined;
    const byRelations: string[] = [];
    // Nearest first: an entry the order leaves open is most often just above.
    for (let j = i - 1; j >= 0; j--) {
      const b = ordered[j]!;
      if (datedBefore(b, own)) continue;
      known ??= ancestry(a);
      if (!known.seen.has(b) && !datedBefore(b, known.threshold)) return { key: a, order: "uncertain" };
      byRelations.push(b);
    }
    if (byRelations.length === 0) return { key: a, order: "dates" };
    const mine = relations.get(a);
    const named = [...byRelations.filter((b) => mine?.has(b)), ...byRelations.filter((b) => !mine?.has(b))];
    return { key: a, order: "inferred", inferredAfter: named };
  });
}
