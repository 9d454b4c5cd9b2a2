/**
 * The medium a quotation was given in, where the text says it: a post ("in a post on X", "tweeted", "auf Instagram")
 * or spoken words ("told reporters", "in an interview", "at a press conference"). Two quotations of one speaker, one
 * given as a post and the other as spoken, are two utterances — a post and a speech on one topic say the same thing in
 * other words — not one quotation altered; `withoutOtherOccasions` drops such `alters_quote` readings. A written
 * statement is no medium of its own here: writers call it "remarks", read it out, post it. Words printed alike are
 * still one quotation (a post read out aloud): a `quotes_same` relation is never dropped. Pure.
 */
import type { CleanArticle } from "../clean/types.ts";
import type { Span } from "../core/spans.ts";
import type { ArticleReading } from "../extract/types.ts";
import type { PassagePair } from "../graph/types.ts";
import type { ReuseRelation } from "./types.ts";

export type QuoteMedium = "post" | "spoken";

// Words that stand for a medium in any language: the networks' own names, the verbs and nouns made from "tweet", and the
// languages' generic nouns for a post, an interview, a press conference, a speech. A word is matched whole at its start
// (stems end in \p{L}*); the two classes never share a word.
const W = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const MEDIUM_CUES: readonly (readonly [QuoteMedium, RegExp])[] = [
  [
    "post",
    new RegExp(
      `${W}(?:twitter|facebook|instagram|telegram|tiktok|threads|bluesky|mastodon|x\\.com|(?:re)?tweet\\p{L}*|(?:re)?tuit\\p{L}*|twitt\\p{L}*|tviit\\p{L}*|posted|in\\s+a\\s+post|a\\s+post\\s+on|social\\s+media|opslag\\p{L}*|innlegg\\p{L}*|inlägg\\p{L}*|příspěv\\p{L}*|príspev\\p{L}*|plasing|įraš\\p{L}*|paylaşım\\p{L}*)${E}`,
      "iu",
    ),
  ],
  [
    "spoken",
    new RegExp(
      `${W}(?:told\\s+(?:reporters|journalists|the\\s+press)|interview\\p{L}*|intervju\\p{L}*|entrevista\\p{L}*|entretien\\p{L}*|intervist\\p{L}*|rozhovor\\p{L}*|onderhoud|(?:press|news)\\s+conferences?|briefings?|speech(?:es)?|remarks|rally|town\\s+hall|(?:at|during)\\s+(?:an?|the)\\s+(?:\\p{L}+\\s+)?(?:session|meeting|summit|hearing|ceremony|gathering)|conférences?\\s+de\\s+presse|pressekonferenz\\p{L}*|persconferentie|pressemøde\\p{L}*|pressekonferanse\\p{L}*|presskonferens\\p{L}*|ruedas?\\s+de\\s+prensa|conferencias?\\s+de\\s+prensa|conferenz[ae]\\s+stampa|coletivas?|discours|discursos?|discors[oi]|allocutions?|toespraak|projev\\p{L}*)${E}`,
      "iu",
    ),
  ],
];

/** The media `text` names (MEDIUM_CUES). */
export function mediaNamed(text: string): Set<QuoteMedium> {
  return new Set(MEDIUM_CUES.filter(([, cue]) => cue.test(text)).map(([medium]) => medium));
}

/** `text` (from `offset` of its body) with the quoted words of `quoted` blanked: what the quotations say is no setting. */
function outsideQuotes(text: string, offset: number, quoted: readonly Span[]): string {
  let out = text;
  for (const q of quoted) {
    const from = Math.max(0, q.start - offset);
    const to = Math.min(text.length, q.end - offset);
    if (from < to) out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
  }
  return out;
}

/**
 * The media the text gives for the quotation of `reading` that holds `span`: named in the sentences the quotation
 * stands in, outside any quotation's words, or else in the sentence before them (a lead-in, "In a post on X, she
 * wrote:" / the quotation, or the occasion the writer sets before "He said: …"). Empty where the text says none.
 */
export function quoteMedia(body: string, reading: ArticleReading | undefined, span: Span): Set<QuoteMedium> {
  if (!reading) return new Set();
  const quotation = reading.quotations.find((q) => q.kind === "quotation" && q.span.start <= span.start && span.end <= q.span.end) ?? reading.quotations.find((q) => q.kind === "quotation" && q.span.start < span.end && span.start < q.span.end);
  const around = quotation?.span ?? span;
  const quoted = reading.quotations.filter((q) => q.kind === "quotation").flatMap((q) => q.parts);
  const sentences = reading.sentences;
  const first = sentences.findIndex((s) => s.end > around.start);
  if (first < 0) return new Set();
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1]!.start < around.end) last++;
  const read = (from: number, to: number) => mediaNamed(outsideQuotes(body.slice(from, to), from, quoted));
  const own = read(Math.min(sentences[first]!.start, around.start), Math.max(sentences[last]!.end, around.end));
  if (own.size > 0 || first === 0) return own;
  const before = sentences[first - 1]!;
  return read(before.start, before.end);
}

/** Whether both printings of a passage say their medium and no medium is named for both: two utterances. */
function otherOccasions(passage: PassagePair, bodies: ReadonlyMap<string, string>, readings: ReadonlyMap<string, ArticleReading>): boolean {
  const media = (side: PassagePair["from"]) => quoteMedia(bodies.get(side.article) ?? "", readings.get(side.article), side);
  const later = media(passage.from);
  if (later.size === 0) return false;
  const earlier = media(passage.to);
  return earlier.size > 0 && ![...later].some((m) => earlier.has(m));
}

/**
 * The relations without the altered quotations whose two printings the texts give as said in different media: each
 * `alters_quote` relation loses those passages, and is dropped when none is left.
 */
export function withoutOtherOccasions(articles: readonly CleanArticle[], readings: ReadonlyMap<string, ArticleReading>, relations: readonly ReuseRelation[]): ReuseRelation[] {
  const bodies = new Map(articles.map((a) => [a.meta.id, a.body]));
  const out: ReuseRelation[] = [];
  for (const r of relations) {
    if (r.kind !== "alters_quote") {
      out.push(r);
      continue;
    }
    const passages = r.passages.filter((p) => !otherOccasions(p, bodies, readings));
    if (passages.length === r.passages.length) out.push(r);
    else if (passages.length > 0) out.push({ ...r, passages });
  }
  return out;
}
