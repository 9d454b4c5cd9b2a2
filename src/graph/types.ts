/** The provenance graph (contract §2): node, edge and graph attribute types, declared once; everyone else imports `ProvenanceGraph`. */
import type { MultiDirectedGraph } from "graphology";
import type { DatePrecision } from "../core/dates.ts";
import type { RemovalReason } from "../clean/types.ts";
import type { LoadProblem } from "../ingest/types.ts";
import type { OutletKind } from "../core/outlets.ts";

export type NodeKind = "article" | "outlet" | "source" | "claim";

export type SourceType = "named" | "anonymous" | "organisation" | "document";

/** What a person's review made of an edge (confirmed, rejected, added) or of a source/outlet node (retyped, renamed, merged); see src/review. */
export type ReviewStatus = "confirmed" | "rejected" | "added" | "retyped" | "renamed" | "merged";

/** One review applied to an element: who, when, what and why (the store keeps the review itself). */
export interface ReviewMark {
  id: string;
  action: string;
  reviewer: string;
  at: string;
  reason?: string;
}

/** Review fields an element may carry: its status after the latest review, and every review applied to it. */
export interface Reviewed {
  review?: ReviewStatus;
  reviews?: ReviewMark[];
}

/** What a person said a source or outlet node really is ("not_a_source": a place or a word read as a name). */
export type ReviewedType = "person" | "anonymous" | "organisation" | "document" | "outlet" | "place" | "not_a_source";

/** A piece of text in an article that supports a node or edge, with offsets into that article's cleaned body (start = end = -1 for text outside the body: a headline or a credit line). */
export interface Evidence {
  article: string;
  start: number;
  end: number;
  text: string;
}

export interface ArticleNodeAttrs {
  kind: "article";
  label: string;
  /** Outlet node key (`outlet:<slug>`). */
  outlet: string;
  outletName: string;
  /** True when the outlet was not given but inferred (URL, credit line, page metadata). */
  outletInferred: boolean;
  url?: string;
  /** Reduced-precision ISO date as given: `2019`, `2019-03`, `2019-03-28`, or a timestamp. */
  published?: string;
  datePrecision?: DatePrecision;
  dateEstimated?: boolean;
  /** A display label for the date that never hides imprecision. */
  dateLabel: string;
  title?: string;
  file: string;
  language?: string;
  /** The cleaned body: the outlet's own reporting. Every evidence offset of the graph points into it. */
  body: string;
  bodyLength: number;
  /** Characters removed from the article per reason (comments, captions, …); the spans themselves are in the article API. */
  removed: Partial<Record<RemovalReason, number>>;
  /** True when the article's place relative to some other article rests on what the texts say (a citation), the dates leaving it open. */
  orderInferred?: boolean;
  /** The articles it comes after only for that reason. */
  orderedAfter?: string[];
}

export interface OutletNodeAttrs extends Reviewed {
  kind: "outlet";
  label: string;
  outletKind: OutletKind;
  /** True when at least one article of the case is published by this outlet. */
  inCase: boolean;
  /** True when the outlet is not in the registry and was found only in the prose. */
  unregistered?: boolean;
  /** The words that named it, one per article that cites or credits it (an outlet of the case is named by its metadata). */
  namedBy?: Evidence[];
  /** Set by a review: what a person said the node really is; node keys merged into this one. */
  reviewedType?: ReviewedType;
  mergedFrom?: string[];
}

export interface SourceNodeAttrs extends Reviewed {
  kind: "source";
  label: string;
  sourceType: SourceType;
  role?: string;
  /** Articles that name or rely on this source. */
  articles: string[];
  /** The words that named it, one per article. */
  namedBy?: Evidence[];
  /** Set by a review: what a person said the node really is; node keys merged into this one. */
  reviewedType?: ReviewedType;
  mergedFrom?: string[];
}

export interface ClaimNodeAttrs {
  kind: "claim";
  label: string;
  /** A representative wording of the claim. */
  text: string;
  /** Articles that assert it, earliest first. */
  articles: string[];
  outletCount: number;
  /** Independent primary sources behind the claim after following citations and copies. */
  independentSources: number;
  /** Keys of the primary source nodes counted in `independentSources`. */
  primarySources: string[];
  /**
   * Unnamed sources of several articles that speak from one institution ("una fuente del Gobierno", "fuentes
   * gubernamentales"): nobody can tell whether they are one person, so each group counts once in `independentSources`
   * (by its first source). Absent where there is none.
   */
  alikeAnonymous?: AlikeAnonymous[];
  /** Earliest article(s) of the case that assert it. */
  origins: string[];
  /**
   * Where the claim first appears in the case whatever each article's side (a debunk that quotes it counts): the
   * carrying articles that take it from no other, first the one a report names first. Present only where it differs
   * from `origins`, which then were sought among the articles presenting the claim as true.
   */
  appearsFirstIn?: string[];
  /** Per asserting article: the source or outlet keys its asserting sentences rest on. */
  restsOn?: Record<string, string[]>;
  /** Per article that took the claim from other articles of the case: those articles. */
  derivedFrom?: Record<string, string[]>;
  /** One of the few claims (at most 8) that hold the case's story together, drawn by default; absent on older graphs (draw all). */
  main?: boolean;
  /** Articles that present the claim as true / report it as false, doubtful, satire or a hoax / only mention it (each earliest first). */
  presentedAsTrue?: string[];
  reportedFalse?: string[];
  mentionedBy?: string[];
  /** A debunk claim ("Reported false: …"): the claim its articles report false. */
  debunks?: string;
  /**
   * The claim is a denial: its words deny that what it names existed or happened ("There never was a girl called …"),
   * or say someone made it up or spread it as a falsehood ("X was charged with spreading a hoax about …").
   * Its stances are read on the denial as worded: an article presenting it as true reports the story it denies false,
   * one reporting it false presents that story as true. Absent on other claims.
   */
  denial?: true;
}

export type NodeAttrs = ArticleNodeAttrs | OutletNodeAttrs | SourceNodeAttrs | ClaimNodeAttrs;

export type EdgeKind = "published_by" | "cites" | "copies" | "quotes_same" | "alters_quote" | "quotes" | "republishes" | "asserts";

/** Whether the dates order an edge from later to earlier, or could not. */
export type EdgeDirection = "dated" | "unknown";

/** A passage shared by two articles: `from` in the later article, `to` in the earlier one. */
export interface PassagePair {
  from: Evidence;
  to: Evidence;
  /** 0..1: how close the two wordings are. */
  similarity: number;
  /** Word-level difference, in reading order: equal runs, deletions (only in `to`) and insertions (only in `from`). */
  diff?: DiffOp[];
  /**
   * An outlet outside the case that both texts credit for this passage (each sets it apart after a lead-in naming it,
   * align/relayed.ts): neither took it from the other uncredited.
   */
  creditedInBoth?: string;
}

export interface DiffOp {
  op: "equal" | "delete" | "insert";
  text: string;
}

/** How sure a reading is: at or above CONFIDENT it may ground findings and the report's "rests on"; below it, it is drawn dashed and written "possibly". */
export const CONFIDENT = 0.7;

/**
 * What set an undated arrow's order, in words for the report, the findings and the explorer ("X cites it", "X prints
 * part of the shared text twice …"); undefined where nothing but a convention did.
 */
export function orderReason(orientedBy: ReuseEdgeAttrs["orientedBy"], later: string, earlier: string): string | undefined {
  if (orientedBy === "citation") return `${later} cites it`;
  if (orientedBy === "doubled_passage") return `${later} prints part of the shared text twice, as a paste doubled by mistake, where ${earlier} prints it once`;
  if (orientedBy === "credit") return `another article of the case names ${earlier} as its source and not ${later}`;
  if (orientedBy === "reprint") return `${earlier} reprints another outlet's story, whose text can be older than the reprint's date`;
  return undefined;
}

/** Whether the texts tell which of two articles sharing text came first: their dates, a citation (of one by the other, or of one alone by a third), a reprint's credit, or a passage doubled in the copy. */
export function reuseOrderKnown(e: { direction?: EdgeDirection; orientedBy?: ReuseEdgeAttrs["orientedBy"] }): boolean {
  return e.direction === "dated" || e.orientedBy === "citation" || e.orientedBy === "credit" || e.orientedBy === "reprint" || e.orientedBy === "doubled_passage";
}

interface EdgeBase extends Reviewed {
  label?: string;
  evidence?: Evidence[];
  /** 0–1: how sure the reading that made this edge is (absent on structural edges such as published_by: certain). */
  confidence?: number;
  /** The rule that made the edge (a frame id such as "en.according_to", an alignment rule), so a reader can see why. */
  rule?: string;
}

export interface PublishedByEdgeAttrs extends EdgeBase { kind: "published_by" }
export interface CitesEdgeAttrs extends EdgeBase {
  kind: "cites";
  /** The phrase pattern that made the citation ("reported", "according_to", "told", "citing", "quoted", "in_line_with_report" …). */
  frame: string;
  /** A date the citing text gives for the cited report, as written. */
  citedDate?: string;
  /** True when the target outlet was resolved to an article of the case. */
  resolvedToArticle?: boolean;
}
export interface ReuseEdgeAttrs extends EdgeBase {
  kind: "copies" | "quotes_same" | "alters_quote";
  passages: PassagePair[];
  direction: EdgeDirection;
  /** For copies: whether the later article names the earlier one or its outlet. */
  credited?: boolean;
  /** Articles that share the same passages only through this common source. */
  sharedWith?: string[];
  /** Why this edge points here rather than at the earliest article (e.g. a variant only this article printed). */
  via?: string;
  /**
   * What set the edge's orientation: the dates, a citation of the target by the source while the dates overlap, a
   * third article of the case crediting the target and not the source (`credit`), a target that reprints another
   * outlet's story (its text older than its date), a passage the source prints twice and the target once (`direction`
   * stays "unknown" for all but the dates), or nothing.
   */
  orientedBy?: "dates" | "citation" | "credit" | "reprint" | "doubled_passage" | "none";
}
export interface QuotesEdgeAttrs extends EdgeBase {
  kind: "quotes";
  /** The source reached the article through this outlet or article, not first-hand. */
  via?: string;
}
export interface RepublishesEdgeAttrs extends EdgeBase { kind: "republishes" }
/** Which side an article takes on a claim it carries: presents it as true, reports it false (false, doubtful, satire, hoax), or only mentions it. */
export type Stance = "true" | "false" | "mentions";
export interface AssertsEdgeAttrs extends EdgeBase {
  kind: "asserts";
  /** Absent on graphs made before stance was read: treat as "true". */
  stance?: Stance;
  /** The words the stance rests on ("hoax", "satirical", "has not"), offsets into the body (-1 for the headline); `evidence` holds the article's statements of the claim. */
  stanceEvidence?: Evidence[];
  /** Set with rule `stance.other_figure`: the article presents the claim as true with another figure for what it counts. */
  otherFigure?: FigureNote;
}

/**
 * A claim told with another figure for what it counts ("17 dead" where the claim's wording says "12 dead"): the
 * article's figure and the claim's, each the exact words with their offsets (-1 for a headline) in its own article.
 */
export interface FigureNote {
  here: Evidence;
  claim: Evidence;
}

export type EdgeAttrs =
  | PublishedByEdgeAttrs
  | CitesEdgeAttrs
  | ReuseEdgeAttrs
  | QuotesEdgeAttrs
  | RepublishesEdgeAttrs
  | AssertsEdgeAttrs;

/**
 * Whether an edge between two articles tells which came first (its source is the later): a citation, or shared text
 * whose order the texts tell (`reuseOrderKnown`). An arrow drawn one way only by convention tells nothing: which of two
 * texts is the copy is then unknown, and the timeline, the story and the report say so rather than take the arrow's way.
 */
export function ordersArticles(a: EdgeAttrs): boolean {
  if (a.kind === "cites") return true;
  return (a.kind === "copies" || a.kind === "quotes_same" || a.kind === "alters_quote") && reuseOrderKnown(a);
}

export type FindingType =
  | "single_source_amplification"
  | "recycled_quote"
  | "altered_quote"
  | "unsupported_attribution"
  | "attribution_drift"
  | "number_drift"
  | "uncredited_copy"
  | "syndication"
  | "circular_reporting"
  | "claim_outlives_debunk"
  | "laundering";

/** Something a fact-checker should look at, said in plain words. */
export interface Finding {
  id: string;
  type: FindingType;
  /** Articles involved, the origin first where there is one. */
  articles: string[];
  /** One or two sentences a teacher could read out to a class. */
  explanation: string;
  evidence: Evidence[];
  /** Graph edges that show this finding (keys), for highlighting. */
  edges?: string[];
  claim?: string;
}

export interface GraphAttrs {
  case: string;
  title: string;
  description?: string;
  generatedBy: string;
  findings: Finding[];
  /** Problems met while loading the case: files skipped or loaded with caveats. */
  problems: LoadProblem[];
  /** Reviews of the case: those applied, and those whose anchor no longer matches anything (with why); absent when the case has none. */
  reviews?: { applied: string[]; orphaned: { id: string; why: string }[] };
}

export type ProvenanceGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;

/** graphology's serialisation of a ProvenanceGraph: the graph JSON of contract §2. */
export interface SerializedProvenanceGraph {
  attributes: GraphAttrs;
  options: { type: string; multi: boolean; allowSelfLoops: boolean };
  nodes: { key: string; attributes: NodeAttrs }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttrs }[];
}

/** One group of unnamed sources of several articles that may be one person, named by the institution they speak from. */
export interface AlikeAnonymous {
  /** Plain words for the institution ("the government", "the ministry (Hacienda)"). */
  institution: string;
  /** The sources' keys, earliest article first: the first stands for the group among the primary sources. */
  sources: string[];
}
