/** What the current selection lights up: the nodes and edges a finding, a node, an edge or an origin trace involves. Pure: case data and state in, sets out. */
import type { Finding } from "../graph/types.ts";
import { findingEdges, type CaseData } from "./data.ts";
import type { Focus } from "./highlight.ts";
import type { ExplorerState } from "./state.ts";

/** Quote edges from the given articles to sources that at least two of them quote: where a recycled or amplified story leads back to. */
export function sharedSourceEdges(d: CaseData, articles: readonly string[]): string[] {
  const bySource = new Map<string, string[]>();
  for (const a of new Set(articles)) {
    for (const key of d.incident.get(a) ?? []) {
      const e = d.edges.get(key)!;
      if (e.source !== a || e.attributes.kind !== "quotes") continue;
      const list = bySource.get(e.target);
      if (list) list.push(key);
      else bySource.set(e.target, [key]);
    }
  }
  return [...bySource.values()].filter((l) => l.length > 1).flat();
}

/** An empty focus and the one way to light an edge in it: the edge and both its ends. */
function focusBuilder(data: CaseData): Focus & { addEdge(key: string): void } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const addEdge = (key: string): void => {
    const e = data.edges.get(key);
    if (!e) return;
    edges.add(key);
    nodes.add(e.source);
    nodes.add(e.target);
  };
  return { nodes, edges, addEdge };
}

/** A finding's articles, its claim and the lines between them, and the sources its articles share. */
export function findingFocus(data: CaseData, f: Finding): Focus {
  const { nodes, edges, addEdge } = focusBuilder(data);
  for (const a of f.articles) nodes.add(a);
  if (f.claim) nodes.add(f.claim);
  for (const e of findingEdges(data, f)) addEdge(e);
  // The lines from the articles to the claim they all make (hidden by default, drawn for this finding).
  if (f.claim) {
    for (const e of data.incident.get(f.claim) ?? []) {
      const edge = data.edges.get(e)!;
      if (edge.attributes.kind === "asserts" && f.articles.includes(edge.source)) addEdge(e);
    }
  }
  if (f.articles.length > 1) for (const e of sharedSourceEdges(data, f.articles)) addEdge(e);
  return { nodes, edges };
}

/** Nodes and edges to bring forward for the state's selection, or undefined when nothing is selected. */
export function selectionFocus(data: CaseData, state: ExplorerState): Focus | undefined {
  const sel = state.view.selection;
  if (!sel) return undefined;
  const { nodes, edges, addEdge } = focusBuilder(data);
  switch (sel.type) {
    case "finding": {
      const f = data.findings.find((x) => x.id === sel.id);
      return f ? findingFocus(data, f) : undefined;
    }
    case "node":
      if (!data.nodes.has(sel.key)) return undefined;
      nodes.add(sel.key);
      for (const e of data.incident.get(sel.key) ?? []) addEdge(e);
      break;
    case "edge":
      if (!data.edges.has(sel.key)) return undefined;
      addEdge(sel.key);
      break;
    case "trace": {
      nodes.add(sel.key);
      const trace = state.trace;
      if (trace?.root !== sel.key) return { nodes, edges };
      for (const e of trace.edges) addEdge(e);
      for (const k of [...trace.articles, ...trace.primarySources]) nodes.add(k);
      break;
    }
  }
  return { nodes, edges };
}

/** Node keys whose search text holds the search box's words, or undefined when the box is empty. */
export function searchMatches(search: string, searchText: Iterable<[string, string | undefined]>): Set<string> | undefined {
  const q = search.trim().toLowerCase();
  if (!q) return undefined;
  const out = new Set<string>();
  for (const [key, text] of searchText) if (text?.includes(q)) out.add(key);
  return out;
}
