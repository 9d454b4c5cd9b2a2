/** Pure builders of the API's article payload from a CaseAnalysis; stages that have not run (or not landed) simply contribute nothing. */
import { formatDate } from "../core/dates.ts";
import type { Span } from "../core/spans.ts";
import type { CleanArticle } from "../clean/types.ts";
import type { ArticleReading } from "../extract/types.ts";
import type { ReuseEdgeAttrs } from "../graph/types.ts";
import { outletIsGiven } from "../ingest/article.ts";
import type { CaseAnalysis } from "../pipeline.ts";
import type { ArticleView, AttributionView, QuotationView, ReusedPassageView } from "./types.ts";

/** The reading stage's output for one article, wherever the analysis keeps it (array, map or record); undefined before that stage exists. */
export function readingOf(c: CaseAnalysis, id: string): Partial<ArticleReading> | undefined {
  const readings = (c as { readings?: unknown }).readings;
  if (Array.isArray(readings)) return readings.find((r: Partial<ArticleReading> | undefined) => r?.article === id);
  if (readings instanceof Map) return readings.get(id) as Partial<ArticleReading> | undefined;
  if (readings && typeof readings === "object") return (readings as Record<string, Partial<ArticleReading>>)[id];
  return undefined;
}

/** True when a span lies inside a text of the given length (a stale offset must never reach the client's highlighter). */
function inside(span: Partial<Span> | undefined, length: number): span is Span {
  return !!span && Number.isInteger(span.start) && Number.isInteger(span.end) && span.start! >= 0 && span.start! <= span.end! && span.end! <= length;
}

function quotations(c: CaseAnalysis, reading: Partial<ArticleReading> | undefined, length: number): QuotationView[] {
  const out: QuotationView[] = [];
  for (const q of reading?.quotations ?? []) {
    if (!inside(q?.span, length)) continue;
    const label = q.speaker && c.graph.hasNode(q.speaker) ? c.graph.getNodeAttribute(q.speaker, "label") : undefined;
    out.push({ start: q.span.start, end: q.span.end, kind: q.kind, ...(q.speaker ? { speaker: q.speaker } : {}), ...(label ? { speakerLabel: label } : {}) });
  }
  return out;
}

function attributions(reading: Partial<ArticleReading> | undefined, length: number): AttributionView[] {
  const out: AttributionView[] = [];
  for (const a of reading?.attributions ?? []) {
    if (!inside(a?.span, length)) continue;
    out.push({
      start: a.span.start,
      end: a.span.end,
      frame: a.frame,
      outlet: a.outlet,
      outletName: a.outletName,
      ...(a.article ? { article: a.article } : {}),
      ...(a.citedDate ? { citedDate: a.citedDate } : {}),
    });
  }
  return out;
}

/** Passages of reuse edges that touch the article, on either end. */
function reused(c: CaseAnalysis, id: string, length: number): ReusedPassageView[] {
  const out: ReusedPassageView[] = [];
  if (!c.graph.hasNode(id)) return out;
  c.graph.forEachEdge(id, (edge, attrs, source, target) => {
    if (attrs.kind !== "copies" && attrs.kind !== "quotes_same" && attrs.kind !== "alters_quote") return;
    const reuse = attrs as ReuseEdgeAttrs;
    const role = source === id ? "copy" : "source";
    const other = source === id ? target : source;
    for (const p of reuse.passages ?? []) {
      const ev = role === "copy" ? p?.from : p?.to;
      if (!inside(ev, length)) continue;
      out.push({ start: ev.start, end: ev.end, edge, kind: reuse.kind, other, role, similarity: p.similarity });
    }
  });
  return out;
}

/** Everything the article panel shows for one article of a case. */
export function articleView(c: CaseAnalysis, article: CleanArticle): ArticleView {
  const { meta, body } = article;
  const reading = readingOf(c, meta.id);
  return {
    case: c.loaded.id,
    meta: {
      id: meta.id,
      file: meta.file,
      format: meta.format,
      ...(meta.outlet ? { outlet: meta.outlet } : {}),
      outletInferred: !outletIsGiven(meta),
      ...(meta.outletOrigin ? { outletOrigin: meta.outletOrigin } : {}),
      ...(meta.title ? { title: meta.title } : {}),
      ...(meta.titleOrigin ? { titleOrigin: meta.titleOrigin } : {}),
      ...(meta.url ? { url: meta.url } : {}),
      ...(meta.published ? { published: meta.published } : {}),
      ...(meta.publishedOrigin ? { publishedOrigin: meta.publishedOrigin } : {}),
      dateLabel: formatDate(meta.published),
      ...(meta.language ? { language: meta.language } : {}),
      ...(meta.author ? { author: meta.author } : {}),
    },
    body,
    paragraphs: article.paragraphs,
    removed: article.removed,
    creditLines: article.creditLines,
    quotations: quotations(c, reading, body.length),
    attributions: attributions(reading, body.length),
    reused: reused(c, meta.id, body.length),
  };
}
