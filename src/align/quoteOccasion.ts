/**
 * The medium a quotation was given in, where the text says it: a post ("in a post on X", "tweeted", "auf Instagram")
 * or spoken words ("told reporters", "in an interview", "at a press conference"). Two quotations of one speaker, one
 * given as a post and the other as spoken, are two utterances — a post and a speech on one topic say the same thing in
 * other words — not one quotation altered; `withoutOtherOccasions` drops such `alters_quote` readings. A written
 * statement is no medium of its own here: writers call it "remarks", read it out, post it. Words printed alike are
 * still one quotation (a post read out aloud): a `quotes_same` relation is never dropped. Pure.
 */
import type { CleanArticle } from "../clean/types.ts";
import { blankSpans, containerOf, firstEndingAfter, overlaps, type ContainerOf, type Span } from "../core/spans.ts";
import { perLanguage } from "../extract/frames/common.ts";
import { framesFor } from "../extract/frames/index.ts";
import type { LanguageFrames } from "../extract/frames/types.ts";
import type { ArticleReading, Quotation } from "../extract/types.ts";
import type { PassagePair } from "../graph/types.ts";
import type { ReuseRelation } from "./types.ts";

export type QuoteMedium = "post" | "spoken";

// Words for a post that are no language's: the networks' own names and the verbs and nouns made from "tweet", written
// alike in every language. Each language's generic words for a post or for spoken words are its frames' `occasionMedia`.
const NETWORK_POST_WORDS = ["twitter", "facebook", "instagram", "telegram", "tiktok", "threads", "bluesky", "mastodon", "x\\.com", "(?:re)?tweet\\p{L}*", "(?:re)?tuit\\p{L}*", "twitt\\p{L}*", "tviit\\p{L}*"];

/** A word of `words` matched whole at its start (stems end in \p{L}*), in any case; a list with none matches nothing. */
function wholeWords(words: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join("|") || "(?!)"})(?![\\p{L}\\p{N}])`, "iu");
}

/** The medium cues of a language: the networks' words and its own post words, and its own spoken words. */
const mediumCues = perLanguage((frames: LanguageFrames): readonly (readonly [QuoteMedium, RegExp])[] => [
  ["post", wholeWords([...NETWORK_POST_WORDS, ...(frames.occasionMedia?.post ?? [])])],
  ["spoken", wholeWords(frames.occasionMedia?.spoken ?? [])],
]);

/** The media `text`, written in the language of `frames`, names. */
export function mediaNamed(text: string, frames: LanguageFrames): Set<QuoteMedium> {
  return new Set(mediumCues(frames).filter(([, cue]) => cue.test(text)).map(([medium]) => medium));
}

/**
 * What `quoteMedia` reads of one article, built once per article rather than scanned for each passage: its body and
 * language, its quotations proper with the spans that find which holds a passage, their quoted parts, and its
 * sentences (in the order of the body, so found by halving).
 */
export interface OccasionIndex {
  body: string;
  frames: LanguageFrames;
  quotations: readonly Quotation[];
  quotationOf: ContainerOf;
  quoted: readonly Span[];
  sentences: readonly Span[];
}

export function occasionIndex(body: string, reading: ArticleReading): OccasionIndex {
  const quotations = reading.quotations.filter((q) => q.kind === "quotation");
  return {
    body,
    frames: framesFor(reading.language),
    quotations,
    quotationOf: containerOf(quotations.map((q) => q.span)),
    quoted: quotations.flatMap((q) => q.parts),
    sentences: reading.sentences,
  };
}

/**
 * The media the text gives for the quotation that holds `span`: named in the sentences the quotation stands in, outside
 * any quotation's words (what the quotations say is no setting), or else in the sentence before them (a lead-in, "In a
 * post on X, she wrote:" / the quotation, or the occasion the writer sets before "He said: …"). Empty where the text
 * says none.
 */
export function quoteMedia(index: OccasionIndex | undefined, span: Span): Set<QuoteMedium> {
  if (!index) return new Set();
  const { body, sentences } = index;
  const held = index.quotationOf(span);
  // A passage that runs out of every quotation (rare: a passage is quoted words) takes the first it overlaps.
  const quotation = held >= 0 ? index.quotations[held] : index.quotations.find((q) => overlaps(q.span, span));
  const around = quotation?.span ?? span;
  const first = firstEndingAfter(sentences, around.start);
  if (first >= sentences.length) return new Set();
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1]!.start < around.end) last++;
  const read = (from: number, to: number) => mediaNamed(blankSpans(body.slice(from, to), index.quoted, from), index.frames);
  const own = read(Math.min(sentences[first]!.start, around.start), Math.max(sentences[last]!.end, around.end));
  if (own.size > 0 || first === 0) return own;
  const before = sentences[first - 1]!;
  return read(before.start, before.end);
}

/** Whether both printings of a passage say their medium and no medium is named for both: two utterances. */
function otherOccasions(passage: PassagePair, indexOf: (article: string) => OccasionIndex | undefined): boolean {
  const later = quoteMedia(indexOf(passage.from.article), passage.from);
  if (later.size === 0) return false;
  const earlier = quoteMedia(indexOf(passage.to.article), passage.to);
  return earlier.size > 0 && ![...later].some((m) => earlier.has(m));
}

/**
 * The relations without the altered quotations whose two printings the texts give as said in different media: each
 * `alters_quote` relation loses those passages, and is dropped when none is left.
 */
export function withoutOtherOccasions(articles: readonly CleanArticle[], readings: ReadonlyMap<string, ArticleReading>, relations: readonly ReuseRelation[]): ReuseRelation[] {
  const bodies = new Map(articles.map((a) => [a.meta.id, a.body]));
  const indexes = new Map<string, OccasionIndex | undefined>();
  const indexOf = (article: string): OccasionIndex | undefined => {
    if (!indexes.has(article)) {
      const reading = readings.get(article);
      indexes.set(article, reading && occasionIndex(bodies.get(article) ?? "", reading));
    }
    return indexes.get(article);
  };
  const out: ReuseRelation[] = [];
  for (const r of relations) {
    if (r.kind !== "alters_quote") {
      out.push(r);
      continue;
    }
    const passages = r.passages.filter((p) => !otherOccasions(p, indexOf));
    if (passages.length === r.passages.length) out.push(r);
    else if (passages.length > 0) out.push({ ...r, passages });
  }
  return out;
}
