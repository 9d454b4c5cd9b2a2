/**
 * Where a claim first appears, in the order a report names the candidates. Pure.
 *
 * An article is a candidate origin when it takes the claim from no other candidate *in a known order*: a citation, a
 * date, or a reuse edge the dates or a credit oriented. A copy or quotation drawn one way only by convention (nothing
 * orders the two) leaves both candidates.
 *
 * Among candidates, a date that ends before another begins puts its article first, and what the texts say
 * (`orderedAfter`: a citation where the dates leave it open) holds an article back. Where neither orders two
 * candidates (the same day; a month or year that contains the other's day), the one more of the claim's articles
 * derive from is named first (the article the others follow), then the more precise date (a day is a fact; "2015-05"
 * is a range the day may lie anywhere in), then the earlier start, then the id. The undated, which no date places, come
 * after the dated.
 */
import { dateInterval, type PublishedDate } from "../core/dates.ts";

export interface OriginInputs {
  /** The articles the claim's origin is sought among (those presenting it as true, or every carrier when none does). */
  candidates: readonly string[];
  /** Case articles each article takes the claim from. */
  derivedFrom: Readonly<Record<string, readonly string[] | undefined>>;
  /** Whether `later` taking the claim from `earlier` says which came first (dates, citation, an oriented reuse edge). */
  orderKnown: (later: string, earlier: string) => boolean;
  /** Whether the texts themselves (a citation) put `later` after `earlier` where the dates leave it open. */
  heldBackBy: (later: string, earlier: string) => boolean;
  published: ReadonlyMap<string, PublishedDate | undefined>;
}

/** The candidate origins, first the one a report names first. */
export function orderedOrigins(inputs: OriginInputs): string[] {
  const { candidates, derivedFrom, orderKnown, heldBackBy, published } = inputs;
  const inCase = new Set(candidates);
  const takesFrom = new Map(candidates.map((a) => [a, (derivedFrom[a] ?? []).filter((d) => d !== a && inCase.has(d) && orderKnown(a, d))]));
  const origins = candidates.filter((a) => (takesFrom.get(a) ?? []).length === 0);

  // How many of the claim's articles follow each origin, directly or through others.
  const followers = new Map<string, Set<string>>();
  for (const a of candidates) for (const d of takesFrom.get(a) ?? []) followers.set(d, (followers.get(d) ?? new Set()).add(a));
  const descendants = (o: string): number => {
    const seen = new Set<string>();
    const queue = [o];
    while (queue.length > 0) for (const f of followers.get(queue.pop()!) ?? []) if (!seen.has(f) && f !== o) (seen.add(f), queue.push(f));
    return seen.size;
  };
  const interval = (a: string) => {
    const d = published.get(a);
    return d ? dateInterval(d) : undefined;
  };
  const facts = new Map(origins.map((a) => [a, { interval: interval(a), descendants: descendants(a) }]));
  const better = (a: string, b: string): number => {
    const x = facts.get(a)!;
    const y = facts.get(b)!;
    if (x.interval && !y.interval) return -1;
    if (!x.interval && y.interval) return 1;
    if (x.descendants !== y.descendants) return y.descendants - x.descendants;
    if (x.interval && y.interval) {
      const width = x.interval.end - x.interval.start - (y.interval.end - y.interval.start);
      if (width !== 0) return width;
      if (x.interval.start !== y.interval.start) return x.interval.start - y.interval.start;
    }
    return a.localeCompare(b);
  };
  // A date that ends before another begins is a known order; so is a citation (which can put an undated article
  // before a dated one). Known order is partial, so each step takes, among the origins nothing left precedes, the best
  // by `better`.
  const precedes = (b: string, a: string) => {
    const x = facts.get(b)!.interval;
    const y = facts.get(a)!.interval;
    return (x !== undefined && y !== undefined && x.end <= y.start) || heldBackBy(a, b);
  };
  const remaining = new Set(origins);
  const out: string[] = [];
  while (remaining.size > 0) {
    const left = [...remaining];
    const free = left.filter((a) => !left.some((b) => b !== a && precedes(b, a)));
    const next = (free.length > 0 ? free : left).sort(better)[0]!;
    remaining.delete(next);
    out.push(next);
  }
  return out;
}
