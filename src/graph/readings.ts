/** The reading stage in the graph: source nodes, `quotes` edges (with `via`), `cites` edges to articles or outlets, `republishes` edges for syndication. */
import type { OutletRegistry } from "../core/outlets.ts";
import type { ArticleReading } from "../extract/types.ts";
import { ensureOutlet } from "./articles.ts";
import { RULE_CONFIDENCE } from "../extract/cited.ts";
import { CONTRIBUTED_FRAME, settled } from "../extract/syndication.ts";
import type { Evidence, ProvenanceGraph, SourceType } from "./types.ts";

function evidence(article: string, span: { start: number; end: number; text: string }): Evidence {
  return { article, start: span.start, end: span.end, text: span.text };
}

/** A credit line or wire dateline names a registry outlet or carries an outlet word (extract/syndication.ts): read as surely as that evidence. */
const CREDIT_LINE_CONFIDENCE = 0.9;

/** Keeps, on an outlet node, the words of each article that named it (contract §2: an outlet rests on words of a text). */
function nameOutlet(graph: ProvenanceGraph, key: string, ev: Evidence): void {
  const attrs = graph.getNodeAttributes(key);
  if (attrs.kind !== "outlet" || (attrs.namedBy ?? []).some((e) => e.article === ev.article)) return;
  graph.mergeNodeAttributes(key, { namedBy: [...(attrs.namedBy ?? []), ev] });
}

/**
 * The rule and confidence of a source's reading, by what it is: a person named as a speaker, an unnamed source's phrase
 * ("a senior official"), a body or a document. Every edge read from a text carries both (contract); what a name is
 * worth is the citation reader's (cited.ts RULE_CONFIDENCE), an anonymous head noun is plain.
 */
const SOURCE_READING: Readonly<Record<SourceType, { rule: string; confidence: number }>> = {
  named: { rule: "source.named", confidence: RULE_CONFIDENCE.person },
  anonymous: { rule: "source.anonymous_phrase", confidence: 0.8 },
  organisation: { rule: "source.organisation", confidence: RULE_CONFIDENCE.organisation },
  document: { rule: "source.document", confidence: RULE_CONFIDENCE.organisation },
};

/** Adds every article's sources, citations and syndication credits to the graph; one edge per (article, target, kind), evidence accumulated. */
export function addReadings(graph: ProvenanceGraph, readings: readonly ArticleReading[], registry: OutletRegistry): void {
  for (const r of readings) {
    if (!graph.hasNode(r.article)) continue;
    const own = graph.getNodeAttribute(r.article, "kind") === "article" ? (graph.getNodeAttributes(r.article) as { outlet?: string }).outlet : undefined;

    for (const s of r.sources) {
      const named = s.mentions[0] ? [evidence(r.article, s.mentions[0])] : [];
      if (!graph.hasNode(s.key)) {
        graph.addNode(s.key, { kind: "source", label: s.name, sourceType: s.type, ...(s.role ? { role: s.role } : {}), articles: [r.article], namedBy: named });
      } else {
        const attrs = graph.getNodeAttributes(s.key);
        if (attrs.kind === "source" && !attrs.articles.includes(r.article)) graph.mergeNodeAttributes(s.key, { articles: [...attrs.articles, r.article], namedBy: [...(attrs.namedBy ?? []), ...named], ...(s.role && !attrs.role ? { role: s.role } : {}) });
      }
      const key = `${r.article}->quotes->${s.key}`;
      if (graph.hasEdge(key)) continue;
      const first = s.mentions[0];
      graph.addDirectedEdgeWithKey(key, r.article, s.key, {
        kind: "quotes",
        ...SOURCE_READING[s.type],
        ...(s.via ? { via: s.via } : {}),
        ...(first ? { evidence: [evidence(r.article, first)] } : {}),
      });
    }

    for (const a of r.attributions) {
      const target = a.article && graph.hasNode(a.article) ? a.article : ensureOutlet(graph, a.outletName, registry);
      if (target === own || target === r.article) continue;
      const key = `${r.article}->cites->${target}`;
      const ev = evidence(r.article, a.span);
      nameOutlet(graph, target, ev);
      if (graph.hasEdge(key)) {
        const prev = graph.getEdgeAttributes(key);
        // The surest reading of the same citation speaks for the edge.
        const surer = a.confidence > (prev.confidence ?? 0) ? { confidence: a.confidence, rule: a.rule } : {};
        graph.mergeEdgeAttributes(key, { evidence: [...(prev.evidence ?? []), ev], ...surer });
        continue;
      }
      graph.addDirectedEdgeWithKey(key, r.article, target, {
        kind: "cites",
        frame: a.frame,
        confidence: a.confidence,
        rule: a.rule,
        ...(a.citedDate ? { citedDate: a.citedDate } : {}),
        ...(target === a.article ? { resolvedToArticle: true } : {}),
        evidence: [ev],
      });
    }

    for (const s of r.syndication) {
      if (!settled(s)) continue;
      const target = ensureOutlet(graph, s.outletName, registry);
      if (target === own) continue;
      nameOutlet(graph, target, evidence(r.article, s.evidence));
      // An outlet that contributed reporting is cited: the story is the page's own unless it shares the outlet's text
      // (findings/syndication.ts).
      const kind = s.contributed ? "cites" : "republishes";
      const key = `${r.article}->${kind}->${target}`;
      const attrs = { evidence: [evidence(r.article, s.evidence)], rule: s.rule ?? "credit_line", confidence: s.confidence ?? CREDIT_LINE_CONFIDENCE };
      if (graph.hasEdge(key)) {
        // A citation read elsewhere in the text keeps its frame; the credit adds its words.
        if (kind === "cites") graph.mergeEdgeAttributes(key, { evidence: [...(graph.getEdgeAttribute(key, "evidence") ?? []), ...attrs.evidence] });
        continue;
      }
      graph.addDirectedEdgeWithKey(key, r.article, target, kind === "cites" ? { kind, frame: CONTRIBUTED_FRAME, ...attrs } : { kind, ...attrs });
    }
  }
}
