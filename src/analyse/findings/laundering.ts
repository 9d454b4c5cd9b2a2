/** laundering: a chain of re-reports that drops the satire, the doubt or the original source. */
import type { Finding } from "../../graph/types.ts";
import { labelLosses } from "../laundering.ts";
import { compareArticles } from "../trace.ts";
import { claimsToState, confidentlyFalse, stanceOf } from "./claimViews.ts";
import { claimEvidence, confident, takingEdges, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, quoteSnippet } from "./wording.ts";

/** Laundering: by the case's relations (true taken from a debunk or a satire label) and by what the articles say happened. */
export function laundering(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const claim of claimsToState(inputs.claims)) {
    if (!claim.presentedAsTrue) continue;
    const labelled = new Set(confidentlyFalse(claim));
    // The label can only be dropped by an article known to come after the one that carried it.
    const hops = claim.presentedAsTrue
      .filter((t) => confident(stanceOf(claim, t)?.confidence))
      .flatMap((t) => (claim.derivedFrom[t] ?? []).filter((d) => labelled.has(d) && compareArticles(graph, t, d) === 1).map((d) => ({ from: d, to: t })));
    if (hops.length === 0) continue;
    findings.push({
      id: `laundering:${claim.key}`,
      type: "laundering",
      articles: [...new Set(hops.flatMap((h) => [h.from, h.to]))],
      claim: claim.key,
      explanation:
        hops.slice(0, 3).map((h) => `${articleName(graph, h.to)} takes "${claim.label}" from ${articleName(graph, h.from)}, which reported it as false, satire or doubtful, and presents it as true.`).join(" ") +
        " On the way, the label that told readers not to believe it was dropped.",
      evidence: hops.slice(0, 3).flatMap((h) => [...(stanceOf(claim, h.from)?.evidence ?? []).slice(0, 1), ...claimEvidence(claim).filter((e) => e.article === h.to)]),
      edges: hops.flatMap((h) => takingEdges(graph, h.to, h.from)),
    });
  }
  const told = labelLosses(inputs.readings.values()).filter((l) => graph.hasNode(l.article));
  const tellers = [...new Set(told.map((l) => l.article))];
  if (tellers.length > 0) {
    findings.push({
      id: "laundering:described",
      type: "laundering",
      articles: tellers,
      explanation:
        `${listWords(tellers.slice(0, 4).map((a) => articleName(graph, a)))}${tellers.length > 4 ? ` and ${tellers.length - 4} more` : ""} tell${tellers.length === 1 ? "s" : ""} how the story lost its label on the way: ` +
        `${told.slice(0, 2).map((l) => `"${quoteSnippet(l.evidence.text, 20)}"`).join("; ")}. By ${tellers.length === 1 ? "its" : "their"} account, a re-report along the way, not ${tellers.length === 1 ? "this article" : "these articles"}, passed the story on without the words that said it was not news.`,
      evidence: told.slice(0, 6).map((l) => l.evidence),
      edges: [],
    });
  }
  return findings;
}
