/** claim_outlives_debunk: a claim presented as true after articles of the case reported it false. */
import { compareDates } from "../../core/dates.ts";
import type { Finding } from "../../graph/types.ts";
import { correctedBy, witnessedConflicts } from "../claims/versions.ts";
import { ancestorsOf } from "../origins.ts";
import { compareArticles } from "../trace.ts";
import { claimsToState, confidentlyFalse, stanceOf } from "./claimViews.ts";
import type { ClaimAnalysis } from "../types.ts";
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

/** One claim restated after its debunks: the articles that restate it, each with the debunks it came after. */
interface Outlived {
  claim: ClaimAnalysis;
  late: { t: string; before: string[] }[];
  earlierDebunks: string[];
  inferred: boolean;
}

/**
 * A claim presented as true by an article that comes after articles of the case that had reported it false (by date,
 * or by what the texts say of each other): the correction did not stop it. One finding per restating article (or
 * articles): where one story's claims are several (its headline's and its statement's), the article that restates them
 * after the debunks did one thing, told once with each claim, not once per claim.
 */
export function claimOutlivesDebunk(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const outlived: Outlived[] = [];
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
    outlived.push({ claim, late, earlierDebunks, inferred });
  }
  // The claims each set of restating articles outlived, in the claims' order.
  const byRestaters = new Map<string, Outlived[]>();
  for (const o of outlived) {
    const key = o.late.map((x) => x.t).sort().join("\u0000");
    const list = byRestaters.get(key);
    if (list) list.push(o);
    else byRestaters.set(key, [o]);
  }
  return [...byRestaters.values()].map((group) => {
    const first = group[0]!;
    const late = first.late.map((x) => x.t);
    const debunks = [...new Set(group.flatMap((o) => o.earlierDebunks))];
    const told = group.map((o) => {
      const after = `${listWords(o.earlierDebunks.slice(0, 4).map((a) => articleName(graph, a)))}${o.earlierDebunks.length > 4 ? ` and ${o.earlierDebunks.length - 4} more` : ""}`;
      return `"${o.claim.label}" as true after ${after} had reported it false or doubtful${o.inferred ? " (the order comes from what the articles cite, where their dates leave it open)" : ""}`;
    });
    const stanceWords = (o: Outlived, a: string) => (stanceOf(o.claim, a)?.evidence ?? []).slice(0, 1);
    return {
      id: `claim_outlives_debunk:${first.claim.key}`,
      type: "claim_outlives_debunk",
      articles: [...late, ...debunks.filter((a) => !late.includes(a))],
      claim: first.claim.key,
      explanation:
        `${listWords(late.map((a) => articleName(graph, a)))} present${late.length === 1 ? "s" : ""} ${told.join("; and ")}. ` +
        `The correction did not stop the claim${group.length === 1 ? "" : "s"}.`,
      evidence: distinctEvidence(
        group.flatMap((o) => [...o.late.flatMap((x) => [...claimEvidence(o.claim).filter((e) => e.article === x.t), ...stanceWords(o, x.t)]), ...o.earlierDebunks.flatMap((a) => stanceWords(o, a))]),
      ).slice(0, 8),
      edges: [...new Set(group.flatMap((o) => [...late, ...o.earlierDebunks].flatMap((a) => edgeKeys(graph, "asserts", a, o.claim.key))))],
    } satisfies Finding;
  });
}
