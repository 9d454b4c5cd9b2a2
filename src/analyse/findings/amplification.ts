/** single_source_amplification: a claim repeated by more articles than it has independent origins. */
import type { Finding } from "../../graph/types.ts";
import type { ClaimAnalysis } from "../types.ts";
import { claimsToState, presentingAsTrue, stanceOf, type StanceView } from "./claimViews.ts";
import { claimEvidence, outletOfArticle, takingEdges, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, nodeLabel, sourcePhrase } from "./wording.ts";
import { alikeWords } from "./anonymousEcho.ts";

/** Repetitions per independent source from which several first reports still read as amplification. */
export const AMPLIFICATION_RATIO = 2;

/** Each unnamed source of the claim that may be one with others, to the first of its group. */
export function alikeOf(claim: ClaimAnalysis): Map<string, string> {
  return new Map((claim.alikeAnonymous ?? []).flatMap((g) => g.sources.map((k): [string, string] => [k, g.sources[0]!])));
}

/** One claim's amplification, before claims that rest on the same first reports are stated together. */
interface Amplified {
  claim: ClaimAnalysis & StanceView;
  asTrue: string[];
  derived: string[];
  origins: string[];
  untrueRoots: string[];
  fromOrigins: Set<string>;
  /** Sources a later article added, with the outlet that relayed each. */
  added: Map<string, string | undefined>;
}

/**
 * A claim presented as true by more articles than it has independent origins: the repetition looks like confirmation
 * and is not. Only articles that present the claim as true count (a debunk quoting it amplifies nothing), a claim that
 * is itself a debunk is never amplified (the articles presenting it are the debunks), and the finding is stated only
 * where those articles rest on one first report or one source. Claims of one story that rest on the same first reports
 * and the same sources are one finding ("The claims A and B …"): a reprinted story carries its headline claim and its
 * background alike, and a finding per sentence says the same thing several times.
 */
export function amplification(inputs: FindingInputs): { findings: Finding[]; claims: Set<string> } {
  const found: Amplified[] = [];
  for (const claim of claimsToState(inputs.claims)) {
    const amplified = amplifiedClaim(inputs, claim);
    if (amplified) found.push(amplified);
  }
  const groups = new Map<string, Amplified[]>();
  for (const a of found) {
    const key = JSON.stringify([[...a.origins].sort(), [...a.untrueRoots].sort()]);
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  return { findings: [...groups.values()].map((group) => amplificationFinding(inputs, group)), claims: new Set(found.map((a) => a.claim.key)) };
}

/**
 * The claim's independent sources, as the graph counts them (`primarySources`: analyse/support.ts decides what is
 * independent, and the finding says the same number the claim shows), split into those its first reports rest on and
 * those an article that took the claim from another added, each added one with the outlet that relayed it.
 */
function splitSources(inputs: FindingInputs, claim: ClaimAnalysis, derived: readonly string[]): { fromOrigins: Set<string>; added: Map<string, string | undefined> } {
  const alike = alikeOf(claim);
  // What the articles that took the claim from no other rest on: the first reports, whatever their stance (a satire
  // piece or a debunk a story was taken from is where it rests).
  const firstReported = new Set(
    Object.entries(claim.restsOn)
      .filter(([a]) => (claim.derivedFrom[a] ?? []).length === 0)
      .flatMap(([, keys]) => keys.map((k) => alike.get(k) ?? k)),
  );
  const fromOrigins = new Set(claim.primarySources.filter((k) => firstReported.has(k)));
  const added = new Map<string, string | undefined>();
  for (const key of claim.primarySources) {
    if (fromOrigins.has(key)) continue;
    const via = derived.map((a) => inputs.readings.get(a)?.sources.find((m) => (alike.get(m.key) ?? m.key) === key)?.via).find((v) => v !== undefined);
    added.set(key, via);
  }
  return { fromOrigins, added };
}

function amplifiedClaim(inputs: FindingInputs, claim: ClaimAnalysis & StanceView): Amplified | undefined {
  const { graph } = inputs;
  // A claim that is itself a debunk ("The hoax is a video that says: …") is presented as true by the articles
  // that debunk: copies of one fact-check are a debunk repeated, not one source repeated as news.
  if (claim.debunk === true) return undefined;
  const asTrue = presentingAsTrue(claim);
  const trueSet = new Set(asTrue);
  const derived = asTrue.filter((a) => (claim.derivedFrom[a] ?? []).length > 0);
  const outlets = new Set(asTrue.map((a) => outletOfArticle(graph, a) ?? a));
  // Amplification is repetition across outlets: at least three articles, two outlets, and one taken from another.
  if (asTrue.length < 3 || outlets.size < 2 || derived.length === 0) return undefined;
  if (!takenInOrder(graph, claim, derived)) return undefined;
  const origins = asTrue.filter((a) => !derived.includes(a));
  // Every article that presents it as true took it from one that does not (a satire piece, a debunk quoting it).
  const untrueRoots = origins.length > 0 ? [] : [...new Set(derived.flatMap((a) => claim.derivedFrom[a] ?? []).filter((d) => !trueSet.has(d)))];
  // Such a root is stated only where it tells the claim as a joke (a satire piece others took for news). A root that
  // reports it false while the articles taken from it print the same words as true is two readings of one statement
  // (a denial's own negation read as a verdict on it): "presented as true … traces back to one that reports it false"
  // would say both, and the case shows neither.
  if (untrueRoots.some((r) => stanceOf(claim, r)?.satire !== true)) return undefined;
  const { fromOrigins, added } = splitSources(inputs, claim, derived);
  // Several first reports on several sources are independent reporting, not one source amplified — unless the
  // repetitions outnumber those sources at least two to one.
  if (origins.length > 1 && fromOrigins.size > 1 && asTrue.length < AMPLIFICATION_RATIO * fromOrigins.size) return undefined;
  return { claim, asTrue, derived, origins, untrueRoots, fromOrigins, added };
}

/**
 * Whether the case tells that one of `derived` took the claim from another article: some taking of theirs is ordered
 * (by dates, a citation, a reprint credit). Where every taking is drawn its way by convention only (the same text on one
 * day, undated), each may as well have printed it from a common source (a wire, a press release) as from the other:
 * that shared text is stated as a copy (uncreditedCopy.ts, syndication.ts), and "traces back to X" or "rests on another
 * article of the case" would tell an order nothing shows.
 */
export function takenInOrder(graph: FindingInputs["graph"], claim: ClaimAnalysis, derived: readonly string[]): boolean {
  return derived.some((a) => (claim.derivedFrom[a] ?? []).some((t) => !unorderedTaking(graph, a, t)));
}

/** Whether every edge by which `from` takes from `to` is drawn that way by convention only (orientedBy "none"): either may be first. */
function unorderedTaking(graph: FindingInputs["graph"], from: string, to: string): boolean {
  const edges = takingEdges(graph, from, to);
  return edges.length > 0 && edges.every((e) => (graph.getEdgeAttributes(e) as { orientedBy?: string }).orientedBy === "none");
}

/** Articles named by example where some tell the claim with another figure: the rest are counted. */
const FIGURE_EXAMPLES = 2;

/**
 * " 2 of them tell it with another figure (X: "17 people" where Y said "12 people")": the presenters whose stance notes
 * another figure for what the claim counts. They repeat the claim, so they count among its repetitions; the changed
 * figure is what a reader checks next.
 */
function otherFigureWords(inputs: FindingInputs, claims: readonly ClaimAnalysis[], asTrue: readonly string[]): string {
  const notes = asTrue.flatMap((a) => {
    const note = claims.map((c) => stanceOf(c, a)?.otherFigure).find((n) => n !== undefined);
    return note ? [{ article: a, note }] : [];
  });
  if (notes.length === 0) return "";
  const shown = notes.slice(0, FIGURE_EXAMPLES).map(({ article, note }) => `${articleName(inputs.graph, article)}: "${note.here.text}" where ${articleName(inputs.graph, note.claim.article)} said "${note.claim.text}"`);
  const more = notes.length > FIGURE_EXAMPLES ? `; and ${notes.length - FIGURE_EXAMPLES} more` : "";
  return ` ${notes.length} of them ${notes.length === 1 ? "tells" : "tell"} it with another figure (${shown.join("; ")}${more}).`;
}

/** One independent source as the count names it. */
interface CountedSource {
  name: string;
  unnamed: boolean;
  /** Where no first report names it, a later article adds it: the outlet that relayed it there, if any (null: none named). */
  added?: string | null;
}

/** A first report as named in a sentence, and the articles that may have printed the claim before it (nothing orders their copy of it). */
interface FirstReport {
  name: string;
  orElse: readonly string[];
}

/** What the count of an amplification finding says. */
interface AmplificationCount {
  /** Articles presenting the claim as true. */
  articles: number;
  /** The first reports among them (taken from no other article of the case), as named in a sentence, each with the takers that may have printed it first instead (a copy nothing orders). */
  first: readonly FirstReport[];
  /** Articles that took the claim from another article of the case. */
  taken: number;
  /** The independent sources all of them rest on, the first reports' before those later articles added. */
  sources: readonly CountedSource[];
}

/** "a harbour official (unnamed; added by a later article, relayed by Coast Ledger)": what a reader needs to weigh one source. */
function countedSourceWords(s: CountedSource): string {
  const notes = [...(s.unnamed ? ["unnamed"] : []), ...(s.added !== undefined ? [`added by a later article${s.added ? `, relayed by ${s.added}` : ""}`] : [])];
  return notes.length > 0 ? `${s.name} (${notes.join("; ")})` : s.name;
}

/**
 * The count in plain words, for a reader who points at the case: which articles told it first, how many took it from
 * those, and the few sources behind them all, each first report and each source named once. ("11 articles, 2 origins,
 * 3 independent sources" left a teacher to work out what an origin is; an older opening, "every version traces back
 * to X and its sources (…)", named the first report and its sources a second time before this count.)
 */
function countWords(count: AmplificationCount): { first: string; sources: string } {
  const { articles, first, taken, sources } = count;
  const taking = `the other ${taken === 1 ? "one" : taken} took it from an article of the case (a copy, a quotation or a credit), not from a source of their own.`;
  const unsure = (f: FirstReport) => (f.orElse.length === 0 ? f.name : `${f.name} (or ${listWords(f.orElse, "or")}: nothing in the case tells which printed it first)`);
  const only = first[0];
  // One first report that a copy nothing orders may have come before: say the two, not "X (25 May) (or Y (undated): …)".
  const firstWords =
    only === undefined
      ? "Each of them took it from another of them."
      : first.length > 1
        ? `Only ${first.length} of them, ${listWords(first.map(unsure))}, tell it first; ${taking}`
        : only.orElse.length > 0
          ? `Only one of them tells it first: ${only.name} or ${listWords(only.orElse, "or")}, for nothing in the case tells which printed it first. ${taking.charAt(0).toUpperCase()}${taking.slice(1)}`
          : `Only one of them, ${only.name}, tells it first; ${taking}`;
  const named = sources.map(countedSourceWords);
  return { first: firstWords, sources: `All ${articles} rest on ${sources.length} independent source${sources.length === 1 ? "" : "s"}${named.length > 0 ? `: ${listWords(named)}` : ""}.` };
}

/** The finding for claims that rest on the same first reports (one claim, most often), with the sources of them all. */
function amplificationFinding(inputs: FindingInputs, group: readonly Amplified[]): Finding {
  const { graph } = inputs;
  const { origins, untrueRoots } = group[0]!;
  // The sources of all the claims: one may rest on the origin's sources, another on its own word.
  const fromOrigins = new Set(group.flatMap((g) => [...g.fromOrigins]));
  const added = new Map(group.flatMap((g) => [...g.added]).filter(([k]) => !fromOrigins.has(k)));
  const claims = group.map((g) => g.claim);
  const asTrue = [...new Set(group.flatMap((g) => g.asTrue))];
  const trueSet = new Set(asTrue);
  const derived = asTrue.filter((a) => group.some((g) => g.derived.includes(a)));
  const outlets = new Set(asTrue.map((a) => outletOfArticle(graph, a) ?? a));
  const derivedFrom = (a: string) => [...new Set(claims.flatMap((c) => c.derivedFrom[a] ?? []))];
  // An origin whose taker's copy is drawn its way only by convention (nothing orders the two) may be the copy: say so.
  const originNames = origins.map((o): FirstReport => ({
    name: articleName(graph, o),
    orElse: derived.filter((a) => derivedFrom(a).includes(o) && unorderedTaking(graph, a, o)).map((a) => articleName(graph, a)),
  }));
  // An origin that states the claim on its own word has its outlet as its source: named "X's own word", not "X".
  const ownWord = new Set(origins.map((o) => outletOfArticle(graph, o)));
  const isAnonymous = (k: string) => graph.hasNode(k) && (graph.getNodeAttributes(k) as { sourceType?: string }).sourceType === "anonymous";
  const alikeAndFigures = (group.map((g) => alikeWords(graph, g.claim)).find((w) => w !== "") ?? "") + otherFigureWords(inputs, claims, asTrue);
  const against = new Set(claims.flatMap((c) => c.reportedFalse ?? []).filter((a) => !trueSet.has(a))).size;
  const one = claims.length === 1;
  const it = one ? "it" : "them";
  // Beyond two, the first (the story's most repeated claim) stands for the rest: a list of sentences is no finding.
  const what = one ? `The claim "${claims[0]!.label}"` : claims.length === 2 ? `The claims ${listWords(claims.map((c) => `"${c.label}"`))}` : `The claim "${claims[0]!.label}" and ${claims.length - 1} more of the same story`;
  const presented = `${what} ${one ? "is" : "are"} presented as true in ${asTrue.length} articles from ${outlets.size} outlet${outlets.size === 1 ? "" : "s"}`;
  let explanation: string;
  if (untrueRoots.length > 0) {
    const newSources = [...added].map(([k, via]) => sourcePhrase(graph, k, via));
    const addedWords = newSources.length === 0 ? "No later article adds a source of its own." : `The only new source${newSources.length === 1 ? " is" : "s are"} ${listWords(newSources)}.`;
    explanation =
      `${presented}, but every one of them traces back to ${listWords(untrueRoots.map((o) => articleName(graph, o)))}, which report${untrueRoots.length === 1 ? "s" : ""} ${it} as false, satire or doubtful. ` +
      `${addedWords}${alikeAndFigures} ${asTrue.length} articles present ${it} as news, and not one of them found ${it} out for itself: the repetition is not confirmation.`;
  } else {
    const sources: CountedSource[] = [
      ...[...fromOrigins].map((k) => ({ name: ownWord.has(k) ? `${nodeLabel(graph, k)}'s own word` : nodeLabel(graph, k), unnamed: isAnonymous(k) })),
      ...[...added].map(([k, via]) => ({ name: nodeLabel(graph, k), unnamed: isAnonymous(k), added: via ? nodeLabel(graph, via) : null })),
    ];
    const count = countWords({ articles: asTrue.length, first: originNames, taken: derived.length, sources });
    explanation =
      `${presented}${against > 0 ? ` (${against} more report${against === 1 ? "s" : ""} ${it} as false or doubtful)` : ""}. ${count.first} ${count.sources}${alikeAndFigures} ` +
      `${asTrue.length} articles, but not ${asTrue.length} separate confirmations.`;
  }
  return {
    id: `single_source_amplification:${claims[0]!.key}`,
    type: "single_source_amplification",
    articles: [...origins, ...untrueRoots, ...derived],
    claim: claims[0]!.key,
    explanation,
    evidence: claims.flatMap((c) => claimEvidence(c)).filter((e) => trueSet.has(e.article)),
    edges: [...new Set(derived.flatMap((a) => derivedFrom(a).flatMap((t) => takingEdges(graph, a, t))))],
  };
}
