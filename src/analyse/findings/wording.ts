/** How findings name articles, sources and quotations in sentences a teacher could read out. */
import { formatDateShort } from "../../core/dates.ts";
import { UNKNOWN_OUTLET } from "../../graph/articles.ts";
import type { ProvenanceGraph } from "../../graph/types.ts";

/** "Asia Times (28 Mar 2019)": how an article is named in a sentence, with its date never more precise than known. */
export function articleName(graph: ProvenanceGraph, id: string): string {
  if (!graph.hasNode(id)) return id;
  const a = graph.getNodeAttributes(id);
  if (a.kind !== "article") return a.label;
  if (!graph.hasNode(a.outlet) || graph.getNodeAttribute(a.outlet, "label").startsWith(UNKNOWN_OUTLET)) {
    // No outlet known: the headline (or file) is how a reader finds the article.
    const title = a.title ? `"${quoteSnippet(a.title, 8)}"` : `article ${id}`;
    return a.published && a.datePrecision ? `${title} (${formatDateShort({ iso: a.published, precision: a.datePrecision, estimated: a.dateEstimated ?? false })})` : `${title} (undated)`;
  }
  const date = a.published && a.datePrecision ? formatDateShort({ iso: a.published, precision: a.datePrecision, estimated: a.dateEstimated ?? false }) : "undated";
  return `${a.outletName} (${date})`;
}

export function nodeLabel(graph: ProvenanceGraph, key: string): string {
  return graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : key.replace(/^(source|outlet):/, "").replace(/-/g, " ");
}

export function listWords(items: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

export function quoteSnippet(text: string, words = 12): string {
  const w = text.replace(/\s+/g, " ").trim().split(" ");
  return w.length > words ? `${w.slice(0, words).join(" ")} …` : w.join(" ");
}


/** Who a source is, for a sentence: its label, and the outlet that relayed it when it reached the case second-hand. */
export function sourcePhrase(graph: ProvenanceGraph, key: string, relayedBy: string | undefined): string {
  const label = nodeLabel(graph, key);
  return relayedBy ? `${label}, relayed by ${nodeLabel(graph, relayedBy)}` : label;
}

