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
 * is a range the day may lie anywhere in), then the one more of them take from by any arrow, even one only a
 * convention orients (an undated copy of it), then a news agency's dispatch that other candidates credit that agency
 * for (the agency's own story, then a reprint of it: the others report from it), then the earlier start, then one
 * presenting the claim as true over one that reports it false or only mentions it (when all carriers are candidates),
 * then the id. The undated, which no date places, come after the dated.
 */
import { compareDates, dateInterval, type PublishedDate } from "../core/dates.ts";
import type { OriginTrace } from "./types.ts";
import { linearOrder } from "./articleOrder.ts";

export interface OriginInputs {
  /** The articles the claim's origin is sought among (those presenting it as true, or every carrier when none does). */
  candidates: readonly string[];
  /** Case articles each article takes the claim from. */
  derivedFrom: Readonly<Record<string, readonly string[] | undefined>>;
  /** Whether `later` taking the claim from `earlier` says which came first (dates, citation, an oriented reuse edge). */
  orderKnown: (later: string, earlier: string) => boolean;
  /** The articles the texts themselves (a citation) put `later` after where the dates leave the two open. */
  heldBackBy: (later: string) => readonly string[];
  published: ReadonlyMap<string, PublishedDate | undefined>;
  /** The candidates presenting the claim as true, where others carry it too (a debunk, a mention): named first where nothing else orders two. */
  presenters?: ReadonlySet<string>;
  /** Whether `later` taking the claim from `earlier` is drawn that way only by the case's article order (the ids): it counts no taker. */
  byCaseOrder?: (later: string, earlier: string) => boolean;
  /** The news agency whose dispatch an article prints, and whether the article is the agency's own (else a reprint of it). */
  dispatchOf?: (article: string) => { agency: string; own: boolean } | undefined;
  /** The outlets an article credits, by a citation or a reprint credit. */
  creditsOf?: (article: string) => readonly string[];
}

/**
 * What orders a case's articles, the same for every claim of a run (provenance.ts caseOrder): the inputs of an origin
 * that are not the claim's own.
 */
export type CaseOrder = Pick<OriginInputs, "orderKnown" | "heldBackBy" | "byCaseOrder" | "dispatchOf" | "creditsOf">;

/**
 * How surely a candidate prints the dispatch the other candidates report from: 2 where it is the agency's own story, 1
 * where it reprints it (a dateline, a credit line), 0 where it is no dispatch or no other candidate credits that agency.
 * Papers that credit an agency on one day ("a spokesman told AFP", "Reuters reported") tell the story from its dispatch.
 */
function dispatchRanks(origins: readonly string[], candidates: readonly string[], dispatchOf: OriginInputs["dispatchOf"], creditsOf: OriginInputs["creditsOf"]): Map<string, number> {
  const ranks = new Map<string, number>();
  if (!dispatchOf || !creditsOf) return ranks;
  const crediting = new Map<string, Set<string>>();
  for (const a of candidates) for (const o of creditsOf(a)) (crediting.get(o) ?? crediting.set(o, new Set()).get(o)!).add(a);
  for (const a of origins) {
    const d = dispatchOf(a);
    if (d && [...(crediting.get(d.agency) ?? [])].some((b) => b !== a)) ranks.set(a, d.own ? 2 : 1);
  }
  return ranks;
}

/** Followers counted per origin, at most: beyond it, more makes no difference to which is named first. */
const FOLLOWERS_COUNTED = 1000;

/** The candidate origins, first the one a report names first. About linear in the candidates and their derivations. */
export function orderedOrigins(inputs: OriginInputs): string[] {
  const { candidates, derivedFrom, orderKnown, heldBackBy, published, presenters, byCaseOrder, dispatchOf, creditsOf } = inputs;
  const inCase = new Set(candidates);
  const takesFrom = new Map(candidates.map((a) => [a, (derivedFrom[a] ?? []).filter((d) => d !== a && inCase.has(d) && orderKnown(a, d))]));
  const origins = candidates.filter((a) => (takesFrom.get(a) ?? []).length === 0);

  // How many of the claim's articles follow each origin, directly or through others.
  const followers = new Map<string, string[]>();
  for (const a of candidates) {
    for (const d of takesFrom.get(a) ?? []) {
      const list = followers.get(d);
      if (list) list.push(a);
      else followers.set(d, [a]);
    }
  }
  const descendants = (o: string): number => {
    const seen = new Set<string>();
    const queue = [o];
    while (queue.length > 0 && seen.size < FOLLOWERS_COUNTED) for (const f of followers.get(queue.pop()!) ?? []) if (!seen.has(f) && f !== o) (seen.add(f), queue.push(f));
    return seen.size;
  };
  // Where nothing orders two candidates, an arrow drawn only by convention (an undated copy) still says another article
  // took its text from this one rather than from that one — unless the convention fell back on the case's article
  // order (two of one month, or two undated): that arrow would point the other way were the files named otherwise.
  const takers = new Map<string, number>();
  for (const a of candidates) for (const d of new Set(derivedFrom[a] ?? [])) if (d !== a && inCase.has(d) && !byCaseOrder?.(a, d)) takers.set(d, (takers.get(d) ?? 0) + 1);
  const dispatches = dispatchRanks(origins, candidates, dispatchOf, creditsOf);
  const facts = new Map(origins.map((a) => {
    const d = published.get(a);
    return [a, { interval: d ? dateInterval(d) : undefined, descendants: descendants(a), takers: takers.get(a) ?? 0, dispatch: dispatches.get(a) ?? 0 }];
  }));
  const better = (a: string, b: string): number => {
    const x = facts.get(a)!;
    const y = facts.get(b)!;
    if (x.interval && !y.interval) return -1;
    if (!x.interval && y.interval) return 1;
    if (x.descendants !== y.descendants) return y.descendants - x.descendants;
    // A day inside a month (or a month inside a year) goes first before anything a convention drew counts: an arrow
    // oriented only by convention (an undated copy, two overlapping dates put in the order of their middles) says the
    // range's text existed before its copy, nothing of where in the range it lies beside the day.
    const width = x.interval && y.interval ? x.interval.end - x.interval.start - (y.interval.end - y.interval.start) : 0;
    if (width !== 0) return width;
    if (x.takers !== y.takers) return y.takers - x.takers;
    if (x.dispatch !== y.dispatch) return y.dispatch - x.dispatch;
    if (x.interval && y.interval && x.interval.start !== y.interval.start) return x.interval.start - y.interval.start;
    // A debunk or a mention answers a story already told: of two carriers nothing orders, the one telling it is likelier first.
    const told = (presenters?.has(a) ? 0 : 1) - (presenters?.has(b) ? 0 : 1);
    if (told !== 0) return told;
    return a.localeCompare(b);
  };

  // Known order is partial: a date that ends before another begins, or a citation (which can put an undated article
  // before a dated one). Each step names, among the origins nothing left precedes, the best by `better`.
  return linearOrder(origins, better, (a) => facts.get(a)!.interval, heldBackBy);
}

/** The articles and every article they took the claim from, followed back through `derivedFrom`. */
export function ancestorsOf(articles: readonly string[], derivedFrom: Readonly<Record<string, readonly string[]>>): Set<string> {
  const seen = new Set<string>();
  const stack = [...articles];
  while (stack.length > 0) {
    const a = stack.pop() as string;
    if (seen.has(a)) continue;
    seen.add(a);
    stack.push(...(derivedFrom[a] ?? []));
  }
  return seen;
}

/**
 * What puts a claim's first origin first, as a report may state it: its date, before that of every other article
 * `others` names; what the texts show of the others (they take the claim from an article of the case, by a citation,
 * a credit or a copy the texts orient), where some are not dated after it (the same day, a month that holds its day,
 * no date); or nothing, where several origins may each be the first (`first`: those no date puts after the first).
 */
export function originOrderOf(first: readonly string[], others: readonly string[], dateOf: (article: string) => PublishedDate | undefined): OriginTrace["originOrder"] {
  if (first.length !== 1) return "cannot be told";
  const head = first[0]!;
  const headDate = dateOf(head);
  return others.every((b) => b === head || compareDates(headDate, dateOf(b)) === -1) ? "dates" : "relations";
}
