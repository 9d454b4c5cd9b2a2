/** What the ingest stage reads from a case folder (contract §1): articles with their metadata, and every problem met. */
import type { PublishedDate } from "../core/dates.ts";
import type { OutletEntry } from "../core/outlets.ts";

export type ArticleFormat = "text" | "markdown" | "html";

/** How a metadata value was obtained: given by the user, read from the page, or inferred by claimtrail. */
export type MetaOrigin = "case.json" | "front_matter" | "page_meta" | "json_ld" | "url_domain" | "credit_line" | "headline" | "file_name" | "registry" | "dateline";

/** An article's metadata after the case.json > front matter > page metadata > inference precedence is applied. */
export interface ArticleMeta {
  id: string;
  /** Path of the file relative to the case root, with forward slashes. */
  file: string;
  format: ArticleFormat;
  /** Display name of the outlet, when known. */
  outlet?: string;
  /** Where the outlet came from; anything but case.json/front_matter means it was inferred. */
  outletOrigin?: MetaOrigin;
  title?: string;
  titleOrigin?: MetaOrigin;
  url?: string;
  published?: PublishedDate;
  publishedOrigin?: MetaOrigin;
  language?: string;
  author?: string;
  /** The page's own words, outside the article text, calling the site satire or fiction ("All stories are satire"). */
  satireNotice?: string;
}

/** One article as loaded: metadata and the full text before cleaning (for HTML, the extracted main text). */
export interface RawArticle {
  meta: ArticleMeta;
  text: string;
  /** Lines the page itself marks as figure captions (saved HTML), so cleaning need not guess. */
  captions?: string[];
  /**
   * Lines this page shares with other pages of its site that are no part of any of their stories (a portal's widget
   * text), folded as cleaning compares lines: found for the whole case (clean/siteFurniture.ts), removed by cleaning.
   */
  siteFurniture?: string[];
}

export type ProblemSeverity = "error" | "warning";

/** Something wrong with one file of a case: the file was skipped (error) or loaded with a caveat (warning). */
export interface LoadProblem {
  file: string;
  severity: ProblemSeverity;
  reason: string;
}

/** A whole case as read from disk. `problems` never stops the rest of the case from loading. */
export interface LoadedCase {
  id: string;
  title: string;
  description?: string;
  root: string;
  articles: RawArticle[];
  problems: LoadProblem[];
  /** Outlets the case's own outlets.json adds to the registry. */
  outlets: OutletEntry[];
}
