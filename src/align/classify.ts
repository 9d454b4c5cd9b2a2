/**
 * From shared passages to reuse relations between articles: orientation (dates, then citations), passage kinds
 * (copy, same quote, altered quote, furniture), and edge targeting (the article the text most likely came from).
 */
import { compareDates, dateMidpoint } from "../core/dates.ts";
import { memoActive, rememberFor } from "../core/memo.ts";
import { outletKey, type OutletRegistry } from "../core/outlets.ts";
import { overlapLength, type Span } from "../core/spans.ts";
import { wordCount } from "../core/text.ts";
import type { CleanArticle } from "../clean/types.ts";
import { tellsOwnNewsWork } from "../extract/frames/index.ts";
import { findQuotes } from "../extract/quotes.ts";
import type { ArticleReading } from "../extract/types.ts";
import { CONFIDENT, type DiffOp, type EdgeDirection, type Evidence, type PassagePair } from "../graph/types.ts";
import { doublesSharedRun, OPENING_PARAGRAPHS, runIndex, type RunIndex } from "./doubledPaste.ts";
import { inferOrder, type OrderConstraint } from "./order.ts";
import { compareWordingByText, findRun } from "./quoteWording.ts";
import { pairWithPendingDiff, settleDiff } from "./lazyDiff.ts";
import { keepRelations, keptRelations } from "./classifyCarry.ts";
import { SamePrintings } from "./samePrintings.ts";
import { blockAfterColon, blocksCreditedInBoth, relaysThirdParty as relayedPassages } from "./relayed.ts";
import { surfaceDiff } from "./surface.ts";
import { quotesWords } from "./quotedElsewhere.ts";
import { inReportedSpeech } from "../extract/reportedSpeech.ts";
import { introducedByColon } from "../extract/sentences.ts";
import { tokenNorms, wordsOfTokens } from "./tokens.ts";
import type { AlignedPair, PassageKind, ReuseRelation, SharedPassage, ViaPath } from "./types.ts";

/** What the classifier needs about a case. `readings` may be partial: an article without one has no known quotations. */
export interface ReuseInputs {
  articles: readonly CleanArticle[];
  readings: readonly ArticleReading[];
  pairs: readonly AlignedPair[];
  registry?: OutletRegistry;
}

/** The order of two articles: `later` took text from `earlier` (or, with orientedBy "none", the order is only conventional). */
export interface Orientation {
  later: string;
  earlier: string;
  direction: EdgeDirection;
  orientedBy: ReuseRelation["orientedBy"];
}

/** A passage read from the later article's side, classified. */
interface Classified {
  later: string;
  earlier: string;
  kind: PassageKind;
  /** The whole shared passage, later → earlier. */
  full: PassagePair;
  /** For quotation kinds: only the quoted words on each side. */
  quote?: PassagePair;
  /** For quotation kinds: how many words the two printings of the quotation share. */
  sharedWords?: number;
  /** For a copied passage that carries a quotation (`quote` set, kind "copy"): whether its words are unchanged. */
  quoteSame?: boolean;
  speaker?: string;
  matchedWords: number;
  /**
   * The matched words that are reporting text: `matchedWords` less the share of the passage both articles print as
   * someone's quotation (a post or a statement both quote is no prose one took from the other).
   */
  proseWords: number;
  /** Mostly a quoted headline on one side or the other: a title both print, not reporting text one took from the other. */
  titled?: boolean;
  /**
   * For quotation kinds: the later printing quotes words of the statement the earlier one does not print (the earlier
   * holds only a fragment of it): the earlier printing cannot be where the later one had the quotation from.
   */
  laterQuotesMore?: boolean;
}

// A passage is read as a quotation when at least this share of its later-side characters lie inside quoted words.
const QUOTE_SHARE = 0.5;
// Most words at the end of two lead-ins ("… reads:") that may be alike without the lead-in being copied.
const LEAD_WORDS_ALIKE = 2;
// Words the earlier article prints unmarked are still a quotation when at least this many other articles mark them as one.
const QUOTE_CONSENSUS = 1;
// A copy rests on shared reporting text: at least one passage of prose (not quoted words) this long, in matched words.
const COPY_MIN_PROSE_WORDS = 12;
// ... or one of at least COPY_MIN_SHORT_WORDS shared, at that place, by fewer than this many other articles (a
// headline-sized phrase such as the story's own name, eight words, is not enough), none of which quotes its words as
// someone's (a statement's sentence both retell in reported speech).
const COPY_MIN_SHORT_WORDS = 10;
// A passage this long shows a copy however many articles print it; a shorter one many print (a person's title and
// institution, a stock description) is the story's phrasing.
const COPY_STOCK_WORDS = 20;
// ... and a shorter one shows it only beside another passage of that size the two share (a quotation counts): one
// phrase of 10-19 words and nothing else (a person's name with their title and institution, a journal's name), or
// beside a newsletter line, is what anyone writing about the story might print.
const COPY_SHORT_PASSAGES = 2;
// ... or at least this many passages no other article of the case prints.
const EXCLUSIVE_PASSAGES = 3;
const STOCK_PHRASE_CARRIERS = 3;
// Passages of two articles nothing orders show no copy where this many others nothing orders print them too (siblings).
const SIBLING_CARRIERS = 2;
// Furniture: near-identical, covering (almost) a whole paragraph, among the first or last paragraphs of both articles.
const FURNITURE_SIMILARITY = 0.9;
const FURNITURE_COVER = 0.8;
const FURNITURE_EDGE_PARAGRAPHS = 2;
// Variant-based targeting (see classifyReuse).
const VARIANT_RUN_RATIO = 1.25;
const VARIANT_MIN_EXTRA = 5;
const VARIANT_SIMILARITY = 0.05;
// A quotation's first printing must carry at least this share of the words the best-matching earlier printing shares with it.
const QUOTE_COVER = 0.9;
// Rules of quotation relations (edge `rule`) and their confidences.
/**
 * A copy's rule and confidence: passages of the same words, long enough and outside quotation marks, are sure reuse
 * (the alignment's thresholds decide that); which article took from which is the edge's `direction`, said apart.
 */
const COPY_READING = { rule: "copy.shared_passage", confidence: 0.9 } as const;
/**
 * A copy whose shared text one of the two gives as a third party's words or report (relayed.ts): both may have taken
 * it from that source, so the copy is possible, not shown (drawn dashed; no uncredited-copy finding rests on it).
 */
const RELAYED_COPY_READING = { rule: "copy.relayed_source", confidence: 0.5 } as const;
export const QUOTE_IN_COPY = "quote.in_copy";
const QUOTE_SHARED_PASSAGE = "quote.shared_passage";
const QUOTE_ORDERED_CONFIDENCE = 0.9;
const QUOTE_UNORDERED_CONFIDENCE = 0.8;
// Two earlier articles print the same version of a passage when they align this closely over it.
// Share of the text an article shares with the case that another must print for that one to be its fuller version.
const FULLER_VERSION_COVER = 0.9;
const IDENTICAL_VERSIONS = 0.97;
const IDENTICAL_COVER = 0.6;
// Attribution frames by which an article says it had someone's words through an outlet.
const RELAY_FRAMES: ReadonlySet<string> = new Set(["quoted", "citing"]);

function evidence(article: CleanArticle, span: Span): Evidence {
  return { article: article.meta.id, start: span.start, end: span.end, text: article.body.slice(span.start, span.end) };
}

/** Builds the per-case lookups once. */
export function reuseContext(inputs: ReuseInputs) {
  const byId = new Map(inputs.articles.map((a) => [a.meta.id, a]));
  const order = new Map(inputs.articles.map((a, i) => [a.meta.id, i]));
  const readings = new Map(inputs.readings.map((r) => [r.article, r]));
  // Asked for each pair and passage: each article's outlet is looked up in the registry once.
  const outlets = new Map<string, string | undefined>();
  const outletOf = (id: string): string | undefined => {
    if (outlets.has(id)) return outlets.get(id);
    const name = byId.get(id)?.meta.outlet;
    const key = name ? outletKey(inputs.registry?.byName(name)?.name ?? name) : undefined;
    outlets.set(id, key);
    return key;
  };
  /** True when article `x` names article `y` or y's outlet (other than its own) as a source. */
  const cites = (x: string, y: string): boolean => {
    const ox = outletOf(x);
    const oy = outletOf(y);
    const r = readings.get(x);
    // A syndication credit ("THE DAILY LEDGER" under the story) names the outlet as surely as "according to" does.
    return (r?.attributions ?? []).some((at) => at.article === y || (oy !== undefined && at.outlet === oy && oy !== ox)) || (oy !== undefined && oy !== ox && (r?.syndication ?? []).some((s) => s.outlet === oy));
  };
  // Where dates cannot order two articles, what the texts say of each other can: citations, followed transitively.
  const constraints = citationConstraints(inputs, cites);
  const articleOrder = inferOrder(new Map(inputs.articles.map((a) => [a.meta.id, a.meta.published])), constraints);
  const outletsInCase = new Set(inputs.articles.map((a) => outletOf(a.meta.id)).filter((o): o is string => o !== undefined));
  /**
   * True when article `x` prints `outlet`'s story too: it credits the outlet as its wire, or tells of the outlet's own news
   * work in the outlet's voice ("Kestrel TV has reached out to the ministry", an affiliate's unmarked reprint). Two
   * printings of one story: a reprint's date bounds nothing between them, and the dates order them.
   */
  const printsStoryOf = (x: string, outlet: string): boolean => {
    const r = readings.get(x);
    return (r?.syndication ?? []).some((s) => s.outlet === outlet) || (r?.attributions ?? []).some((at) => at.outlet === outlet && tellsOwnNewsWork(at));
  };
  /** True when the article is another outlet's story by its own credit (a syndication line naming an outlet not its own), that outlet not being `other`'s. */
  const reprint = (id: string, other: string): boolean => {
    const own = outletOf(id);
    const theirs = outletOf(other);
    // Where the outlet of record's own article is in the case, its date is the text's date: the dates decide.
    const credits = (readings.get(id)?.syndication ?? []).filter((s) => s.outlet !== own);
    return credits.length > 0 && !credits.some((s) => s.outlet === theirs || outletsInCase.has(s.outlet) || printsStoryOf(other, s.outlet));
  };
  // The articles that name each article (or its outlet) as a source, found once per article: asked of every pair left unordered.
  const citers = new Map<string, Set<string>>();
  const citersOf = (x: string): Set<string> => {
    let set = citers.get(x);
    if (!set) citers.set(x, (set = new Set(inputs.articles.map((z) => z.meta.id).filter((z) => z !== x && cites(z, x)))));
    return set;
  };
  /** Whether an article of the case other than `x` and `other` names `x` (or its outlet) as a source and not `other`. */
  const creditedBy = (x: string, other: string): boolean => {
    const theirs = citersOf(other);
    return [...citersOf(x)].some((z) => z !== other && !theirs.has(z));
  };
  // Per article, the text it shares with any other article of the case (merged spans), found on demand.
  const pairOf = new Map(inputs.pairs.map((p) => [p.a < p.b ? `${p.a}\u0000${p.b}` : `${p.b}\u0000${p.a}`, p]));
  let sharedSpans: Map<string, Span[]> | undefined;
  const sharedOf = (id: string): Span[] => {
    if (!sharedSpans) {
      const lists = new Map<string, Span[]>();
      for (const pair of inputs.pairs)
        for (const p of pair.passages)
          for (const [article, span] of [[pair.a, p.a], [pair.b, p.b]] as const) {
            const list = lists.get(article);
            if (list) list.push(span);
            else lists.set(article, [span]);
          }
      sharedSpans = new Map([...lists].map(([article, spans]) => [article, mergedSpans(spans)]));
    }
    return sharedSpans.get(id) ?? [];
  };
  /** Whether `x` prints nearly all the text `y` shares with any article of the case (FULLER_VERSION_COVER). */
  const holdsSharedTextOf = (x: string, y: string): boolean => {
    const pair = pairOf.get(x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
    const shared = sharedOf(y);
    const total = shared.reduce((n, s) => n + s.end - s.start, 0);
    if (!pair || total === 0) return false;
    const withX = mergedSpans(pair.passages.map((p) => (pair.a === y ? p.a : p.b)));
    const held = shared.reduce((n, s) => n + withX.reduce((m, w) => m + overlapLength(s, w), 0), 0);
    return held >= FULLER_VERSION_COVER * total;
  };
  /**
   * Of two articles nothing orders, the one that prints all the text the other shares with the case where the other
   * does not print all of its: siblings of one wire story each carry a cut of it, and the story holds every cut, so the
   * edges between them are drawn to it, not from one sibling to another. Undefined where neither or both hold the other's.
   */
  const fullerOf = new Map<string, string | undefined>();
  const fullerVersion = (x: string, y: string): string | undefined => {
    const key = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
    if (fullerOf.has(key)) return fullerOf.get(key);
    const xHolds = holdsSharedTextOf(x, y);
    const fuller = xHolds === holdsSharedTextOf(y, x) ? undefined : xHolds ? x : y;
    fullerOf.set(key, fuller);
    return fuller;
  };
  /** Orders two articles; with `reprints`, a reprint's date does not bound its text (see reprintOrient). */
  const orient = (x: string, y: string, reprints = false): Orientation => {
    const ax = byId.get(x)?.meta.published;
    const ay = byId.get(y)?.meta.published;
    const c = compareDates(ax, ay);
    // A reprint of another outlet's story (a syndication credit) is dated when it was reprinted, not when its text was
    // written: unless its date is the earlier one, an article sharing its reporting text took it from that story. (Only
    // for reporting text: a quotation both print came from its speaker, not from the reprint.)
    // A reprint that names the other article or its outlet as a source still came after it: the citation orders them.
    const rx = reprints && reprint(x, y) && !cites(x, y);
    const ry = reprints && reprint(y, x) && !cites(y, x);
    if (rx !== ry && !(rx ? c < 0 : c > 0)) return rx ? { later: y, earlier: x, direction: "unknown", orientedBy: "reprint" } : { later: x, earlier: y, direction: "unknown", orientedBy: "reprint" };
    if (c < 0) return { later: y, earlier: x, direction: "dated", orientedBy: "dates" };
    if (c > 0) return { later: x, earlier: y, direction: "dated", orientedBy: "dates" };
    const xy = cites(x, y);
    const yx = cites(y, x);
    // A report cannot cite one published after it: a one-way citation orders overlapping dates. Direction stays unknown.
    if (xy && !yx) return { later: x, earlier: y, direction: "unknown", orientedBy: "citation" };
    if (yx && !xy) return { later: y, earlier: x, direction: "unknown", orientedBy: "citation" };
    // Through other articles: x cites one that is dated after y, say.
    const inferred = articleOrder.compare(x, y);
    if (inferred > 0) return { later: x, earlier: y, direction: "unknown", orientedBy: "citation" };
    if (inferred < 0) return { later: y, earlier: x, direction: "unknown", orientedBy: "citation" };
    // Nothing orders them: keep a conventional order (earlier midpoint, then the fuller version, then case order) and
    // say the direction is unknown.
    const mx = ax ? dateMidpoint(ax) : Infinity;
    const my = ay ? dateMidpoint(ay) : Infinity;
    const fuller = mx === my ? fullerVersion(x, y) : undefined;
    const xFirst = mx !== my ? mx < my : fuller !== undefined ? fuller === x : (order.get(x) ?? 0) <= (order.get(y) ?? 0);
    return xFirst ? { later: y, earlier: x, direction: "unknown", orientedBy: "none" } : { later: x, earlier: y, direction: "unknown", orientedBy: "none" };
  };
  // Read only for pairs nothing else orders, once per article.
  const runs = new Map<string, RunIndex>();
  const runsOf = (id: string): RunIndex => {
    let r = runs.get(id);
    if (r) return r;
    const a = byId.get(id);
    const repeatedLines = (a?.removed ?? []).filter((s) => s.reason === "duplicate_line").map((s) => s.text);
    r = runIndex(a?.body ?? "", a?.meta.title, a?.paragraphs[OPENING_PARAGRAPHS - 1]?.end ?? 0, repeatedLines);
    runs.set(id, r);
    return r;
  };
  /** Orders an aligned pair that dates and citations leave unordered by a passage one of them pasted twice. */
  const orientByDoubling = (pair: AlignedPair): Orientation | undefined => {
    const a = runsOf(pair.a);
    const b = runsOf(pair.b);
    if (a.doubled.size === 0 && b.doubled.size === 0) return undefined;
    const aDoubles = doublesSharedRun(a, pair.passages.map((p) => p.a), b);
    if (aDoubles === doublesSharedRun(b, pair.passages.map((p) => p.b), a)) return undefined;
    return aDoubles ? { later: pair.a, earlier: pair.b, direction: "unknown", orientedBy: "doubled_passage" } : { later: pair.b, earlier: pair.a, direction: "unknown", orientedBy: "doubled_passage" };
  };
  /**
   * Orders two dated articles that share reporting text and that dates and citations leave unordered (the same day) by
   * what the rest of the case says: the one another article names as its source, where none names the other, is where
   * the text was first printed (a copier is not what others credit). Undated ones are left alone: a later fact-check
   * that names one of many undated reposts says which it read, not which was first.
   */
  const orientByCredit = (x: string, y: string): Orientation | undefined => {
    if (!byId.get(x)?.meta.published || !byId.get(y)?.meta.published) return undefined;
    const byX = creditedBy(x, y);
    if (byX === creditedBy(y, x)) return undefined;
    return byX ? { later: y, earlier: x, direction: "unknown", orientedBy: "credit" } : { later: x, earlier: y, direction: "unknown", orientedBy: "credit" };
  };
  // An article's folded words, read once: a quotation's wording is looked up in the whole earlier body, pair after pair.
  const bodyWords = new Map<string, readonly string[]>();
  const bodyWordsOf = (id: string): readonly string[] => {
    let words = bodyWords.get(id);
    if (!words) bodyWords.set(id, (words = tokenNorms(byId.get(id)?.body ?? "")));
    return words;
  };
  // Two printings' wordings compared once per text read (compareWordingByText): a group of reprints prints one quotation
  // alike in most copies, and each copy's passage is compared with the first printing's.
  const compareWording = compareWordingByText();
  return { byId, readings, outletOf, cites, orient, orientByDoubling, orientByCredit, articleOrder, constraints, outletsInCase, bodyWordsOf, compareWording };
}

/** One-way citations between articles of the case (x names y as a source, or y's outlet in a syndication credit): x comes after y. */
function citationConstraints(inputs: ReuseInputs, cites: (x: string, y: string) => boolean): OrderConstraint[] {
  const out: OrderConstraint[] = [];
  for (const r of inputs.readings) {
    const targets = new Set<string>();
    // A citation orders the citing article after the report it cites: the article of the case the reading tied it to
    // (resolve.ts, on shared text or the date given). One it tied to none cited another report of that outlet, which may
    // be of another day or matter: it orders nothing against the outlet's articles of the case.
    for (const at of r.attributions) if (at.confidence >= CONFIDENT && at.article) targets.add(at.article);
    // So does a syndication credit: it orders after the outlet's article whose story the text runs, not after every one.
    for (const s of r.syndication) if (s.article) targets.add(s.article);
    for (const y of targets) if (y !== r.article && cites(r.article, y) && !cites(y, r.article)) out.push({ later: r.article, earlier: y });
  }
  return out;
}
export type Context = ReturnType<typeof reuseContext>;

/** Parts of quotations proper (someone's words) of an article that overlap `span`, clipped to it. */
function quotedPieces(reading: ArticleReading | undefined, span: Span, kind: "quotation" | "title" = "quotation"): { pieces: Span[]; speaker?: string } {
  const pieces: Span[] = [];
  let speaker: string | undefined;
  for (const q of reading?.quotations ?? []) {
    if (q.kind !== kind) continue;
    for (const part of q.parts) {
      const start = Math.max(part.start, span.start);
      const end = Math.min(part.end, span.end);
      if (end > start) {
        pieces.push({ start, end });
        speaker ??= q.speaker;
      }
    }
  }
  return speaker ? { pieces, speaker } : { pieces };
}

function isEdgeParagraph(article: CleanArticle, span: Span): boolean {
  const paras = article.paragraphs;
  const i = paras.findIndex((p) => overlapLength(p, span) > 0);
  if (i < 0) return false;
  const p = paras[i]!;
  const cover = overlapLength(p, span) / Math.max(1, p.end - p.start);
  return cover >= FURNITURE_COVER && (i < FURNITURE_EDGE_PARAGRAPHS || i >= paras.length - FURNITURE_EDGE_PARAGRAPHS);
}

/**
 * The words of a quotation's printing at `range` that stand inside its marks: its parts within the range, joined by a
 * space, or the range's words where fewer than two parts fall in it. A quotation broken by its speech tag ('"We will
 * win," the coach said. "We never give up."') is compared on the speaker's words only: the tag between is the writer's,
 * no word added inside the marks.
 */
function quotedWordsOf(body: string, reading: ArticleReading | undefined, range: Span): string {
  const parts = quotedParts(reading, range)
    .map((q) => ({ start: Math.max(q.start, range.start), end: Math.min(q.end, range.end) }))
    .filter((q) => q.end > q.start);
  return parts.length >= 2 ? parts.map((q) => body.slice(q.start, q.end)).join(" ") : body.slice(range.start, range.end);
}

/** Word diff from the earlier printing of a quotation to the later one, on the words inside their marks (quotedWordsOf). */
function quotedWordsDiff(earlierBody: string, earlierReading: ArticleReading | undefined, eRange: Span, laterBody: string, laterReading: ArticleReading | undefined, lRange: Span): DiffOp[] {
  const earlierWords = quotedWordsOf(earlierBody, earlierReading, eRange);
  const laterWords = quotedWordsOf(laterBody, laterReading, lRange);
  return surfaceDiff(earlierWords, { start: 0, end: earlierWords.length }, laterWords, { start: 0, end: laterWords.length });
}

/** The quotation parts (someone's words, whole) of an article that overlap `span`, in reading order. */
function quotedParts(reading: ArticleReading | undefined, span: Span, kinds: ReadonlySet<string> = QUOTATION_ONLY): Span[] {
  const parts: Span[] = [];
  for (const q of reading?.quotations ?? []) if (kinds.has(q.kind)) for (const p of q.parts) if (overlapLength(p, span) > 0) parts.push({ start: p.start, end: p.end });
  return parts.sort((x, y) => x.start - y.start);
}
const QUOTATION_ONLY: ReadonlySet<string> = new Set(["quotation"]);
const ANY_MARKS: ReadonlySet<string> = new Set(["quotation", "title", "scare"]);

/**
 * The stretches between marks of any kind inside `span`, where they hold most of it: words a writer prints as pieces
 * between marks ('the ruling "was misleading". It also "contained …"', read as quoted headlines or scare quotes) are
 * the quoted ones, and the writer's words between and around them are no part of the quotation. None otherwise.
 */
function markedParts(reading: ArticleReading | undefined, span: Span): Span[] {
  const parts = quotedParts(reading, span, ANY_MARKS);
  const inside = parts.reduce((n, p) => n + overlapLength(p, span), 0);
  return inside >= QUOTE_SHARE * Math.max(1, span.end - span.start) ? parts : [];
}

/**
 * The quotations nested in quoted parts that overlap `span` ("… “Mother, run” she cried …" inside a report quoted as a
 * block), each part standing for itself where it nests none: a short quotation another article prints alone is one of
 * those inside a block, not the whole block.
 */
function innermostQuotations(body: string, parts: readonly Span[], span: Span): Span[] {
  return parts.flatMap((part) => {
    const inner = findQuotes(body, [part]).flatMap((q) => q.parts).filter((p) => overlapLength(p, span) > 0 && p.end - p.start < part.end - part.start);
    return inner.length > 0 ? inner : [part];
  });
}

/** The sentences of an article that overlap `span`, as one stretch (`span` itself when the reading has none). */
function sentencesAround(reading: ArticleReading | undefined, span: Span): Span[] {
  const hit = (reading?.sentences ?? []).filter((s) => overlapLength(s, span) > 0);
  if (hit.length === 0) return [span];
  return [{ start: Math.min(span.start, ...hit.map((s) => s.start)), end: Math.max(span.end, ...hit.map((s) => s.end)) }];
}

/** How many articles other than `except` print, as a quotation, words that `article` shares with them at `span`. */
type MarkedElsewhere = (article: string, span: Span, except: string) => number;

/** The articles other than `except` that share words with `article` at `span`. */
type Sharers = (article: string, span: Span, except: string) => Set<string>;

/** Indexes, per article, the spans it shares with any other article. */
function sharersIndex(pairs: readonly AlignedPair[]): Sharers {
  const shared = new Map<string, { span: Span; by: string }[]>();
  const note = (article: string, span: Span, other: string) => {
    const list = shared.get(article) ?? [];
    list.push({ span, by: other });
    shared.set(article, list);
  };
  for (const pair of pairs) for (const p of pair.passages) {
    note(pair.a, p.a, pair.b);
    note(pair.b, p.b, pair.a);
  }
  return (article, span, except) => new Set((shared.get(article) ?? []).filter((m) => m.by !== except && overlapLength(m.span, span) > 0).map((m) => m.by));
}

/** Indexes, per article, the spans it shares with an article that marks them as quoted, so a block quotation printed without marks is still known as one. */
function markedElsewhereIndex(ctx: Context, pairs: readonly AlignedPair[]): MarkedElsewhere {
  const marked = new Map<string, { span: Span; by: string }[]>();
  const note = (article: string, span: Span, other: string, otherSpan: Span) => {
    const q = quotedPieces(ctx.readings.get(other), otherSpan);
    const chars = q.pieces.reduce((n, s) => n + s.end - s.start, 0);
    if (chars < QUOTE_SHARE * Math.max(1, otherSpan.end - otherSpan.start)) return;
    const list = marked.get(article) ?? [];
    list.push({ span, by: other });
    marked.set(article, list);
  };
  for (const pair of pairs) {
    for (const p of pair.passages) {
      note(pair.a, p.a, pair.b, p.b);
      note(pair.b, p.b, pair.a, p.a);
    }
  }
  // Another article counts when the words it marks cover most of `span`.
  return (article, span, except) => {
    const list = marked.get(article);
    return list === undefined ? 0 : new Set(list.filter((m) => m.by !== except && overlapLength(m.span, span) >= QUOTE_SHARE * (span.end - span.start)).map((m) => m.by)).size;
  };
}

/**
 * The sources an article names in the sentences around `span`, outside the words themselves (a pronoun resolved to one
 * counts), as their keys, named ones only: the people the article gives the words to.
 */
function namedAround(reading: ArticleReading | undefined, span: Span): string[] {
  const around = sentencesAround(reading, span)[0]!;
  return (reading?.sources ?? []).filter((s) => s.type === "named" && s.mentions.some((m) => overlapLength(m, around) > 0 && overlapLength(m, span) < m.end - m.start)).map((s) => s.key);
}

/** Whether an article gives the words at `span` to named people none of whom is `speaker` (naming no one gives them to no one else). */
function givesToOthers(reading: ArticleReading | undefined, span: Span, speaker: string): boolean {
  const named = namedAround(reading, span);
  return named.length > 0 && !named.includes(speaker);
}

/** The quoted words of `whole` (parts of quotations) outside `shared`, as runs of folded words (before it, after it). */
function quotedRunsOutside(body: string, whole: readonly Span[], shared: Span): string[][] {
  const runs: string[][] = [];
  for (const part of whole) {
    if (part.start < shared.start) runs.push(tokenNorms(body.slice(part.start, Math.min(part.end, shared.start))));
    if (part.end > shared.end) runs.push(tokenNorms(body.slice(Math.max(part.start, shared.end), part.end)));
  }
  return runs.filter((r) => r.length > 0);
}

// Where a sentence ends (as the quoted words are read for it, any script).
const SENTENCE_END = /[.!?…。！？]/u;

/**
 * The quoted words of `whole` that go on, in the same sentence, from the edges of `shared` (before it, after it), as
 * runs of folded words: what a printing of a sentence holds beyond a fragment of it. Sentences of a statement printed
 * before or after it are another excerpt of the statement, not more of the same sentence.
 */
function sentenceGoesOn(body: string, whole: readonly Span[], shared: Span): string[][] {
  const runs: string[][] = [];
  for (const part of whole) {
    if (part.start < shared.start && part.end > shared.start) {
      const before = body.slice(part.start, shared.start);
      const cut = Math.max(...[...before.matchAll(new RegExp(SENTENCE_END, "gu"))].map((m) => (m.index ?? 0) + 1), 0);
      runs.push(tokenNorms(before.slice(cut)));
    }
    if (part.end > shared.end && part.start < shared.end) {
      const after = body.slice(shared.end, part.end);
      const end = SENTENCE_END.exec(after);
      runs.push(tokenNorms(end ? after.slice(0, end.index) : after));
    }
  }
  return runs.filter((r) => r.length > 0);
}

/**
 * Whether the later printing of a quotation goes on, in the sentence the two share a stretch of, with words the earlier
 * article does not print at all, while the earlier printing holds no quoted word beyond that stretch (a fragment of a
 * sentence printed earlier, the whole sentence later): the later one had the sentence from somewhere that printed more
 * of it, not from the earlier one.
 * Words the earlier article prints elsewhere (as another quotation, or outside marks its reader missed) it could give.
 */
function quotesMoreThan(laterBody: string, laterWhole: readonly Span[], earlierBody: string, earlierWhole: readonly Span[], wording: { later: Span; earlier: Span }, earlierWords: () => readonly string[]): boolean {
  if (laterWhole.length === 0 || earlierWhole.length === 0 || quotedRunsOutside(earlierBody, earlierWhole, wording.earlier).length > 0) return false;
  const beyond = sentenceGoesOn(laterBody, laterWhole, wording.later);
  if (beyond.length === 0) return false;
  const words = earlierWords();
  return beyond.some((run) => findRun(words, run) < 0);
}

/**
 * Whether an article prints the words at `span` without marks (less than QUOTE_SHARE of them quoted) in reported speech
 * (extract/reportedSpeech.ts: "added that …", "…, so Varga", a reported mood), where the other article marks them
 * (`otherPieces`, in `otherBody`): the article retells the statement the other quotes. The other's quoted words are
 * gathered only if the sentence holds a reported-mood form to check them against.
 */
function toldAsReport(article: CleanArticle, reading: ArticleReading | undefined, span: Span, share: number, otherBody: string, otherPieces: readonly Span[]): boolean {
  if (share >= QUOTE_SHARE || otherPieces.length === 0 || !reading) return false;
  const quotedWords = () => new Set(otherPieces.flatMap((s) => otherBody.slice(s.start, s.end).toLowerCase().match(/\p{L}+/gu) ?? []));
  return inReportedSpeech(article.body, reading.sentences, span, quotedWords, article.meta.language ?? reading.detectedLanguage ?? reading.language);
}

/** Words of an article read as a block quotation printed without marks: the shared stretch, its block, and whose words, where known. */
interface QuotedBlock {
  pieces: Span[];
  block: Span;
  speaker?: string;
}

/**
 * The blocks that hold a passage on each side where both articles set it apart after a lead-in ending in a colon, the
 * passage being most of each, and no passage the two share touches either lead-in: each introduced the text in its
 * own words. Undefined otherwise.
 */
function blocksInBoth(later: CleanArticle, lSpan: Span, earlier: CleanArticle, eSpan: Span, pair: AlignedPair, laterIsA: boolean): { later: Span; earlier: Span } | undefined {
  const lBlock = blockOfPassage(later, lSpan);
  const eBlock = blockOfPassage(earlier, eSpan);
  if (!lBlock || !eBlock || lBlock.end < lSpan.end || eBlock.end < eSpan.end) return undefined;
  // The passage is most of each block: a sentence inside a long paragraph that follows a label ("Date of source:") is
  // that paragraph's prose, not a text set apart.
  if (lSpan.end - Math.max(lSpan.start, lBlock.start) < QUOTE_SHARE * (lBlock.end - lBlock.start) || eSpan.end - Math.max(eSpan.start, eBlock.start) < QUOTE_SHARE * (eBlock.end - eBlock.start)) return undefined;
  const leadOf = (article: CleanArticle, block: Span) => article.paragraphs[article.paragraphs.findIndex((p) => p.start === block.start) - 1];
  const lLead = leadOf(later, lBlock);
  const eLead = leadOf(earlier, eBlock);
  if (!lLead || !eLead) return undefined;
  // The lead-in's last word or two alike ("The message reads:" / "One version of the text reads:") is no lead-in copied.
  const sharedLead = (article: CleanArticle, passage: Span, lead: Span) => wordsBetween(article.body, Math.max(passage.start, lead.start), Math.min(passage.end, lead.end)) > LEAD_WORDS_ALIKE;
  const sharesLead = pair.passages.some((p) => sharedLead(later, laterIsA ? p.a : p.b, lLead) || sharedLead(earlier, laterIsA ? p.b : p.a, eLead));
  return sharesLead ? undefined : { later: lBlock, earlier: eBlock };
}

/**
 * The block after a lead-in ending in a colon that holds a passage: the one it starts in, or the one it runs into from
 * the lead-in's last words (LEAD_WORDS_ALIKE at most: "reads:" then the text).
 */
function blockOfPassage(article: CleanArticle, span: Span): Span | undefined {
  const inside = blockAfterColon(article, span.start);
  if (inside) return inside;
  const next = article.paragraphs.find((p) => p.start > span.start && p.start < span.end);
  if (!next || wordsBetween(article.body, span.start, next.start) > LEAD_WORDS_ALIKE) return undefined;
  return blockAfterColon(article, next.start);
}

/** The words of `body` between two offsets, punctuation aside: how many of a lead-in's words a passage takes in. */
function wordsBetween(body: string, start: number, end: number): number {
  return wordCount(body.slice(start, end).replace(/[^\p{L}\p{N}\s]+/gu, " "));
}

/** Classifies one shared passage of an oriented pair. */
function classifyPassage(ctx: Context, o: Orientation, pair: AlignedPair, p: SharedPassage, markedElsewhere: MarkedElsewhere = () => 0): Classified {
  const later = ctx.byId.get(o.later)!;
  const earlier = ctx.byId.get(o.earlier)!;
  const laterIsA = pair.a === o.later;
  const lSpan = laterIsA ? p.a : p.b;
  const eSpan = laterIsA ? p.b : p.a;
  const full = pairWithPendingDiff(evidence(later, lSpan), evidence(earlier, eSpan), p.similarity, () => surfaceDiff(earlier.body, eSpan, later.body, lSpan));
  const titleShare = (article: string, span: Span) => quotedPieces(ctx.readings.get(article), span, "title").pieces.reduce((n, s) => n + s.end - s.start, 0) / Math.max(1, span.end - span.start);
  const titled = titleShare(o.later, lSpan) >= QUOTE_SHARE || titleShare(o.earlier, eSpan) >= QUOTE_SHARE;
  // The earlier printing's language reads how its quotation goes on where the later one stops (quoteWording.ts), and
  // says how many words its matched tokens are (tokens.ts wordsOfTokens: a Vietnamese token is a syllable).
  const earlierReading = ctx.readings.get(o.earlier);
  const earlierLanguage = earlier.meta.language ?? earlierReading?.detectedLanguage ?? earlierReading?.language;
  const matchedWords = wordsOfTokens(p.matchedWords, earlierLanguage);
  const base = { later: o.later, earlier: o.earlier, full, matchedWords, proseWords: matchedWords, ...(titled ? { titled } : {}) };
  const sameOutlet = ctx.outletOf(o.later) !== undefined && ctx.outletOf(o.later) === ctx.outletOf(o.earlier);
  if (sameOutlet && p.similarity >= FURNITURE_SIMILARITY && isEdgeParagraph(later, lSpan) && isEdgeParagraph(earlier, eSpan)) return { ...base, kind: "furniture" };
  const share = (pieces: readonly Span[], span: Span) => pieces.reduce((n, s) => n + s.end - s.start, 0) / Math.max(1, span.end - span.start);
  const lMarked = quotedPieces(ctx.readings.get(o.later), lSpan);
  const eMarked = quotedPieces(ctx.readings.get(o.earlier), eSpan);
  // Words one article quotes as someone's and the other sets apart as a block after a colon ("… the text of the
  // young author:" / the words) are that person's words in both: the block is the quotation printed without marks.
  const asBlock = (article: CleanArticle, span: Span, other: { pieces: Span[]; speaker?: string }, otherSpan: Span) => {
    if (!other.speaker || share(other.pieces, otherSpan) < QUOTE_SHARE) return undefined;
    const block = blockAfterColon(article, span.start);
    return block && block.end >= span.end ? { pieces: [span], speaker: other.speaker, block } : undefined;
  };
  // Words both set apart as a block after a lead-in of their own ("The message reads:" / "The chain message says:", the
  // lead-ins not shared) are a text both quote, a hoax or a statement: someone's words in both, marks or none.
  const both = lMarked.pieces.length === 0 && eMarked.pieces.length === 0 ? blocksInBoth(later, lSpan, earlier, eSpan, pair, laterIsA) : undefined;
  const lBlock: QuotedBlock | undefined = both ? { pieces: [lSpan], block: both.later } : share(lMarked.pieces, lSpan) < QUOTE_SHARE ? asBlock(later, lSpan, eMarked, eSpan) : undefined;
  const eBlock: QuotedBlock | undefined = both ? { pieces: [eSpan], block: both.earlier } : share(eMarked.pieces, eSpan) < QUOTE_SHARE ? asBlock(earlier, eSpan, lMarked, lSpan) : undefined;
  const lq = lBlock ?? lMarked;
  const eq = eBlock ?? eMarked;
  const lShare = share(lq.pieces, lSpan);
  const eShare = share(eq.pieces, eSpan);
  // Words only one of the two marks are the other's own prose where that one is the earlier (an abstract the later
  // quotes as what its author wrote): only what both print as someone's words is left out.
  base.proseWords = Math.floor(matchedWords * (1 - Math.min(1, lShare, eShare)));
  // Words some articles mark as a quotation and others print as a block without marks are still someone's words.
  // Where only one of the two marks them and no other article does, the marking one quotes the other's own prose (an
  // abstract quoted as what its author "wrote"): a copy. Where neither marks them, it takes two other articles that do.
  const marks = (lShare >= QUOTE_SHARE ? 1 : 0) + (eShare >= QUOTE_SHARE ? 1 : 0);
  // Words the later article prints without marks and gives to someone other than the quotation's speaker are its own
  // sentence about another person ("Lind said the terminal will open …" beside Berg's quoted words): no printing of the
  // quotation, altered or not, only shared text, as where no article marks them.
  if (lShare < QUOTE_SHARE && eq.speaker !== undefined && givesToOthers(ctx.readings.get(o.later), lSpan, eq.speaker)) return { ...base, kind: "copy" };
  // Words one of the two prints without marks as its report of what was said, where the other quotes most of them ("The
  // council added that the bridge might close" beside "“The bridge may close,” the statement read"), are the statement
  // told in the reporter's grammar: no printing of the quotation, altered or not, only shared text. A passage of prose
  // both print, a quotation inside it, is left to carry its quotation with the copy.
  if ((eShare >= QUOTE_SHARE && toldAsReport(later, ctx.readings.get(o.later), lSpan, lShare, earlier.body, eq.pieces)) || (lShare >= QUOTE_SHARE && toldAsReport(earlier, earlierReading, eSpan, eShare, later.body, lq.pieces))) return { ...base, kind: "copy" };
  if (marks < 2 && markedElsewhere(o.earlier, eSpan, o.later) < QUOTE_CONSENSUS + 1 - marks) {
    // Reporting text that carries a quotation both print: the quotation travels with the copy, if there is one.
    const lCarried = quotedParts(ctx.readings.get(o.later), lSpan);
    const eCarried = quotedParts(ctx.readings.get(o.earlier), eSpan);
    // A quotation one prints inside a block it quotes whole is compared with the other's as itself, not as the block.
    const carried =
      lq.pieces.length > 0 && eq.pieces.length > 0
        ? (ctx.compareWording(earlier.body, eCarried, later.body, lCarried, earlierLanguage) ??
          ctx.compareWording(earlier.body, innermostQuotations(earlier.body, eCarried, eSpan), later.body, innermostQuotations(later.body, lCarried, lSpan), earlierLanguage))
        : undefined;
    if (!carried) return { ...base, kind: "copy" };
    const quote = pairWithPendingDiff(evidence(later, carried.later), evidence(earlier, carried.earlier), p.similarity, () => quotedWordsDiff(earlier.body, ctx.readings.get(o.earlier), carried.earlier, later.body, ctx.readings.get(o.later), carried.later));
    const speaker = lq.speaker ?? eq.speaker;
    // Where nothing orders the two and only one marks the shared words, they show no copy (either may have added or
    // dropped the marks), but the quotation both mark inside them is one both print: the passage is its printing.
    if (o.orientedBy === "none" && marks === 1) return { ...base, kind: carried.same ? "quote_same" : "quote_altered", quote, sharedWords: carried.sharedWords, ...(speaker ? { speaker } : {}) };
    return { ...base, kind: "copy", quote, sharedWords: carried.sharedWords, quoteSame: carried.same, ...(speaker ? { speaker } : {}) };
  }
  // The whole quotations, not only the stretch the aligner matched: words dropped from a quotation's middle split the
  // match in two, and each half alone would read as unchanged.
  // A side whose words stand between marks of another kind (pieces read as a quoted headline) is compared on them too.
  const lQuoted = lBlock ? [lBlock.block] : quotedParts(ctx.readings.get(o.later), lSpan);
  const eQuoted = eBlock ? [eBlock.block] : quotedParts(ctx.readings.get(o.earlier), eSpan);
  const lWhole = lQuoted.length > 0 ? lQuoted : markedParts(ctx.readings.get(o.later), lSpan);
  const eWhole = eQuoted.length > 0 ? eQuoted : markedParts(ctx.readings.get(o.earlier), eSpan);
  // Words printed without marks are compared over their whole sentences, so a stretch cut from one shows.
  const lPieces = lq.pieces.length > 0 ? lq.pieces : [lSpan];
  const ePieces = eq.pieces.length > 0 ? eq.pieces : [eSpan];
  // Where the whole quotations are not one statement (a long one sharing only this stretch), the stretch is compared.
  const wording =
    ctx.compareWording(earlier.body, eWhole.length > 0 ? eWhole : sentencesAround(ctx.readings.get(o.earlier), eSpan), later.body, lWhole.length > 0 ? lWhole : sentencesAround(ctx.readings.get(o.later), lSpan), earlierLanguage) ??
    ctx.compareWording(earlier.body, ePieces, later.body, lPieces, earlierLanguage);
  const lRange = wording?.later ?? { start: Math.min(...lPieces.map((s) => s.start)), end: Math.max(...lPieces.map((s) => s.end)) };
  const eRange = wording?.earlier ?? { start: Math.min(...ePieces.map((s) => s.start)), end: Math.max(...ePieces.map((s) => s.end)) };
  const kind: PassageKind = (wording?.same ?? false) ? "quote_same" : "quote_altered";
  const speaker = lq.speaker ?? eq.speaker;
  // A text no one is credited with that both introduce with a lead-in of their own ending in a colon ("The message
  // reads:" / "A chain message warns:") and print in different versions is a text that changes as it is passed on (a
  // chain message): each printed the version it found, and the differences say nothing of one article changing the
  // other's quotation. A lead-in copied with it (the shared passage reaching back past its last words) is a copy.
  const ownLeadIn = (body: string, passage: Span, quoted: Span) => introducedByColon(body, quoted.start) && wordsBetween(body, passage.start, Math.max(passage.start, quoted.start)) <= LEAD_WORDS_ALIKE;
  if (kind === "quote_altered" && speaker === undefined && ownLeadIn(later.body, lSpan, lRange) && ownLeadIn(earlier.body, eSpan, eRange)) return { ...base, kind: "text_versions" };
  const quote = pairWithPendingDiff(evidence(later, lRange), evidence(earlier, eRange), p.similarity, () => quotedWordsDiff(earlier.body, earlierReading, eRange, later.body, ctx.readings.get(o.later), lRange));
  const more = wording !== undefined && quotesMoreThan(later.body, lWhole, earlier.body, eWhole, wording, () => ctx.bodyWordsOf(o.earlier));
  return { ...base, kind, quote, ...(wording ? { sharedWords: wording.sharedWords } : {}), ...(speaker ? { speaker } : {}), ...(more ? { laterQuotesMore: true } : {}) };
}

/**
 * A pair's passages classified with `o` (classifyPassage), kept between runs of a case (core/memo.ts) by the pair's
 * passages: the aligner hands a pair of unchanged texts the same passage list on each run, and a case grown by one
 * article leaves most pairs' classifications as they were. What classifyPassage reads besides the passages is checked
 * to be the same: which side is later, both articles and their quotations and sentences, both outlets, and, the one
 * case-level input, how many other articles mark each passage's words as a quotation.
 */
function classifyPair(ctx: Context, o: Orientation, pair: AlignedPair, markedElsewhere: MarkedElsewhere): Classified[] {
  const compute = () => pair.passages.map((p) => classifyPassage(ctx, o, pair, p, markedElsewhere));
  if (!memoActive()) return compute();
  const laterIsA = pair.a === o.later;
  const later = ctx.readings.get(o.later);
  const earlier = ctx.readings.get(o.earlier);
  // A reading's quotation list is made anew on each run (a speaker may be renamed), its quotations are kept: compared one by one.
  const inputs: unknown[] = [pair.a, pair.b, ctx.byId.get(o.later), ctx.byId.get(o.earlier), later?.sentences, earlier?.sentences, ctx.outletOf(o.later), ctx.outletOf(o.earlier)];
  for (const quotations of [later?.quotations ?? [], earlier?.quotations ?? []]) inputs.push(quotations.length, ...quotations);
  for (const p of pair.passages) inputs.push(markedElsewhere(o.earlier, laterIsA ? p.b : p.a, o.later));
  // Whom the later article gives each passage's words to (givesToOthers): its sources are read anew on each run.
  for (const p of pair.passages) inputs.push(namedAround(later, laterIsA ? p.a : p.b).join("\u0000"));
  // One entry per side read as later: a pair tried both ways (a reprint's credit, a flip) keeps both.
  return rememberFor(laterIsA ? "classifiedPairA" : "classifiedPairB", pair.passages, inputs, compute);
}

/**
 * True when nothing orders a pair (its order is only conventional) and the article drawn as earlier holds the only
 * changed wording of a quotation both print: the later one's wording another article prints unchanged, the earlier
 * one's no other article does. A wording only one article printed is that article's change (a dropped link, a masked
 * word), so it is the later of the two. Pairs that share reporting text keep their order: the copy decides it.
 */
function holdsOnlyVariant(o: Orientation, kinds: readonly Classified[], same: SamePrintings<Classified>): boolean {
  if (o.orientedBy !== "none" || kinds.some((c) => c.kind === "copy" && c.matchedWords >= COPY_MIN_PROSE_WORDS)) return false;
  return kinds.some((c) => c.kind === "quote_altered" && same.printedSame(c.later, c.full.from, c.earlier) && !same.printedSame(c.earlier, c.full.to, c.later));
}

/** Spans that overlap or touch joined into one, in order. */
function mergedSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Groups spans that overlap into regions (indices into `spans`). */
function regions(spans: readonly Span[]): number[][] {
  const idx = spans.map((_, i) => i).sort((x, y) => spans[x]!.start - spans[y]!.start);
  const out: number[][] = [];
  let end = -1;
  for (const i of idx) {
    const s = spans[i]!;
    if (out.length > 0 && s.start < end) {
      out[out.length - 1]!.push(i);
      end = Math.max(end, s.end);
    } else {
      out.push([i]);
      end = s.end;
    }
  }
  return out;
}

/**
 * Reuse relations of a case. For each later article, passages that overlap on its side form a region; the region's
 * source is the earlier article whose version it reproduces best (the longest single aligned run, then the highest
 * similarity, then the earliest), so a joined or re-edited variant points to the article that printed that variant.
 * Quotations point to the earliest article that printed them, with `via` naming the variant's source when it differs.
 */
export function classifyReuse(inputs: ReuseInputs, ctx: Context = reuseContext(inputs)): ReuseRelation[] {
  if (!memoActive()) return relationsOf(inputs, ctx);
  // On a case's next run, the last run's relations where nothing they were made from changed (classifyCarry.ts).
  const kept = keptRelations(inputs, ctx);
  if (kept) return kept;
  const relations = relationsOf(inputs, ctx);
  keepRelations(inputs, ctx, relations);
  return relations;
}

function relationsOf(inputs: ReuseInputs, ctx: Context): ReuseRelation[] {
  const orientations = new Map<string, Orientation>();
  const keyOf = (x: string, y: string) => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  const classified: Classified[] = [];
  // Each pair's passages, and where they start in `classified` (a flip rewrites them there).
  const pairKinds: { pair: AlignedPair; kinds: Classified[]; at: number }[] = [];
  const markedElsewhere = markedElsewhereIndex(ctx, inputs.pairs);
  const sharersOf = sharersIndex(inputs.pairs);
  const sharedBy = (article: string, span: Span, except: string) => sharersOf(article, span, except).size;
  // Words a third article that shares them quotes as someone's (quotedElsewhere.ts): a statement both retell, not prose
  // one took from the other.
  const quotedByThird = (c: Classified) => {
    const words = tokenNorms(c.full.to.text);
    const third = new Set([...sharersOf(c.earlier, c.full.to, c.later), ...sharersOf(c.later, c.full.from, c.earlier)]);
    return [...third].some((z) => quotesWords({ body: ctx.byId.get(z)?.body ?? "", reading: ctx.readings.get(z) }, words));
  };
  // Reporting text that shows a copy: a long passage, or a shorter one few other articles print (a phrase most of the
  // case prints is the story's name, not this pair's copy).
  // Marks of any kind (a rumour's gist, a scare quote): words one of two unordered articles sets apart and the other
  // prints as its own are no more a copy than a quotation is.
  const anyMarkedShare = (article: string, span: Span) => quotedParts(ctx.readings.get(article), span, ANY_MARKS).reduce((n, q) => n + overlapLength(q, span), 0) / Math.max(1, span.end - span.start);
  // Words one article marks as someone's quotation and the other prints as its own prose are the later quoting the
  // earlier's prose only where the order is known; where the arrow is a convention, either may have dropped or added
  // the marks (whichever is drawn as later), and the shared words show no copy.
  const quotedUnordered = (c: Classified) =>
    orientations.get(keyOf(c.later, c.earlier))?.orientedBy === "none" && (anyMarkedShare(c.later, c.full.from) >= QUOTE_SHARE) !== (anyMarkedShare(c.earlier, c.full.to) >= QUOTE_SHARE);
  const showsCopy = (c: Classified) => c.kind === "copy" && !c.titled && !quotedUnordered(c) && !siblingsPrint(c) && (c.proseWords >= COPY_STOCK_WORDS || (c.proseWords >= COPY_MIN_SHORT_WORDS && sharedBy(c.earlier, c.full.to, c.later) < STOCK_PHRASE_CARRIERS && !quotedByThird(c)));
  for (const pair of inputs.pairs) {
    if (!ctx.byId.has(pair.a) || !ctx.byId.has(pair.b) || pair.a === pair.b) continue;
    // The reprint rule orients a pair only where what they share is reporting text.
    let o = ctx.orient(pair.a, pair.b);
    let kinds = classifyPair(ctx, o, pair, markedElsewhere);
    const byReprint = ctx.orient(pair.a, pair.b, true);
    if (byReprint.later !== o.later || byReprint.orientedBy !== o.orientedBy) {
      const trial = classifyPair(ctx, byReprint, pair, markedElsewhere);
      // Words either side marks as someone's (a statement one quotes and the reprint prints bare) are no reporting text:
      // they came from their speaker, and the reprint's story orders nothing about them.
      if (trial.some((c) => c.kind === "copy" && c.matchedWords >= COPY_MIN_PROSE_WORDS && anyMarkedShare(c.later, c.full.from) < QUOTE_SHARE && anyMarkedShare(c.earlier, c.full.to) < QUOTE_SHARE)) {
        o = byReprint;
        kinds = trial;
      }
    }
    const doubled = o.orientedBy === "none" ? ctx.orientByDoubling(pair) : undefined;
    if (doubled) {
      o = doubled;
      kinds = classifyPair(ctx, doubled, pair, markedElsewhere);
    }
    // A credit orders reporting text only: a quotation both print came from its speaker, whoever others credit.
    const credited = o.orientedBy === "none" && kinds.some((c) => c.kind === "copy" && c.matchedWords >= COPY_MIN_PROSE_WORDS) ? ctx.orientByCredit(pair.a, pair.b) : undefined;
    if (credited) {
      o = credited;
      kinds = classifyPair(ctx, credited, pair, markedElsewhere);
    }
    orientations.set(keyOf(pair.a, pair.b), o);
    pairKinds.push({ pair, kinds, at: classified.length });
    classified.push(...kinds);
  }
  // The unchanged printings as they stand: a flip below replaces its pair's, and the pairs after it read the new ones.
  const samePrintings = new SamePrintings(classified);
  for (const { pair, kinds, at } of pairKinds) {
    const o = orientations.get(keyOf(pair.a, pair.b))!;
    if (!holdsOnlyVariant(o, kinds, samePrintings)) continue;
    const flipped: Orientation = { later: o.earlier, earlier: o.later, direction: "unknown", orientedBy: "none" };
    orientations.set(keyOf(pair.a, pair.b), flipped);
    const again = classifyPair(ctx, flipped, pair, markedElsewhere);
    for (let i = 0; i < kinds.length; i++) {
      samePrintings.remove(kinds[i]!);
      samePrintings.add(again[i]!);
      classified[at + i] = again[i]!;
    }
  }
  const reused = classified.filter((c) => c.kind !== "furniture" && c.kind !== "text_versions");
  // Pairs never aligned are ordered on demand, once each (orienting parses both dates).
  const orientedOnDemand = new Map<string, Orientation>();
  const orientationOf = (x: string, y: string): Orientation => {
    const key = keyOf(x, y);
    let o = orientations.get(key) ?? orientedOnDemand.get(key);
    if (!o) {
      o = ctx.orient(x, y);
      orientedOnDemand.set(key, o);
    }
    return o;
  };
  const isEarlier = (x: string, y: string): boolean => {
    const o = orientationOf(x, y);
    return o.earlier === x && o.orientedBy !== "none";
  };
  /**
   * Whether nothing orders the two articles of a passage (the same day, no credit between them) and at least
   * SIBLING_CARRIERS others that nothing orders against either print it too: siblings of one wire or statement, each
   * carrying its text in its own edit, where nothing shows that one of the two took it from the other.
   */
  const siblingsPrint = (c: Classified): boolean => {
    if (orientationOf(c.later, c.earlier).orientedBy !== "none") return false;
    let siblings = 0;
    for (const z of sharersOf(c.earlier, c.full.to, c.later)) {
      if (orientationOf(z, c.earlier).orientedBy === "none" && orientationOf(z, c.later).orientedBy === "none" && ++siblings >= SIBLING_CARRIERS) return true;
    }
    return false;
  };
  /**
   * Whether nothing orders a passage's two articles (an undated page and a report, say) and SIBLING_CARRIERS other
   * articles print it too: a quotation so widely printed is its speaker's words, and links neither of the two to the other.
   */
  const quotedWidelyUnordered = (c: Classified): boolean => orientationOf(c.later, c.earlier).orientedBy === "none" && sharedBy(c.earlier, c.full.to, c.later) >= SIBLING_CARRIERS;
  const earliestOf = (ids: readonly string[]): string => ids.find((c) => !ids.some((d) => d !== c && isEarlier(d, c))) ?? ids[0]!;
  // The source of copied text among articles nothing orders: the one the edges between them are drawn to (dated before
  // undated, then case order), so a third article sharing their text is not sent to the one already drawn as copying
  // the other.
  const drawnEarlier = (x: string, y: string): boolean => orientationOf(x, y).earlier === x;
  const firstDrawnOf = (ids: readonly string[]): string => {
    const unpreceded = ids.filter((c) => !ids.some((d) => d !== c && isEarlier(d, c)));
    const pool = unpreceded.length > 0 ? unpreceded : ids;
    return pool.find((c) => !pool.some((d) => d !== c && drawnEarlier(d, c))) ?? pool[0]!;
  };

  const relations = new Map<string, ReuseRelation>();
  const addRelation = (kind: ReuseRelation["kind"], later: string, to: string, passage: PassagePair, via?: ViaPath) => {
    const key = `${kind}\u0000${later}\u0000${to}`;
    let r = relations.get(key);
    if (!r) {
      const o = orientations.get(keyOf(later, to))!;
      r = { kind, from: later, to, direction: o.direction, orientedBy: o.orientedBy, passages: [], credited: ctx.cites(later, to), sharedWith: [], ...(kind === "copies" ? COPY_READING : {}) };
      relations.set(key, r);
    }
    if (!r.passages.some((p) => p.from.start === passage.from.start && p.to.start === passage.to.start)) r.passages.push(passage);
    if (via && !r.via) r.via = via;
  };

  // Passages per unordered pair, to compare two earlier versions of one text.
  const pairPassages = new Map<string, AlignedPair>();
  for (const pair of inputs.pairs) pairPassages.set(keyOf(pair.a, pair.b), pair);
  // Per article, the articles of the case it was aligned with, in case order: only they can print its version identically.
  const position = new Map(inputs.articles.map((a, i) => [a.meta.id, i]));
  const partnersOf = new Map<string, string[]>();
  for (const pair of inputs.pairs) {
    if (pair.a === pair.b || !position.has(pair.a) || !position.has(pair.b)) continue;
    for (const [x, y] of [[pair.a, pair.b], [pair.b, pair.a]] as const) {
      const list = partnersOf.get(x);
      if (list) list.push(y);
      else partnersOf.set(x, [y]);
    }
  }
  for (const list of partnersOf.values()) list.sort((x, y) => position.get(x)! - position.get(y)!);
  const identicalAt = (e: string, f: string, spans: readonly Span[]): boolean => {
    const pair = pairPassages.get(keyOf(e, f));
    if (!pair) return false;
    const eIsA = pair.a === e;
    return spans.every((span) => pair.passages.some((p) => {
      const mine = eIsA ? p.a : p.b;
      // One near-identical passage over most of it (a cleaning cut at its edge is not a variant; a join of two separate
      // passages is).
      return p.similarity >= IDENTICAL_VERSIONS && overlapLength(mine, span) >= IDENTICAL_COVER * (span.end - span.start);
    }));
  };
  const relaysAt = (article: string, span: Span): Set<string> => {
    const own = ctx.outletOf(article);
    const out = new Set<string>();
    for (const at of ctx.readings.get(article)?.attributions ?? []) {
      // Only a relay says how the words travelled ("the Valley Post quoted the Quillon Review as saying"); naming the
      // outlet that first published a statement ("the post on Quillon 7 News") says where it came from, not the route.
      if (at.interview || at.outlet === own || !RELAY_FRAMES.has(at.frame)) continue;
      if (overlapLength(at.sentence, span) > 0 || overlapLength(at.span, span) > 0) out.add(at.outlet);
    }
    return out;
  };
  const routeOf = (article: string, span: Span): Set<string> => {
    const out = relaysAt(article, span);
    if (out.size > 0) return out;
    // A sentence that is only the quotation going on from the one before ('…," the Valley Post quoted the Review as
    // saying. "And we will …"'), with no credit of its own, came by that quotation's route.
    const before = continuedQuotation(ctx.readings.get(article), span);
    return before ? relaysAt(article, before) : out;
  };
  const sameRoute = (c: Classified): boolean => {
    const mine = routeOf(c.later, c.quote!.from);
    if (mine.size === 0) return true;
    // Only the outlet the words came through (or a reprint of its story) is where they came from: an earlier article
    // that names the same relay had them from it too, a common source, not from each other.
    const theirs = new Set<string>();
    const eo = ctx.outletOf(c.earlier);
    if (eo) theirs.add(eo);
    // A reprint carries the words of the outlet whose story it is.
    for (const s of ctx.readings.get(c.earlier)?.syndication ?? []) theirs.add(s.outlet);
    return [...mine].some((o) => theirs.has(o));
  };

  /**
   * Quotation relations of one region of a later article. A quotation inside text copied from `source` came with the
   * copy: an edge to the source, and one to the first printing only where that is known to predate the source. A
   * quotation the later article says it had through another outlet (a wire "quoted" them) came by that route, not
   * from an earlier article that names no such route: the shared words show a common source, no edge. Otherwise the
   * edge goes to the earliest article that printed as much of the quotation as the later one prints (a fragment
   * printed earlier is not where the whole came from), preferring those whose words it repeats unchanged (a wording
   * only one article printed is that article's change, not what others took).
   */
  const routeQuotations = (later: string, items: readonly Classified[], regionSource: string, copiedFrom: (e: string) => boolean) => {
    const kindOf = (c: Classified) => ((c.quoteSame ?? c.kind === "quote_same") ? "quotes_same" : "alters_quote");
    // The article the later one copied text from, if it printed this quotation too (the region's own source first).
    const source = copiedFrom(regionSource) ? regionSource : (items.find((c) => c.quote && copiedFrom(c.earlier))?.earlier ?? items.find((c) => copiedFrom(c.earlier))?.earlier ?? regionSource);
    // The later article copied text from `source` and `source` prints these words too: they came with the copy, even
    // where its own marks were not read (a wire text broken into lines), so no other printing is where they came from.
    const copied = copiedFrom(source) && items.some((c) => c.earlier === source);
    const fromCopy = copied ? items.filter((c) => c.quote && c.earlier === source) : [];
    // The rule and how sure: a quotation that came with copied text, or one two articles print where dates or
    // citations order them, is read surely; one whose order is only conventional (nothing dates either) less so.
    const mark = (kind: ReuseRelation["kind"], to: string, rule: string) => {
      const r = relations.get(`${kind}\u0000${later}\u0000${to}`);
      if (!r || r.rule) return;
      r.rule = rule;
      r.confidence = rule === QUOTE_IN_COPY || r.orientedBy !== "none" ? QUOTE_ORDERED_CONFIDENCE : QUOTE_UNORDERED_CONFIDENCE;
    };
    for (const c of fromCopy) {
      addRelation(kindOf(c), later, source, c.quote!);
      mark(kindOf(c), source, QUOTE_IN_COPY);
    }
    // A quotation carried by reporting text counts only with the copy it came in; where the two show no copy (the
    // words around it too few), it is a quotation both print, like any other.
    const printed = (c: Classified) => c.kind !== "copy" || !copiedFrom(c.earlier);
    // Beyond a copy's source, only a first-hand printing known to predate it: a reprint of another outlet's story is
    // not where the words started.
    const reprinted = (e: string) => (ctx.readings.get(e)?.syndication ?? []).some((x) => x.outlet !== ctx.outletOf(e));
    // A printing of only part of what the later one quotes is not where it had the quotation from.
    // A printing some reprint predates is not where the words started either: the reprint printed them before it.
    const beforeSource = copied ? items.filter((c) => c.quote && c.kind !== "copy" && c.earlier !== source && isEarlier(c.earlier, source)) : [];
    const firstHand = (e: string) => !reprinted(e) && !beforeSource.some((c) => reprinted(c.earlier) && isEarlier(c.earlier, e));
    const routed = items.filter((c) => c.quote && printed(c) && !c.laterQuotesMore && sameRoute(c) && (!copied || (c.earlier !== source && isEarlier(c.earlier, source) && firstHand(c.earlier))));
    if (routed.length === 0) return;
    const covers = new Map<string, number>();
    for (const c of routed) covers.set(c.earlier, Math.max(covers.get(c.earlier) ?? 0, c.sharedWords ?? 0));
    const most = Math.max(...covers.values());
    let pool = [...covers.keys()].filter((e) => (covers.get(e) ?? 0) >= QUOTE_COVER * most);
    const unchanged = pool.filter((e) => routed.every((c) => c.earlier !== e || c.kind === "quote_same"));
    if (unchanged.length > 0 && unchanged.length < pool.length) pool = unchanged;
    // Among printings nothing orders, the one the edges between them are drawn to (dated before undated, then case order).
    // Among those, the closest wording first: the printing the later one reproduces (its line breaks, its doubled space).
    const unpreceded = pool.filter((c) => !pool.some((d) => d !== c && isEarlier(d, c)));
    const closeness = (e: string) => Math.max(...routed.filter((c) => c.earlier === e).map((c) => c.quote!.similarity));
    const closest = unpreceded.filter((e) => closeness(e) >= Math.max(...unpreceded.map(closeness)));
    const origin = closest.find((c) => !closest.some((d) => d !== c && ctx.orient(c, d).earlier === d)) ?? earliestOf(pool);
    const quoteVia: ViaPath | undefined = source !== origin ? { kind: "quotation_form", later, source } : undefined;
    for (const c of routed.filter((q) => q.earlier === origin)) {
      addRelation(kindOf(c), later, origin, c.quote!, quoteVia);
      mark(kindOf(c), origin, QUOTE_SHARED_PASSAGE);
    }
  };

  // Passages by the article that took them, and by either article (a case of thousands cannot filter them all per article).
  const byLater = new Map<string, Classified[]>();
  const involving = new Map<string, Classified[]>();
  const push = (map: Map<string, Classified[]>, key: string, c: Classified) => {
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  for (const c of reused) {
    push(byLater, c.later, c);
    push(involving, c.later, c);
    if (c.earlier !== c.later) push(involving, c.earlier, c);
  }
  for (const [later, mine] of byLater) {
    // Per source: the passages assigned to it, whether any is reporting text (or a variant only it printed), and why.
    const assigned = new Map<string, { items: Classified[]; copy: boolean; via?: ViaPath }>();
    const quoteRegions: { items: Classified[]; source: string }[] = [];
    // The people whose quotations the later article prints alike with each earlier one: a short phrase naming one of
    // them in both ("Vera Holm, the minister of health, said") is how anyone quoting that person names them.
    const quotedSpeakers = new Map<string, Set<string>>();
    for (const c of mine) if (c.quote && c.speaker) quotedSpeakers.set(c.earlier, (quotedSpeakers.get(c.earlier) ?? new Set()).add(c.speaker));
    // An outlet's own earlier article: the same desk retelling its story in its own phrasing prints short phrases alike
    // without taking its text again; only a long passage shows it reused its own text.
    const ownOutlet = (source: string) => ctx.outletOf(later) !== undefined && ctx.outletOf(later) === ctx.outletOf(source);
    // Two dated articles the dates cannot order (the same day, no credit between them): each may have written from one
    // statement or briefing, and print its phrases alike.
    const sameDay = (source: string) => orientationOf(later, source).orientedBy === "none" && ctx.byId.get(later)?.meta.published !== undefined && ctx.byId.get(source)?.meta.published !== undefined;
    const copyShown = (source: string, all: readonly Classified[]) => {
      const items = all.filter((c) => !namesQuotedSpeaker(ctx, c, quotedSpeakers.get(c.earlier)));
      const shown = items.filter(showsCopy);
      if (shown.some((c) => c.proseWords >= COPY_STOCK_WORDS)) return true;
      // Short passages only: no copy within one outlet, nor between two reports of one day.
      if (shown.length === 0 || ownOutlet(source) || sameDay(source)) return false;
      // The passage beside a short one counts where it links these two: a quotation siblings print too (a statement
      // every same-day report quotes, too little prose around it to count on its own) shows both had it from its speaker,
      // and so does one others print too where nothing orders these two (an undated page): it may have come from any.
      const beside = items.filter((c) => c.matchedWords >= COPY_MIN_SHORT_WORDS && !(c.proseWords < COPY_MIN_SHORT_WORDS && (siblingsPrint(c) || quotedWidelyUnordered(c))));
      return new Set(beside.map((c) => c.full.to.start)).size >= COPY_SHORT_PASSAGES;
    };
    for (const region of regions(mine.map((c) => c.full.from))) {
      const items = region.map((i) => mine[i]!);
      const candidates = [...new Set(items.map((c) => c.earlier))];
      const score = (e: string) => {
        const own = items.filter((c) => c.earlier === e);
        return { longest: Math.max(...own.map((c) => c.matchedWords)), similarity: Math.max(...own.map((c) => c.full.similarity)) };
      };
      const earliest = firstDrawnOf(candidates);
      // A candidate whose version of this text is the earliest's own (a wire story and its verbatim reprint) has no
      // variant to reproduce: an alignment that happens to run longer with it is not evidence.
      const sameVersion = (e: string) => identicalAt(e, earliest, items.filter((c) => c.earlier === e).map((c) => c.full.to));
      // Another article is the source only when the later one clearly reproduces its version: a much longer single
      // identical run (two sentences it joined, say) or a clearly closer wording. A speaker's name more is not a variant.
      const first = score(earliest);
      const beats = (e: string) => {
        const s = score(e);
        return (s.longest >= VARIANT_RUN_RATIO * first.longest && s.longest - first.longest >= VARIANT_MIN_EXTRA) || (s.similarity - first.similarity >= VARIANT_SIMILARITY && s.longest >= 0.9 * first.longest);
      };
      const picked = candidates.filter((e) => e !== earliest && !sameVersion(e) && beats(e)).reduce((best, e) => (score(e).longest > score(best).longest ? e : best), earliest);
      // A verbatim reprint has no wording of its own: the text came from the article it reprints.
      const pickedSpans = items.filter((c) => c.earlier === picked).map((c) => c.full.to);
      const source = (partnersOf.get(picked) ?? []).find((y) => y !== later && isEarlier(y, picked) && identicalAt(picked, y, pickedSpans)) ?? picked;
      // "First" only where the dates or a citation say so; among articles nothing orders, the earliest is a convention.
      const firstKnown = candidates.every((e) => e === earliest || isEarlier(earliest, e));
      const via: ViaPath | undefined = source !== earliest ? { kind: "wording", later, source, earliest, firstKnown } : undefined;
      const fromSource = items.filter((c) => c.earlier === source);
      const entry = assigned.get(source) ?? { items: [] as Classified[], copy: false };
      entry.items.push(...fromSource);
      if (via) entry.via ??= via;
      assigned.set(source, entry);
      if (items.some((c) => c.quote)) quoteRegions.push({ items, source });
    }
    // A copy is shown by all the passages taken from the source, quotations included; quotations alone are not a copy.
    // Many passages, quotations included, that only these two articles print (the same translation of every quotation,
    // with its framing) show one took the text from the other even where no single passage of prose is long.
    for (const [source, entry] of assigned) if (copyShown(source, entry.items)) entry.copy = true;
    for (const [source, entry] of assigned) if (!ownOutlet(source) && entry.items.filter((c) => sharedBy(c.earlier, c.full.to, c.later) === 0 && !namesQuotedSpeaker(ctx, c, quotedSpeakers.get(c.earlier))).length >= EXCLUSIVE_PASSAGES) entry.copy = true;
    for (const [source, entry] of assigned) if (entry.copy) for (const c of entry.items) addRelation("copies", later, source, c.full, entry.via);
    for (const { items, source } of quoteRegions) routeQuotations(later, items, source, (e) => assigned.get(e)?.copy ?? false);
  }

  // sharedWith: other articles that reproduce the target's passages, none of them earlier than the target.
  for (const r of relations.values()) {
    const shared = new Set<string>();
    for (const c of involving.get(r.to) ?? []) {
      const other = c.later === r.to ? c.earlier : c.earlier === r.to ? c.later : undefined;
      if (!other || other === r.from || other === r.to || isEarlier(other, r.to)) continue;
      const toSpan = c.later === r.to ? c.full.from : c.full.to;
      if (r.passages.some((p) => overlapLength(p.to, toSpan) > 0)) shared.add(other);
    }
    r.sharedWith = [...shared].sort();
    r.passages.sort((x, y) => x.from.start - y.from.start);
    r.credited ||= creditsWireInPassage(ctx, r);
    if (r.kind === "copies" && !r.credited && relaysThirdParty(ctx, r)) Object.assign(r, RELAYED_COPY_READING);
    else if (r.kind === "copies" && !r.credited) markBlocksCreditedInBoth(ctx, r);
    // Only now, for the passages a relation keeps: their word diffs (see lazyDiff.ts).
    for (const p of r.passages) settleDiff(p);
  }
  return [...relations.values()];
}

// A sentence is only a quotation when quoted words make up at least this share of its characters (a stray link word
// of a saved page beside them, "here", leaves it one).
const QUOTATION_ONLY_SHARE = 0.9;

/**
 * The sentence before the one that holds `span` where that one is a quotation going on from it: quoted words make up
 * nearly all of it, it names no speaker and carries no credit of its own, and the sentence before holds a quotation.
 * Undefined otherwise.
 */
function continuedQuotation(reading: ArticleReading | undefined, span: Span): Span | undefined {
  if (!reading) return undefined;
  const sentences = reading.sentences.filter((s) => s.start >= 0).sort((x, y) => x.start - y.start);
  const i = sentences.findIndex((s) => s.start <= span.start && span.start < s.end);
  const sentence = sentences[i];
  const before = sentences[i - 1];
  if (!sentence || !before) return undefined;
  const quotations = reading.quotations.filter((q) => q.kind === "quotation");
  const quoted = quotations.flatMap((q) => q.parts).reduce((n, p) => n + overlapLength(p, sentence), 0);
  if (quoted < QUOTATION_ONLY_SHARE * (sentence.end - sentence.start)) return undefined;
  const credited = reading.attributions.some((at) => overlapLength(at.span, sentence) > 0) || quotations.some((q) => q.speakerSpan !== undefined && overlapLength(q.speakerSpan, sentence) > 0);
  const quotesBefore = quotations.some((q) => q.parts.some((p) => overlapLength(p, before) > 0));
  return !credited && quotesBefore ? before : undefined;
}

/**
 * Whether a passage of prose shorter than COPY_STOCK_WORDS names, in both articles, the speaker of a quotation the two
 * print alike (`speakers`): the person's name with their title ("Vera Holm, the minister of health of Tessaly,
 * said") is evidence that both quote that person, not that one copied the other.
 */
function namesQuotedSpeaker(ctx: Context, c: Classified, speakers: ReadonlySet<string> | undefined): boolean {
  if (c.kind !== "copy" || c.quote || c.matchedWords >= COPY_STOCK_WORDS || !speakers || speakers.size === 0) return false;
  const names = (article: string, span: Span) => (ctx.readings.get(article)?.sources ?? []).some((s) => s.type === "named" && speakers.has(s.key) && s.mentions.some((m) => overlapLength(m, span) > 0));
  return names(c.later, c.full.from) && names(c.earlier, c.full.to);
}

/**
 * Whether the later article credits the outlet whose story the earlier one reprints: as the story's own outlet (its
 * syndication credit, or a source line, "Source: AFP", which names where the whole text came from), or inside the text
 * it shares ("disse Rui Mendonça à agência Lusa" in a passage of a Lusa reprint) or in the lead-in that introduces
 * it ("The Northern Wire reported:" above the text). Two reprints of one wire story that both name the wire copied no
 * one uncredited. A credit elsewhere in the article (for one quotation) does not credit the copy.
 */
function creditsWireInPassage(ctx: Context, r: ReuseRelation): boolean {
  const own = ctx.outletOf(r.to);
  const wires = new Set((ctx.readings.get(r.to)?.syndication ?? []).map((s) => s.outlet).filter((o) => o !== own));
  if (wires.size === 0) return false;
  const later = ctx.readings.get(r.from);
  if ((later?.syndication ?? []).some((s) => wires.has(s.outlet))) return true;
  return (later?.attributions ?? []).some((at) => wires.has(at.outlet) && (at.frame === "source_line" || r.passages.some((p) => overlapLength(at.span, p.from) > 0 || introduces(ctx.byId.get(r.from), at.span, p.from))));
}

/**
 * Whether `credit` stands in the lead-in that sets apart the block a passage opens ("The Northern Wire reported:" and
 * the text below it): the credit introduces the passage as the credited outlet's text.
 */
function introduces(article: CleanArticle | undefined, credit: Span, passage: Span): boolean {
  const block = article ? blockAfterColon(article, passage.start) : undefined;
  if (!article || !block) return false;
  const lead = article.paragraphs[article.paragraphs.findIndex((p) => p.start === block.start) - 1];
  return lead !== undefined && overlapLength(credit, lead) > 0;
}

/**
 * Whether every passage of a copy is, in one article or the other, a third party's words, or, in both, the retelling of
 * an outlet both credit and the case does not hold (relayed.ts).
 */
function relaysThirdParty(ctx: Context, r: ReuseRelation): boolean {
  const later = ctx.byId.get(r.from);
  const earlier = ctx.byId.get(r.to);
  if (!later || !earlier) return false;
  const laterSide = { article: later, reading: ctx.readings.get(r.from) };
  const earlierSide = { article: earlier, reading: ctx.readings.get(r.to) };
  return relayedPassages(r.passages, laterSide, earlierSide, commonAbsentOutlets(ctx, r.from, r.to));
}

/** Marks the passages of a copy that both articles set apart as one outside outlet's block (relayed.ts blocksCreditedInBoth). */
function markBlocksCreditedInBoth(ctx: Context, r: ReuseRelation): void {
  const later = ctx.byId.get(r.from);
  const earlier = ctx.byId.get(r.to);
  if (!later || !earlier) return;
  const outlets = blocksCreditedInBoth(r.passages, { article: later, reading: ctx.readings.get(r.from) }, { article: earlier, reading: ctx.readings.get(r.to) }, commonAbsentOutlets(ctx, r.from, r.to));
  r.passages.forEach((p, i) => {
    const outlet = outlets[i];
    if (outlet !== undefined) p.creditedInBoth = outlet;
  });
}

/** The outlets two articles both credit as a source that are neither's own and have no article in the case. */
function commonAbsentOutlets(ctx: Context, x: string, y: string): Set<string> {
  const credited = (id: string) => new Set((ctx.readings.get(id)?.attributions ?? []).map((at) => at.outlet));
  const fromY = credited(y);
  const own = new Set([ctx.outletOf(x), ctx.outletOf(y)]);
  return new Set([...credited(x)].filter((o) => fromY.has(o) && !own.has(o) && !ctx.outletsInCase.has(o)));
}

/** The passages of aligned pairs that are site furniture (same outlet, whole edge paragraphs), for display and tests. */
export function furniturePassages(inputs: ReuseInputs): PassagePair[] {
  const ctx = reuseContext(inputs);
  const out: PassagePair[] = [];
  for (const pair of inputs.pairs) {
    if (!ctx.byId.has(pair.a) || !ctx.byId.has(pair.b)) continue;
    const o = ctx.orient(pair.a, pair.b);
    for (const p of pair.passages) {
      const c = classifyPassage(ctx, o, pair, p);
      if (c.kind === "furniture") out.push(settleDiff(c.full));
    }
  }
  return out;
}
