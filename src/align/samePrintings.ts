/**
 * Which articles print a quotation's words unchanged: the passages classified "quote_same", kept under each of the two
 * articles they join. Asking whether another article prints an article's words alike then reads that article's own
 * printings, not every classified passage of the case (at wire scale, a scan of all of them per altered quotation).
 */
import type { Span } from "../core/spans.ts";

/** What the index reads of a classified passage: its kind, the two articles, and the span on each side. */
export interface Printing {
  kind: string;
  later: string;
  earlier: string;
  full: { from: Span; to: Span };
}

export class SamePrintings<P extends Printing> {
  private readonly byArticle = new Map<string, Set<P>>();

  /** Indexes `printings` (only the "quote_same" ones are kept). */
  constructor(printings: Iterable<P> = []) {
    for (const p of printings) this.add(p);
  }

  add(p: P): void {
    if (p.kind !== "quote_same") return;
    for (const article of [p.later, p.earlier]) {
      const set = this.byArticle.get(article);
      if (set) set.add(p);
      else this.byArticle.set(article, new Set([p]));
    }
  }

  /** Forgets a printing added before (one whose classification was replaced). */
  remove(p: P): void {
    this.byArticle.get(p.later)?.delete(p);
    this.byArticle.get(p.earlier)?.delete(p);
  }

  /**
   * True when some "quote_same" passage has `article` on one side, overlapping `span` there, and an article other than
   * `except` on the other side.
   */
  printedSame(article: string, span: Span, except: string): boolean {
    for (const d of this.byArticle.get(article) ?? []) {
      if (d.later === article && d.earlier !== except && overlapping(d.full.from, span)) return true;
      if (d.earlier === article && d.later !== except && overlapping(d.full.to, span)) return true;
    }
    return false;
  }
}

/** Spans sharing at least one character (a positive overlap length). */
function overlapping(a: Span, b: Span): boolean {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start) > 0;
}
