/** Article and outlet nodes with their `published_by` edges: the skeleton every later stage hangs its edges on. */
import { formatDate } from "../core/dates.ts";
import { outletKey, type OutletKind, type OutletRegistry } from "../core/outlets.ts";
import type { CleanArticle, RemovalReason } from "../clean/types.ts";
import { outletIsGiven } from "../ingest/article.ts";
import type { ProvenanceGraph } from "./types.ts";

/** Adds an outlet node if missing and returns its key; outlets met only in prose are nodes too (`inCase: false`). */
export function ensureOutlet(graph: ProvenanceGraph, name: string, registry: OutletRegistry, inCase = false): string {
  // A decided outlet's name: a masthead that is a common word ("Dawn") is its registry entry too.
  const entry = registry.byName(name) ?? registry.byMasthead(name);
  const label = entry?.name ?? name;
  const key = outletKey(label);
  if (!graph.hasNode(key)) {
    const outletKind: OutletKind = entry?.kind ?? "unknown";
    graph.addNode(key, { kind: "outlet", label, outletKind, inCase, ...(entry ? {} : { unregistered: true }) });
  } else if (inCase) {
    graph.mergeNodeAttributes(key, { inCase: true });
  }
  return key;
}

/** The outlet label of an article whose outlet nobody gave and nothing revealed; each such article gets its own outlet node. */
export const UNKNOWN_OUTLET = "Unknown outlet";

/** The name of an article's outlet node: its outlet, or an unknown outlet of its own. */
function articleOutletName(meta: CleanArticle["meta"]): string {
  return meta.outlet ?? `${UNKNOWN_OUTLET} (${meta.id})`;
}

/** The key `addArticles` gives an article's outlet node, without a graph. */
export function articleOutletKey(article: CleanArticle, registry: OutletRegistry): string {
  const name = articleOutletName(article.meta);
  return outletKey(registry.byName(name)?.name ?? name);
}

/** Adds one article node per cleaned article, linked to its outlet. */
export function addArticles(graph: ProvenanceGraph, articles: readonly CleanArticle[], registry: OutletRegistry): void {
  for (const a of articles) {
    const { meta } = a;
    const outletName = articleOutletName(meta);
    const outlet = ensureOutlet(graph, outletName, registry, true);
    // The outlet as the article names it: one node holds the agency however its articles write it ("AFP", "فرانس برس"),
    // and each article is shown under its own name. A name written the same but for case and punctuation, or but for a
    // parenthesis ("Money Today (머니투데이)", "ethlenn (blog)": an alias or what the outlet is), is the node's.
    const nodeLabel = graph.getNodeAttribute(outlet, "label");
    const sameName = (name: string) => outletKey(name) === outletKey(nodeLabel) || outletKey(name.replace(/\s*\([^()]*\)\s*$/u, "")) === outletKey(nodeLabel);
    const shownAs = meta.outlet && !sameName(meta.outlet) ? meta.outlet : nodeLabel;
    const removed: Partial<Record<RemovalReason, number>> = {};
    for (const r of a.removed) removed[r.reason] = (removed[r.reason] ?? 0) + (r.end - r.start);
    graph.addNode(meta.id, {
      kind: "article",
      label: `${shownAs}${meta.published ? `, ${formatDate({ ...meta.published, estimated: false }).replace(/ \(.*\)$/, "")}` : ""}`,
      outlet,
      outletName: shownAs,
      outletInferred: !outletIsGiven(meta),
      ...(meta.url ? { url: meta.url } : {}),
      ...(meta.published ? { published: meta.published.iso, datePrecision: meta.published.precision, dateEstimated: meta.published.estimated } : {}),
      dateLabel: formatDate(meta.published),
      ...(meta.title ? { title: meta.title } : {}),
      file: meta.file,
      ...(meta.language ? { language: meta.language } : {}),
      body: a.body,
      bodyLength: a.body.length,
      removed,
    });
    graph.addDirectedEdgeWithKey(`${meta.id}->published_by->${outlet}`, meta.id, outlet, { kind: "published_by" });
  }
}
