/** What the provenance stage answers: where a claim or article came from, and on how many independent sources it rests. */
import type { AlikeAnonymous, EdgeKind, Evidence, FigureNote, NodeKind, Stance } from "../graph/types.ts";

/** One node of a propagation tree: an article, outlet or source, reached from its parent through `edge`. */
export interface TraceNode {
  key: string;
  kind: NodeKind;
  label: string;
  /** Reduced-precision date label of an article ("28 Mar 2019", "Mar 2019 (month only)"). */
  dateLabel?: string;
  published?: string;
  /** The edge kind that led from the parent to this node (absent at the root). */
  edge?: EdgeKind;
  /** The graph key of that edge, for highlighting. */
  edgeKey?: string;
  children: TraceNode[];
}

/** The answer to "where did this come from?" for a claim or an article. */
export interface OriginTrace {
  /** The node traced (claim or article key). */
  root: string;
  tree: TraceNode;
  /** Earliest articles of the case on the traced paths. */
  origins: string[];
  /** What puts the origins first: their dates, what the texts say of each other (a citation, where the dates leave it open), or nothing — several origins whose order cannot be told. */
  originOrder: "dates" | "relations" | "cannot be told";
  /** Source nodes that actually spoke (not relayed through another article of the case). */
  primarySources: string[];
  independentSources: number;
  articles: string[];
  outlets: string[];
  /** Every edge on the traced paths, for highlighting. */
  edges: string[];
}

/** A claim with what stands behind it: which articles repeat it, which derive it from another article, and the independent sources. */
export interface ClaimAnalysis {
  key: string;
  label: string;
  text: string;
  /** The asserting statements, with offsets into each article's body (a headline has start = end = -1). */
  statements: { article: string; start: number; end: number; text: string }[];
  /** Articles that assert it, earliest first. */
  articles: string[];
  outlets: string[];
  /** Where the claim first appears: among the articles presenting it as true, those that take it from no other article of the case (all carrying articles when none presents it as true). */
  origins: string[];
  /** Where the claim first appears in the case whatever each article's side: all its carrying articles that take it from no other, ordered as `origins` (the same list when no article presents it as true). */
  appearsFirstIn: string[];
  /** Per carrying article: which side it takes and the words that stance rests on. */
  stances: Record<string, ArticleStance>;
  /** Articles that present the claim as true, earliest first: the only ones amplification, independence and first appearance count. */
  presentedAsTrue: string[];
  /** Articles that report it as false, doubtful, satire or a hoax, earliest first. */
  reportedFalse: string[];
  /** Articles that only mention it (a question, no side taken), earliest first. */
  mentionedBy: string[];
  /** One of the few claims (at most MAX_MAIN_CLAIMS) that hold the case's story together: drawn by default. */
  main: boolean;
  /** For each article that took the claim from others of the case: those articles. */
  derivedFrom: Record<string, string[]>;
  /** What each article rests the claim on: source keys, or an outlet key for a report outside the case or the outlet's own unsourced word. */
  restsOn: Record<string, string[]>;
  /** The independent primary sources behind the claim (source or outlet keys). */
  primarySources: string[];
  /** Unnamed sources of several articles that speak from one institution and may be one: each group counts once among `primarySources`. */
  alikeAnonymous?: AlikeAnonymous[];
  /** For a debunk claim ("Reported false: …", analyse/debunks.ts): the claim its articles report false. */
  debunks?: string;
  /**
   * The claim's words deny that what it names existed or happened ("There never was a girl called …";
   * stance.ts isDenialClaim): an article that presents it as true reports that story false.
   */
  denial?: true;
  /**
   * The claim is itself a debunk ("The hoax is a voice message that says: …"; stance.ts isDebunkClaim): its debunk
   * words are its content, so the articles that make it present it as true. Its repetition is a debunk repeated, never
   * a story amplified (findings/amplification.ts).
   */
  debunk?: true;
}

/** One article's side on one claim, with the rule that read it, how sure it is, and the words it rests on. */
export interface ArticleStance {
  stance: Stance;
  rule: string;
  confidence: number;
  evidence: Evidence[];
  /** Presented as true with another figure for what the claim counts (rule `stance.other_figure`). */
  otherFigure?: FigureNote;
  /** Reported false as a joke made as one, satire, a parody, a spoof (stance.ts tellsAsSatire): the article passes the joke on, it does not deny it. */
  satire?: true;
}

/** What support tracing gives for a claim, before stance is read. */
export type ClaimSupport = Omit<ClaimAnalysis, "appearsFirstIn" | "stances" | "presentedAsTrue" | "reportedFalse" | "mentionedBy" | "main" | "debunks" | "denial" | "debunk">;
