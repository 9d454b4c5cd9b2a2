/** The alignment stage in one call: shared passages between the articles of a case, their reuse relations and drift evidence. */
import { dateMidpoint } from "../core/dates.ts";
import { outletKey, type OutletRegistry } from "../core/outlets.ts";
import { CONFIDENT } from "../graph/types.ts";
import type { CleanArticle } from "../clean/types.ts";
import type { ArticleReading } from "../extract/types.ts";
import { DEFAULT_ALIGN_OPTIONS, alignDocuments } from "./align.ts";
import { classifyReuse, reuseContext } from "./classify.ts";
import { speakerQuoteRelations } from "./speakerQuotes.ts";
import { translatedQuoteRelations } from "./translatedQuotes.ts";
import { translationVariants } from "./translationVariants.ts";
import { withoutEarlierChanges } from "./earlierChange.ts";
import { withoutOtherOccasions } from "./quoteOccasion.ts";
import { findDrift } from "./drift.ts";
import type { WordMatches } from "./tokens.ts";
import type { AlignOptions, ReuseAnalysis } from "./types.ts";

// Body words kept from the aligner for the drift finder, in all (about 16 bytes a word); past that it reads a body itself.
const BODY_WORDS_KEPT = 4_000_000;

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
  const rank = earliestFirst(articles, readings, registry);
  // Each body's words as the aligner reads them, for the drift finder (word frequencies, sentences' words).
  const bodyWords: (WordMatches | undefined)[] = [];
  let kept = 0;
  const { pairs, stats } = alignDocuments(
    articles.map((a, i) => ({ id: a.meta.id, text: a.body, rank: rank[i] as number })),
    chosen,
    undefined,
    (i, words) => {
      if (kept + words.size > BODY_WORDS_KEPT) return;
      bodyWords[i] = words;
      kept += words.size;
    },
  );
  const inputs = { articles, readings, pairs, ...(registry ? { registry } : {}) };
  const context = reuseContext(inputs);
  const aligned = classifyReuse(inputs, context);
  const byArticle = new Map(readings.map((r) => [r.article, r]));
  // A foreign speaker's words rendered in two wordings are two translations, not a quotation reprinted or altered.
  // A quotation changed only in the earlier printing was not altered by the later one.
  const matched = withoutEarlierChanges(articles, translationVariants(articles, byArticle, [...aligned, ...speakerQuoteRelations(articles, byArticle, context, aligned)]));
  // Two quotations the texts give as said in different media (a post, a speech) are two utterances, not one altered.
  const relations = withoutOtherOccasions(articles, byArticle, [...matched, ...translatedQuoteRelations(articles, byArticle, context, matched)]);
  const drift = findDrift({ articles, readings, relations, bodyWords });
  return { pairs, relations, drift, stats, orderedAfter: Object.fromEntries([...context.articleOrder.after].map(([k, v]) => [k, [...v]])) };
}

/**
 * Each article's place when the case is ordered earliest first, as the aligner leads a group of reprints by it: by date
 * (undated last), then by how many articles of the case credit its outlet (a wire story before the papers that reprint
 * it on the same day), then in case order.
 */
function earliestFirst(articles: readonly CleanArticle[], readings: readonly ArticleReading[], registry?: OutletRegistry): Int32Array {
  const outletOf = (name: string | undefined) => (name ? outletKey(registry?.byName(name)?.name ?? name) : undefined);
  const credits = new Map<string, number>();
  const ownOutlet = new Map(articles.map((a) => [a.meta.id, outletOf(a.meta.outlet)]));
  for (const r of readings) {
    const named = new Set([...r.syndication.map((s) => s.outlet), ...r.attributions.filter((at) => at.confidence >= CONFIDENT).map((at) => at.outlet)]);
    named.delete(ownOutlet.get(r.article) as string);
    for (const o of named) credits.set(o, (credits.get(o) ?? 0) + 1);
  }
  const when = articles.map((a) => (a.meta.published ? dateMidpoint(a.meta.published) : Infinity));
  const credited = articles.map((a) => credits.get(ownOutlet.get(a.meta.id) ?? "") ?? 0);
  const order = articles.map((_, i) => i).sort((x, y) => (when[x] === when[y] ? 0 : (when[x] as number) < (when[y] as number) ? -1 : 1) || (credited[y] as number) - (credited[x] as number) || x - y);
  const rank = new Int32Array(articles.length);
  order.forEach((doc, position) => (rank[doc] = position));
  return rank;
}
