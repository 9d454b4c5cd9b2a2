/** The one typed input every finding kind reads, and the graph lookups they share. */
import type { DriftEvidence, ReuseRelation } from "../../align/types.ts";
import type { PublishedDate } from "../../core/dates.ts";
import type { ArticleReading } from "../../extract/types.ts";
import { CONFIDENT, type ArticleNodeAttrs, type Evidence, type ProvenanceGraph } from "../../graph/types.ts";
import { isLive } from "../../review/live.ts";
import type { VersionConflict } from "../claims/versions.ts";
import type { ClaimAnalysis } from "../types.ts";

export interface FindingInputs {
  graph: ProvenanceGraph;
  claims: readonly ClaimAnalysis[];
  relations: readonly ReuseRelation[];
  /** `figureConflicts` of the relations' quotation pairs: claim grouping reads them too, so they are found once. */
  figureConflicts: readonly VersionConflict[];
  drift: readonly DriftEvidence[];
  readings: ReadonlyMap<string, ArticleReading>;
  /** The writer each article's byline names at its head, where it has one (extract/syndication.ts bylineWriter). */
  writers?: ReadonlyMap<string, string>;
}

/**
 * Words of a byline that names a desk or a role, not a writer ("By Staff Reporter", "By News Desk", "Par La Rédaction"):
 * two outlets' copies under such a line are not one writer's text.
 */
const DESK_WORDS = new Set([
  "staff", "reporter", "reporters", "writer", "writers", "correspondent", "correspondents", "desk", "editor", "editors",
  "editorial", "team", "newsroom", "admin", "web", "online", "news", "agencies", "wires",
  "redaktion", "redacción", "redaccion", "rédaction", "redaction", "redazione", "redactie", "redaksi", "redação", "redacao",
]);

/** The writer both articles' bylines name, where they name the same one and it is a person, not a desk. */
export function sharedWriter(inputs: FindingInputs, a: string, b: string): string | undefined {
  const x = inputs.writers?.get(a);
  const y = inputs.writers?.get(b);
  if (!x || !y) return undefined;
  const fold = (n: string) => n.normalize("NFKC").toLocaleLowerCase().replace(/[’']/gu, "'").replace(/\s+/gu, " ").trim();
  if (fold(x) !== fold(y) || fold(x).split(" ").some((w) => DESK_WORDS.has(w))) return undefined;
  return x;
}

/** Each reading whose article the graph holds as an article node, with that node, in the readings' order. */
export function articleReadings(inputs: FindingInputs): [ArticleReading, ArticleNodeAttrs][] {
  const out: [ArticleReading, ArticleNodeAttrs][] = [];
  for (const r of inputs.readings.values()) {
    if (!inputs.graph.hasNode(r.article)) continue;
    const a = inputs.graph.getNodeAttributes(r.article);
    if (a.kind === "article") out.push([r, a]);
  }
  return out;
}

/** A reading may ground a finding when it is confident (an absent confidence is a certain reading). */
export function confident(confidence: number | undefined): boolean {
  return confidence === undefined || confidence >= CONFIDENT;
}

export function edgeKeys(graph: ProvenanceGraph, kind: string, from: string, to: string): string[] {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return [];
  // An edge a person rejected shows nothing (src/review).
  return graph.directedEdges(from, to).filter((e) => graph.getEdgeAttribute(e, "kind") === kind && isLive(graph.getEdgeAttributes(e)));
}

/** Every edge by which `from` took something from `to`: a citation, a copy, or a quotation (recycled or altered). */
export function takingEdges(graph: ProvenanceGraph, from: string, to: string): string[] {
  return (["cites", "copies", "quotes_same", "alters_quote"] as const).flatMap((kind) => edgeKeys(graph, kind, from, to));
}

export function claimEvidence(claim: ClaimAnalysis): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const s of claim.statements) {
    if (s.start < 0 || seen.has(s.article)) continue;
    seen.add(s.article);
    out.push({ article: s.article, start: s.start, end: s.end, text: s.text });
  }
  return out;
}


/** An article's date as the graph gives it. */
export function dateOf(graph: ProvenanceGraph, id: string): PublishedDate | undefined {
  if (!graph.hasNode(id)) return undefined;
  const a = graph.getNodeAttributes(id);
  return a.kind === "article" && a.published && a.datePrecision ? { iso: a.published, precision: a.datePrecision, estimated: a.dateEstimated ?? false } : undefined;
}

/** The outlet node key of an article, if the node is an article. */
export function outletOfArticle(graph: ProvenanceGraph, id: string): string | undefined {
  if (!graph.hasNode(id)) return undefined;
  const a = graph.getNodeAttributes(id);
  return a.kind === "article" ? a.outlet : undefined;
}


