/** Reuse edges (`copies`, `quotes_same`, `alters_quote`) from the alignment stage's relations, later article → the article the text came from. */
import { viaSentence, type ReuseRelation } from "../align/types.ts";
import type { ProvenanceGraph, ReuseEdgeAttrs } from "./types.ts";

const LABELS: Record<ReuseRelation["kind"], string> = { copies: "copies", quotes_same: "repeats a quotation of", alters_quote: "alters a quotation of" };

/** Adds one edge per relation between article nodes already in the graph; returns the keys added. */
export function addReuse(graph: ProvenanceGraph, relations: readonly ReuseRelation[]): string[] {
  const keys: string[] = [];
  for (const r of relations) {
    if (!graph.hasNode(r.from) || !graph.hasNode(r.to)) continue;
    const key = `${r.from}->${r.kind}->${r.to}`;
    if (graph.hasEdge(key)) continue;
    const attrs: ReuseEdgeAttrs = {
      kind: r.kind,
      label: LABELS[r.kind],
      passages: r.passages,
      direction: r.direction,
      orientedBy: r.orientedBy,
      credited: r.credited,
      sharedWith: r.sharedWith,
      ...(r.via ? { via: viaSentence(r.via, (id) => id) } : {}),
      ...(r.rule ? { rule: r.rule } : {}),
      ...(r.confidence !== undefined ? { confidence: r.confidence } : {}),
      evidence: r.passages.map((p) => p.from),
    };
    graph.addDirectedEdgeWithKey(key, r.from, r.to, attrs);
    keys.push(key);
  }
  return keys;
}

/** Marks the articles whose order the texts set where the dates could not (`orderInferred`, `orderedAfter`). */
export function addOrder(graph: ProvenanceGraph, orderedAfter: Readonly<Record<string, readonly string[]>>): void {
  for (const [article, earlier] of Object.entries(orderedAfter)) {
    if (!graph.hasNode(article) || graph.getNodeAttribute(article, "kind") !== "article") continue;
    const known = earlier.filter((e) => graph.hasNode(e));
    if (known.length === 0) continue;
    graph.mergeNodeAttributes(article, { orderInferred: true, orderedAfter: known });
    for (const e of known) graph.mergeNodeAttributes(e, { orderInferred: true });
  }
}
