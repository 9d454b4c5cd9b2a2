/**
 * The analysis stages' inputs as the reviewed graph says: citations, sources, syndication credits and reuse relations
 * whose edge a person rejected are left out, those a person added are put in, merged nodes answer to one key. Claims,
 * support (independent sources) and findings are computed from these, so they follow the review. Pure.
 */
import type { DriftEvidence, ReuseRelation } from "../align/types.ts";
import { overlaps, type TextSpan } from "../core/spans.ts";
import type { ArticleReading, Attribution, SourceMention } from "../extract/types.ts";
import type { EdgeAttrs, Evidence, ProvenanceGraph, ReuseEdgeAttrs } from "../graph/types.ts";
import { isLive } from "./live.ts";

export interface ReviewedInputs {
  readings: ArticleReading[];
  relations: ReuseRelation[];
  drift: DriftEvidence[];
}

function sameSpan(e: Evidence, s: TextSpan): boolean {
  return e.start === s.start && e.end === s.end;
}

/** The out-edges of an article of one kind whose evidence holds this span. */
function edgesResting(graph: ProvenanceGraph, article: string, kind: EdgeAttrs["kind"], span: TextSpan): EdgeAttrs[] {
  if (!graph.hasNode(article)) return [];
  return graph
    .outEdges(article)
    .map((e) => graph.getEdgeAttributes(e))
    .filter((a) => a.kind === kind && (a.evidence ?? []).some((e) => e.article === article && sameSpan(e, span)));
}

/** Every key merged into another, to the key it now answers to. */
function mergedKeys(graph: ProvenanceGraph): Map<string, string> {
  const map = new Map<string, string>();
  graph.forEachNode((key, a) => {
    for (const k of (a as { mergedFrom?: string[] }).mergedFrom ?? []) map.set(k, key);
  });
  return map;
}

function sentenceAround(reading: ArticleReading, span: Evidence): TextSpan {
  return reading.sentences.find((s) => overlaps(s, span)) ?? { start: span.start, end: span.end, text: span.text };
}

/** Readings, relations and drift as the reviewed graph has them. */
export function reviewedInputs(graph: ProvenanceGraph, readings: readonly ArticleReading[], relations: readonly ReuseRelation[], drift: readonly DriftEvidence[]): ReviewedInputs {
  const merged = mergedKeys(graph);
  const key = (k: string): string => merged.get(k) ?? k;
  const labelOf = (k: string): string => (graph.hasNode(k) ? graph.getNodeAttribute(k, "label") : k);
  const edgeOf = (from: string, kind: string, to: string): EdgeAttrs | undefined => {
    const k = `${from}->${kind}->${to}`;
    return graph.hasEdge(k) ? graph.getEdgeAttributes(k) : undefined;
  };

  const out = readings.map((r): ArticleReading => {
    const rejectedSources = new Set(r.sources.map((s) => key(s.key)).filter((k) => !isLive(edgeOf(r.article, "quotes", k))));
    const attributions: Attribution[] = r.attributions
      .filter((a) => edgesResting(graph, r.article, "cites", a.span).every(isLive))
      .map((a) => {
        const outlet = key(a.outlet);
        return {
          ...a,
          outlet,
          ...(outlet !== a.outlet ? { outletName: labelOf(outlet) } : {}),
          ...(a.citingSource ? { citingSource: key(a.citingSource) } : {}),
        };
      })
      .filter((a) => !a.citingSource || !rejectedSources.has(a.citingSource));
    const sources: SourceMention[] = [];
    for (const s of r.sources) {
      const k = key(s.key);
      if (rejectedSources.has(k)) continue;
      const moved = { ...s, key: k, ...(s.via ? { via: key(s.via) } : {}) };
      const same = sources.find((x) => x.key === k);
      if (same) same.mentions = [...same.mentions, ...moved.mentions];
      else sources.push(moved);
    }
    const quotations = r.quotations.map((q) => {
      if (!q.speaker) return q;
      const k = key(q.speaker);
      if (rejectedSources.has(k)) {
        const { speaker: _s, speakerSpan: _p, ...rest } = q;
        return rest;
      }
      return { ...q, speaker: k };
    });
    const syndication = r.syndication.filter((s) => edgesResting(graph, r.article, "republishes", s.evidence).every(isLive)).map((s) => ({ ...s, outlet: key(s.outlet) }));

    // What a person added from this article.
    if (graph.hasNode(r.article)) {
      graph.forEachOutEdge(r.article, (_e, a, _s, target) => {
        if (a.review !== "added") return;
        const ev = (a.evidence ?? [])[0];
        if (!ev) return;
        const t = graph.getNodeAttributes(target);
        if (a.kind === "cites") {
          const outlet = t.kind === "article" ? t.outlet : target;
          attributions.push({
            frame: "reported",
            span: { start: ev.start, end: ev.end, text: ev.text },
            sentence: sentenceAround(r, ev),
            outlet,
            outletName: labelOf(outlet),
            ...(t.kind === "article" ? { article: target } : {}),
            confidence: 1,
            rule: "review",
          });
        } else if (a.kind === "quotes" && t.kind === "source") {
          const mention = { start: ev.start, end: ev.end, text: ev.text };
          const same = sources.find((x) => x.key === target);
          if (same) same.mentions = [...same.mentions, mention];
          else sources.push({ key: target, name: t.label, type: t.sourceType, mentions: [mention] });
        } else if (a.kind === "republishes") {
          syndication.push({ outlet: target, outletName: labelOf(target), evidence: { start: ev.start, end: ev.end, text: ev.text } });
        }
      });
    }
    return { ...r, attributions, sources, quotations, syndication };
  });

  const kept = relations.filter((rel) => isLive(edgeOf(rel.from, rel.kind, rel.to)));
  graph.forEachEdge((_e, a, source, target) => {
    if (a.review !== "added" || (a.kind !== "copies" && a.kind !== "quotes_same" && a.kind !== "alters_quote")) return;
    const r = a as ReuseEdgeAttrs;
    kept.push({ kind: r.kind, from: source, to: target, direction: r.direction, orientedBy: r.orientedBy ?? "none", passages: r.passages, credited: r.credited ?? false, sharedWith: r.sharedWith ?? [] });
  });

  // Drift rests on what links the two articles: an unsupported attribution on the citation (of the article or its
  // outlet), a changed number or attribution on any link. When a person rejected every such link, the drift goes too.
  const rejectedAll = (later: string, earlier: string, citationsOnly: boolean): boolean => {
    if (!graph.hasNode(later) || !graph.hasNode(earlier)) return false;
    const e = graph.getNodeAttributes(earlier);
    const targets = new Set([earlier, ...(citationsOnly && e.kind === "article" ? [e.outlet] : [])]);
    const links = graph
      .outEdges(later)
      .filter((k) => targets.has(graph.target(k)))
      .map((k) => graph.getEdgeAttributes(k))
      .filter((a) => (citationsOnly ? a.kind === "cites" : a.kind !== "published_by"));
    return links.length > 0 && !links.some(isLive);
  };
  const driftKept = drift.filter((d) => !rejectedAll(d.articles[0], d.articles[1], d.type === "unsupported_attribution"));
  return { readings: out, relations: kept, drift: driftKept };
}
