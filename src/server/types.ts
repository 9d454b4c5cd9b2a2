/** Payloads of the read-only JSON API beyond the graph JSON (contract §2): declared once, shared by the server and the explorer. */
import type { RemovedSpan } from "../clean/types.ts";
import type { Span } from "../core/spans.ts";
import type { EdgeKind, Finding } from "../graph/types.ts";
import type { ArticleMeta } from "../ingest/types.ts";
import type { AnalysisProgress, CaseSummary } from "./catalog.ts";

/** `GET /api/cases`. */
export interface CaseListResponse {
  cases: CaseSummary[];
}

/**
 * `202` from any read of a case not analysed yet: come back later. A graph read of a case being re-analysed answers
 * `200` with the last complete graph JSON and the same two fields added (`analysing: true`, `progress`).
 */
export interface AnalysingResponse {
  case: string;
  analysing: true;
  progress: AnalysisProgress;
}

/** `GET /api/cases/:case/findings`. */
export interface FindingsResponse {
  case: string;
  findings: Finding[];
}

/** An article's metadata as shown to a reader: every value that claimtrail inferred or that the case marks as a guess says so. */
export interface ArticleMetaView extends ArticleMeta {
  /** True when the outlet was not stated by the case but inferred (URL, credit line, page metadata). */
  outletInferred: boolean;
  /** A label that never hides imprecision ("Mar 2019 (month only)"). */
  dateLabel: string;
}

/** A quotation in the body, with offsets into `body`. */
export interface QuotationView extends Span {
  kind: string;
  /** Source key of the speaker, when known. */
  speaker?: string;
  speakerLabel?: string;
}

/** An attribution to another outlet or report, with offsets into `body`. */
export interface AttributionView extends Span {
  frame: string;
  outlet: string;
  outletName: string;
  article?: string;
  citedDate?: string;
}

/** A passage of this article shared with another article through a reuse edge, with offsets into `body`. */
export interface ReusedPassageView extends Span {
  /** Graph key of the reuse edge (for the side-by-side comparison). */
  edge: string;
  kind: Extract<EdgeKind, "copies" | "quotes_same" | "alters_quote">;
  /** The other article of the pair. */
  other: string;
  /** "copy": this article is the later one that reuses; "source": this article is where the passage came from. */
  role: "copy" | "source";
  similarity: number;
}

/** `GET /api/cases/:case/articles/:id`: everything the article panel shows. Offsets are UTF-16 offsets into `body`, except `removed`, which point into the original text. */
export interface ArticleView {
  case: string;
  meta: ArticleMetaView;
  body: string;
  paragraphs: Span[];
  removed: RemovedSpan[];
  creditLines: string[];
  quotations: QuotationView[];
  attributions: AttributionView[];
  reused: ReusedPassageView[];
}
