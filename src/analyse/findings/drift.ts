/** number_drift, attribution_drift and unsupported_attribution from the drift the reuse stage found. */
import type { DriftEvidence } from "../../align/types.ts";
import type { Evidence, Finding, ProvenanceGraph } from "../../graph/types.ts";
import { takingEdges, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, nodeLabel, quoteSnippet } from "./wording.ts";

/** Plain words for a drift, naming articles the way a reader knows them. */
export function driftExplanation(graph: ProvenanceGraph, d: DriftEvidence): string {
  const later = articleName(graph, d.articles[0]);
  const earlier = articleName(graph, d.articles[1]);
  switch (d.type) {
    case "number_drift":
      return `${earlier} wrote "${d.earlier.span.text}"; ${later} retells it as "${d.later.span.text}". The number changed on the way, and nobody new counted.`;
    case "attribution_drift": {
      const who = (k: string) => (k === "none" ? "no one" : nodeLabel(graph, k));
      return `${earlier} credits this to ${who(d.earlierSource)}; ${later} credits it to ${who(d.laterSource)}. The statement is the same, but who it is said to come from changed.`;
    }
    case "unsupported_attribution":
      return `${later} credits ${earlier} with "${quoteSnippet(d.clause.text, 16)}", but ${earlier} says no such thing${d.closest && d.support >= 0.35 ? ` (its closest sentence: "${quoteSnippet(d.closest.text, 20)}")` : ""}. Check what a cited report actually says before repeating it.`;
  }
}

/** Drift found by the reuse stage: numbers, attributions, and claims a cited article never made (one finding per claim, however many articles repeat it). */
export function drift(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  const unsupported = new Map<string, Finding>();
  const moved = new Map<string, { finding: Finding; laters: string[] }>();
  inputs.drift.forEach((d, i) => {
    const [later, earlier] = d.articles;
    const edges = takingEdges(graph, later, earlier);
    if (d.type === "unsupported_attribution") {
      // Several articles crediting one report with the same unsupported words are one finding.
      const key = `${earlier}\u0000${d.clause.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()}`;
      const seen = unsupported.get(key);
      const evidence: Evidence = { article: later, ...d.clause };
      if (seen) {
        seen.articles.splice(seen.articles.length - 1, 0, later);
        seen.evidence.push(evidence);
        seen.edges?.push(...edges);
        const citing = seen.articles.slice(0, -1);
        seen.explanation = `${listWords(citing.map((a) => articleName(graph, a)))} credit ${articleName(graph, earlier)} with "${quoteSnippet(d.clause.text, 16)}", but ${articleName(graph, earlier)} says no such thing. Check what a cited report actually says before repeating it.`;
        return;
      }
      const finding: Finding = {
        id: `unsupported_attribution:${later}:${earlier}:${i}`,
        type: d.type,
        articles: [later, earlier],
        explanation: driftExplanation(graph, d),
        evidence: [evidence, ...(d.closest ? [{ article: earlier, ...d.closest }] : [])],
        edges,
      };
      unsupported.set(key, finding);
      findings.push(finding);
      return;
    }
    if (d.type === "attribution_drift") {
      // One source's statements moved to the same other credit (or to no one) are one finding, however many sentences
      // and articles carry them.
      const key = `${d.earlierSource}\u0000${d.laterSource}`;
      const seen = moved.get(key);
      const evidence: Evidence[] = [{ article: earlier, ...d.sentences[1] }, { article: later, ...d.sentences[0] }];
      if (seen) {
        for (const a of [earlier, later]) if (!seen.finding.articles.includes(a)) seen.finding.articles.push(a);
        if (!seen.laters.includes(later)) seen.laters.push(later);
        seen.finding.evidence.push(...evidence.filter((e) => !seen.finding.evidence.some((x) => x.article === e.article && x.start === e.start)));
        seen.finding.edges?.push(...edges.filter((e) => !seen.finding.edges?.includes(e)));
        const who = (k: string) => (k === "none" ? "no one" : nodeLabel(graph, k));
        const earliers = seen.finding.articles.filter((a) => !seen.laters.includes(a));
        seen.finding.explanation =
          `${listWords(earliers.map((a) => articleName(graph, a)))} credit${earliers.length === 1 ? "s" : ""} these words to ${who(d.earlierSource)}; ` +
          `${listWords(seen.laters.map((a) => articleName(graph, a)))} print${seen.laters.length === 1 ? "s" : ""} them crediting ${who(d.laterSource)}. The statements are the same, but who they are said to come from changed.`;
        return;
      }
      const finding: Finding = { id: `${d.type}:${later}:${earlier}:${i}`, type: d.type, articles: [earlier, later], explanation: driftExplanation(graph, d), evidence, edges };
      moved.set(key, { finding, laters: [later] });
      findings.push(finding);
      return;
    }
    findings.push({
      id: `${d.type}:${later}:${earlier}:${i}`,
      type: d.type,
      articles: [earlier, later],
      explanation: driftExplanation(graph, d),
      evidence: [{ article: earlier, ...d.sentences[1] }, { article: later, ...d.sentences[0] }],
      edges,
    });
  });
  return findings;
}
