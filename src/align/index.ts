/** The alignment stage in one call: shared passages between the articles of a case, their reuse relations and drift evidence. */
import type { OutletRegistry } from "../core/outlets.ts";
import type { CleanArticle } from "../clean/types.ts";
import type { ArticleReading } from "../extract/types.ts";
import { DEFAULT_ALIGN_OPTIONS, alignDocuments } from "./align.ts";
import { classifyReuse, reuseContext } from "./classify.ts";
import { speakerQuoteRelations } from "./speakerQuotes.ts";
import { findDrift } from "./drift.ts";
import type { AlignOptions, ReuseAnalysis } from "./types.ts";

/** Up to this many articles, candidate pairs need only one shared fingerprint. */
export const SMALL_CASE = 2000;

/** Aligns the cleaned bodies of a case, classifies what they share and finds drift; `readings` may be empty (no quotations known). */
export function analyseReuse(
  articles: readonly CleanArticle[],
  readings: readonly ArticleReading[],
  registry?: OutletRegistry,
  options?: AlignOptions,
): ReuseAnalysis {
  // A case of a few hundred articles can afford to align every pair with one shared fingerprint (a lone 8–12 word
  // overlap); a corpus keeps the default of two, which cuts chance candidates by an order of magnitude.
  const chosen = options ?? (articles.length <= SMALL_CASE ? { ...DEFAULT_ALIGN_OPTIONS, minSharedFingerprints: 1 } : DEFAULT_ALIGN_OPTIONS);
  const { pairs, stats } = alignDocuments(
    articles.map((a) => ({ id: a.meta.id, text: a.body })),
    chosen,
  );
  const inputs = { articles, readings, pairs, ...(registry ? { registry } : {}) };
  const aligned = classifyReuse(inputs);
  const context = reuseContext(inputs);
  const relations = [...aligned, ...speakerQuoteRelations(articles, new Map(readings.map((r) => [r.article, r])), context, aligned)];
  const drift = findDrift({ articles, readings, relations });
  return { pairs, relations, drift, stats, orderedAfter: Object.fromEntries([...context.articleOrder.after].map(([k, v]) => [k, [...v]])) };
}
