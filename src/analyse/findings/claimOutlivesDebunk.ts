/** claim_outlives_debunk: a claim presented as true after articles of the case reported it false. */
import { compareDates } from "../../core/dates.ts";
import type { Finding } from "../../graph/types.ts";
import { correctedBy, witnessedConflicts } from "../claims/versions.ts";
import { ancestorsOf } from "../origins.ts";
import { compareArticles } from "../trace.ts";
import { claimsToState, confidentlyFalse, stanceOf } from "./claimViews.ts";
import { claimEvidence, confident, dateOf, edgeKeys, type FindingInputs } from "./inputs.ts";
import { articleName, listWords } from "./wording.ts";

/** Each piece of evidence once: a plain statement is both the claim's words and the stance's. */
function distinctEvidence<T extends { article: string; start: number; end: number }>(list: readonly T[]): T[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.article}\u0000${e.start}\u0000${e.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A claim presented as true by an article that comes after articles of the case that had reported it false (by date,
 * or by what the texts say of each other): the correction did not stop it.
 */
export function claimOutlivesDebunk(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  // A fact-check that reports false a quotation's altered version and gives the original's figure as what was said,
  // and an article that prints that original: the later article repeats what the fact-check gives as said.
  const otherVersion = correctedBy(witnessedConflicts(inputs.figureConflicts, (a) => inputs.readings.get(a)?.sentences ?? []));
  for (const claim of claimsToState(inputs.claims)) {
    if (!claim.presentedAsTrue) continue;
    // "The correction did not stop it" is a strong charge: only a debunk read on words about this claim (its headline,
    // around its statement of the claim, a denial of it) counts, not a cue somewhere in a lead that repeats the claim
    // further down among other facts (a correction's "That is incorrect" is about the figure it corrects).
    // Nor is a satire site's own story, false by its site's declaration: it is where the claim came from, not a
    // correction (whether a later article took it from there or the case cannot tell).
    const debunks = confidentlyFalse(claim).filter((a) => graph.hasNode(a) && stanceOf(claim, a)?.rule !== "stance.lead_cue" && stanceOf(claim, a)?.rule !== "stance.declared_satire");
    // An article the restatement took the claim from is its source, not a correction it outlived (a satire site a story
    // was lifted from: that is laundering).
    const late = claim.presentedAsTrue
      .filter((t) => graph.hasNode(t) && confident(stanceOf(claim, t)?.confidence))
      .map((t) => {
        const from = ancestorsOf([t], claim.derivedFrom);
        return { t, before: debunks.filter((f) => !from.has(f) && !otherVersion.get(t)?.has(f) && compareArticles(graph, t, f) === 1) };
      })
      .filter((x) => x.before.length > 0);
    if (late.length === 0) continue;
    const earlierDebunks = [...new Set(late.flatMap((x) => x.before))];
    const inferred = late.some((x) => x.before.some((f) => compareDates(dateOf(graph, x.t), dateOf(graph, f)) === 0));
    const stanceWords = (a: string) => (stanceOf(claim, a)?.evidence ?? []).slice(0, 1);
    findings.push({
      id: `claim_outlives_debunk:${claim.key}`,
      type: "claim_outlives_debunk",
      articles: [...late.map((x) => x.t), ...earlierDebunks],
      claim: claim.key,
      explanation:
        `${listWords(late.map((x) => articleName(graph, x.t)))} present${late.length === 1 ? "s" : ""} "${claim.label}" as true after ` +
        `${listWords(earlierDebunks.slice(0, 4).map((a) => articleName(graph, a)))}${earlierDebunks.length > 4 ? ` and ${earlierDebunks.length - 4} more` : ""} had reported it false or doubtful` +
        `${inferred ? " (the order comes from what the articles cite, where their dates leave it open)" : ""}. The correction did not stop the claim.`,
      evidence: distinctEvidence([...late.flatMap((x) => [...claimEvidence(claim).filter((e) => e.article === x.t), ...stanceWords(x.t)]), ...earlierDebunks.flatMap(stanceWords)]).slice(0, 8),
      edges: [...late.map((x) => x.t), ...earlierDebunks].flatMap((a) => edgeKeys(graph, "asserts", a, claim.key)),
    });
  }
  return findings;
}
