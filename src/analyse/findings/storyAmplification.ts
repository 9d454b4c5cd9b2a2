/**
 * single_source_amplification of a story passed on as news or as a joke: a claim carried by many articles of several
 * outlets (told as news, as satire, or as the blunder of those who took the satire for news) whose first reports rest on
 * at most two sources, and where no article brings a source of its own to check it. The spread is one story repeated;
 * counting its articles counts echoes. Articles that only report it false or deny it answer the story and are not
 * counted: a wave of denials is no amplification, and each denier is a source of its own. Stated for claims no other
 * amplification finding covers, never for a claim that is itself a debunk or a denial, and only where the case tells
 * that one article took the claim from another (takenInOrder).
 */
import type { Finding } from "../../graph/types.ts";
import { claimsToState, passingOn, presentingAsTrue } from "./claimViews.ts";
import { claimEvidence, outletOfArticle, takingEdges, type FindingInputs } from "./inputs.ts";
import { alikeOf, takenInOrder } from "./amplification.ts";
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

/**
 * `stated`: the amplification findings already made of the case's claims. A story whose carriers are mostly named by one
 * of them is that story told again through another of its sentences (a headline beside the body's claim): it is not
 * stated a second time with another count of its sources.
 */
export function storyAmplification(inputs: FindingInputs, covered: ReadonlySet<string>, stated: readonly Finding[] = []): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const claim of claimsToState(inputs.claims)) {
    // A claim that is itself a debunk or a denial is made by the articles that answer the story: their repetition is
    // a correction spreading.
    if (covered.has(claim.key) || claim.debunk === true || claim.denial === true || claim.debunks !== undefined) continue;
    const articles = passingOn(claim).filter((a) => graph.hasNode(a));
    const outlets = new Set(articles.map((a) => outletOfArticle(graph, a) ?? a));
    const derived = articles.filter((a) => (claim.derivedFrom[a] ?? []).length > 0);
    if (outlets.size < 3 || derived.length === 0 || !takenInOrder(graph, claim, derived)) continue;
    const own = (a: string, k: string) => k === outletOfArticle(graph, a);
    const origins = articles.filter((a) => !derived.includes(a));
    // An article's own outlet is the article speaking, not a source it rests on.
    const sources = [...independentSources(inputs, claim, origins)].filter((k) => !origins.some((o) => own(o, k)));
    // Any article bringing a source the first reports do not have is a second voice: not one source's echo.
    const alike = alikeOf(claim);
    const added = derived.flatMap((a) => (claim.restsOn[a] ?? []).filter((k) => !own(a, k) && !sources.includes(alike.get(k) ?? k) && !(inputs.readings.get(a)?.sources.find((m) => m.key === k)?.via)));
    if (sources.length === 0 || sources.length > MAX_SOURCES || added.length > 0 || articles.length < ARTICLES_PER_SOURCE * sources.length) continue;
    if (stated.some((f) => articles.filter((a) => f.articles.includes(a)).length * 2 >= articles.length)) continue;
    const against = (claim.reportedFalse ?? []).filter((a) => graph.hasNode(a) && !articles.includes(a)).length;
    const asTrue = new Set(presentingAsTrue(claim));
    const asNews = articles.filter((a) => asTrue.has(a)).length;
    const how = asNews === articles.length ? "presented as true in" : asNews === 0 ? "passed on as a joke by" : "passed on, as news or as a joke, by";
    findings.push({
      id: `single_source_amplification:story:${claim.key}`,
      type: "single_source_amplification",
      articles: [...origins, ...derived],
      claim: claim.key,
      explanation:
        `"${claim.label}" is ${how} ${articles.length} articles from ${outlets.size} outlets${against > 0 ? ` (${against} more report${against === 1 ? "s" : ""} it false)` : ""}, and every one rests on ${listWords(sources.map((k) => nodeLabel(graph, k)))} or on another article of the case. ` +
        `No article brings a source of its own to check it: ${articles.length} articles, ${sources.length === 1 ? "one source" : `${sources.length} sources`}; the repetition is not confirmation.`,
      evidence: claimEvidence(claim).slice(0, 6),
      edges: derived.flatMap((a) => (claim.derivedFrom[a] ?? []).flatMap((t) => takingEdges(graph, a, t))),
    });
  }
  return findings;
}
