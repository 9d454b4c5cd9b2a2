/** The alignment stage's types: tokens, fingerprints, shared passages between two texts, reuse relations between articles, and drift evidence. */
import type { Span, TextSpan } from "../core/spans.ts";
import type { DiffOp, EdgeDirection, PassagePair, ReuseEdgeAttrs } from "../graph/types.ts";
import type { NearDuplicateOptions } from "./candidates.ts";

/** A word of a body after folding: `norm` is what is compared, `start`/`end` point into the original body. */
export interface Token extends Span {
  norm: string;
}

/** Tuning of the fingerprinting and local alignment; `DEFAULT_ALIGN_OPTIONS` documents each default. */
export interface AlignOptions {
  /** Words per shingle hashed for fingerprints (k). */
  shingle: number;
  /** Winnowing window (w): any run of `shingle + window - 1` shared words is guaranteed to share a fingerprint. */
  window: number;
  /** A fingerprint met in more documents than this is a stock phrase (or site furniture at corpus scale), not evidence of reuse. */
  maxDocFrequency: number;
  /** Two documents become a candidate pair when they share at least this many fingerprints. */
  minSharedFingerprints: number;
  /** Words per seed in the local alignment of a candidate pair. */
  seed: number;
  /** Largest run of unmatched words (either side) bridged inside one passage. */
  maxGap: number;
  /** A passage must match at least this many words on both sides. */
  minMatchedWords: number;
  /** ... of which at least this many are not stop words (rules out stock phrases such as "one of the most"). */
  minContentWords: number;
  /** A passage's word similarity (2·matched / (len a + len b)) must reach this. */
  minSimilarity: number;
  /** A pair is reported only when one of its passages matches at least this many words: a lone short overlap is a stock phrase; beside a longer one it is more evidence. */
  minLongestPassage: number;
  /** Near-identical documents (reprints of one story) are aligned only with their group's earliest member, which alone is aligned with the rest; absent: every candidate pair is aligned. */
  nearDuplicates?: NearDuplicateOptions;
}

/** One document handed to the aligner: any text with an id (a cleaned body, or a benchmark article). */
export interface AlignDocument {
  id: string;
  text: string;
  /** Its place when the documents are ordered earliest first (ties keep input order): a group of near-identical documents is led by its earliest. */
  rank?: number;
}

/** A passage two documents share: offsets into each text, the matched word count and a word-level diff. */
export interface SharedPassage {
  /** Span in document `a` of the pair. */
  a: TextSpan;
  /** Span in document `b` of the pair. */
  b: TextSpan;
  /** Words matched after folding, counted as `wordsWorth` counts them (a one-letter word of Chinese or Japanese is half a word). */
  matchedWords: number;
  /** 0..1: 2·matched words / (words in a + words in b). */
  similarity: number;
  /** Word-level difference from `b`'s wording to `a`'s (delete = only in b, insert = only in a). */
  diff: DiffOp[];
}

/** Every passage two documents share; `a` and `b` are document ids (in input order, not by date). */
export interface AlignedPair {
  a: string;
  b: string;
  passages: SharedPassage[];
}

/** Counters of one alignment run, for the benchmark and for progress reports. */
export interface AlignStats {
  documents: number;
  words: number;
  fingerprints: number;
  /** Fingerprints dropped because too many documents share them. */
  commonFingerprints: number;
  candidatePairs: number;
  /** Documents aligned only with the earliest of their near-identical group. */
  grouped: number;
  alignedPairs: number;
  passages: number;
}

/** The result of aligning a set of documents. */
export interface AlignResult {
  pairs: AlignedPair[];
  stats: AlignStats;
}

/** How a shared passage is read once quotations are known. */
export type PassageKind =
  /** Shared reporting text (or a shared quotation together with its frame). */
  | "copy"
  /** The same quoted words of a person. */
  | "quote_same"
  /** A quotation repeated with changed words. */
  | "quote_altered"
  /** Text every article of one outlet carries (newsletter box, sign-off): not reuse. */
  | "furniture"
  /**
   * Two versions of one text no one is credited with (a forwarded chain message), each set apart after a lead-in of
   * the article's own: each article printed the version it found, and neither took it from the other: not reuse.
   */
  | "text_versions";

/** A shared passage between two articles, oriented from the later (`from`) to the earlier (`to`) when dates allow. */
export interface ReusePassage {
  kind: PassageKind;
  pair: PassagePair;
  /** Source key of the quoted speaker, for quotation passages. */
  speaker?: string;
}

/**
 * Why a relation points to an article other than the earliest to print its text. `wording`: `later` took the text through
 * `source`, with which it shares a longer identical run than with `earliest` (`firstKnown` where dates or a citation put
 * `earliest` first, not only a convention among articles nothing orders). `quotation_form`: the quotation reached `later`
 * in the form `source` printed it.
 */
export type ViaPath =
  | { kind: "wording"; later: string; source: string; earliest: string; firstKnown: boolean }
  | { kind: "quotation_form"; later: string; source: string };

/**
 * How a relation's path is told, each article named by `name` (its id on a graph edge; its outlet and date in a finding):
 * one sentence for both, so a finding never rewrites words of an edge's sentence that happen to equal an article's id.
 */
export function viaSentence(p: ViaPath, name: (article: string) => string): string {
  if (p.kind === "quotation_form") return `the quotation reached ${name(p.later)} in the form ${name(p.source)} printed it`;
  return `${name(p.later)} reproduces the wording ${name(p.source)} printed (a longer identical run than with ${name(p.earliest)}, ${p.firstKnown ? "which printed the text first" : "which may have printed it first: nothing orders them"}): the text came through ${name(p.source)}`;
}

/** One reuse relation between two articles of a case: becomes a `copies`, `quotes_same` or `alters_quote` edge. */
export interface ReuseRelation {
  kind: "copies" | "quotes_same" | "alters_quote";
  /** The article that took the text (later). */
  from: string;
  /** The article the text most likely came from. */
  to: string;
  direction: EdgeDirection;
  /** How the orientation was decided: by dates, by a citation of `to` in `from` while the dates overlap, or not at all. */
  orientedBy: NonNullable<ReuseEdgeAttrs["orientedBy"]>;
  passages: PassagePair[];
  /** For copies: `from` names `to` or its outlet. */
  credited: boolean;
  /** Other articles that share these passages only through the common source `to`. */
  sharedWith: string[];
  /** Why the relation points to `to` rather than the earliest article that printed the text (told by `viaSentence`). */
  via?: ViaPath;
  /** The rule that made it (`copy.shared_passage`, `quote.in_copy`, `quote.shared_passage`, `quote.same_speaker`). */
  rule?: string;
  /** 0–1, how sure the reading is (see `CONFIDENT`). */
  confidence?: number;
}

/** What the alignment stage hands to the graph and the provenance stage. */
export interface ReuseAnalysis {
  pairs: AlignedPair[];
  relations: ReuseRelation[];
  drift: DriftEvidence[];
  stats: AlignStats;
  /** Per article, the articles it comes after only because of what the texts say (citations), the dates leaving it open. */
  orderedAfter: Record<string, string[]>;
}

/** A number stated with its qualifier and counted noun: "no less than 1,000 loyalists". */
export interface NumberMention {
  span: TextSpan;
  value: number;
  /** Folded qualifier words before the number ("no less than", "more than", "around"), empty when bare. */
  qualifier: string;
  /** Folded noun counted, when one follows. */
  noun?: string;
}

/** Evidence for the provenance stage's findings: statements whose numbers, attribution or support changed as they travelled. */
export type DriftEvidence =
  | {
      type: "number_drift";
      /** Later article, then earlier. */
      articles: [string, string];
      later: NumberMention;
      earlier: NumberMention;
      /** The two sentences, later first. */
      sentences: [TextSpan, TextSpan];
      explanation: string;
    }
  | {
      type: "attribution_drift";
      articles: [string, string];
      /** Who the later article credits (source key, or "none"). */
      laterSource: string;
      earlierSource: string;
      sentences: [TextSpan, TextSpan];
      explanation: string;
    }
  | {
      type: "unsupported_attribution";
      /** Citing article, then the cited article of the case. */
      articles: [string, string];
      /** The attributed clause the cited article does not support. */
      clause: TextSpan;
      /** The cited article's closest sentence, if any. */
      closest?: TextSpan;
      /** 0..1: how much of the clause's weighted content the closest sentence carries. */
      support: number;
      explanation: string;
    };
