/**
 * Where relations already found stand in each article: a later matcher (speakerQuotes.ts, translatedQuotes.ts) leaves a
 * quotation alone that a relation of the kinds it defers to already holds. Pure.
 */
import type { Span } from "../core/spans.ts";
import type { ReuseRelation } from "./types.ts";

/** Whether a span of an article overlaps a passage of one of the relations `coveredSpans` was built from. */
export type Covered = (article: string, start: number, end: number) => boolean;

/**
 * `Covered` for the passages of `relations` of the given kinds, on the given sides: `from` is the later printing, `to`
 * the one it took. The spans are kept per article, so a question looks only at its own article's spans, not at every
 * relation of the case.
 */
export function coveredSpans(relations: readonly ReuseRelation[], kinds: readonly ReuseRelation["kind"][], sides: readonly ("from" | "to")[]): Covered {
  const spans = new Map<string, Span[]>();
  for (const r of relations) {
    if (!kinds.includes(r.kind)) continue;
    for (const p of r.passages) {
      for (const side of sides) {
        const span = p[side];
        const list = spans.get(span.article);
        if (list) list.push(span);
        else spans.set(span.article, [span]);
      }
    }
  }
  return (article, start, end) => (spans.get(article) ?? []).some((s) => s.start < end && start < s.end);
}
