/** number_drift, attribution_drift and unsupported_attribution from the drift the reuse stage found. */
import type { DriftEvidence } from "../../align/types.ts";
import { reuseOrderKnown, type EdgeDirection, type Evidence, type Finding, type ProvenanceGraph, type ReuseEdgeAttrs } from "../../graph/types.ts";
import { compareArticles } from "../trace.ts";
import { edgeKeys, outletOfArticle, takingEdges, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, nodeLabel, quoteSnippet } from "./wording.ts";
import { namesCredited } from "./creditNamed.ts";
import { disjointSets } from "../../core/disjointSets.ts";

type NumberDrift = Extract<DriftEvidence, { type: "number_drift" }>;

/**
 * What changed between two printings of one figure, in a reader's words: the number itself, or only the words around
 * an unchanged number ("As many as 72 children" → "72 children": the hedge was dropped, the count was not changed).
 * The reuse stage pairs one number only where its qualifier moved (align/drift.ts), so the two qualifiers differ.
 * Where nothing orders the two, it says how they differ, not which way.
 */
function whatChanged(d: NumberDrift, ordered: boolean): string {
  const was = d.earlier.qualifier.toLowerCase();
  const now = d.later.qualifier.toLowerCase();
  if (d.later.value !== d.earlier.value) return ordered ? "The number changed on the way" : "The numbers differ";
  if (!ordered) return was === "" || now === "" ? `The figure is the same, but only one says "${was || now}"` : `The figure is the same, but one says "${was}" and the other "${now}"`;
  if (now === "") return `The figure is the same, but "${was}" was dropped on the way`;
  if (was === "") return `The figure is the same, but "${now}" was added on the way`;
  return `The figure is the same, but "${was}" became "${now}" on the way`;
}

/** A syndication credit of one article naming the other's outlet ("This article first appeared on X"): it republishes X's story. */
function republishing(graph: ProvenanceGraph, later: string, earlier: string): string[] {
  const outlet = outletOfArticle(graph, earlier);
  return outlet && graph.hasNode(later) ? edgeKeys(graph, "republishes", later, outlet) : [];
}

/** Whether the case tells which of two articles printed first: a citation or a syndication credit between them, or a reuse whose order the dates or the texts give. */
function pairOrdered(graph: ProvenanceGraph, a: string, b: string): boolean {
  if (republishing(graph, a, b).length > 0 || republishing(graph, b, a).length > 0) return true;
  return [...takingEdges(graph, a, b), ...takingEdges(graph, b, a)].some((k) => {
    const e = graph.getEdgeAttributes(k);
    return e.kind === "cites" || reuseOrderKnown(e as { direction?: EdgeDirection; orientedBy?: ReuseEdgeAttrs["orientedBy"] });
  });
}

/** Plain words for a drift, naming articles the way a reader knows them. */
export function driftExplanation(graph: ProvenanceGraph, d: DriftEvidence): string {
  const later = articleName(graph, d.articles[0]);
  const earlier = articleName(graph, d.articles[1]);
  switch (d.type) {
    case "number_drift":
      // Which retold which is said only where the case tells; else both printings are set side by side.
      return pairOrdered(graph, d.articles[0], d.articles[1])
        ? `${earlier} wrote "${d.earlier.span.text}"; ${later} retells it as "${d.later.span.text}". ${whatChanged(d, true)}, and nobody new counted.`
        : `${earlier} prints "${d.earlier.span.text}" and ${later} prints "${d.later.span.text}", one retelling the other; which came first cannot be told. ${whatChanged(d, false)}, and nobody new counted.`;
    case "attribution_drift": {
      const who = (k: string) => (k === "none" ? "no one" : nodeLabel(graph, k));
      return `${earlier} credits this to ${who(d.earlierSource)}; ${later} credits it to ${who(d.laterSource)}. The statement is the same, but who it is said to come from changed.`;
    }
    case "unsupported_attribution":
      return `${later} credits ${earlier} with "${quoteSnippet(d.clause.text, 16)}", but ${earlier} says no such thing${d.closest && d.support >= 0.35 ? ` (its closest sentence: "${quoteSnippet(d.closest.text, 20)}")` : ""}. Check what a cited report actually says before repeating it.`;
  }
}

/**
 * Whether each credit an attribution drift sets side by side is named in its own sentence (creditNamed.ts): a sentence
 * whose only mention of the source is a word referring back ("He said: …") credits whomever the reading resolved it
 * to, and "X credits this to Y" would rest on that resolution, not on the article's words. A credit to no one names no one.
 */
function creditsNamed(inputs: FindingInputs, d: Extract<DriftEvidence, { type: "attribution_drift" }>): boolean {
  const named = (article: string, key: string, sentence: { text: string }) => {
    if (key === "none") return true;
    const source = inputs.readings.get(article)?.sources.find((s) => s.key === key);
    return source !== undefined && namesCredited(sentence.text, source);
  };
  return named(d.articles[0], d.laterSource, d.sentences[0]) && named(d.articles[1], d.earlierSource, d.sentences[1]);
}

/** Drift found by the reuse stage: numbers, attributions, and claims a cited article never made (one finding per claim, however many articles repeat it). */
export function drift(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  const unsupported = new Map<string, Finding>();
  const moved = new Map<string, { finding: Finding; laters: string[] }>();
  const retold: Retold[] = [];
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
      if (!creditsNamed(inputs, d)) return;
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
    retold.push({
      d,
      finding: {
        id: `${d.type}:${later}:${earlier}:${i}`,
        type: d.type,
        articles: [earlier, later],
        explanation: driftExplanation(graph, d),
        evidence: [{ article: earlier, ...d.sentences[1] }, { article: later, ...d.sentences[0] }],
        edges: [...edges, ...republishing(graph, later, earlier)],
      },
    });
  });
  for (const group of oneChange(retold)) findings.push(repeatedChange(graph, group));
  return findings;
}

type Retold = { d: NumberDrift; finding: Finding };

/**
 * Number-drift pairs that are one change: one earlier figure retold with one new value by several articles (made once,
 * then repeated: the repetition is no confirmation of the new value), or one article's new value set against the same
 * figure in several earlier articles that print it.
 */
function oneChange(pairs: readonly Retold[]): Retold[][] {
  const joined = disjointSets(pairs.length);
  const byKey = new Map<string, number>();
  pairs.forEach(({ d }, i) => {
    const keys = [`e\u0000${d.articles[1]}\u0000${d.earlier.span.start}\u0000${d.later.value}`, `l\u0000${d.articles[0]}\u0000${d.later.span.start}\u0000${d.earlier.value}`];
    for (const k of keys) {
      const j = byKey.get(k);
      if (j === undefined) byKey.set(k, i);
      else joined.join(i, j);
    }
  });
  return joined.sets(pairs);
}

/**
 * The pair findings of one change, as one finding: the articles that printed the figure (the first of them by date,
 * else by what the texts say of each other), the first to change it, and the articles that repeat the changed figure.
 */
function repeatedChange(graph: ProvenanceGraph, group: readonly Retold[]): Finding {
  if (group.length === 1) return group[0]!.finding;
  const inOrder = (ids: string[]) => [...new Set(ids)].sort((x, y) => compareArticles(graph, x, y));
  const earliers = inOrder(group.map((x) => x.d.articles[1]));
  const laters = inOrder(group.map((x) => x.d.articles[0])).filter((a) => !earliers.includes(a));
  const first = group.find((x) => x.d.articles[1] === earliers[0] && x.d.articles[0] === laters[0]) ?? group.find((x) => x.d.articles[0] === laters[0]) ?? group[0]!;
  const { d, finding } = first;
  const [changer, ...repeaters] = laters;
  const also = earliers.filter((a) => a !== d.articles[1]);
  const evidence = [...finding.evidence];
  for (const x of group) for (const e of x.finding.evidence) if (!evidence.some((o) => o.article === e.article && o.start === e.start)) evidence.push(e);
  return {
    ...finding,
    articles: [d.articles[1], ...also, ...(changer ? [changer] : []), ...repeaters],
    explanation:
      `${articleName(graph, d.articles[1])} wrote "${d.earlier.span.text}"${also.length > 0 ? ` (as ${listWords(also.map((a) => articleName(graph, a)))} also print${also.length === 1 ? "s" : ""})` : ""}; ` +
      `${articleName(graph, d.articles[0])} retells it as "${d.later.span.text}"` +
      (repeaters.length > 0 ? `, and ${listWords(repeaters.map((a) => articleName(graph, a)))} repeat${repeaters.length === 1 ? "s" : ""} the changed figure. ${whatChanged(d, true)}; repeating it is no confirmation, and nobody new counted.` : `. ${whatChanged(d, true)}, and nobody new counted.`),
    evidence,
    edges: [...new Set(group.flatMap((x) => x.finding.edges ?? []))],
  };
}
