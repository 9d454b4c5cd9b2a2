/**
 * Translation variants: two articles in one language that print one statement of a speaker who speaks another
 * (align/speakerLanguage.ts) in different words rendered it apart — "… nicht freiwillig verschwand." and "… nicht
 * freiwillig verschwunden war." are two translations, not the same quotation reprinted nor one an outlet altered. The
 * relation stays linked as an `alters_quote` of rule `quote.translation_variant`, a possible reading (like a quotation
 * matched across languages, `translatedQuotes.ts`): no recycled or altered quotation is charged on it. Renderings
 * printed word for word alike (one translation, reprinted), alike but for words one of them dropped (one translation,
 * cut by an outlet), or apart in a figure written in digits (no translator changes a figure: an alteration however
 * rendered), are left as they are, and so are printings one article took inside text it copied from the other (the
 * copier took the rendering: a word changed in it is the copier's edit). Pure.
 */
import type { CleanArticle } from "../clean/types.ts";
import type { Span } from "../core/spans.ts";
import type { ArticleReading } from "../extract/types.ts";
import { CONFIDENT, type PassagePair } from "../graph/types.ts";
import { QUOTE_IN_COPY } from "./classify.ts";
import { speakerOfQuoted, speaksAnotherLanguage } from "./speakerLanguage.ts";
import { TRANSLATED_CONFIDENCE, TRANSLATED_RULE } from "./translatedQuotes.ts";
import type { ReuseRelation } from "./types.ts";
import { contains } from "../core/spans.ts";

export const TRANSLATION_VARIANT_RULE = "quote.translation_variant";

/** The folded words of a stretch of quoted text. */
function words(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
}

/** The quotation (its whole span) of the article that holds `span`. */
function quotationAround(reading: ArticleReading, span: Span): Span | undefined {
  return reading.quotations.find((q) => q.kind === "quotation" && contains(q.span, span))?.span;
}

/**
 * The quoted words on either side of a shared stretch, to the sentence's edge inside the quotation: what each printing
 * says where the two part ("verschwand" / "verschwunden war"). Empty where the stretch reaches the edge.
 */
function edgesOf(body: string, quotation: Span, stretch: Span): { before: string; after: string } {
  const head = body.slice(quotation.start, stretch.start);
  const tail = body.slice(stretch.end, quotation.end);
  return { before: words(head.split(/[.!?]\s/u).pop() ?? ""), after: words(tail.split(/[.!?]/u)[0] ?? "") };
}

/** Whether two printings of a shared stretch go on, within the sentence, in different words on one side or the other. */
function partWays(bodies: [string, string], quotations: [Span, Span], stretches: [Span, Span]): boolean {
  const a = edgesOf(bodies[0], quotations[0], stretches[0]);
  const b = edgesOf(bodies[1], quotations[1], stretches[1]);
  return (a.after !== "" && b.after !== "" && a.after !== b.after) || (a.before !== "" && b.before !== "" && a.before !== b.before);
}

/**
 * Whether a printing's diff changes a figure written in digits: a number one side adds or drops that the other side's
 * words do not hold. Translators choose words, never figures: a changed figure is an alteration, however rendered.
 */
function changesFigure(diff: PassagePair["diff"], laterText: string, earlierText: string): boolean {
  const figures = (text: string) => new Set(text.match(/\p{N}+/gu) ?? []);
  const inLater = figures(laterText);
  const inEarlier = figures(earlierText);
  return (diff ?? []).some((d) => [...figures(d.text)].some((f) => (d.op === "insert" && !inEarlier.has(f)) || (d.op === "delete" && !inLater.has(f))));
}

/** Whether a printing's diff replaces words (a stretch dropped beside one added), not only drops or adds some. */
function swapsWords(diff: PassagePair["diff"]): boolean {
  const ops = (diff ?? []).filter((d) => d.op === "equal" || /[\p{L}\p{N}]/u.test(d.text));
  return ops.some((d, i) => (d.op === "delete" && ops[i + 1]?.op === "insert") || (d.op === "insert" && ops[i + 1]?.op === "delete"));
}

export function translationVariants(articles: readonly CleanArticle[], readings: ReadonlyMap<string, ArticleReading>, relations: readonly ReuseRelation[]): ReuseRelation[] {
  const bodyOf = new Map(articles.map((a) => [a.meta.id, a.body]));
  // Where one article copied the other's text, it took that rendering too: a word changed in it is the copier's edit.
  const copied = new Set(relations.filter((r) => r.kind === "copies").flatMap((r) => [`${r.from}\u0000${r.to}`, `${r.to}\u0000${r.from}`]));
  return relations.map((r) => {
    if ((r.kind !== "quotes_same" && r.kind !== "alters_quote") || r.rule === TRANSLATED_RULE || (r.confidence !== undefined && r.confidence < CONFIDENT)) return r;
    if (r.rule === QUOTE_IN_COPY || copied.has(`${r.from}\u0000${r.to}`)) return r;
    const from = readings.get(r.from);
    const to = readings.get(r.to);
    if (!from || !to || from.language !== to.language) return r;
    const bodies: [string, string] = [bodyOf.get(r.from) ?? "", bodyOf.get(r.to) ?? ""];
    const variant = r.passages.some((p) => {
      const speakers: [string | undefined, string | undefined] = [speakerOfQuoted(from, p.from), speakerOfQuoted(to, p.to)];
      const foreign = (speakers[0] !== undefined && speaksAnotherLanguage(from, bodies[0], speakers[0])) || (speakers[1] !== undefined && speaksAnotherLanguage(to, bodies[1], speakers[1]));
      if (!foreign) return false;
      // Two translators swap words; words only dropped from one printing (the rest alike) are an outlet's cut.
      // A figure changed is no translator's choice.
      if (r.kind === "alters_quote") return swapsWords(p.diff) && !changesFigure(p.diff, p.from.text, p.to.text);
      const quotations = [quotationAround(from, p.from), quotationAround(to, p.to)];
      return quotations[0] !== undefined && quotations[1] !== undefined && partWays(bodies, [quotations[0], quotations[1]], [p.from, p.to]);
    });
    return variant ? { ...r, kind: "alters_quote", rule: TRANSLATION_VARIANT_RULE, confidence: TRANSLATED_CONFIDENCE } : r;
  });
}
