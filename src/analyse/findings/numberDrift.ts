/**
 * number_drift across the case: one quantity (one unit, values a retelling could turn into each other) that the
 * articles give differently — another value, a speed for an amount, another period. One finding per quantity, naming
 * every article that gives it and each version in its own words; a pair the reuse stage found inside it joins it.
 */
import { rememberFor } from "../../core/memo.ts";
import { baseValue, quantities, sameQuantities, toldDifferently, type Quantity } from "../../align/quantities.ts";
import type { Evidence, Finding } from "../../graph/types.ts";
import { compareArticles } from "../trace.ts";
import { dateOf, type FindingInputs } from "./inputs.ts";
import { articleName, listWords } from "./wording.ts";

/**
 * Every figure with a unit in the articles of the graph, on the sentences their readings give. An article's figures
 * depend on its id, body and sentences alone: kept between runs of a case by its sentence list (core/memo.ts), one
 * lookup per article instead of a body comparison and a lookup per sentence.
 */
function caseQuantities(inputs: FindingInputs): Quantity[] {
  const { graph } = inputs;
  return [...inputs.readings.values()].flatMap((r) => {
    if (!graph.hasNode(r.article)) return [];
    const a = graph.getNodeAttributes(r.article);
    return a.kind === "article" ? rememberFor("caseQuantities", r.sentences, [r.article, a.body], () => quantities(r.article, a.body, r.sentences)) : [];
  });
}

/** How a version reads in a sentence: "42 gram a day", "10 percent, of a speed". */
function versionWords(q: Quantity, group: readonly Quantity[]): string {
  const value = baseValue(q, group);
  const unit = UNIT_SYMBOLS[q.unit] ?? ` ${q.unit}${value === 1 ? "" : "s"}`;
  // A period left unsaid is no other version: it reads as the period the same figure is most often given with.
  const period = q.period ?? mostCommon(group.filter((o) => o.period && o.rate === q.rate && baseValue(o, group) === value).map((o) => o.period));
  return `${value.toLocaleString("en-GB")}${unit}${period ? ` ${period}` : ""}${q.rate ? " (of a speed)" : ""}`;
}

/** How a canonical unit is written after a figure in a finding; others are the unit's name, plural past one. */
const UNIT_SYMBOLS: Readonly<Record<string, string>> = { percent: "%", gram: " g", kilogram: " kg", calorie: " kcal" };

/** Share of the articles at or below which the versions that depart from the rest are a few retellings, named alone beside the first printers of the common version. */
const FEW_DEPARTURES = 0.2;

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Articles whose figure departs from the original: what the articles no other one of them is known to precede give, where
 * they agree; else what most articles give. Another value, a speed for an amount, or another stated period departs. The
 * order, not the count, finds the original: a changed figure repeated by many is still the change.
 */
function departing(inputs: FindingInputs, group: readonly Quantity[], articles: readonly string[]): { departs: string[]; original?: string[] } {
  const firsts = firstPrinters(inputs, articles, articles.length);
  const from = (set: readonly string[]) => (pick: (q: Quantity) => unknown) => set.map((a) => pick(group.find((q) => q.article === a)!));
  const agree = (pick: (q: Quantity) => unknown) => new Set(from(firsts)(pick)).size === 1;
  const period = mostCommon(group.flatMap((q) => (q.period ? [q.period] : [])));
  const departFrom = (base: readonly string[]) => {
    const value = mostCommon(from(base)((q) => baseValue(q, group)));
    const rate = mostCommon(from(base)((q) => q.rate));
    return articles.filter((a) => group.some((q) => q.article === a && (baseValue(q, group) !== value || q.rate !== rate || (q.period !== undefined && q.period !== period))));
  };
  if (firsts.length > 0 && firsts.length < articles.length && agree((q) => baseValue(q, group)) && agree((q) => q.rate)) {
    const departs = departFrom(firsts);
    // Only where each departing article took the story from another of these articles (a citation, a copy, a shared
    // quotation) is the earliest figure the one it changed; unrelated reports of one figure are weighed by count.
    if (departs.length > 0 && departs.every((a) => relatedWithin(inputs, a, articles))) return { departs, original: firsts.filter((a) => !departs.includes(a)).slice(0, 2) };
  }
  return { departs: departFrom(articles) };
}

/** Whether an article is joined by an edge of the graph (cites, copies, quotes the same words …) to another of the given articles. */
function relatedWithin(inputs: FindingInputs, article: string, articles: readonly string[]): boolean {
  const { graph } = inputs;
  if (!graph.hasNode(article)) return false;
  const others = new Set(articles.filter((a) => a !== article));
  return graph.someOutNeighbor(article, (n) => others.has(n)) || graph.someInNeighbor(article, (n) => others.has(n));
}

/** The first printers of the common version: articles of it that no other article of it is known to precede (dated ones where any is dated). */
function firstPrinters(inputs: FindingInputs, common: readonly string[], most = 2): string[] {
  const first = common.filter((a) => !common.some((b) => b !== a && compareArticles(inputs.graph, a, b) === 1));
  const dated = first.filter((a) => dateOf(inputs.graph, a) !== undefined);
  return (dated.length > 0 ? dated : first).slice(0, most);
}

/**
 * One finding per quantity the articles tell differently, with each article's figure as evidence. Where a few
 * articles depart from a version most give, the finding names those and the first printers of the common version;
 * where the versions are spread, every article that gives the figure. The most unsettled quantity comes first.
 */
export function quantityDrift(inputs: FindingInputs): Finding[] {
  const { graph } = inputs;
  const found: { finding: Finding; unsettled: number }[] = [];
  for (const group of sameQuantities(caseQuantities(inputs))) {
    const articles = [...new Set(group.map((q) => q.article))];
    if (articles.length < 2 || !toldDifferently(group)) continue;
    // A difference inside one article's own text is its inconsistency, not drift between articles.
    const versionsOf = new Map(articles.map((a) => [a, new Set(group.filter((q) => q.article === a).map((q) => versionWords(q, group)))]));
    const allVersions = new Set([...versionsOf.values()].flatMap((v) => [...v]));
    if ([...versionsOf.values()].every((v) => v.size === allVersions.size)) continue;
    const { departs, original } = departing(inputs, group, articles);
    const unsettled = departs.length / articles.length;
    // Where the order shows which figure came first, the finding names its first printers and every article that departs
    // from it, however many repeat the change.
    const byOrder = original !== undefined && original.length > 0 && departs.length > 0;
    const named = byOrder ? [...original, ...departs] : departs.length > 0 && unsettled <= FEW_DEPARTURES ? [...firstPrinters(inputs, articles.filter((a) => !departs.includes(a))), ...departs] : articles;
    const byVersion = new Map<string, string[]>();
    for (const q of group) {
      const v = versionWords(q, group);
      const list = byVersion.get(v) ?? [];
      if (!list.includes(q.article)) list.push(q.article);
      byVersion.set(v, list);
    }
    const parts = [...byVersion.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([v, arts]) => `"${v}" in ${listWords(arts.slice(0, 3).map((a) => articleName(graph, a)))}${arts.length > 3 ? ` and ${arts.length - 3} more` : ""}`);
    const first = group[0]!;
    const evidence: Evidence[] = named.flatMap((a) => group.filter((x) => x.article === a).slice(0, 2).map((q) => ({ article: a, ...q.span })));
    found.push({
      unsettled,
      finding: {
        id: `number_drift:${first.unit}:${baseValue(first, group)}`,
        type: "number_drift",
        articles: named,
        explanation:
          `One figure is told ${byVersion.size} ways across ${articles.length} articles: ${parts.join("; ")}. ` +
          (byOrder
            ? `${listWords(departs.map((a) => articleName(graph, a)))} depart${departs.length === 1 ? "s" : ""} from what ${listWords(original.map((a) => articleName(graph, a)))} first printed; repeating a changed figure is no confirmation, and nobody new counted.`
            : named === articles ? "The figure changed as it was retold, and nobody new counted." : `${listWords(departs.map((a) => articleName(graph, a)))} depart${departs.length === 1 ? "s" : ""} from what the others print, and nobody new counted.`),
        evidence,
        edges: [],
      },
    });
  }
  return found.sort((a, b) => b.unsettled - a.unsettled).map((f) => f.finding);
}

/**
 * Pair drifts (two articles the reuse stage compared) joined to the quantity finding that names both articles: one
 * quantity, one finding, with the pair's words added to its evidence. Pairs no quantity finding holds stay as they are.
 */
export function withPairDrift(quantityFindings: readonly Finding[], pairs: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const p of pairs) {
    const into = quantityFindings.find((f) => p.articles.every((a) => f.articles.includes(a)));
    if (into) into.evidence.push(...p.evidence.filter((e) => !into.evidence.some((x) => x.article === e.article && x.start === e.start)));
    else out.push(p);
  }
  return [...quantityFindings, ...out];
}
