/** laundering: a chain of re-reports that drops the satire, the doubt or the original source. */
import type { Evidence, Finding, ProvenanceGraph } from "../../graph/types.ts";
import { contentStem, contentWords } from "../claims/label.ts";
import { labelLosses } from "../laundering.ts";
import { ownPossibilityWords, possibilityWords } from "../possibility.ts";
import { compareArticles } from "../trace.ts";
import type { ClaimAnalysis } from "../types.ts";
import { claimsToState, confidentlyFalse, stanceOf } from "./claimViews.ts";
import { claimEvidence, confident, edgeKeys, takingEdges, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, quoteSnippet } from "./wording.ts";

type ClaimStatement = ClaimAnalysis["statements"][number];

/** One re-report that dropped what told readers not to take the claim as established. */
type Hop =
  | { kind: "label"; from: string; to: string }
  /** `from` stated the claim only as possible (`hedged`, with its possibility `words`); `to` states it without them (`plain`). */
  | { kind: "doubt"; from: string; to: string; hedged: ClaimStatement; plain: ClaimStatement; words: string[] };

/** Share of the shorter statement's content words (less the dropped possibility words) the other must repeat to tell the same thing. */
const SAME_TELLING_SHARE = 0.6;
/** …and at least this many of them: two statements sharing one word are not one claim told twice. */
const SAME_TELLING_MIN = 2;

/**
 * Whether two statements of a claim tell the same thing but for the possibility words (`dropped`): a claim groups
 * statements by the story they tell, and a doubt dropped between two statements of one story that say different things
 * ("may ease migraine" and "is sold in Zalesie") is no doubt dropped.
 */
function sameTelling(hedged: string, plain: string, dropped: readonly string[]): boolean {
  const droppedStems = new Set(dropped.flatMap((w) => contentWords(w)).map(contentStem));
  const a = [...new Set(contentWords(hedged).map(contentStem))].filter((w) => !droppedStems.has(w));
  const b = new Set(contentWords(plain).map(contentStem));
  const shared = a.filter((w) => b.has(w)).length;
  return shared >= SAME_TELLING_MIN && shared >= SAME_TELLING_SHARE * Math.min(a.length, b.size);
}

/** The article's own possibility words in one of its statements: its language, and its reading's quotations (theirs, not its doubt). */
function ownDoubt(inputs: FindingInputs, s: ClaimStatement): string[] {
  const reading = inputs.readings.get(s.article);
  if (!reading) return [];
  const quoted = s.start < 0 ? [] : reading.quotations.flatMap((q) => q.parts).map((p) => ({ start: p.start - s.start, end: p.end - s.start }));
  return ownPossibilityWords(s.text, reading.language, quoted).map((w) => w.text);
}

/**
 * `to` took the claim from `from`, which stated it only as possible ("may ease migraine") in its own words and never
 * plainly; `to` states the same thing with no possibility word in its statements of the claim, nor in any sentence of
 * its own that tells the same thing (quoted or not: an article that prints the doubt, even in a quotation, kept it).
 */
function droppedDoubt(inputs: FindingInputs, claim: ClaimAnalysis, from: string, to: string): Hop | undefined {
  const language = (a: string) => inputs.readings.get(a)?.language ?? "en";
  const taker = claim.statements.filter((s) => s.article === to);
  if (taker.length === 0 || taker.some((s) => possibilityWords(s.text, language(to)).length > 0)) return undefined;
  const takerDoubts = (inputs.readings.get(to)?.sentences ?? []).filter((s) => possibilityWords(s.text, language(to)).length > 0);
  const source = claim.statements.filter((s) => s.article === from);
  for (const hedged of source) {
    const words = ownDoubt(inputs, hedged);
    if (words.length === 0) continue;
    const tells = (s: { text: string }) => sameTelling(hedged.text, s.text, words);
    // The source that also states it plainly elsewhere dropped its own doubt; the re-report that prints it kept it.
    if (source.some((s) => s !== hedged && possibilityWords(s.text, language(from)).length === 0 && tells(s))) continue;
    if (takerDoubts.some(tells)) continue;
    const plain = taker.find(tells);
    if (plain) return { kind: "doubt", from, to, hedged, plain, words: [...new Set(words.map((w) => w.toLowerCase()))] };
  }
  return undefined;
}

/** How `to` took from `from`, in a phrase: "citing X", "copying X", "quoting X" (the first the graph holds), else "taking it from X". */
function takenHow(graph: ProvenanceGraph, to: string, from: string): string {
  const name = articleName(graph, from);
  if (edgeKeys(graph, "cites", to, from).length > 0) return `citing ${name}`;
  if (edgeKeys(graph, "copies", to, from).length > 0) return `copying ${name}`;
  if (takingEdges(graph, to, from).length > 0) return `quoting ${name}`;
  return `taking it from ${name}`;
}

/** What a hop's grounds are in words a teacher could read out. */
function hopSentence(graph: ProvenanceGraph, claim: ClaimAnalysis, h: Hop): string {
  if (h.kind === "label") return `${articleName(graph, h.to)} takes "${claim.label}" from ${articleName(graph, h.from)}, which reported it as false, satire or doubtful, and presents it as true.`;
  const words = listWords(h.words.map((w) => `"${w}"`));
  return `${articleName(graph, h.from)} wrote "${quoteSnippet(h.hedged.text, 40)}"; ${articleName(graph, h.to)}, ${takenHow(graph, h.to, h.from)}, writes "${quoteSnippet(h.plain.text, 40)}": the doubt (${words}) was dropped on the way, and what was put forward as possible is stated as fact.`;
}

/** The exact words a hop rests on: the label's cue and the taker's statement, or both statements of a dropped doubt. */
function hopEvidence(claim: ClaimAnalysis, h: Hop): Evidence[] {
  if (h.kind === "label") return [...(stanceOf(claim, h.from)?.evidence ?? []).slice(0, 1), ...claimEvidence(claim).filter((e) => e.article === h.to)];
  return [h.hedged, h.plain].map((s) => ({ article: s.article, start: s.start, end: s.end, text: s.text }));
}

/** Laundering: by the case's relations (true taken from a debunk, a satire label or a doubt) and by what the articles say happened. */
export function laundering(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const claim of claimsToState(inputs.claims)) {
    if (!claim.presentedAsTrue) continue;
    const labelled = new Set(confidentlyFalse(claim));
    // The label or the doubt can only be dropped by an article known to come after the one that carried it.
    const hops: Hop[] = claim.presentedAsTrue
      .filter((t) => confident(stanceOf(claim, t)?.confidence))
      .flatMap((t) =>
        (claim.derivedFrom[t] ?? []).flatMap((d): Hop[] => {
          if (compareArticles(graph, t, d) !== 1) return [];
          if (labelled.has(d)) return [{ kind: "label", from: d, to: t }];
          const doubt = droppedDoubt(inputs, claim, d, t);
          return doubt ? [doubt] : [];
        }),
      );
    if (hops.length === 0) continue;
    const shown = hops.slice(0, 3);
    const closing = shown.some((h) => h.kind === "label") ? " On the way, the label that told readers not to believe it was dropped." : "";
    findings.push({
      id: `laundering:${claim.key}`,
      type: "laundering",
      articles: [...new Set(hops.flatMap((h) => [h.from, h.to]))],
      claim: claim.key,
      explanation: shown.map((h) => hopSentence(graph, claim, h)).join(" ") + closing,
      evidence: shown.flatMap((h) => hopEvidence(claim, h)),
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
