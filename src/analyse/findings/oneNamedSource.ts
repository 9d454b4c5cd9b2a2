/**
 * single_source_amplification by one named source: articles of several outlets present a claim as true, and each
 * names the same one and no other (an outlet or person outside their own words). However
 * many outlets carry it, the claim rests on that one source's word. The source must be the one the claim is sourced
 * to: named by more articles than any other.
 */
import { namesPerson } from "../../core/personNamed.ts";
import type { Finding } from "../../graph/types.ts";
import { claimsToState, presentingAsTrue } from "./claimViews.ts";
import { claimEvidence, edgeKeys, outletOfArticle, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, nodeLabel } from "./wording.ts";

/** Outlets that must carry the claim on the one source before the repetition reads as amplification. */
const MIN_OUTLETS = 3;

/** One finding per claim whose sourced articles all rest on one source, for claims no other amplification finding states. */
export function oneNamedSource(inputs: FindingInputs, covered: ReadonlySet<string>): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const claim of claimsToState(inputs.claims)) {
    if (covered.has(claim.key)) continue;
    // What each article rests the claim on, its own outlet's word left out (that is the article speaking, not a source),
    // and a source it has through an outlet outside the case ("an official told the BBC") as that outlet's report.
    const named = new Map<string, string[]>();
    for (const a of presentingAsTrue(claim)) {
      const own = outletOfArticle(graph, a);
      const sources = [...new Set((claim.restsOn[a] ?? []).map((k) => relayingOutlet(inputs, a, k) ?? k))].filter((k) => k !== own && graph.hasNode(k));
      if (sources.length > 0) named.set(a, sources);
    }
    const onOne = new Map<string, string[]>();
    for (const [a, sources] of named) if (sources.length === 1) onOne.set(sources[0]!, [...(onOne.get(sources[0]!) ?? []), a]);
    for (const [source, articles] of onOne) {
      const outlets = new Set(articles.map((a) => outletOfArticle(graph, a) ?? a));
      // The one source must be the one the claim is sourced to: named by more articles than any other source is.
      const count = (k: string) => [...named.values()].filter((s) => s.includes(k)).length;
      const rivals = new Set([...named.values()].flat().filter((k) => k !== source));
      if (outlets.size < MIN_OUTLETS || [...rivals].some((k) => count(k) >= count(source))) continue;
      if (opensOnSpeaker(claim.label, nodeLabel(graph, source))) continue;
      findings.push({
        id: `single_source_amplification:${claim.key}:${source}`,
        type: "single_source_amplification",
        articles,
        claim: claim.key,
        explanation:
          `${listWords(articles.map((a) => articleName(graph, a)))} present "${claim.label}" as true, and each rests it on ${nodeLabel(graph, source)} alone. ` +
          `${outlets.size} outlets, one source: the repetition is not confirmation.`,
        evidence: claimEvidence(claim).filter((e) => articles.includes(e.article)),
        edges: articles.flatMap((a) => [...edgeKeys(graph, "cites", a, source), ...edgeKeys(graph, "quotes", a, source)]),
      });
    }
  }
  return findings;
}

/**
 * The outlet outside the case through which an article has a source ("a council official told the BBC", `via` on its
 * reading): what the article rests on is that outlet's report. None for an outlet of the case's own articles (the
 * article it took the claim from counts there) or for a source the article names itself.
 */
function relayingOutlet(inputs: FindingInputs, article: string, key: string): string | undefined {
  const via = inputs.readings.get(article)?.sources.find((m) => m.key === key)?.via;
  if (via === undefined || inputs.readings.has(via) || !inputs.graph.hasNode(via)) return undefined;
  const attrs = inputs.graph.getNodeAttributes(via);
  if (attrs.kind !== "outlet") return undefined;
  return inputs.graph.someInEdge(via, (_e, e, s) => e.kind === "published_by" && inputs.readings.has(s)) ? undefined : via;
}

/** Words at the head of a claim where its subject stands ("Mayor Ana Berg denied …", "Harbour Council said …"). */
const SUBJECT_WORDS = 4;

/**
 * Whether a claim opens on its one source as the one who speaks ("Ana Berg denied the report on her page", "Harbour
 * Council said …"): the claim is what that source said, and articles resting it on that source report a statement
 * from the one who made it — a denial by the person it is about, an institution's answer — not a claim whose
 * repetition passes for confirmation. A source named later in the claim ("…, according to the Tide Monitor") is the
 * claim's source, not its subject.
 */
function opensOnSpeaker(label: string, sourceName: string): boolean {
  const name = sourceName.trim().toLocaleLowerCase();
  if (name.length === 0) return false;
  if (label.trim().toLocaleLowerCase().startsWith(name)) return true;
  const head = label.trim().split(/\s+/u).slice(0, SUBJECT_WORDS).join(" ");
  return namesPerson(head, sourceName);
}

