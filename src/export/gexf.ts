/** GEXF 1.3 (gexf.net/1.3) for Gephi: node and edge kinds as attributes, colours, weights, and publication dates for Gephi's timeline. */
import type { EdgeAttrs, EdgeKind, NodeAttrs, ProvenanceGraph } from "../graph/types.ts";
import { escapeXml } from "./escape.ts";
import { EDGE_COLOURS, NODE_COLOURS, NODE_SIZES, type Rgb } from "./palette.ts";
import { dateRange, publishedDateOf } from "./shared.ts";

/** The GEXF versions written: 1.3 (current; Gephi 0.9+, networkx 3) and 1.2draft (for older readers such as networkx 2.x). */
export type GexfVersion = "1.3" | "1.2draft";

interface VersionSpec {
  ns: string;
  viz: string;
  version: string;
  /** 1.3 only: `<title>` in meta, edge `kind`, graph `timerepresentation`. */
  modern: boolean;
}

const VERSIONS: Record<GexfVersion, VersionSpec> = {
  "1.3": { ns: "http://gexf.net/1.3", viz: "http://gexf.net/1.3/viz", version: "1.3", modern: true },
  "1.2draft": { ns: "http://www.gexf.net/1.2draft", viz: "http://www.gexf.net/1.2draft/viz", version: "1.2", modern: false },
};

/** Options of `toGexf`. */
export interface GexfOptions {
  /** Default 1.3. */
  version?: GexfVersion;
}

/** The GEXF attribute types we use (a subset of GEXF 1.3's `attrtype-type`). */
type GexfType = "string" | "integer" | "double" | "boolean";

interface AttrDef<T> {
  id: string;
  type: GexfType;
  /** The value for one node or edge; undefined leaves the attribute out for it. */
  value: (x: T) => string | number | boolean | undefined;
}

/** A node as the columns see it: its attributes plus what the exporter derived (timeline start, findings). */
interface NodeRow {
  key: string;
  attrs: NodeAttrs;
  start?: string;
  findings: string[];
}

interface EdgeRow {
  key: string;
  attrs: EdgeAttrs;
  findings: string[];
}

const joined = (xs: readonly string[] | undefined): string | undefined => (xs && xs.length > 0 ? xs.join("|") : undefined);

// Node columns, as data. Titles double as ids; "label" is left out on purpose: it is the node's own GEXF label.
const NODE_COLUMNS: AttrDef<NodeRow>[] = [
  { id: "kind", type: "string", value: (n) => n.attrs.kind },
  { id: "outlet", type: "string", value: (n) => (n.attrs.kind === "article" ? n.attrs.outlet : undefined) },
  { id: "outletName", type: "string", value: (n) => (n.attrs.kind === "article" ? n.attrs.outletName : undefined) },
  { id: "outletInferred", type: "boolean", value: (n) => (n.attrs.kind === "article" ? n.attrs.outletInferred : undefined) },
  { id: "url", type: "string", value: (n) => (n.attrs.kind === "article" ? n.attrs.url : undefined) },
  { id: "title", type: "string", value: (n) => (n.attrs.kind === "article" ? n.attrs.title : undefined) },
  { id: "file", type: "string", value: (n) => (n.attrs.kind === "article" ? n.attrs.file : undefined) },
  { id: "published", type: "string", value: (n) => (n.attrs.kind === "article" ? n.attrs.published : undefined) },
  { id: "datePrecision", type: "string", value: (n) => (n.attrs.kind === "article" ? n.attrs.datePrecision : undefined) },
  { id: "dateEstimated", type: "boolean", value: (n) => (n.attrs.kind === "article" && n.attrs.published ? (n.attrs.dateEstimated ?? false) : undefined) },
  { id: "dateLabel", type: "string", value: (n) => (n.attrs.kind === "article" ? n.attrs.dateLabel : undefined) },
  { id: "dateEarliest", type: "string", value: (n) => rangeOf(n)?.earliest },
  { id: "dateLatest", type: "string", value: (n) => rangeOf(n)?.latest },
  { id: "bodyLength", type: "integer", value: (n) => (n.attrs.kind === "article" ? n.attrs.bodyLength : undefined) },
  { id: "outletKind", type: "string", value: (n) => (n.attrs.kind === "outlet" ? n.attrs.outletKind : undefined) },
  { id: "inCase", type: "boolean", value: (n) => (n.attrs.kind === "outlet" ? n.attrs.inCase : undefined) },
  { id: "unregistered", type: "boolean", value: (n) => (n.attrs.kind === "outlet" ? (n.attrs.unregistered ?? false) : undefined) },
  { id: "sourceType", type: "string", value: (n) => (n.attrs.kind === "source" ? n.attrs.sourceType : undefined) },
  { id: "role", type: "string", value: (n) => (n.attrs.kind === "source" ? n.attrs.role : undefined) },
  { id: "articleCount", type: "integer", value: (n) => (n.attrs.kind === "source" || n.attrs.kind === "claim" ? n.attrs.articles.length : undefined) },
  { id: "claimText", type: "string", value: (n) => (n.attrs.kind === "claim" ? n.attrs.text : undefined) },
  { id: "outletCount", type: "integer", value: (n) => (n.attrs.kind === "claim" ? n.attrs.outletCount : undefined) },
  { id: "independentSources", type: "integer", value: (n) => (n.attrs.kind === "claim" ? n.attrs.independentSources : undefined) },
  { id: "primarySources", type: "string", value: (n) => (n.attrs.kind === "claim" ? joined(n.attrs.primarySources) : undefined) },
  { id: "origins", type: "string", value: (n) => (n.attrs.kind === "claim" ? joined(n.attrs.origins) : undefined) },
  { id: "findings", type: "string", value: (n) => joined(n.findings) },
  // A person's review (src/review): retyped, renamed or merged, and by whom.
  { id: "review", type: "string", value: (n) => (n.attrs.kind === "source" || n.attrs.kind === "outlet" ? n.attrs.review : undefined) },
  { id: "reviewedBy", type: "string", value: (n) => (n.attrs.kind === "source" || n.attrs.kind === "outlet" ? joined([...new Set((n.attrs.reviews ?? []).map((r) => r.reviewer))]) : undefined) },
];

const EDGE_COLUMNS: AttrDef<EdgeRow>[] = [
  { id: "kind", type: "string", value: (e) => e.attrs.kind },
  { id: "direction", type: "string", value: (e) => (isReuse(e.attrs) ? e.attrs.direction : undefined) },
  { id: "orientedBy", type: "string", value: (e) => (isReuse(e.attrs) ? e.attrs.orientedBy : undefined) },
  { id: "credited", type: "boolean", value: (e) => (isReuse(e.attrs) ? e.attrs.credited : undefined) },
  { id: "passages", type: "integer", value: (e) => (isReuse(e.attrs) ? e.attrs.passages.length : undefined) },
  { id: "similarity", type: "double", value: (e) => (isReuse(e.attrs) && e.attrs.passages.length > 0 ? Math.max(...e.attrs.passages.map((p) => p.similarity)) : undefined) },
  { id: "frame", type: "string", value: (e) => (e.attrs.kind === "cites" ? e.attrs.frame : undefined) },
  { id: "citedDate", type: "string", value: (e) => (e.attrs.kind === "cites" ? e.attrs.citedDate : undefined) },
  { id: "via", type: "string", value: (e) => (e.attrs.kind === "quotes" || isReuse(e.attrs) ? e.attrs.via : undefined) },
  { id: "evidence", type: "string", value: (e) => e.attrs.evidence?.[0]?.text ?? (isReuse(e.attrs) ? e.attrs.passages[0]?.from.text : undefined) },
  { id: "findings", type: "string", value: (e) => joined(e.findings) },
  // A person's review (src/review): confirmed, rejected (kept, so a filter can hide it) or added, and by whom.
  { id: "review", type: "string", value: (e) => e.attrs.review },
  { id: "reviewedBy", type: "string", value: (e) => joined([...new Set((e.attrs.reviews ?? []).map((r) => r.reviewer))]) },
];

type ReuseAttrs = Extract<EdgeAttrs, { kind: "copies" | "quotes_same" | "alters_quote" }>;

function isReuse(e: EdgeAttrs): e is ReuseAttrs {
  return e.kind === "copies" || e.kind === "quotes_same" || e.kind === "alters_quote";
}

function rangeOf(n: NodeRow): { earliest: string; latest: string } | undefined {
  const date = publishedDateOf(n.attrs);
  return date ? dateRange(date) : undefined;
}

/** Edge weight: how much evidence stands behind the edge (passages or evidence spans), at least 1. */
export function edgeWeight(e: EdgeAttrs): number {
  const n = isReuse(e) ? e.passages.length : (e.evidence?.length ?? 0);
  return Math.max(1, n);
}

// An article enters Gephi's timeline on the first day its date may stand for: a month-only date starts on the 1st, so
// the timeline never shows an article later than it could have been (the last possible day is in `dateLatest`).
// Estimated dates start on their best guess and carry `dateEstimated`. Outlets, sources and claims start with the
// earliest article linked to them; edges with the later of their two ends.
function nodeStarts(graph: ProvenanceGraph): Map<string, string> {
  const starts = new Map<string, string>();
  graph.forEachNode((key, attrs) => {
    const date = publishedDateOf(attrs);
    if (date) starts.set(key, dateRange(date).best);
  });
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === "article") return;
    let first: string | undefined;
    graph.forEachInNeighbor(key, (n) => {
      const s = starts.get(n);
      if (s && graph.getNodeAttribute(n, "kind") === "article" && (!first || s < first)) first = s;
    });
    if (first) starts.set(key, first);
  });
  return starts;
}

function attvalues<T>(columns: AttrDef<T>[], row: T, indent: string): string {
  const values: string[] = [];
  for (const c of columns) {
    const v = c.value(row);
    if (v === undefined || v === "") continue;
    values.push(`${indent}  <attvalue for="${escapeXml(c.id)}" value="${escapeXml(String(v))}"/>`);
  }
  return values.length > 0 ? `${indent}<attvalues>\n${values.join("\n")}\n${indent}</attvalues>\n` : "";
}

function declare<T>(cls: "node" | "edge", columns: AttrDef<T>[]): string {
  const lines = columns.map((c) => `      <attribute id="${c.id}" title="${c.id}" type="${c.type}"/>`);
  return `    <attributes class="${cls}" mode="static">\n${lines.join("\n")}\n    </attributes>\n`;
}

const colour = (c: Rgb): string => `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/>`;

/** Serialises the graph as a GEXF document, 1.3 unless asked otherwise (UTF-8, XML 1.0; characters XML cannot carry are dropped). */
export function toGexf(graph: ProvenanceGraph, options: GexfOptions = {}): string {
  const v = VERSIONS[options.version ?? "1.3"];
  const starts = nodeStarts(graph);
  const findings = graph.getAttribute("findings") ?? [];
  const nodeFindings = new Map<string, string[]>();
  const edgeFindings = new Map<string, string[]>();
  const note = (map: Map<string, string[]>, key: string, type: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(type)) list.push(type);
    map.set(key, list);
  };
  for (const f of findings) {
    for (const a of f.articles) note(nodeFindings, a, f.type);
    if (f.claim) note(nodeFindings, f.claim, f.type);
    for (const e of f.edges ?? []) note(edgeFindings, e, f.type);
  }
  const dynamic = starts.size > 0;

  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>\n`);
  out.push(`<gexf xmlns="${v.ns}" xmlns:viz="${v.viz}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${v.ns} ${v.ns}/gexf.xsd" version="${v.version}">\n`);
  const attrs = graph.getAttributes();
  const title = attrs.title ?? attrs.case ?? "";
  out.push(`  <meta>\n    <creator>${escapeXml(attrs.generatedBy ?? "claimtrail")}</creator>\n`);
  // GEXF 1.2 has no <title>: the title leads its description instead.
  if (v.modern) out.push(`    <title>${escapeXml(title)}</title>\n`);
  const description = v.modern ? attrs.description : [title, attrs.description].filter(Boolean).join(": ");
  if (description) out.push(`    <description>${escapeXml(description)}</description>\n`);
  out.push(`  </meta>\n`);
  out.push(`  <graph defaultedgetype="directed" mode="${dynamic ? "dynamic" : "static"}"${dynamic ? ` timeformat="date"${v.modern ? ` timerepresentation="interval"` : ""}` : ""}>\n`);
  out.push(declare("node", NODE_COLUMNS));
  out.push(declare("edge", EDGE_COLUMNS));

  out.push(`    <nodes>\n`);
  graph.forEachNode((key, a) => {
    const row: NodeRow = { key, attrs: a, findings: nodeFindings.get(key) ?? [] };
    const start = starts.get(key);
    out.push(`      <node id="${escapeXml(key)}" label="${escapeXml(a.label)}"${start ? ` start="${start}"` : ""}>\n`);
    out.push(attvalues(NODE_COLUMNS, row, "        "));
    out.push(`        ${colour(NODE_COLOURS[a.kind])}\n        <viz:size value="${NODE_SIZES[a.kind]}"/>\n`);
    out.push(`      </node>\n`);
  });
  out.push(`    </nodes>\n`);

  out.push(`    <edges>\n`);
  graph.forEachEdge((key, e, source, target) => {
    const row: EdgeRow = { key, attrs: e, findings: edgeFindings.get(key) ?? [] };
    const s = starts.get(source);
    const t = starts.get(target);
    const start = s && t ? (s > t ? s : t) : (s ?? t);
    const weight = edgeWeight(e);
    // GEXF 1.3's edge `kind` keeps parallel edges of different kinds apart in Gephi (it merges same-kind parallels).
    out.push(
      `      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${v.modern ? ` kind="${e.kind}"` : ""} label="${edgeLabel(e.kind)}" weight="${weight}"${start ? ` start="${start}"` : ""}>\n`,
    );
    out.push(attvalues(EDGE_COLUMNS, row, "        "));
    out.push(`        ${colour(EDGE_COLOURS[e.kind])}\n        <viz:thickness value="${weight}"/>\n`);
    out.push(`      </edge>\n`);
  });
  out.push(`    </edges>\n  </graph>\n</gexf>\n`);
  return out.join("");
}

/** The edge label Gephi shows: the kind in words. */
function edgeLabel(kind: EdgeKind): string {
  switch (kind) {
    case "published_by":
      return "published by";
    case "cites":
      return "cites";
    case "copies":
      return "copies";
    case "quotes_same":
      return "quotes the same";
    case "alters_quote":
      return "alters quote of";
    case "quotes":
      return "quotes";
    case "republishes":
      return "republishes";
    case "asserts":
      return "asserts";
  }
}
