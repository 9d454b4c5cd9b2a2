/**
 * single_source_amplification by an anonymous echo: several papers each rest a claim on an unnamed source of one
 * institution ("una fuente del Gobierno", "fuentes gubernamentales", "una fuente del Ejecutivo", "fuentes del
 * Ministerio de Hacienda"). Each reads as a confirmation of the others; nobody can tell whether they are several people
 * or one source who talked to several papers, so they count as one source (analyse/support.ts `alikeAnonymous`).
 * Stated for claims no other amplification finding covers; those say it in their own words (`alikeWords`).
 */
import type { AlikeAnonymous, Evidence, Finding, ProvenanceGraph } from "../../graph/types.ts";
import type { ClaimAnalysis } from "../types.ts";
import { claimsToState, presentingAsTrue } from "./claimViews.ts";
import { confirmationIn } from "./confirmedUnnamed.ts";
import { claimEvidence, edgeKeys, outletOfArticle, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, nodeLabel, quoteSnippet } from "./wording.ts";
import { contains } from "../../core/spans.ts";

/** Reports, from as many outlets, whose unnamed sources of one institution make an echo worth stating (two are one more voice). */
const MIN_REPORTS = 3;


/** The articles presenting the claim as true that rest it on a source of the group, earliest first, each with that source. */
function restingOn(claim: ClaimAnalysis, group: AlikeAnonymous, asTrue: readonly string[]): { article: string; source: string }[] {
  return asTrue.flatMap((a) => {
    const source = (claim.restsOn[a] ?? []).find((k) => group.sources.includes(k));
    return source ? [{ article: a, source }] : [];
  });
}

/**
 * The sentence an amplification finding adds for a claim whose primary sources fold unnamed sources of one institution
 * in several reports: which, and that they count once. Empty where the claim has none.
 */
export function alikeWords(graph: ProvenanceGraph, claim: ClaimAnalysis): string {
  return (claim.alikeAnonymous ?? [])
    .map((g) => ` ${quoted(graph, g.sources[0]!)} stands for ${g.sources.length} anonymous sources of ${g.institution} in different reports (${listWords(g.sources.map((k) => quoted(graph, k)))}): nobody can tell whether they are one person, so they count once.`)
    .join("");
}

const quoted = (graph: ProvenanceGraph, key: string) => `"${nodeLabel(graph, key)}"`;

/** One finding per claim, not covered by another amplification finding, that three or more outlets rest on unnamed sources of one institution. */
export function anonymousEcho(inputs: FindingInputs, covered: ReadonlySet<string>): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const claim of claimsToState(inputs.claims)) {
    if (covered.has(claim.key) || !claim.alikeAnonymous) continue;
    const asTrue = presentingAsTrue(claim).filter((a) => graph.hasNode(a));
    const echoes = claim.alikeAnonymous
      .map((group) => ({ group, resting: restingOn(claim, group, asTrue) }))
      .filter((e) => e.resting.length >= MIN_REPORTS && new Set(e.resting.map((r) => outletOfArticle(graph, r.article) ?? r.article)).size >= MIN_REPORTS)
      .sort((a, b) => b.resting.length - a.resting.length);
    const echo = echoes[0];
    if (!echo) continue;
    const { group, resting } = echo;
    const outlets = new Set(asTrue.map((a) => outletOfArticle(graph, a) ?? a));
    // Where each report names its unnamed source, and the later ones that write the source's word as a confirmation.
    const mentions: Evidence[] = [];
    const confirming: { article: string; words: string }[] = [];
    for (const [i, r] of resting.entries()) {
      const reading = inputs.readings.get(r.article);
      const mention = reading?.sources.find((s) => s.key === r.source)?.mentions[0];
      if (!reading || !mention) continue;
      mentions.push({ article: r.article, start: mention.start, end: mention.end, text: mention.text });
      if (i === 0) continue;
      const sentence = reading.sentences.find((s) => contains(s, mention));
      const statements = claim.statements.filter((s) => s.article === r.article && s.start >= 0).map((s) => s.text);
      for (const text of [...statements, ...(sentence ? [sentence.text] : [])]) {
        const at = confirmationIn(text, reading.language);
        if (!at) continue;
        confirming.push({ article: r.article, words: text.slice(at.start, at.end) });
        break;
      }
    }
    // Reports that say they follow other coverage ("tal y como han adelantado otros medios", "as other media reported").
    const following = asTrue.filter((a) => (inputs.readings.get(a)?.sources ?? []).some((s) => s.collective));
    const others = claim.primarySources.filter((k) => k !== group.sources[0]);
    const n = resting.length;
    const reports = listWords(resting.map((r) => `${articleName(graph, r.article)} ("${quoteSnippet(nodeLabel(graph, r.source), 8)}")`));
    findings.push({
      id: `single_source_amplification:anonymous:${claim.key}`,
      type: "single_source_amplification",
      articles: resting.map((r) => r.article),
      claim: claim.key,
      explanation:
        `The claim "${claim.label}" is presented as true in ${asTrue.length} articles from ${outlets.size} outlets. ${n} of them rest it on an anonymous source of ${group.institution}: ${reports}. ` +
        `Nothing in the texts tells whether these are ${n} different people or one source who talked to several papers: they may be one source, and count as one, not ${n}.` +
        (confirming.length > 0 ? ` ${listWords(confirming.map((c) => `${articleName(graph, c.article)} ("${c.words}")`))} ${confirming.length === 1 ? "writes" : "write"} it as confirmed, but an unnamed source's word confirms nothing a reader can check.` : "") +
        (following.length > 0 ? ` ${listWords(following.map((a) => articleName(graph, a)))} ${following.length === 1 ? "says it follows" : "say they follow"} other reports.` : "") +
        ` ${others.length === 0 ? "No article names another source." : `The only other source${others.length === 1 ? " is" : "s are"} ${listWords(others.map((k) => nodeLabel(graph, k)))}.`}` +
        ` ${asTrue.length} articles, ${claim.primarySources.length} independent source${claim.primarySources.length === 1 ? "" : "s"} at most: the repetition is not confirmation.`,
      evidence: [...mentions, ...claimEvidence(claim).filter((e) => resting.some((r) => r.article === e.article))],
      edges: resting.flatMap((r) => edgeKeys(graph, "quotes", r.article, r.source)),
    });
  }
  return findings;
}
