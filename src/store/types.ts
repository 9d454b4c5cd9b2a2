/** What the workspace store keeps: cases, articles as evidence snapshots with metadata in three layers (extracted, given, corrected). */
import type { OutletEntry } from "../core/outlets.ts";
import type { ArticleFields } from "../ingest/frontMatter.ts";
import type { ArticleFormat, ArticleMeta } from "../ingest/types.ts";

/** A case as stored. */
export interface CaseRecord {
  id: string;
  title: string;
  description?: string;
  outlets: OutletEntry[];
  created: string;
  revision: number;
  articles: number;
}

/** The metadata a user may correct after the fact; `null` in a request removes a correction. */
export type Corrections = Pick<ArticleFields, "outlet" | "published" | "published_estimated" | "title">;

/** How a page was fetched for a URL import: the evidence that the snapshot is what the address served. */
export interface FetchRecord {
  sourceUrl: string;
  finalUrl: string;
  fetchedAt: string;
}

/** An article ready to store: the snapshot, what ingestion read from it, and what the user stated. */
export interface NewArticle {
  id: string;
  file: string;
  format: ArticleFormat;
  original: Uint8Array;
  fetch?: FetchRecord;
  extracted: ArticleMeta;
  given: ArticleFields;
  textHash: string;
  /** Normalised addresses the article is known by (see urlKey). */
  urlKeys: string[];
}

/** An article as stored. */
export interface ArticleRecord extends Omit<NewArticle, "urlKeys"> {
  caseId: string;
  originalSha256: string;
  corrections: Corrections;
  position: number;
  created: string;
}

/** An article's record without the snapshot bytes. */
export type ArticleHead = Omit<ArticleRecord, "original">;

/** What a duplicate check found: the stored article and what it shares with the new one. */
export interface DuplicateHit {
  id: string;
  by: "url" | "text";
}
