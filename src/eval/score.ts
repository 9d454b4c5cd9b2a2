/** Scores a case's graph against a truth file (what a careful reader finds): recall and precision per relation kind, sources found, findings matched. Pure. */
import { z } from "zod";
import { outletKey } from "../core/outlets.ts";
import { foldTypography } from "../core/text.ts";
import type { SerializedProvenanceGraph } from "../graph/types.ts";

const RelationSchema = z.object({ from: z.string(), to: z.string(), relation: z.string(), evidence: z.string().optional(), note: z.string().optional() });
const NotRelationSchema = z.object({ from: z.string(), to: z.string(), relation: z.string().optional(), note: z.string().optional() });
const TruthSourceSchema = z.object({ name: z.string(), type: z.string(), role: z.string().optional(), via: z.string().optional(), evidence: z.string().optional() });

/** The truth file of a case (format of data/cases/baghdadi-2019/truth.json). */
export const TruthSchema = z.object({
  case: z.string().optional(),
  articles: z.array(z.string()).default([]),
  relations: z.array(RelationSchema).default([]),
  not_relations: z.array(NotRelationSchema).default([]),
  acceptable: z.array(RelationSchema).default([]),
  sources: z.record(z.string(), z.array(TruthSourceSchema)).default({}),
  findings: z.array(z.object({ type: z.string(), articles: z.array(z.string()), note: z.string().optional() })).default([]),
});
export type Truth = z.infer<typeof TruthSchema>;

/** Scores for one relation kind. */
export interface KindScore {
  kind: string;
  truth: number;
  predicted: number;
  hits: number;
  /** Predicted relations listed as acceptable: neither for nor against. */
  acceptable: number;
  /** Predicted relations the truth says must not exist. */
  forbidden: number;
  recall: number;
  precision: number;
  missed: string[];
  extra: string[];
}

export interface SourceScore {
  article: string;
  truth: number;
  found: number;
  predicted: number;
  missed: string[];
}

export interface EvalReport {
  kinds: KindScore[];
  sources: SourceScore[];
  sourcesFound: number;
  sourcesTruth: number;
  sourcesPredicted: number;
  findingsMatched: number;
  findingsTruth: number;
  findingsPredicted: number;
}

/** Relation kinds scored when the graph or the truth has them. */
export const SCORED_KINDS = ["cites", "republishes", "copies", "quotes_same", "alters_quote"] as const;

/** A node reference in comparable form: outlets by slug ("outlet:al-Khaleej" ≡ "outlet:al-khaleej"), articles by id. */
export function normaliseNode(ref: string): string {
  return ref.startsWith("outlet:") ? outletKey(ref.slice("outlet:".length)) : ref;
}

function pairKey(from: string, to: string): string {
  return `${normaliseNode(from)} -> ${normaliseNode(to)}`;
}

function matchesPattern(pattern: { from: string; to: string; relation?: string }, from: string, to: string, kind: string): boolean {
  if (pattern.relation && pattern.relation !== kind) return false;
  const f = pattern.from === "*" || normaliseNode(pattern.from) === normaliseNode(from);
  const t = pattern.to === "*" || normaliseNode(pattern.to) === normaliseNode(to);
  return f && t;
}

function words(text: string): string[] {
  return (foldTypography(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .map((w) => w.replace(/^(?:al|el)(?=[\p{L}]{3})/u, ""))
    .filter((w) => w.length > 2 && !["the", "and", "who", "with", "was", "were", "citing", "according"].includes(w));
}

/** Fuzzy name match: most of the shorter name's words (5-letter stems) appear in the longer one. */
export function namesMatch(a: string, b: string): boolean {
  const wa = words(a).map((w) => w.slice(0, 5));
  const wb = words(b).map((w) => w.slice(0, 5));
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  const shared = short.filter((w) => long.has(w)).length;
  return shared / short.length >= 0.5;
}

/** Scores a serialised graph against a truth file. */
export function scoreGraph(graph: SerializedProvenanceGraph, truth: Truth): EvalReport {
  const kinds: KindScore[] = [];
  const present = new Set<string>([...graph.edges.map((e) => e.attributes.kind as string), ...truth.relations.map((r) => r.relation)]);
  for (const kind of SCORED_KINDS) {
    if (!present.has(kind)) continue;
    const truthPairs = new Set(truth.relations.filter((r) => r.relation === kind).map((r) => pairKey(r.from, r.to)));
    const predicted = new Map<string, { from: string; to: string }>();
    for (const e of graph.edges) if (e.attributes.kind === kind) predicted.set(pairKey(e.source, e.target), { from: e.source, to: e.target });
    let hits = 0;
    let acceptable = 0;
    let forbidden = 0;
    const extra: string[] = [];
    for (const [key, p] of predicted) {
      if (truthPairs.has(key)) hits++;
      else if (truth.acceptable.some((a) => matchesPattern(a, p.from, p.to, kind))) acceptable++;
      else {
        if (truth.not_relations.some((n) => matchesPattern(n, p.from, p.to, kind))) forbidden++;
        extra.push(key);
      }
    }
    const missed = [...truthPairs].filter((k) => !predicted.has(k));
    const counted = predicted.size - acceptable;
    kinds.push({
      kind,
      truth: truthPairs.size,
      predicted: predicted.size,
      hits,
      acceptable,
      forbidden,
      recall: truthPairs.size === 0 ? 1 : hits / truthPairs.size,
      precision: counted === 0 ? 1 : hits / counted,
      missed,
      extra,
    });
  }

  const sources: SourceScore[] = [];
  const nodeLabel = new Map(graph.nodes.map((n) => [n.key, String((n.attributes as { label?: string }).label ?? n.key)]));
  for (const [article, list] of Object.entries(truth.sources)) {
    const quoted = graph.edges.filter((e) => e.source === article && e.attributes.kind === "quotes").map((e) => nodeLabel.get(e.target) ?? e.target);
    const cited = graph.edges.filter((e) => e.source === article && e.attributes.kind === "cites").map((e) => nodeLabel.get(e.target) ?? e.target);
    const missed: string[] = [];
    let found = 0;
    for (const s of list) {
      const pool = s.type === "outlet" ? [...cited, ...quoted] : quoted;
      if (pool.some((p) => namesMatch(p, s.name))) found++;
      else missed.push(s.name);
    }
    sources.push({ article, truth: list.length, found, predicted: quoted.length, missed });
  }

  const predictedFindings = graph.attributes.findings ?? [];
  const used = new Set<number>();
  let findingsMatched = 0;
  for (const f of truth.findings) {
    const i = predictedFindings.findIndex((p, k) => !used.has(k) && p.type === f.type && f.articles.filter((a) => p.articles.includes(a)).length >= Math.ceil(f.articles.length / 2));
    if (i >= 0) {
      used.add(i);
      findingsMatched++;
    }
  }

  return {
    kinds,
    sources,
    sourcesFound: sources.reduce((n, s) => n + s.found, 0),
    sourcesTruth: sources.reduce((n, s) => n + s.truth, 0),
    sourcesPredicted: sources.reduce((n, s) => n + s.predicted, 0),
    findingsMatched,
    findingsTruth: truth.findings.length,
    findingsPredicted: predictedFindings.length,
  };
}

function fmt(x: number): string {
  return x.toFixed(2);
}

/** The report as the lines `claimtrail eval` prints (each relation line says recall and precision). */
export function formatReport(caseId: string, r: EvalReport, verbose = false): string[] {
  const lines = [`eval ${caseId}`];
  for (const k of r.kinds) {
    lines.push(`  ${k.kind.padEnd(12)} recall ${fmt(k.recall)} (${k.hits}/${k.truth})  precision ${fmt(k.precision)} (${k.hits}/${k.predicted - k.acceptable})  acceptable ${k.acceptable}  forbidden ${k.forbidden}`);
    if (verbose) {
      for (const m of k.missed) lines.push(`      missed ${m}`);
      for (const x of k.extra) lines.push(`      extra  ${x}`);
    }
  }
  const srcPrecision = r.sourcesPredicted === 0 ? 1 : Math.min(1, r.sourcesFound / r.sourcesPredicted);
  lines.push(`  sources      recall ${fmt(r.sourcesTruth === 0 ? 1 : r.sourcesFound / r.sourcesTruth)} (${r.sourcesFound}/${r.sourcesTruth})  precision ${fmt(srcPrecision)} (${r.sourcesPredicted} found in the graph)`);
  for (const s of r.sources) if (verbose || s.missed.length > 0) lines.push(`      ${s.article}: ${s.found}/${s.truth}${s.missed.length ? `, missed: ${s.missed.join("; ")}` : ""}`);
  lines.push(`  findings     matched ${r.findingsMatched}/${r.findingsTruth} (${r.findingsPredicted} in the graph)`);
  return lines;
}
