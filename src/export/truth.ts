/**
 * The graph as a truth file in the schema `claimtrail eval` reads (src/eval/truth.ts): the relations a reader found, with
 * the words they rest on, each article's sources, the findings, the claims with each article's side, and where each
 * claim first appears. Of a reviewed case, only what the review left standing: a person's reviewed case becomes an
 * evaluation case. Pure.
 */
import { namesMatch, SCORED_KINDS } from "../eval/score.ts";
import type { ClaimNodeAttrs, ProvenanceGraph } from "../graph/types.ts";
import { isLive } from "../review/live.ts";

/** The truth file written (a subset of src/eval/truth.ts's schema). */
export interface TruthFile {
  case: string;
  about: string;
  articles: string[];
  relations: { from: string; to: string; relation: string; evidence?: string; note?: string }[];
  sources: Record<string, { name: string; type: string; role?: string; via?: string; evidence?: string }[]>;
  findings: { type: string; articles: string[]; note?: string }[];
  claims: { id: string; text: string; presented_as_true_by: string[]; reported_as_false_by: string[]; asserted_by: string[] }[];
  origin: { claim: string; earliest_in_case: string }[];
}

const SCORED: ReadonlySet<string> = new Set(SCORED_KINDS);

/** Writes the truth file of a (reviewed) graph. */
export function toTruth(graph: ProvenanceGraph): TruthFile {
  const articles = graph.filterNodes((_k, a) => a.kind === "article").sort();
  const relations: TruthFile["relations"] = [];
  const sources: TruthFile["sources"] = {};
  const note = (review: string | undefined) => (review === "added" ? "added by a person" : review === "confirmed" ? "checked by a person" : undefined);
  graph.forEachEdge((_k, e, from, to) => {
    if (!isLive(e)) return;
    if (SCORED.has(e.kind)) {
      const evidence = e.evidence?.[0]?.text;
      const n = note(e.review);
      relations.push({ from, to, relation: e.kind, ...(evidence ? { evidence } : {}), ...(n ? { note: n } : {}) });
    }
    if (e.kind === "quotes" || (e.kind === "cites" && graph.getNodeAttribute(to, "kind") === "outlet")) {
      const t = graph.getNodeAttributes(to);
      // The scorer matches names by their words: a name it cannot match even with itself (too short) is left out.
      if (!namesMatch(t.label, t.label)) return;
      const type = t.kind === "source" ? t.sourceType : "outlet";
      const via = e.kind === "quotes" && e.via ? { via: e.via } : {};
      (sources[from] ??= []).push({ name: t.label, type, ...(t.kind === "source" && t.role ? { role: t.role } : {}), ...via, ...(e.evidence?.[0] ? { evidence: e.evidence[0].text } : {}) });
    }
  });
  const findings = (graph.getAttribute("findings") ?? []).map((f) => ({ type: f.type, articles: [...f.articles], note: f.explanation }));
  // Claims in key order: the scorer breaks ties between claims of the same articles by order, so the file scores its graph whole.
  const claimNodes = graph
    .filterNodes((_k, a) => a.kind === "claim")
    .sort()
    .map((k) => [k, graph.getNodeAttributes(k) as ClaimNodeAttrs] as const);
  const claims = claimNodes.map(([key, c]) => {
    const sides = { true: [] as string[], false: [] as string[], mentions: [] as string[] };
    graph.forEachInEdge(key, (_e, a, source) => {
      if (a.kind === "asserts" && isLive(a)) sides[a.stance ?? "true"].push(source);
    });
    return { id: key, text: c.text, presented_as_true_by: sides.true, reported_as_false_by: sides.false, asserted_by: sides.mentions };
  });
  // A truth's earliest_in_case is the first article carrying the claim whatever its side (what eval scores it against).
  const origin = claimNodes.map(([key, c]) => ({ claim: key, earliest_in_case: c.appearsFirstIn?.[0] ?? c.origins[0] ?? c.articles[0] ?? "" })).filter((o) => o.earliest_in_case);
  const reviewed = graph.getAttribute("reviews");
  return {
    case: graph.getAttribute("case"),
    about: `What claimtrail found in this case${reviewed ? `, as reviewed by a person (${reviewed.applied.length} review${reviewed.applied.length === 1 ? "" : "s"} applied, ${reviewed.orphaned.length} orphaned)` : " (not reviewed by a person)"}; written by claimtrail export --format truth for claimtrail eval.`,
    articles,
    relations,
    sources,
    findings,
    claims,
    origin,
  };
}
