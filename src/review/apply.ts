/**
 * Applies reviews to a provenance graph (pure: the graph given is copied, never changed). Rejected edges stay in the
 * graph marked `review: "rejected"` (downstream stages skip them through `isLive`), confirmed ones are marked, added
 * ones are created with the person's words as evidence; retype, rename and merge act on source and outlet nodes.
 * A review whose anchor no longer matches anything is returned as orphaned, with why.
 */
import { escapeRegExp } from "../core/text.ts";
import { overlaps } from "../core/spans.ts";
import type { CitesEdgeAttrs, EdgeAttrs, Evidence, NodeAttrs, ProvenanceGraph, ReviewMark, ReviewStatus, ReuseEdgeAttrs } from "../graph/types.ts";
import { compareArticles } from "../analyse/trace.ts";
export { isLive } from "./live.ts";
import { isEdgeAnchor, type EdgeAnchor, type EvidenceAnchor, type NodeAnchor, type OrphanedReview, type Review } from "./types.ts";

/** What applying reviews gives: the reviewed graph, the ids applied, and the reviews whose anchor is gone. */
export interface AppliedReviews {
  graph: ProvenanceGraph;
  applied: string[];
  orphaned: OrphanedReview[];
}

/**
 * Finds the words of an anchor in an article's body: the exact text, else the same words with any spacing and case;
 * the occurrence nearest the offset hint wins. Words of the headline give start = end = -1. Undefined when gone.
 */
export function locateEvidence(graph: ProvenanceGraph, anchor: EvidenceAnchor): Evidence | undefined {
  if (!graph.hasNode(anchor.article)) return undefined;
  const node = graph.getNodeAttributes(anchor.article);
  if (node.kind !== "article") return undefined;
  const body = node.body ?? "";
  const words = anchor.text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const found: { start: number; end: number }[] = [];
  const re = new RegExp(words.map(escapeRegExp).join("\\s+"), "giu");
  for (let m = re.exec(body); m; m = re.exec(body)) {
    found.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  if (found.length === 0) {
    const title = node.title ?? "";
    if (title && new RegExp(words.map(escapeRegExp).join("\\s+"), "iu").test(title)) return { article: anchor.article, start: -1, end: -1, text: anchor.text };
    // Words outside the body (a credit line) are found among the evidence the article's edges keep.
    const wanted = anchor.text.trim().toLowerCase();
    for (const e of graph.outEdges(anchor.article)) {
      const hit = (graph.getEdgeAttribute(e, "evidence") ?? []).find((ev) => ev.start < 0 && ev.text.trim().toLowerCase() === wanted);
      if (hit) return { ...hit };
    }
    return undefined;
  }
  const hint = anchor.start ?? 0;
  const best = found.reduce((a, b) => (Math.abs(b.start - hint) < Math.abs(a.start - hint) ? b : a));
  return { article: anchor.article, start: best.start, end: best.end, text: body.slice(best.start, best.end) };
}

/** The outlet an article node belongs to, or the node itself. */
function outletOf(graph: ProvenanceGraph, key: string): string {
  const a = graph.getNodeAttributes(key);
  return a.kind === "article" ? a.outlet : key;
}

/** Whether the located words are the words an edge rests on (the same span, overlapping, or the same text outside the body). */
function restsOn(attrs: EdgeAttrs, at: Evidence): boolean {
  const evidence = attrs.evidence ?? [];
  if (evidence.length === 0) return true;
  return evidence.some((e) => e.article === at.article && (at.start < 0 || e.start < 0 ? e.text.trim().toLowerCase() === at.text.trim().toLowerCase() : overlaps(e, at)));
}

/** The edge an anchor names: same kind and ends (a citation may land on the article or on its outlet), resting on the anchor's words. */
function findEdge(graph: ProvenanceGraph, anchor: EdgeAnchor, at: Evidence): string | undefined {
  if (!graph.hasNode(anchor.from) || !graph.hasNode(anchor.to)) return undefined;
  const sameEnd = (target: string) =>
    target === anchor.to || ((anchor.kind === "cites" || anchor.kind === "republishes") && (outletOf(graph, target) === anchor.to || outletOf(graph, anchor.to) === target));
  const candidates = graph.outEdges(anchor.from).filter((e) => graph.getEdgeAttribute(e, "kind") === anchor.kind && sameEnd(graph.target(e)));
  // The exact end first, then the article's outlet (or the outlet's article).
  candidates.sort((a, b) => Number(graph.target(b) === anchor.to) - Number(graph.target(a) === anchor.to));
  return candidates.find((e) => restsOn(graph.getEdgeAttributes(e), at));
}

function mark(review: Review): ReviewMark {
  return { id: review.id, action: review.action, reviewer: review.reviewer, at: review.at, ...(review.reason ? { reason: review.reason } : {}) };
}

function markEdge(graph: ProvenanceGraph, key: string, status: ReviewStatus, review: Review): void {
  const attrs = graph.getEdgeAttributes(key);
  graph.mergeEdgeAttributes(key, { review: status, reviews: [...(attrs.reviews ?? []), mark(review)] });
}

function markNode(graph: ProvenanceGraph, key: string, status: ReviewStatus, review: Review, more: Partial<NodeAttrs> = {}): void {
  const attrs = graph.getNodeAttributes(key) as NodeAttrs & { reviews?: ReviewMark[] };
  graph.mergeNodeAttributes(key, { ...more, review: status, reviews: [...(attrs.reviews ?? []), mark(review)] } as Partial<NodeAttrs>);
}

const REUSE_LABELS = { copies: "copies", quotes_same: "repeats a quotation of", alters_quote: "alters a quotation of" } as const;

/** Creates (or finds) the target node of an added edge: an existing node, or a new outlet/source named by the payload's label. */
function ensureTarget(graph: ProvenanceGraph, review: Review, anchor: EdgeAnchor, at: Evidence): string | undefined {
  if (graph.hasNode(anchor.to)) return anchor.to;
  const label = review.payload?.label;
  if (!label) return undefined;
  if (anchor.to.startsWith("outlet:") && (anchor.kind === "cites" || anchor.kind === "republishes")) {
    graph.addNode(anchor.to, { kind: "outlet", label, outletKind: "unknown", inCase: false, unregistered: true, namedBy: [at] });
    return anchor.to;
  }
  if (anchor.to.startsWith("source:") && anchor.kind === "quotes") {
    graph.addNode(anchor.to, { kind: "source", label, sourceType: review.payload?.sourceType ?? "named", articles: [anchor.from], namedBy: [at] });
    return anchor.to;
  }
  return undefined;
}

/** The attributes of an edge a person added: their words as evidence, rule "review", confidence 1. */
function addedEdge(graph: ProvenanceGraph, review: Review, anchor: EdgeAnchor, at: Evidence): EdgeAttrs {
  const base = { evidence: [at], rule: "review", confidence: 1, review: "added" as const, reviews: [mark(review)] };
  switch (anchor.kind) {
    case "cites": {
      const attrs: CitesEdgeAttrs = { kind: "cites", frame: review.payload?.frame ?? "reported", ...base };
      if (graph.getNodeAttribute(anchor.to, "kind") === "article") attrs.resolvedToArticle = true;
      return attrs;
    }
    case "quotes":
      return { kind: "quotes", ...base };
    case "republishes":
      return { kind: "republishes", ...base };
    case "copies":
    case "quotes_same":
    case "alters_quote": {
      const to = (review.payload?.toEvidence ? locateEvidence(graph, review.payload.toEvidence) : undefined) ??
        locateEvidence(graph, { article: anchor.to, text: at.text }) ?? { article: anchor.to, start: -1, end: -1, text: at.text };
      const order = graph.getNodeAttribute(anchor.to, "kind") === "article" ? compareArticles(graph, anchor.from, anchor.to) : 0;
      const attrs: ReuseEdgeAttrs = {
        kind: anchor.kind,
        label: REUSE_LABELS[anchor.kind],
        passages: [{ from: at, to, similarity: 1 }],
        direction: order === 1 ? "dated" : "unknown",
        orientedBy: order === 1 ? "dates" : "none",
        credited: false,
        sharedWith: [],
        ...base,
      };
      return attrs;
    }
  }
}

/** Edge anchors: confirm, reject or add. Returns why it is orphaned, or undefined when applied. */
function applyEdgeReview(graph: ProvenanceGraph, review: Review, anchor: EdgeAnchor): string | undefined {
  const at = locateEvidence(graph, anchor.evidence);
  if (!graph.hasNode(anchor.from)) return `article '${anchor.from}' is no longer in the case`;
  if (!at) return `the words "${anchor.evidence.text.slice(0, 80)}" are no longer in article '${anchor.evidence.article}'`;
  const existing = findEdge(graph, anchor, at);
  if (review.action === "add") {
    if (existing) {
      // The analysis now finds the relation itself: the person's word confirms it.
      markEdge(graph, existing, "confirmed", review);
      return undefined;
    }
    const target = ensureTarget(graph, review, anchor, at);
    if (!target) return `'${anchor.to}' is not in the graph (give payload.label to add a new outlet or source)`;
    if (target === anchor.from) return "an edge cannot point at the article it starts from";
    const key = `${anchor.from}->${anchor.kind}->${target}`;
    if (graph.hasEdge(key)) {
      // The same relation already rests on other words: the person's words join them.
      const prev = graph.getEdgeAttributes(key);
      graph.mergeEdgeAttributes(key, { evidence: [...(prev.evidence ?? []), at] });
      markEdge(graph, key, "confirmed", review);
      return undefined;
    }
    graph.addDirectedEdgeWithKey(key, anchor.from, target, addedEdge(graph, review, anchor, at));
    return undefined;
  }
  if (!existing) return `no ${anchor.kind} edge from '${anchor.from}' to '${anchor.to}' rests on "${anchor.evidence.text.slice(0, 80)}" any more`;
  markEdge(graph, existing, review.action === "reject" ? "rejected" : "confirmed", review);
  return undefined;
}

/** The node a node anchor names: its key, else a source or outlet node of the same label. */
function findNode(graph: ProvenanceGraph, anchor: NodeAnchor): string | undefined {
  const reviewable = (k: string) => {
    const kind = graph.getNodeAttribute(k, "kind");
    return kind === "source" || kind === "outlet";
  };
  if (graph.hasNode(anchor.key) && reviewable(anchor.key)) return anchor.key;
  const label = anchor.label.trim().toLowerCase();
  return graph.findNode((k, a) => reviewable(k) && a.label.trim().toLowerCase() === label);
}

/** Moves every edge of `from` onto `into` (same key scheme; evidence joined where the edge already exists), then drops `from`. */
function mergeNodes(graph: ProvenanceGraph, from: string, into: string): void {
  graph.forEachEdge(from, (_key, attrs, source, target) => {
    const s = source === from ? into : source;
    const t = target === from ? into : target;
    if (s === t) return;
    const next = `${s}->${attrs.kind}->${t}`;
    if (graph.hasEdge(next)) {
      const prev = graph.getEdgeAttributes(next);
      graph.mergeEdgeAttributes(next, { evidence: [...(prev.evidence ?? []), ...(attrs.evidence ?? [])], ...(prev.review === undefined && attrs.review ? { review: attrs.review } : {}) });
    } else graph.addDirectedEdgeWithKey(next, s, t, { ...attrs });
  });
  const a = graph.getNodeAttributes(from);
  const b = graph.getNodeAttributes(into);
  const more: Record<string, unknown> = {};
  if ("namedBy" in b || "namedBy" in a) more.namedBy = [...(("namedBy" in b && b.namedBy) || []), ...(("namedBy" in a && a.namedBy) || [])];
  if (a.kind === "source" && b.kind === "source") more.articles = [...new Set([...b.articles, ...a.articles])];
  const mergedFrom = [...(("mergedFrom" in b && b.mergedFrom) || []), from, ...(("mergedFrom" in a && a.mergedFrom) || [])];
  graph.mergeNodeAttributes(into, { ...more, mergedFrom } as Partial<NodeAttrs>);
  // Articles of the merged outlet now belong to the one it is the same as.
  if (a.kind === "outlet" && b.kind === "outlet") {
    graph.forEachNode((k, n) => {
      if (n.kind === "article" && n.outlet === from) graph.mergeNodeAttributes(k, { outlet: into, outletName: b.label });
    });
    if (a.inCase) graph.mergeNodeAttributes(into, { inCase: true });
  }
  graph.dropNode(from);
}

const SOURCE_TYPE_OF = { person: "named", anonymous: "anonymous", organisation: "organisation", document: "document" } as const;

/** Node anchors: retype, rename, merge. Returns why it is orphaned, or undefined when applied. */
function applyNodeReview(graph: ProvenanceGraph, review: Review, anchor: NodeAnchor): string | undefined {
  const key = findNode(graph, anchor);
  if (!key) return `no source or outlet '${anchor.label}' (${anchor.key}) in the graph any more`;
  const attrs = graph.getNodeAttributes(key);
  switch (review.action) {
    case "rename": {
      const label = review.payload?.label;
      if (!label) return "rename without a label";
      markNode(graph, key, "renamed", review, { label });
      return undefined;
    }
    case "retype": {
      const type = review.payload?.type;
      if (!type) return "retype without a type";
      const sourceType = attrs.kind === "source" && type in SOURCE_TYPE_OF ? { sourceType: SOURCE_TYPE_OF[type as keyof typeof SOURCE_TYPE_OF] } : {};
      markNode(graph, key, "retyped", review, { reviewedType: type, ...sourceType } as Partial<NodeAttrs>);
      if (type === "place" || type === "not_a_source") {
        // Not a source at all: nothing may rest on it.
        graph.forEachInEdge(key, (e, a) => {
          if (a.kind === "quotes" || a.kind === "cites" || a.kind === "republishes") markEdge(graph, e, "rejected", { ...review, reason: review.reason ?? `'${attrs.label}' is not a source (${type})` });
        });
      }
      return undefined;
    }
    case "merge": {
      const into = review.payload?.into;
      if (!into || !graph.hasNode(into)) return `the node to merge into ('${into ?? ""}') is not in the graph any more`;
      if (into === key) return "a node cannot be merged into itself";
      const target = graph.getNodeAttributes(into);
      if (target.kind !== attrs.kind) return `'${key}' is a ${attrs.kind} and '${into}' a ${target.kind}; only nodes of one kind merge`;
      mergeNodes(graph, key, into);
      markNode(graph, into, "merged", review);
      return undefined;
    }
    default:
      return `${review.action} needs an edge anchor`;
  }
}

/**
 * Applies reviews in time order (a later review of the same element wins) to a copy of the graph: edge reviews first,
 * while every node they name still exists, then renames, retypes and merges (a merge carries the reviewed edges along).
 */
export function applyReviews(graph: ProvenanceGraph, reviews: readonly Review[]): AppliedReviews {
  const out = graph.copy() as ProvenanceGraph;
  const applied: string[] = [];
  const orphaned: OrphanedReview[] = [];
  const ordered = [...reviews].sort((a, b) => Number(!isEdgeAnchor(a.anchor)) - Number(!isEdgeAnchor(b.anchor)) || a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  for (const review of ordered) {
    let why: string | undefined;
    try {
      why = isEdgeAnchor(review.anchor) ? applyEdgeReview(out, review, review.anchor) : applyNodeReview(out, review, review.anchor);
    } catch (e) {
      why = `could not be applied (${(e as Error).message})`;
    }
    if (why) orphaned.push({ ...review, orphaned: why });
    else applied.push(review.id);
  }
  out.setAttribute("reviews", { applied, orphaned: orphaned.map((o) => ({ id: o.id, why: o.orphaned })) });
  return { graph: out, applied, orphaned };
}
