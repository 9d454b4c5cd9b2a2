/** What the cleaning stage separates: the outlet's own reporting (the body) and every span that is not, with its reason. */
import type { ArticleMeta } from "../ingest/types.ts";
import type { Span } from "../core/spans.ts";

/** Why a span is not part of the outlet's reporting. */
export type RemovalReason =
  | "reader_comments"
  | "comment_prompt"
  | "donation_bar"
  | "photo_caption"
  | "related_link"
  | "share_widget"
  | "login_prompt"
  | "language_switcher"
  | "navigation_menu"
  | "tag_list"
  | "duplicate_line"
  | "headline"
  | "embed_placeholder"
  | "section_label"
  | "credit_line"
  | "source_url_line"
  | "consent_banner"
  | "author_bio"
  /** A line pages of one site share that is no part of any of their stories (clean/siteFurniture.ts): a portal's widget text. */
  | "site_furniture"
  /** A byline or publication stamp ("By Ana Berg | 6 June 2026", "Posted on … by admin"): who wrote the page and when. */
  | "byline";

/** A removed span: offsets into the article's original `text`. */
export interface RemovedSpan extends Span {
  text: string;
  reason: RemovalReason;
}

/** Maps a stretch of the body back to the original text: body[bodyStart, bodyStart+length) == text[textStart, textStart+length). */
export interface KeptSegment {
  bodyStart: number;
  textStart: number;
  length: number;
}

/** An article after cleaning. All later stages read `body`; offsets they report are offsets into `body`. */
export interface CleanArticle {
  meta: ArticleMeta;
  /** The full text as loaded, before cleaning. */
  text: string;
  /** The outlet's own reporting: kept paragraphs joined by blank lines. */
  body: string;
  /** Body paragraphs, as spans of `body`. */
  paragraphs: Span[];
  kept: KeptSegment[];
  removed: RemovedSpan[];
  /** Trailing credit lines such as "THE SUNDAY TIMES" or "— Reuters", kept for the syndication reader. */
  creditLines: string[];
}
