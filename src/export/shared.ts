/** What the exporters share: reading an article's date back from the graph, and finding the claims and articles in it. */
import { compareDates, dateInterval, type PublishedDate } from "../core/dates.ts";
import type { OriginTrace } from "../analyse/types.ts";
import type { ArticleNodeAttrs, ClaimNodeAttrs, NodeAttrs, ProvenanceGraph } from "../graph/types.ts";

/** The publication date of an article node as a `PublishedDate`, or undefined when the case gave none. */
export function publishedDateOf(attrs: NodeAttrs): PublishedDate | undefined {
  if (attrs.kind !== "article" || !attrs.published || !attrs.datePrecision) return undefined;
  return { iso: attrs.published, precision: attrs.datePrecision, estimated: attrs.dateEstimated ?? false };
}

/** `YYYY-MM-DD` of an epoch-ms instant (UTC). */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The days an article's date may stand for: first and last possible day (an estimated date widened as `dateInterval` does), and the best guess. */
export function dateRange(date: PublishedDate): { earliest: string; latest: string; best: string } {
  const wide = dateInterval(date);
  const exact = dateInterval({ ...date, estimated: false });
  return { earliest: isoDay(wide.start), latest: isoDay(wide.end - 1), best: isoDay(exact.start) };
}

/** Article nodes of the graph, ordered by the best guess of their date (the first day it may stand for, ignoring estimate widening; undated last), then by key. Where dates surely order two articles, this order agrees. */
export function articlesByDate(graph: ProvenanceGraph, keys?: Iterable<string>): { key: string; attrs: ArticleNodeAttrs }[] {
  const list: { key: string; attrs: ArticleNodeAttrs; at: number }[] = [];
  const wanted = keys ? new Set(keys) : undefined;
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "article" || (wanted && !wanted.has(key))) return;
    const date = publishedDateOf(attrs);
    list.push({ key, attrs, at: date ? dateInterval({ ...date, estimated: false }).start : Number.POSITIVE_INFINITY });
  });
  list.sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? -1 : 1) || a.key.localeCompare(b.key));
  return list.map(({ key, attrs }) => ({ key, attrs }));
}

/** Claim nodes of the graph, in key order. */
export function claimsOf(graph: ProvenanceGraph): { key: string; attrs: ClaimNodeAttrs }[] {
  const list: { key: string; attrs: ClaimNodeAttrs }[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === "claim") list.push({ key, attrs });
  });
  return list.sort((a, b) => a.key.localeCompare(b.key));
}

/** A node's display label, or the key when the node is missing (a dangling reference must not crash an export). */
export function labelOf(graph: ProvenanceGraph, key: string): string {
  return graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : key;
}

/**
 * Where a claim started and what it rests on, as the report states them (and the explorer's quiz checks answers
 * against): the claim's own origins and primary sources when the analysis found them, else its origin trace's.
 */
export function claimAnswers(c: Pick<ClaimNodeAttrs, "origins" | "primarySources" | "independentSources">, trace: Pick<OriginTrace, "origins" | "primarySources" | "independentSources">): { origins: string[]; primarySources: string[]; independentSources: number } {
  const own = c.primarySources.length > 0;
  return {
    origins: c.origins.length > 0 ? c.origins : trace.origins,
    primarySources: own ? c.primarySources : trace.primarySources,
    independentSources: own ? c.independentSources : trace.independentSources,
  };
}

/** The claim's "Reported false" claim (analyse/debunks.ts) among a case's nodes, if it has one. */
export function reportedFalseClaimOf(nodes: Iterable<NodeAttrs>, claim: string): ClaimNodeAttrs | undefined {
  for (const n of nodes) if (n.kind === "claim" && n.debunks === claim && n.origins[0] !== undefined) return n;
  return undefined;
}

/** Whether the claim is told both ways, so that its independence counts only the articles presenting it as true (a debunk confirms nothing). */
export function toldBothWays(c: Pick<ClaimNodeAttrs, "presentedAsTrue" | "reportedFalse">): boolean {
  return (c.presentedAsTrue ?? []).length > 0 && (c.reportedFalse ?? []).length > 0;
}

/**
 * Whether the claim's origin was sought among the articles presenting it as true (analyse/origins.ts) while others
 * carry it too (report it false, or only mention it): one of those may have printed it earlier. An origin that only
 * mentions the claim (a hedged report the presenters took it from) is where it first appears.
 */
export function originAmongPresenters(c: Pick<ClaimNodeAttrs, "presentedAsTrue" | "articles" | "origins">): boolean {
  const asTrue = c.presentedAsTrue ?? [];
  return asTrue.length > 0 && asTrue.length < c.articles.length && c.origins.every((o) => asTrue.includes(o));
}

/**
 * A claim's origins (the articles that take it from no other article of the case, first the one named first) split into
 * those that may be the first — the first, and every one its date does not precede (the same day, a month or year that
 * holds its day, no date) — and those that carry it later, with no source in the case either. Only the first group is
 * "where it started"; saying the others cannot be ordered would be untrue where their dates order them.
 */
export function firstOrigins(origins: readonly string[], dateOf: (article: string) => PublishedDate | undefined): { first: string[]; later: string[] } {
  const head = origins[0];
  if (head === undefined) return { first: [], later: [] };
  const headDate = dateOf(head);
  const first = [head];
  const later: string[] = [];
  for (const o of origins.slice(1)) (headDate && compareDates(headDate, dateOf(o)) === -1 ? later : first).push(o);
  return { first, later };
}

/** How a report introduces the origin: where it first appears, or where it was first presented as true. */
export function originLead(c: Pick<ClaimNodeAttrs, "presentedAsTrue" | "articles" | "origins" | "denial">): string {
  // A denial's presenters state the denial: where it was first stated, not where the story it denies was.
  if (c.denial) return originAmongPresenters(c) ? "The denial is first stated in" : "The denial first appears in";
  return originAmongPresenters(c) ? "First presented as true in" : "First appears in";
}
