/** What the reading stage finds in one cleaned body: quotations, sources, attributions and syndication credits, each with offsets into the body. */
import type { TextSpan } from "../core/spans.ts";
import type { SourceType } from "../graph/types.ts";

/** A quotation proper (someone's words), a quoted title, or a scare-quoted word. */
export type QuotationKind = "quotation" | "title" | "scare";

export interface Quotation {
  id: string;
  kind: QuotationKind;
  /** The whole quotation including its marks; for one broken by its attribution, from the first opening to the last closing mark. */
  span: TextSpan;
  /** The quoted words only, one piece per stretch between marks (`"…," he said. "…"` gives two). */
  parts: TextSpan[];
  /** Source key of the speaker (`source:<slug>`), when the text says who spoke. */
  speaker?: string;
  /** Where the text names the speaker for this quotation. */
  speakerSpan?: TextSpan;
}

/** A person, anonymous source, organisation or document an article relies on. */
export interface SourceMention {
  /** `source:<slug>`; the same person in two articles gets the same key; anonymous sources get keys that stay distinct across articles unless one article repeats another's. */
  key: string;
  name: string;
  type: SourceType;
  role?: string;
  /** Every place the article names or refers back to this source (including pronouns resolved to it). */
  mentions: TextSpan[];
  /** How the source reached this article when not first-hand: an outlet key, an article id, or another source key. */
  via?: string;
  /**
   * An unnamed collective of reporting ("reports say", "according to media reports", "selon la presse"): it points to
   * other coverage and is no source of its own, so it is never counted as an independent source.
   */
  collective?: true;
}

/** The phrase pattern behind an attribution. Kept as data in the frames table, each with a test. */
export type AttributionFrame =
  | "reported"
  | "according_to"
  | "citing"
  | "told"
  | "quoted"
  | "in_line_with_report"
  | "reported_by"
  | "first_appeared_in"
  | "said"
  | "cited_by"
  | "published_in"
  | "source_line";

/** The article names another outlet or report as the source of what it says. */
export interface Attribution {
  frame: AttributionFrame;
  /** The evidence phrase ("the Asia Times reported on March 28, citing a Syria source"). */
  span: TextSpan;
  /** The sentence whose content is attributed. */
  sentence: TextSpan;
  /** Outlet key (`outlet:<slug>`) of the cited outlet. */
  outlet: string;
  outletName: string;
  /** Set when the cited report is an article of the case (outlet, date and content agree). */
  article?: string;
  /** The date the text gives for the cited report, as written ("March 28", "in February"). */
  citedDate?: string;
  /** A source the cited outlet itself relied on ("citing a Syria source"), as a source key. */
  citingSource?: string;
  /** True for "X told <outlet>": the outlet interviewed the source; a citation only when the outlet is not the article's own. */
  interview?: boolean;
  /** The site the text names by its domain ("sul sito valleypost.it"): the cited report is on that host, not on another site of the same outlet. */
  citedHost?: string;
  /** How sure the reading of the cited name is (0–1): see extract/cited.ts for what each rule is worth. */
  confidence: number;
  /** The frame and the evidence rule that decided the outlet ("en.according_to/registry"). */
  rule: string;
}

/** A credit line or phrase that says the article is another outlet's story. */
export interface Syndication {
  outlet: string;
  outletName: string;
  evidence: TextSpan;
  /** How sure the reading is and what made it (absent: a credit line or wire dateline, which name a registry outlet or an outlet word). */
  confidence?: number;
  rule?: string;
  /** The text ends inside the name (a stored page cut short): `outletName` is only the name's start, which the case-level step completes from a name the case writes whole, or drops. */
  cut?: boolean;
  /**
   * The credit says the outlet contributed reporting ("Additional reporting by X", "(avec X)", "With X"), not that the
   * text is its story: a citation of the outlet, a republication only where the two share the text.
   */
  contributed?: boolean;
  /**
   * A closing credit gives only initials no agency of the registry has ("(SNB)", "(SNB/ors)"): `outletName` is the
   * initials as written, which the case-level step reads as the one outlet of the case, or the one name the case writes,
   * whose initials they are, or drops.
   */
  initials?: boolean;
  /** The credited outlet's article of the case whose story this is, where the evidence says which (resolve.ts, as for a citation). */
  article?: string;
}

/** Everything the reading stage found in one article. */
export interface ArticleReading {
  article: string;
  language: string;
  /**
   * The language detected from the body where the article gives none (`language` is the frames read with, English for
   * a language without frames): detected once here, in the reading stage's worker, and read again by the case-level stages.
   */
  detectedLanguage?: string;
  /** Sentence spans of the body (for claims and evidence). */
  sentences: TextSpan[];
  /** Parallel to `sentences`: each sentence's content verbs as compromise tags them (empty where it does not read the language). */
  sentenceVerbs?: string[][];
  /** Names compromise tags as people anywhere in the body. */
  people?: string[];
  quotations: Quotation[];
  sources: SourceMention[];
  attributions: Attribution[];
  syndication: Syndication[];
}
