/** Origin tracing: follows citations, copies, quotations and syndication back from a claim or article to the earliest articles and the people who actually spoke. */
import { compareDates, type PublishedDate } from "../core/dates.ts";
import { NotFoundError } from "../core/errors.ts";
import type { EdgeKind, ProvenanceGraph } from "../graph/types.ts";
import type { OriginTrace, TraceNode } from "./types.ts";
import { originOrderOf } from "./origins.ts";
import { orderArticles } from "./articleOrder.ts";
import { isLive } from "../review/live.ts";

/** Edges that lead from an article towards where its content came from. */
export const UPSTREAM_EDGES: ReadonlySet<EdgeKind> = new Set(["cites", "copies", "quotes_same", "alters_quote", "republishes", "quotes"]);

/**
 * The date made from each article node's attributes, by the attributes object: the same date object while they read
 * the same, so compareDates finds its interval made (dates.ts keeps them by date object) instead of parsing the date
 * again at each of the case's many comparisons. Held weakly: a graph's nodes take theirs with them. Checked against the
 * attributes on each use, as a review may rewrite a node's date in place.
 */
const nodeDates = new WeakMap<object, PublishedDate>();

/** An article node's publication date, or none (undated, or not an article). */
export function articleDate(graph: ProvenanceGraph, key: string): PublishedDate | undefined {
  return dateOf(graph, key);
}

function dateOf(graph: ProvenanceGraph, key: string): PublishedDate | undefined {
  const a = graph.getNodeAttributes(key);
  if (a.kind !== "article" || !a.published || !a.datePrecision) return undefined;
  const estimated = a.dateEstimated ?? false;
  let date = nodeDates.get(a);
  if (date === undefined || date.iso !== a.published || date.precision !== a.datePrecision || date.estimated !== estimated) {
    nodeDates.set(a, (date = { iso: a.published, precision: a.datePrecision, estimated }));
  }
  return date;
}

/** Order of two articles: by their dates, else by what the texts say of each other (`orderedAfter`); 0 when neither tells. */
export function compareArticles(graph: ProvenanceGraph, a: string, b: string): -1 | 0 | 1 {
  const byDate = compareDates(dateOf(graph, a), dateOf(graph, b));
  if (byDate !== 0) return byDate;
  const after = (x: string, y: string) => {
    const attrs = graph.getNodeAttributes(x);
    return attrs.kind === "article" && (attrs.orderedAfter ?? []).includes(y);
  };
  if (after(a, b) && !after(b, a)) return 1;
  if (after(b, a) && !after(a, b)) return -1;
  return 0;
}

/** Articles whose every `asserts` edge to the claim reports it false or only mentions it — none when no article presents it as true (or `key` is no claim). */
function claimDebunkers(graph: ProvenanceGraph, key: string): Set<string> {
  const stances = new Map<string, Set<string>>();
  if (graph.getNodeAttribute(key, "kind") !== "claim") return new Set();
  graph.forEachInEdge(key, (_k, e, source) => {
    if (e.kind !== "asserts" || !isLive(e)) return;
    const set = stances.get(source) ?? new Set<string>();
    set.add(e.stance ?? "true");
    stances.set(source, set);
  });
  const asTrue = [...stances.values()].some((s) => s.has("true"));
  return asTrue ? new Set([...stances].filter(([, s]) => !s.has("true")).map(([a]) => a)) : new Set();
}

function nodeOf(graph: ProvenanceGraph, key: string): TraceNode {
  const a = graph.getNodeAttributes(key);
  const node: TraceNode = { key, kind: a.kind, label: a.label, children: [] };
  if (a.kind === "article") {
    node.dateLabel = a.dateLabel;
    if (a.published) node.published = a.published;
  }
  return node;
}

/** Traces a claim (`claim:…`) or an article back to its origins. Throws NotFoundError for an unknown key. */
export function traceOrigin(graph: ProvenanceGraph, key: string): OriginTrace {
  if (!graph.hasNode(key)) throw new NotFoundError("analyse", `node '${key}' is not in the graph; expected a claim or article key`);
  const rootAttrs = graph.getNodeAttributes(key);
  const edges = new Set<string>();
  const articles = new Set<string>();
  const sources = new Set<string>();
  const firstHandSources = new Set<string>();
  const uncoveredOutlets = new Set<string>();
  const expanded = new Set<string>();

  const expand = (node: TraceNode): void => {
    if (expanded.has(node.key)) return;
    expanded.add(node.key);
    const attrs = graph.getNodeAttributes(node.key);
    if (attrs.kind === "article") articles.add(node.key);
    if (attrs.kind === "source") sources.add(node.key);
    if (attrs.kind !== "article") return;
    graph.forEachOutEdge(node.key, (edgeKey, e, _s, target) => {
      // An edge a person rejected leads nowhere (src/review).
      if (!UPSTREAM_EDGES.has(e.kind) || !isLive(e)) return;
      const child = { ...nodeOf(graph, target), edge: e.kind, edgeKey };
      node.children.push(child);
      edges.add(edgeKey);
      const t = graph.getNodeAttributes(target);
      if (e.kind === "quotes" && !("via" in e && e.via && graph.hasNode(e.via) && graph.getNodeAttribute(e.via, "kind") === "article")) firstHandSources.add(target);
      if ((e.kind === "cites" || e.kind === "republishes") && t.kind === "outlet") {
        uncoveredOutlets.add(target);
      }
      expand(child);
    });
  };

  const tree = nodeOf(graph, key);
  if (rootAttrs.kind === "claim") {
    graph.forEachInEdge(key, (edgeKey, e, source) => {
      if (e.kind !== "asserts") return;
      const child = { ...nodeOf(graph, source), edge: e.kind, edgeKey };
      tree.children.push(child);
      edges.add(edgeKey);
      expand(child);
    });
  } else {
    expand(tree);
  }

  // Outlets outside the case whose report we cannot read stand as sources of their own, unless a source relayed through them is already counted.
  const relayedVia = new Set<string>();
  graph.forEachEdge((_k, e) => {
    if (e.kind === "quotes" && e.via && isLive(e)) relayedVia.add(e.via);
  });
  let primarySources: string[];
  if (rootAttrs.kind === "claim" && rootAttrs.primarySources.length > 0) {
    primarySources = [...rootAttrs.primarySources];
  } else {
    primarySources = [...firstHandSources, ...[...uncoveredOutlets].filter((o) => !relayedVia.has(o))];
  }
  // By dates, then by what the texts say where the dates leave two open (a sort by compareArticles alone is no order:
  // a month holds two days that are not each other's equals).
  const ordered = orderArticles(graph, [...articles], (a) => dateOf(graph, a));
  // An origin takes from no other article on the traced paths; only where the paths loop do dates decide. A copy or
  // quotation drawn one way only by convention (nothing orders the two) does not make its article the later one.
  const takesFromTraced = (a: string) =>
    graph.outEdges(a).some((e) => {
      const attrs = graph.getEdgeAttributes(e);
      const target = graph.target(e);
      if (!UPSTREAM_EDGES.has(attrs.kind) || !isLive(attrs) || !articles.has(target) || target === a) return false;
      return !("orientedBy" in attrs && attrs.orientedBy === "none") || compareArticles(graph, a, target) === 1;
    });
  // A claim first appears where an article presents it as true: a debunk that quotes it is not where it started
  // (unless no article of the case presents it as true).
  const debunkOnly = claimDebunkers(graph, key);
  const structural = ordered.filter((a) => !takesFromTraced(a) && !debunkOnly.has(a));
  // Where the paths loop, the dates decide, or — where the dates leave it open — what the texts say of each other.
  const origins = structural.length > 0 ? structural : ordered.filter((a) => ordered.every((b) => compareArticles(graph, b, a) !== -1));
  // Several origins nothing orders; one the dates put first; or one whose place first rests on what the texts say
  // (the others copy, quote or cite it, where the dates leave it open).
  const others = ordered.filter((a) => !origins.includes(a));
  const originOrder = originOrderOf(origins, others, (a) => dateOf(graph, a));
  const outlets = new Set<string>();
  for (const a of articles) {
    const attrs = graph.getNodeAttributes(a);
    if (attrs.kind === "article") outlets.add(attrs.outlet);
  }
  return {
    root: key,
    tree,
    origins,
    originOrder,
    primarySources,
    independentSources: primarySources.length,
    articles: ordered,
    outlets: [...outlets],
    edges: [...edges],
  };
}
