/** uncredited_copy: reporting text taken from another article without naming it. */
import { orderReason, reuseOrderKnown, type Finding, type FindingType } from "../../graph/types.ts";
import type { ReuseRelation } from "../../align/types.ts";
import { confident, edgeKeys, type FindingInputs } from "./inputs.ts";
import { articleName, listWords, withArticleNames } from "./wording.ts";

/** Words of shared reporting text below which an uncredited copy is not stated. */
export const MIN_UNCREDITED_WORDS = 25;

/** Text taken from an earlier article without naming it; where the wording shows the path, the chain it travelled. */
export function uncreditedCopies(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  // Relations by their earlier side's article, and the (later, earlier) pairs related: the path of each copy is looked
  // up, not searched for through every relation twice over (cubic in the relations of a case of reprints).
  const relationsFrom = new Map<string, ReuseRelation[]>();
  const relatedPairs = new Set<string>();
  for (const u of inputs.relations) {
    const list = relationsFrom.get(u.from);
    if (list) list.push(u);
    else relationsFrom.set(u.from, [u]);
    relatedPairs.add(`${u.from}\u0000${u.to}`);
  }
  return inputs.relations
    // A shared run shorter than a few sentences is as likely a common source's phrasing as a copy worth stating.
    .filter((r) => r.kind === "copies" && !r.credited && r.passages.reduce((n, p) => n + p.from.text.split(/\s+/).length, 0) >= MIN_UNCREDITED_WORDS)
    .map((r) => {
      const words = r.passages.reduce((n, p) => n + p.from.text.split(/\s+/).length, 0);
      const credits = [...new Set(inputs.readings.get(r.from)?.attributions.filter((a) => !a.interview && confident(a.confidence)).map((a) => a.outletName) ?? [])];
      // The path: r.to took the text from an earlier article that r.from also shares it with, yet r.from follows r.to's wording.
      const upstream = r.via ? relationsFrom.get(r.to)?.find((u) => relatedPairs.has(`${r.from}\u0000${u.to}`)) : undefined;
      const path = upstream
        ? ` Where both earlier articles printed the text, it follows the wording only ${articleName(graph, r.to)} printed, so the text travelled ${articleName(graph, upstream.to)} → ${articleName(graph, r.to)} → ${articleName(graph, r.from)}.`
        : r.via
          ? ` ${withArticleNames(graph, r.via)}`
          : "";
      return {
        id: `uncredited_copy:${r.from}:${r.to}`,
        type: "uncredited_copy" as FindingType,
        articles: [r.from, r.to],
        explanation: reuseOrderKnown(r)
          ? `${articleName(graph, r.from)} reuses ${r.passages.length} passage${r.passages.length === 1 ? "" : "s"} (${words} words) of ${articleName(graph, r.to)} without naming it${credits.length > 0 ? `; it credits ${listWords(credits)} instead` : ""}.${r.orientedBy === "doubled_passage" ? ` The dates do not order them; ${orderReason(r.orientedBy, articleName(graph, r.from), articleName(graph, r.to))}.` : ""}${path}`
          : `${articleName(graph, r.from)} and ${articleName(graph, r.to)} share ${r.passages.length} passage${r.passages.length === 1 ? "" : "s"} (${words} words) of the same reporting text, and neither names the other${credits.length > 0 ? ` (${articleName(graph, r.from)} credits ${listWords(credits)})` : ""}. Which copied which cannot be told from the dates; one took the text from the other, or both from a common source, uncredited.${path}`,
        evidence: r.passages.slice(0, 4).flatMap((p) => [p.from, p.to]),
        edges: [...edgeKeys(graph, "copies", r.from, r.to), ...(upstream ? edgeKeys(graph, upstream.kind, upstream.from, upstream.to) : [])],
      };
    });
}
