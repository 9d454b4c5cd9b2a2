/** The case as the explorer holds it: the graph JSON (contract §2) indexed by key, meaning only, no pixels. */
import type { ArticleNodeAttrs, EdgeAttrs, Finding, GraphAttrs, NodeAttrs, SerializedProvenanceGraph } from "../graph/types.ts";

export interface DataEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttrs;
}

/** Indexed graph JSON; built once per loaded case. */
export interface CaseData {
  id: string;
  attributes: GraphAttrs;
  nodes: Map<string, NodeAttrs>;
  edges: Map<string, DataEdge>;
  findings: Finding[];
  /** Edge keys touching each node, both directions. */
  incident: Map<string, string[]>;
}

/** Indexes a graph JSON payload. Tolerates missing optional parts (findings, problems) so any stage mix can be shown. */
export function indexCase(id: string, json: SerializedProvenanceGraph): CaseData {
  const nodes = new Map<string, NodeAttrs>();
  for (const n of json.nodes ?? []) if (n?.key && n.attributes?.kind) nodes.set(n.key, n.attributes);
  const edges = new Map<string, DataEdge>();
  const incident = new Map<string, string[]>();
  const touch = (node: string, edge: string) => {
    const list = incident.get(node);
    if (list) list.push(edge);
    else incident.set(node, [edge]);
  };
  for (const e of json.edges ?? []) {
    if (!e?.attributes?.kind || !nodes.has(e.source) || !nodes.has(e.target)) continue;
    const key = e.key ?? `${e.source}->${e.attributes.kind}->${e.target}`;
    edges.set(key, { key, source: e.source, target: e.target, attributes: e.attributes });
    touch(e.source, key);
    touch(e.target, key);
  }
  const attributes = json.attributes ?? ({} as GraphAttrs);
  const findings = Array.isArray(attributes.findings) ? attributes.findings.filter((f) => f && Array.isArray(f.articles)) : [];
  return { id, attributes, nodes, edges, findings, incident };
}

/** An article's date as shown: "c. Mar 2019" for an estimated month; the words "(month only, estimated)" are left to the article panel. */
export function articleDate(a: Pick<ArticleNodeAttrs, "dateLabel">): string | undefined {
  return a.dateLabel?.replace(/\s*\([^()]*\b(?:only|estimated)\b[^()]*\)/g, "").trim() || undefined;
}

/** An article's name: outlet and date with the date's imprecision kept (the graph's own label may print an estimated date as if exact). */
export function articleName(a: ArticleNodeAttrs): string {
  const date = articleDate(a);
  if (!date) return a.label;
  if (a.outletName) return `${a.outletName}, ${date}`;
  return a.label.includes(date) ? a.label : `${a.label}, ${date}`;
}

/** The display label of a node key, or the key itself when the node is unknown. */
export function labelOf(data: CaseData, key: string): string {
  const n = data.nodes.get(key);
  if (!n) return key;
  return n.kind === "article" ? articleName(n) : n.label;
}

/** Edges a finding points at: its own list when given, otherwise the relation edges among its articles. */
export function findingEdges(data: CaseData, finding: Finding): string[] {
  if (finding.edges && finding.edges.length > 0) return finding.edges.filter((e) => data.edges.has(e));
  const set = new Set(finding.articles);
  const out: string[] = [];
  for (const a of finding.articles) {
    for (const key of data.incident.get(a) ?? []) {
      const e = data.edges.get(key)!;
      if (e.source === a && set.has(e.target) && e.attributes.kind !== "published_by") out.push(key);
    }
  }
  return out;
}
