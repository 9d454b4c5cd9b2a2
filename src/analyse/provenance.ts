/** The provenance stage: claims with their origins and independent sources, and the findings a fact-checker should look at. */
import { compareDates } from "../core/dates.ts";
import type { CleanArticle } from "../clean/types.ts";
import type { ReuseAnalysis } from "../align/types.ts";
import type { ArticleReading } from "../extract/types.ts";
import type { DiffOp, Finding, ProvenanceGraph } from "../graph/types.ts";
import { groupClaims, type NamePair } from "./claims.ts";
import { findFindings } from "./findings.ts";
import { claimSupport } from "./support.ts";
import type { ClaimAnalysis } from "./types.ts";

export interface ProvenanceInputs {
  graph: ProvenanceGraph;
  cleaned: readonly CleanArticle[];
  readings: readonly ArticleReading[];
  reuse: Pick<ReuseAnalysis, "relations" | "drift">;
}

export interface ProvenanceResult {
  claims: ClaimAnalysis[];
  findings: Finding[];
}

/** Names a reuse edit swapped for one another ("[to the Badia]" → "[to the Homs desert]"): the case's own evidence that they mean one place. */
export function swappedNames(diffs: readonly (readonly DiffOp[])[]): NamePair[] {
  const pairs: NamePair[] = [];
  for (const diff of diffs) {
    for (let i = 0; i + 1 < diff.length; i++) {
      const a = diff[i] as DiffOp;
      const b = diff[i + 1] as DiffOp;
      if (a.op !== "delete" || b.op !== "insert") continue;
      const name = (t: string) => t.replace(/^[\s[(]*(?:to|in|at|from|into|the|of)\s+(?:the\s+)?/i, "").replace(/[\s\])]+$/, "").trim();
      const x = name(a.text);
      const y = name(b.text);
      if (/\p{Lu}/u.test(x) && /\p{Lu}/u.test(y) && x.split(/\s+/).length <= 4 && y.split(/\s+/).length <= 4) pairs.push([x, y]);
    }
  }
  return pairs;
}

/** Runs claim grouping, support tracing and the finding builders. Pure: reads the graph, never writes it. */
export function analyseProvenance(inputs: ProvenanceInputs): ProvenanceResult {
  const { graph } = inputs;
  const readings = new Map(inputs.readings.map((r) => [r.article, r]));
  const outletOf = new Map<string, string>();
  const published = new Map(inputs.cleaned.map((c) => [c.meta.id, c.meta.published]));
  for (const c of inputs.cleaned) {
    const node = graph.hasNode(c.meta.id) ? graph.getNodeAttributes(c.meta.id) : undefined;
    if (node?.kind === "article") outletOf.set(c.meta.id, node.outlet);
  }
  const order = inputs.cleaned.map((c) => c.meta.id).sort((a, b) => compareDates(published.get(a), published.get(b)) || a.localeCompare(b));

  const nonPlaces = (r: ArticleReading | undefined) => [
    ...(r?.sources ?? []).filter((s) => s.type === "named" || s.type === "organisation").flatMap((s) => [s.name, ...s.name.split(/\s+/).filter((w) => w.length > 3).slice(-1)]),
    ...(r?.attributions ?? []).map((a) => a.outletName),
  ];
  const groups = groupClaims(
    inputs.cleaned.map((c) => {
      const reading = readings.get(c.meta.id);
      return {
        article: c.meta.id,
        outlet: (outletOf.get(c.meta.id) ?? "").replace(/^outlet:/, ""),
        ...(c.meta.published ? { published: c.meta.published } : {}),
        ...(c.meta.title ? { title: c.meta.title } : {}),
        sentences: reading?.sentences ?? [],
        nonPlaces: nonPlaces(reading),
        quoted: (reading?.quotations ?? []).filter((q) => q.kind === "quotation").flatMap((q) => q.parts),
        ...(reading?.sentenceVerbs ? { verbs: reading.sentenceVerbs } : {}),
        ...(reading?.people ? { people: reading.people } : {}),
      };
    }),
    swappedNames(inputs.reuse.relations.flatMap((r) => r.passages.map((p) => p.diff ?? []))),
  );
  const claims = groups.map((g) => claimSupport(g, { readings, relations: inputs.reuse.relations, outletOf, order }));
  const findings = findFindings({ graph, claims, relations: inputs.reuse.relations, drift: inputs.reuse.drift, readings });
  return { claims, findings };
}

/** Writes claims (nodes and `asserts` edges) and findings into the graph. */
export function addProvenance(graph: ProvenanceGraph, result: ProvenanceResult): void {
  for (const claim of result.claims) {
    graph.addNode(claim.key, {
      kind: "claim",
      label: claim.label,
      text: claim.text,
      articles: claim.articles,
      outletCount: claim.outlets.length,
      independentSources: claim.primarySources.length,
      primarySources: claim.primarySources,
      origins: claim.origins,
      restsOn: claim.restsOn,
      derivedFrom: claim.derivedFrom,
    });
    for (const article of claim.articles) {
      const evidence = claim.statements.filter((s) => s.article === article && s.start >= 0).map((s) => ({ article, start: s.start, end: s.end, text: s.text }));
      graph.addDirectedEdgeWithKey(`${article}->asserts->${claim.key}`, article, claim.key, { kind: "asserts", evidence });
    }
  }
  graph.setAttribute("findings", result.findings);
}
