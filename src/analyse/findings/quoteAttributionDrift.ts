/** attribution_drift of a quotation: the same quoted words credited to different speakers. */
import type { Finding } from "../../graph/types.ts";
import type { QuoteGroup } from "../quoteGroups.ts";
import { edgeKeys, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, nodeLabel, quoteSnippet } from "./wording.ts";

/** Groups of one quotation that no relation joins (each reached the case by its own route) are still one quotation where their words are the same. */
export function sameWords(groups: readonly QuoteGroup[]): QuoteGroup[] {
  const key = (g: QuoteGroup) =>
    (g.printings[0]?.text ?? "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
      .split(" ")
      .slice(0, 8)
      .join(" ");
  const byKey = new Map<string, QuoteGroup>();
  const out: QuoteGroup[] = [];
  for (const g of groups) {
    const k = key(g);
    const into = k.split(" ").length >= 4 ? byKey.get(k) : undefined;
    if (!into) {
      const copy = { ...g, articles: [...g.articles], relations: [...g.relations], printings: [...g.printings], speakers: new Map(g.speakers) };
      out.push(copy);
      if (k.split(" ").length >= 4) byKey.set(k, copy);
      continue;
    }
    for (const a of g.articles) if (!into.articles.includes(a)) into.articles.push(a);
    into.relations.push(...g.relations.filter((r) => !into.relations.includes(r)));
    into.printings.push(...g.printings.filter((p) => !into.printings.some((q) => q.article === p.article)));
    for (const [a, sp] of g.speakers) if (!into.speakers.has(a)) into.speakers.set(a, sp);
  }
  return out;
}

/**
 * One quotation credited to different speakers by the articles that print it (a name respelled, a speaker dropped, the
 * words given to someone else): attribution drift about the same words, not two statements.
 */
export function quoteAttributionDrift(inputs: FindingInputs, separate: readonly QuoteGroup[], already: readonly Finding[]): Finding[] {
  const { graph } = inputs;
  const findings: Finding[] = [];
  for (const g of sameWords(separate)) {
    const credited = [...g.speakers.entries()];
    const labels = new Map<string, string[]>();
    for (const [article, key] of credited) {
      const label = key ? nodeLabel(graph, key) : "no one";
      labels.set(label, [...(labels.get(label) ?? []), article]);
    }
    const named = [...labels.keys()].filter((l) => l !== "no one");
    // Drift needs a speaker somewhere and two different credits; an article naming no one beside others that name the
    // speaker has dropped the speaker.
    if (named.length === 0 || labels.size < 2) continue;
    const articles = credited.map(([a]) => a);
    if (already.some((f) => f.type === "attribution_drift" && articles.every((a) => f.articles.includes(a)))) continue;
    const parts = [...labels.entries()].map(([label, arts]) => `${listWords(arts.slice(0, 3).map((a) => articleName(graph, a)))}${arts.length > 3 ? ` and ${arts.length - 3} more` : ""} ${label === "no one" ? "credit no one" : `credit${arts.length === 1 ? "s" : ""} ${label}`}`);
    const first = g.printings[0]!;
    findings.push({
      id: `attribution_drift:quote:${first.article}:${first.start}`,
      type: "attribution_drift",
      articles,
      explanation: `The same quoted words "${quoteSnippet(first.text)}" are credited differently: ${parts.join("; ")}. The words are one statement; who it is said to come from changed as it was repeated.`,
      evidence: g.printings.slice(0, 6),
      edges: g.relations.flatMap((r) => edgeKeys(graph, r.kind, r.from, r.to)),
    });
  }
  return findings;
}
