/**
 * Whether the text two articles share is what one of them gives as a third party's words: a quotation, a sentence
 * credited to an unnamed source ("sources said") or naming a quotation's speaker, or a paragraph set apart after a
 * lead-in that names a source and ends in a colon ("According to the agency's statement:"), with the paragraphs a
 * passage runs on into where both texts set its opening apart so. Two texts that relay one
 * source's words (a statement, a hoax text both quote) print them alike without one copying the other: a copy resting
 * only on such text is possible, not shown. Pure over the two articles' bodies and readings.
 */
import { contains, overlapLength, overlaps, type Span } from "../core/spans.ts";
import type { CleanArticle } from "../clean/types.ts";
import type { ArticleReading, Attribution } from "../extract/types.ts";
import type { PassagePair } from "../graph/types.ts";

/** A passage is relayed when at least this share of its characters (on one side) lies in credited text. */
export const RELAYED_SHARE = 0.8;

/** One side of a shared passage: the article and its reading. */
export interface RelaySide {
  article: CleanArticle;
  reading: ArticleReading | undefined;
}

/** The spans of a text that it gives as a third party's words (see the file's banner). */
export function creditedSpans(side: RelaySide): Span[] {
  const { reading } = side;
  if (!reading) return [];
  const out: Span[] = [];
  // Quotations: someone else's words, whether or not the reading found whose (a statement quoted after "the statement
  // read:", its speaker in a lead-in no frame reads). A text quoting the other article's own prose names it, and is
  // then a credited copy.
  for (const q of reading.quotations) if (q.kind === "quotation" && q.span.start >= 0) out.push(...q.parts);
  // Sentences carrying a credit to an unnamed source ("sources said") or naming a quotation's speaker. A sentence crediting
  // an outlet is not enough: in a story about what outlets printed (a hoax, a satire taken for news) every sentence
  // names one, and two texts sharing such sentences copied them as often as not.
  const creditAt: Span[] = [];
  for (const s of reading.sources) if (s.type === "anonymous" && !s.collective) creditAt.push(...s.mentions);
  for (const q of reading.quotations) if (q.kind === "quotation" && q.speaker && q.speakerSpan) creditAt.push(q.speakerSpan);
  const credited = (s: Span) => creditAt.some((c) => c.start >= 0 && overlaps(c, s));
  for (const s of reading.sentences) if (s.start >= 0 && credited(s)) out.push(s);
  // A paragraph set apart after a credited lead-in that ends in a colon: the credited source's words, marks or none.
  for (const block of blocksAfterLeadIns(side)) if (block.credited) out.push(block.paragraph);
  return out;
}

/** A paragraph set apart after a lead-in that ends in a colon, and whether the lead-in names a source or credit. */
interface BlockAfterLeadIn {
  paragraph: Span;
  credited: boolean;
  /** Outlets the lead-in credits ("The Gazette has updated its story with this line:"), by key. */
  outlets: Set<string>;
}

/** Whether paragraph `i` of an article is set apart after a lead-in ending in a colon ("The statement read:"). */
function followsColon(article: CleanArticle, i: number): boolean {
  const lead = article.paragraphs[i - 1];
  return lead !== undefined && /:\s*$/u.test(article.body.slice(lead.start, lead.end));
}

/** The paragraph holding offset `at` where it is set apart after a lead-in ending in a colon: a block of someone's text, marks or none. */
export function blockAfterColon(article: CleanArticle, at: number): Span | undefined {
  const i = article.paragraphs.findIndex((p) => p.start <= at && at < p.end);
  return i > 0 && followsColon(article, i) ? article.paragraphs[i] : undefined;
}

/** The paragraphs a text sets apart after a lead-in ending in a colon ("According to the satirical report:"). */
function blocksAfterLeadIns(side: RelaySide): BlockAfterLeadIn[] {
  const { reading, article } = side;
  if (!reading) return [];
  const creditAt: Span[] = [];
  for (const s of reading.sources) if (s.type === "anonymous" && !s.collective) creditAt.push(...s.mentions);
  for (const q of reading.quotations) if (q.kind === "quotation" && q.speaker && q.speakerSpan) creditAt.push(q.speakerSpan);
  const paragraphs = article.paragraphs;
  const out: BlockAfterLeadIn[] = [];
  for (let i = 1; i < paragraphs.length; i++) {
    const lead = paragraphs[i - 1]!;
    if (!followsColon(article, i)) continue;
    const leadSentence = reading.sentences.filter((s) => overlaps(s, lead)).at(-1) ?? lead;
    const credited = creditAt.some((c) => c.start >= 0 && overlaps(c, leadSentence)) || reading.sources.some((s) => !s.collective && s.mentions.some((m) => overlaps(m, leadSentence)));
    const outlets = new Set(reading.attributions.filter((at) => at.span.start >= 0 && overlaps(at.span, leadSentence)).map((at) => at.outlet));
    out.push({ paragraph: paragraphs[i]!, credited, outlets });
  }
  return out;
}

/**
 * Whether a passage opens, in both texts, a block each sets apart after a lead-in ending in a colon, one of the two
 * lead-ins naming whose text it is ("According to the satirical report:" / "According to the original claim, …:"):
 * both show that text, however many paragraphs it runs on, and neither wrote it.
 */
function opensQuotedBlockInBoth(passage: PassagePair, laterBlocks: readonly BlockAfterLeadIn[], earlierBlocks: readonly BlockAfterLeadIn[], commonOutlets: ReadonlySet<string>): boolean {
  const opening = (blocks: readonly BlockAfterLeadIn[], at: number) => blocks.find((b) => b.paragraph.start <= at && at < b.paragraph.end);
  const later = opening(laterBlocks, passage.from.start);
  const earlier = opening(earlierBlocks, passage.to.start);
  return later !== undefined && earlier !== undefined && (later.credited || earlier.credited || blockOutletOfBoth(later, earlier, commonOutlets) !== undefined);
}

/** The outlet both lead-ins credit for their blocks, among outlets both texts credit and the case does not hold. */
function blockOutletOfBoth(later: BlockAfterLeadIn, earlier: BlockAfterLeadIn, commonOutlets: ReadonlySet<string>): string | undefined {
  return [...later.outlets].find((o) => commonOutlets.has(o) && earlier.outlets.has(o));
}

/**
 * Per passage of a copy, the outlet both texts give it to: in each, the passage opens a block set apart after a lead-in
 * that credits that outlet ("The Gazette has updated its story with this line:" / "The Gazette added this note:"), an
 * outlet both credit and the case does not hold. Each text names where that block came from: printing it is not taking
 * it from the other uncredited, whatever else the two share. Undefined for every other passage.
 */
export function blocksCreditedInBoth(passages: readonly PassagePair[], later: RelaySide, earlier: RelaySide, commonOutlets: ReadonlySet<string>): (string | undefined)[] {
  if (commonOutlets.size === 0) return passages.map(() => undefined);
  const laterBlocks = blocksAfterLeadIns(later);
  const earlierBlocks = blocksAfterLeadIns(earlier);
  const opening = (blocks: readonly BlockAfterLeadIn[], at: number) => blocks.find((b) => b.paragraph.start <= at && at < b.paragraph.end);
  return passages.map((p) => {
    const l = opening(laterBlocks, p.from.start);
    const e = opening(earlierBlocks, p.to.start);
    return l && e ? blockOutletOfBoth(l, e, commonOutlets) : undefined;
  });
}

/**
 * Whether every passage of a copy is, on one side or the other, mostly (at least RELAYED_SHARE of its characters)
 * text that side gives as a third party's, the retelling of an outlet both credit (`commonOutlets`, see
 * retellsCommonOutlet), or, in both, the retelling of one named person's words (retellsSamePerson): one passage of the writer's own prose both print (an opening paragraph
 * rewritten) shows a copy, whatever else they relay.
 */
export function relaysThirdParty(passages: readonly PassagePair[], later: RelaySide, earlier: RelaySide, commonOutlets: ReadonlySet<string> = new Set()): boolean {
  if (passages.length === 0) return false;
  const laterCredited = creditedSpans(later);
  const earlierCredited = creditedSpans(earlier);
  const coveredShare = (span: Span, credited: readonly Span[]): number => {
    const length = Math.max(1, span.end - span.start);
    // Credited spans may overlap one another: count each character of the passage once.
    const marks = new Uint8Array(length);
    for (const c of credited) for (let k = Math.max(c.start, span.start); k < Math.min(c.end, span.end); k++) marks[k - span.start] = 1;
    return marks.reduce((n, m) => n + m, 0) / length;
  };
  const laterBlocks = blocksAfterLeadIns(later);
  const earlierBlocks = blocksAfterLeadIns(earlier);
  const retold = retellsCommonOutlet(passages, later, earlier, commonOutlets);
  return passages.every((p) => Math.max(coveredShare(p.from, laterCredited), coveredShare(p.to, earlierCredited)) >= RELAYED_SHARE || opensQuotedBlockInBoth(p, laterBlocks, earlierBlocks, commonOutlets) || retold(p) || retellsSamePerson(p, later, earlier));
}

/**
 * The keys of the named sources to whom a text gives most of `span` (at least RELAYED_SHARE of its characters): sources
 * it names, outside `span` itself, in the sentences that hold those characters.
 */
function namedAround(side: RelaySide, span: Span): Set<string> {
  const { reading } = side;
  const keys = new Set<string>();
  if (!reading) return keys;
  const sentences = reading.sentences.filter((s) => s.start >= 0 && overlaps(s, span));
  const length = Math.max(1, span.end - span.start);
  for (const source of reading.sources) {
    if (source.type !== "named") continue;
    const naming = sentences.filter((s) => source.mentions.some((m) => m.start >= 0 && !overlaps(m, span) && contains(s, m)));
    if (naming.reduce((n, s) => n + overlapLength(s, span), 0) >= RELAYED_SHARE * length) keys.add(source.key);
  }
  return keys;
}

/**
 * Whether both texts print a passage in sentences that give it to one and the same named person, named outside the
 * shared words ("Varo asked drivers to slow down wherever …" / "Inspector Varo firmly asked drivers to call
 * the harbour office … wherever …"): each retells what that person said, in words both had from the
 * statement. A name among the shared words was copied with them and credits nothing.
 */
function retellsSamePerson(p: PassagePair, later: RelaySide, earlier: RelaySide): boolean {
  const laterNamed = namedAround(later, p.from);
  if (laterNamed.size === 0) return false;
  return [...namedAround(earlier, p.to)].some((key) => laterNamed.has(key));
}

/**
 * Which passages of a copy retell the report of an outlet both texts name as a source and the case does not hold: in one
 * text, in a sentence it credits to that outlet ("According to the Harbour Gazette, the keeper climbed …"), and, in the
 * other, after its own credit to it ("The story was first published by the Harbour Gazette. In it, the keeper climbed
 * …"). Two texts that each retell that report print its words alike without either copying the other. None where the
 * credit itself is among the shared words ("Quoting the Gazette's report, the paper wrote"): it was copied with them.
 * `commonOutlets` are those outlets.
 */
function retellsCommonOutlet(passages: readonly PassagePair[], later: RelaySide, earlier: RelaySide, commonOutlets: ReadonlySet<string>): (p: PassagePair) => boolean {
  const creditsOf = (side: RelaySide) => (side.reading?.attributions ?? []).filter((at) => commonOutlets.has(at.outlet) && at.span.start >= 0);
  const laterCredits = creditsOf(later);
  const earlierCredits = creditsOf(earlier);
  if (laterCredits.length === 0 || earlierCredits.length === 0) return () => false;
  if (passages.some((p) => laterCredits.some((at) => contains(p.from, at.span)) && earlierCredits.some((at) => contains(p.to, at.span)))) return () => false;
  // Where each text first names one of the outlets: what it retells from there on may be that outlet's.
  const laterFrom = Math.min(...laterCredits.map((at) => at.span.start));
  const earlierFrom = Math.min(...earlierCredits.map((at) => at.span.start));
  const inCreditedSentence = (span: Span, credits: readonly Attribution[]) =>
    credits.some((at) => overlapLength(span, at.sentence) >= RELAYED_SHARE * (span.end - span.start));
  return (p) => (inCreditedSentence(p.from, laterCredits) && p.to.start >= earlierFrom) || (inCreditedSentence(p.to, earlierCredits) && p.from.start >= laterFrom);
}
