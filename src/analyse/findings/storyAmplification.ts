/**
 * single_source_amplification of a story, whatever each article makes of it: a claim carried by many articles of
 * several outlets (told as news, as a joke, or as a blunder) whose first reports rest on at most two sources, and where
 * no article brings a source of its own to check it. The spread is one story repeated; counting its articles counts
 * echoes. Stated for claims no other amplification finding covers.
 */
import type { Finding } from "../../graph/types.ts";
import { claimsToState } from "./claimViews.ts";
import { claimEvidence, outletOfArticle, takingEdges, type FindingInputs } from "./inputs.ts";
import { alikeOf } from "./amplification.ts";
import type { ClaimAnalysis } from "../types.ts";
import { listWords, nodeLabel } from "./wording.ts";

/** Sources the first reports may rest on (an origin and, say, the outlet that relayed it). */
const MAX_SOURCES = 2;
/** Articles per source from which the repetition is amplification. */
const ARTICLES_PER_SOURCE = 5;

/**
 * The sources behind the claim's independent first reports, with sources that are not really different merged: an
 * anonymous source and the outlet that relayed it are one, and a source an article had from another article of the
 * case belongs to that article; unnamed sources of one institution in several reports that may be one person
 * (`alikeAnonymous`) are the first of them.
 */
function independentSources(inputs: FindingInputs, claim: ClaimAnalysis, origins: readonly string[]): Set<string> {
  const out = new Set<string>();
  const alike = alikeOf(claim);
  const relayedBy = new Map<string, string>();
  for (const o of origins) {
    for (const m of inputs.readings.get(o)?.sources ?? []) if (m.via) relayedBy.set(m.key, m.via);
  }
  // An unnamed collective of reporting ("reports say", "news outlets are reporting") is no source at all.
  const collective = new Set<string>();
  for (const o of origins) for (const m of inputs.readings.get(o)?.sources ?? []) if (m.collective) collective.add(m.key);
  for (const o of origins) {
    for (const src of claim.restsOn[o] ?? []) {
      if (collective.has(src)) continue;
      const via = relayedBy.get(src);
      if (via && inputs.readings.has(via)) continue;
      out.add(via && (claim.restsOn[o] ?? []).includes(via) ? via : (alike.get(src) ?? src));
    }
  }
  // An anonymous source relayed by an outlet the claim also rests on is that outlet's report, not a second source.
  for (const [src, via] of relayedBy) if (out.has(src) && out.has(via)) out.delete(src);
  return out;
}

export function storyAmplification(inputs: FindingInputs, covered: ReadonlySet<string>): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const claim of claimsToState(inputs.claims)) {
    if (covered.has(claim.key)) continue;
    const articles = claim.articles.filter((a) => graph.hasNode(a));
    const outlets = new Set(articles.map((a) => outletOfArticle(graph, a) ?? a));
    const derived = articles.filter((a) => (claim.derivedFrom[a] ?? []).length > 0);
    if (outlets.size < 3 || derived.length === 0) continue;
    const own = (a: string, k: string) => k === outletOfArticle(graph, a);
    const origins = articles.filter((a) => !derived.includes(a));
    // An article's own outlet is the article speaking, not a source it rests on.
    const sources = [...independentSources(inputs, claim, origins)].filter((k) => !origins.some((o) => own(o, k)));
    // Any article bringing a source the first reports do not have is a second voice: not one source's echo.
    const alike = alikeOf(claim);
    const added = derived.flatMap((a) => (claim.restsOn[a] ?? []).filter((k) => !own(a, k) && !sources.includes(alike.get(k) ?? k) && !(inputs.readings.get(a)?.sources.find((m) => m.key === k)?.via)));
    if (sources.length === 0 || sources.length > MAX_SOURCES || added.length > 0 || articles.length < ARTICLES_PER_SOURCE * sources.length) continue;
    findings.push({
      id: `single_source_amplification:story:${claim.key}`,
      type: "single_source_amplification",
      articles: [...origins, ...derived],
      claim: claim.key,
      explanation:
        `"${claim.label}" is carried by ${articles.length} articles from ${outlets.size} outlets, whether they present it as true or not, and every one rests on ${listWords(sources.map((k) => nodeLabel(graph, k)))} or on another article of the case. ` +
        `No article brings a source of its own to check it: ${articles.length} articles, ${sources.length === 1 ? "one source" : `${sources.length} sources`}; the repetition is not confirmation.`,
      evidence: claimEvidence(claim).slice(0, 6),
      edges: derived.flatMap((a) => (claim.derivedFrom[a] ?? []).flatMap((t) => takingEdges(graph, a, t))),
    });
  }
  return findings;
}
