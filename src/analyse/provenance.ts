/** The provenance stage: claims with their origins and independent sources, and the findings a fact-checker should look at. */
import { compareDates, dateMidpoint, type PublishedDate } from "../core/dates.ts";
import { memoActive, remember, textKey } from "../core/memo.ts";
import type { TextSpan } from "../core/spans.ts";
import type { CleanArticle } from "../clean/types.ts";
import type { NumberMention, ReuseAnalysis, ReuseRelation } from "../align/types.ts";
import type { ArticleReading } from "../extract/types.ts";
import { bylineWriter } from "../extract/syndication.ts";
import type { DiffOp, Evidence, FigureNote, Finding, ProvenanceGraph } from "../graph/types.ts";
import { articleDate, compareArticles } from "./trace.ts";
import { detectLanguage } from "../extract/frames/index.ts";
import { storyClause } from "./claims/storyClause.ts";
import { groupClaims, shortLabel, type ClaimGroup, type NamePair, type PreLinked, type StatementSource } from "./claims.ts";
import { figureTelling } from "./claims/otherFigure.ts";
import { figureConflicts, quotePairs } from "./claims/versions.ts";
import { readStatements } from "./claims/statements.ts";
import type { Statement } from "./claims/types.ts";
import { findFindings } from "./findings.ts";
import { callsAllegedInvented, callsFalseOf, callsStoryFalse, isDebunkClaim, isDenialClaim, isWithdrawalClaim, negatedWords, negatesClaim, quotesSentences, readStance, tellsAsSatire, type QuotedSpeaker, type StanceArticle, type StanceClaim, type StanceReading, type UnitsRead, type CuesRead } from "./stance.ts";
import { updateNotes, titleMarkedUpdated } from "../ingest/textDate.ts";
import { debunkClaims } from "./debunks.ts";
import { describedSatire } from "./describedSatire.ts";
import { ancestorsOf, orderedOrigins, type CaseOrder } from "./origins.ts";
import { AGENCY_KINDS } from "../core/outlets.ts";
import { isLive } from "../review/live.ts";
import { figuresIn } from "./terms.ts";
import { claimSupport, foldAlike, supportIndex, type SupportIndex } from "./support.ts";
import type { ArticleStance, ClaimAnalysis, ClaimSupport } from "./types.ts";
import { heldByOthers } from "../core/heldByOthers.ts";

export interface ProvenanceInputs {
  graph: ProvenanceGraph;
  cleaned: readonly CleanArticle[];
  readings: readonly ArticleReading[];
  reuse: Pick<ReuseAnalysis, "relations" | "drift">;
}

export interface ProvenanceResult {
  claims: ClaimAnalysis[];
  findings: Finding[];
}

/** Names a reuse edit swapped for one another ("[to the Badia]" → "[to the Homs desert]"): the case's own evidence that they mean one place. */
export function swappedNames(diffs: readonly (readonly DiffOp[])[]): NamePair[] {
  const pairs: NamePair[] = [];
  for (const diff of diffs) {
    for (let i = 0; i + 1 < diff.length; i++) {
      const a = diff[i] as DiffOp;
      const b = diff[i + 1] as DiffOp;
      if (a.op !== "delete" || b.op !== "insert") continue;
      const name = (t: string) => t.replace(/^[\s[(]*(?:to|in|at|from|into|the|of)\s+(?:the\s+)?/i, "").replace(/[\s\])]+$/, "").trim();
      const x = name(a.text);
      const y = name(b.text);
      if (/\p{Lu}/u.test(x) && /\p{Lu}/u.test(y) && x.split(/\s+/).length <= 4 && y.split(/\s+/).length <= 4) pairs.push([x, y]);
    }
  }
  return pairs;
}

/**
 * The article's language: as the case gives it, else detected (the reading stage falls back on English where it has no
 * frames), as the reading stage detected it where its reading says (it detects from the same body).
 */
function languageOf(c: CleanArticle, reading: ArticleReading | undefined): string {
  return c.meta.language ?? reading?.detectedLanguage ?? remember("language", textKey(c.body), () => detectLanguage(c.body));
}

/**
 * Whether `later` taking the claim from `earlier` says which came first: the dates or a citation put it after, or a
 * reuse edge between them was oriented by them. A copy or quotation drawn one way only by convention (nothing orders
 * the two) does not: both may be where the claim first appears.
 */
function orderKnown(graph: ProvenanceGraph, relations: RelationsByPair, later: string, earlier: string): boolean {
  if (graph.hasNode(later) && graph.hasNode(earlier) && compareArticles(graph, later, earlier) === 1) return true;
  const edges = relations.get(`${later}\u0000${earlier}`) ?? [];
  return edges.length === 0 || edges.some((r) => r.orientedBy !== "none");
}

/** Reuse relations by their (from, to) pair: orderKnown is asked for every derivation of every claim, too often to scan them all. */
type RelationsByPair = ReadonlyMap<string, readonly ReuseRelation[]>;

function relationsByPair(relations: readonly ReuseRelation[]): RelationsByPair {
  const byPair = new Map<string, ReuseRelation[]>();
  for (const r of relations) {
    const key = `${r.from}\u0000${r.to}`;
    const list = byPair.get(key);
    if (list) list.push(r);
    else byPair.set(key, [r]);
  }
  return byPair;
}

/** The articles `later`'s text puts it after (a citation: `orderedAfter`) where the dates leave the two open. */
function citedAfter(graph: ProvenanceGraph, later: string): string[] {
  const attrs = graph.hasNode(later) ? graph.getNodeAttributes(later) : undefined;
  return attrs?.kind === "article" ? (attrs.orderedAfter ?? []).filter((earlier) => compareArticles(graph, later, earlier) === 1) : [];
}

/**
 * Adds each carrying article's stance to a claim, and counts its first appearance among the articles that present it
 * as true: a debunk that quotes the claim is not where it started (unless no article of the case presents it as true).
 */
/** An article as the stance reader sees it, with `key` naming all of it (language, headline, sentences) while a memo is active. */
interface StanceContext extends StanceArticle {
  key?: string;
}

/**
 * readStance, kept between runs of a case (core/memo.ts) under the article's key and the claim's statements and flags,
 * which are all it reads: every claim an article carries is read again on each run, most of them unchanged.
 */
function stanceOf(article: StanceContext, claim: StanceClaim): StanceReading {
  if (article.key === undefined) return readStance(article, claim);
  let key = `${article.key}\u0000${claim.debunk ? 1 : 0}${claim.negated ? 1 : 0}${claim.withdrawal ? 1 : 0}\u0000${claim.wording === undefined ? "" : textKey(claim.wording)}\u0000${[...(claim.figures ?? [])].join(",")}\u0000${claim.denied === undefined ? "" : `denied:${[...claim.denied].join(",")}`}`;
  for (const s of claim.statements) key += `\u0000${s.start}:${s.end}:${textKey(s.text)}`;
  return remember("stance", key, () => readStance(article, claim));
}

/** Articles that must tell an alleged story as an invention (stance.ts callsAllegedInvented) for the claim to be a denial. */
const ALLEGED_INVENTED_ARTICLES = 2;

/** Articles a denier's word must be printed by, each a debunk, for it to answer their story (deniersAnswer). */
const ANSWER_ARTICLES = 2;

/**
 * A claim's whole sentence as someone's answer to a story (stance.ts DenialTelling.answer): the representative sentence
 * names who said it (a source or a quotation's speaker inside it), and every article carrying the claim, two at least,
 * calls a story false outside its statements of it (callsStoryFalse). A sentence that names no one is the debunks' own
 * answer ("The photo does not show the Tessby lighthouse during the storm") where each of them calls false what its
 * negation speaks of, in another sentence or the headline (callsFalseOf the negated words): their other negated
 * sentences ("In many cases, they couldn't") answer no story. None where the sentence is a headline, which names no
 * source the reader found.
 */
function deniersAnswer(
  group: ClaimGroup,
  representative: ClaimGroup["statements"][number] | undefined,
  article: StanceContext | undefined,
  at: number,
  spansOf: ReadonlyMap<string, readonly TextSpan[]>,
  contextOf: (article: string) => StanceContext,
): { sentence: string; sourceSpans: { start: number; end: number }[] } | undefined {
  if (!representative || !article || representative.span.start < 0) return undefined;
  const end = at + group.text.length;
  const inSentence = (x: { start: number; end: number }): boolean => at <= x.start && x.end <= end;
  const sourceSpans = (article.sourceSpans ?? []).filter(inSentence).map((x) => ({ start: x.start - at, end: x.end - at }));
  const quotedSpeaker = (article.speakers ?? []).some((q) => q.start < end && at < q.end);
  const carriers = [...spansOf.keys()];
  if (carriers.length < ANSWER_ARTICLES) return undefined;
  if (sourceSpans.length === 0 && !quotedSpeaker) {
    const negated = new Set(negatedWords(group.text, article.language));
    if (negated.size === 0 || !carriers.every((a) => callsFalseOf(contextOf(a), spansOf.get(a) ?? [], negated))) return undefined;
    return { sentence: group.text, sourceSpans };
  }
  if (!carriers.every((a) => callsStoryFalse(contextOf(a), spansOf.get(a) ?? []))) return undefined;
  return { sentence: group.text, sourceSpans };
}

function withStance(claim: ClaimSupport, group: ClaimGroup, articles: ReadonlyMap<string, StanceContext>, published: ReadonlyMap<string, PublishedDate | undefined>, order: CaseOrder, support: SupportIndex): ClaimAnalysis {
  const statementTexts = group.statements.map((s) => ({ text: s.span.text, language: articles.get(s.article)?.language ?? "en" }));
  // A story clause (claims/storyClause.ts) is told inside its representative statement.
  const representative = group.statements.find((s) => s.span.text === group.text) ?? group.statements.find((s) => s.span.text.includes(group.text));
  const representativeArticle = articles.get(representative?.article ?? "");
  const representativeLanguage = representativeArticle?.language ?? "en";
  const debunk = isDebunkClaim(statementTexts, { text: group.text, language: representativeLanguage });
  const at = (representative?.span.start ?? 0) + Math.max(0, representative?.span.text.indexOf(group.text) ?? 0);
  // A headline (start -1) is no part of the body the source spans are offsets into: none of them lies in it.
  const representativeSources = representative && representative.span.start < 0 ? [] : (representativeArticle?.sourceSpans ?? []).map((x) => ({ start: x.start - at, end: x.end - at }));
  // What the claim says, its main clause: a negation elsewhere in a statement ("… and no worker was hurt") is not about it.
  const wording = shortLabel(group.text);
  // Negated, unless its only negation opens a clause of contrast about something else ("…, but nobody mentions it").
  const negated = negatesClaim(group.text, wording, representativeLanguage, representativeSources);
  // Each article's statements in the group's order, gathered once (filtering the group per article grew with articles × statements).
  const spansOf = new Map<string, ClaimGroup["statements"][number]["span"][]>();
  for (const s of group.statements) {
    const list = spansOf.get(s.article);
    if (list) list.push(s.span);
    else spansOf.set(s.article, [s.span]);
  }
  // What a figure is measured against: the claim as the earliest article by date tells it (the first report), the
  // representative where the dates cannot tell.
  let firstTold = representative;
  for (const s of group.statements) if (firstTold && compareDates(published.get(s.article), published.get(firstTold.article)) === -1) firstTold = s;
  const stances: Record<string, ArticleStance> = {};
  const contextOf = (article: string): StanceContext => articles.get(article) ?? { language: "en", sentences: [] };
  // A claim whose words deny that what it names existed or happened is the denial of that story (the node's `denial`).
  // So is one that calls its story alleged where two articles at least that state it call that story invented ("Der
  // Fall der angeblichen Entführung ist aufgeklärt" beside "die erfundene Geschichte").
  // A claim that is itself a debunk may be one too ("… concluiu que o manual nunca existiu", "… charged with spreading a
  // hoax about the fire": its debunk cue is the denial), and so is a negated one its statements tell as a debunk ("The
  // mayor was NOT hurt in any accident", beside "false reports that the mayor had died").
  // So is one that tells its report was taken back by those who published it ("Die Zeitung hat sich für ihre
  // Berichterstattung über … entschuldigt"), read on the whole sentence: the label may cut a German verb at its end.
  const withdrawal = !negated && isWithdrawalClaim(group.text, representativeLanguage);
  // So is someone's negated word that only debunks print ("We know of no plan to close the harbour",
  // "the club said it never sold tickets for that match"): it answers the story those articles call false.
  const answer = negated && !debunk ? deniersAnswer(group, representative, representativeArticle, at, spansOf, contextOf) : undefined;
  const denial =
    withdrawal ||
    isDenialClaim(wording, representativeLanguage, group.text.startsWith(wording) ? representativeSources : [], { debunk, ...(answer ? { answer } : {}) }) ||
    (!debunk && claim.articles.filter((a) => callsAllegedInvented(articles.get(a) ?? { language: "en", sentences: [] }, { statements: spansOf.get(a) ?? [], debunk, negated, wording })).length >= ALLEGED_INVENTED_ARTICLES);
  // The figures each article's statements of the claim give (a year dates the story, a lone digit counts little).
  const figuresOf = new Map<string, Set<string>>();
  for (const s of group.statements) {
    const own = figuresOf.get(s.article) ?? figuresOf.set(s.article, new Set()).get(s.article)!;
    for (const f of figuresIn(s.span.text)) if (f.length > 1 && !/^(?:19|20)\d\d$/.test(f)) own.add(f);
  }
  // What the other articles' statements of the claim give: a figure this one only negates is still the claim's.
  const figuresBesides = heldByOthers(figuresOf);
  // Of a denial, what each article's statements of it negate ("non è crollato"): another article that tells it plainly
  // ("è crollato") tells the story the denial denies.
  const negatedOf = new Map<string, Set<string>>();
  if (denial) {
    for (const s of group.statements) {
      const own = negatedOf.get(s.article) ?? negatedOf.set(s.article, new Set()).get(s.article)!;
      for (const w of negatedWords(s.span.text, contextOf(s.article).language)) own.add(w);
    }
  }
  const deniedBesides = heldByOthers(negatedOf);
  const readings = new Map(claim.articles.map((article) => [article, stanceOf(contextOf(article), { statements: spansOf.get(article) ?? [], debunk, negated, wording, figures: figuresBesides(article), ...(withdrawal ? { withdrawal } : {}), ...(denial ? { denied: deniedBesides(article) } : {}) })]));
  // A headline or lead cue that judges another story than an article's statements of the claim (stance.ts `unscoped`)
  // judges this one where another article calls it false: the claim is a story the case debunks, not a fact a debunk
  // tells beside it on its own word. (Of a claim that is itself a debunk, the articles that make it call the story false.)
  const calledFalse = [...readings.values()].some((r) => r.stance === (debunk ? "true" : "false") && r.unscoped === undefined);
  for (const article of claim.articles) {
    const context = contextOf(article);
    const own = spansOf.get(article) ?? [];
    const read = readings.get(article) as StanceReading;
    let reading = calledFalse && read.unscoped ? read.unscoped : read;
    // A story proposition told as the object of a denial is reported false; told as someone's claim, it is not the
    // article's own word: presented as true by no cue, it is only mentioned.
    const frame = group.frames?.[article];
    if (frame === "denial") reading = { stance: "false", rule: "stance.denies_proposition", confidence: 0.7, evidence: own.slice(0, 1) };
    else if (frame === "retracted") reading = { stance: "false", rule: "stance.claimant_retracts", confidence: 0.7, evidence: own.slice(0, 1) };
    else if (frame === "claim" && reading.stance === "true") reading = { stance: "mentions", rule: "stance.reported_claim", confidence: 0.6, evidence: own.slice(0, 1) };
    // Linked through all else it shares, but giving another figure for what the claim counts ("17 dead" beside "Twelve
    // people have died"): the article repeats the claim with its figure changed, which still presents it as true (and
    // is number drift), noted with both figures; a figure it dates after the claim's article is a later count, another
    // claim it only sets beside this one (figureTelling).
    let otherFigure: FigureNote | undefined;
    if (reading.stance === "true" && firstTold && firstTold.article !== article) {
      const told = figureTelling(
        { language: articles.get(firstTold.article)?.language ?? "en", span: firstTold.span, published: published.get(firstTold.article) },
        own.map((span) => ({ language: context.language, span, published: published.get(article) })),
      );
      if (told?.kind === "later_count") reading = { stance: "mentions", rule: "stance.later_count", confidence: 0.6, evidence: own.slice(0, 1) };
      else if (told) {
        reading = { ...reading, rule: "stance.other_figure" };
        otherFigure = { here: figureEvidence(article, own[0] as TextSpan, told.change.to), claim: figureEvidence(firstTold.article, firstTold.span, told.change.from) };
      }
    }
    const satire = tellsAsSatire(reading, context.language);
    stances[article] = { stance: reading.stance, rule: reading.rule, confidence: reading.confidence, evidence: reading.evidence.map((e) => ({ article, ...e })), ...(otherFigure ? { otherFigure } : {}), ...(satire ? { satire: true as const } : {}) };
  }
  const presentedAsTrue = side(claim.articles, stances, "true");
  const restsOn = debunkedCoverageLeft(claim, stances, support, group.quotedWords === true);
  // A copy of a debunk that drops the debunk starts a true line of its own: the origin is sought among the true ones,
  // and the hedged reports they took it from.
  const origins = orderedOrigins({
    candidates: presentedAsTrue.length > 0 ? withHedgedSources(presentedAsTrue, claim.derivedFrom, stances, order) : claim.articles,
    derivedFrom: claim.derivedFrom,
    ...order,
    published,
  });
  // Where it first appears in the case, whatever the side: a debunk that quotes the claim shows it was in circulation by
  // then, so a reader asking where the case first prints it is answered among all its carriers, in the same order. Of a
  // denial, the carriers telling the story are those reporting the denial false ("È morto …" beside "… non è morto"):
  // the denial answers their story, so where nothing else orders two carriers they go first, not the denial's presenters.
  const storyTellers = denial ? side(claim.articles, stances, "false") : [];
  const tellers = storyTellers.length > 0 ? storyTellers : presentedAsTrue;
  const appearsFirstIn = tellers.length > 0 && tellers.length < claim.articles.length ? orderedOrigins({ candidates: claim.articles, derivedFrom: claim.derivedFrom, ...order, published, presenters: new Set(tellers) }) : origins;
  // The sources that stand behind the claim as told: those of the articles presenting it as true and of every article
  // they took it from, whatever that one's stance (a satire site a story was taken from is where it rests); a debunk's
  // own (the spokesman who denies it) do not.
  const restedOnAsTrue = new Set([...ancestorsOf(presentedAsTrue, claim.derivedFrom)].flatMap((a) => restsOn[a] ?? []));
  const { primarySources, alike } = foldAlike(claim.primarySources, claim.alikeAnonymous ?? [], (s) => presentedAsTrue.length === 0 || restedOnAsTrue.has(s));
  const { alikeAnonymous: _, ...rest } = claim;
  return { ...rest, restsOn, ...(alike.length > 0 ? { alikeAnonymous: alike } : {}), primarySources, origins, appearsFirstIn, stances, presentedAsTrue, reportedFalse: side(claim.articles, stances, "false"), mentionedBy: side(claim.articles, stances, "mentions"), main: group.main, ...(denial ? { denial: true } : {}), ...(debunk ? { debunk: true } : {}) };
}

/** A figure of a statement as evidence in its article: offsets into the body, or -1 where the statement is the headline. */
function figureEvidence(article: string, statement: TextSpan, figure: NumberMention): Evidence {
  const text = figure.span.text;
  return statement.start < 0 ? { article, start: -1, end: -1, text } : { article, start: statement.start + figure.span.start, end: statement.start + figure.span.end, text };
}

/**
 * What each article rests the claim on, without what a debunk names as the thing it checks: an unnamed collective of
 * reporting ("Reports in local media say a camp is planned …. There is no such plan.", "des médias affirment que …"), and,
 * where the claim is quoted words ("the pope said '…'", claims/select.ts), the person they are put in the mouth of. In an
 * article that reports the claim false these are the subject of the check, not its sources. Left with nothing and taking
 * the claim from no other article, the debunk states it on its own word, as one naming no source does (support.ts).
 */
function debunkedCoverageLeft(claim: ClaimSupport, stances: Readonly<Record<string, ArticleStance>>, support: SupportIndex, quotedWords: boolean): Record<string, string[]> {
  const checked = (k: string): boolean => support.collective.has(k) || (quotedWords && k.startsWith("source:"));
  const out: Record<string, string[]> = {};
  for (const [article, keys] of Object.entries(claim.restsOn)) {
    const left = stances[article]?.stance === "false" ? keys.filter((k) => !checked(k)) : keys;
    out[article] = left.length > 0 || keys.length === 0 || claim.derivedFrom[article] ? left : [support.outletOf.get(article) ?? article];
  }
  return out;
}

/**
 * The articles presenting the claim as true, with every article that only mentions it ("allegedly told", "aurait
 * déclaré", "soll … gesagt haben") that they took it from, in a known order, directly or through other such reports. A
 * hedged report that passed the claim on is where it entered the case, though it vouched for nothing: the question is
 * where the claim starts, not who first wrote it as fact. A debunk is never walked through (what a copy of it states as
 * true starts a line of its own), and a report that only mentions the claim, which no presenter took it from, is no
 * candidate (a live blog "following reports that …" did not start them).
 */
function withHedgedSources(presentedAsTrue: readonly string[], derivedFrom: Readonly<Record<string, readonly string[]>>, stances: Readonly<Record<string, ArticleStance>>, order: CaseOrder): string[] {
  const candidates = new Set(presentedAsTrue);
  const queue = [...presentedAsTrue];
  while (queue.length > 0) {
    const later = queue.pop() as string;
    for (const earlier of derivedFrom[later] ?? []) {
      if (candidates.has(earlier) || stances[earlier]?.stance !== "mentions" || !order.orderKnown(later, earlier)) continue;
      candidates.add(earlier);
      queue.push(earlier);
    }
  }
  return [...candidates];
}

/** The articles taking `stance`, in the claim's order. */
function side(articles: readonly string[], stances: Readonly<Record<string, ArticleStance>>, stance: string): string[] {
  return articles.filter((a) => stances[a]?.stance === stance);
}

/** An outlet an article credits, and whether the credit says it reprints that outlet's story (`republishes`). */
interface Credit {
  outlet: string;
  reprint: boolean;
}

/** The outlets an article credits by a live citation or reprint credit. */
function creditEdges(graph: ProvenanceGraph, article: string): Credit[] {
  const out: Credit[] = [];
  if (!graph.hasNode(article)) return out;
  graph.forEachOutEdge(article, (_k, e, _s, target) => {
    if ((e.kind === "cites" || e.kind === "republishes") && isLive(e) && graph.getNodeAttribute(target, "kind") === "outlet") out.push({ outlet: target, reprint: e.kind === "republishes" });
  });
  return out;
}

/** Whether an outlet node is a news agency's (an agency or state media: they send out dispatches others print and credit). */
function isAgency(graph: ProvenanceGraph, outlet: string): boolean {
  const attrs = graph.hasNode(outlet) ? graph.getNodeAttributes(outlet) : undefined;
  return attrs?.kind === "outlet" && AGENCY_KINDS.has(attrs.outletKind);
}

/** The news agency whose dispatch an article prints: its own outlet, or one it republishes (a dateline, a credit line; `credits`: creditEdges). */
function dispatchOf(graph: ProvenanceGraph, article: string, credits: readonly Credit[]): { agency: string; own: boolean } | undefined {
  const attrs = graph.hasNode(article) ? graph.getNodeAttributes(article) : undefined;
  if (attrs?.kind !== "article") return undefined;
  if (isAgency(graph, attrs.outlet)) return { agency: attrs.outlet, own: true };
  const reprinted = credits.find((c) => c.reprint && isAgency(graph, c.outlet));
  return reprinted ? { agency: reprinted.outlet, own: false } : undefined;
}

/**
 * Whether `later` taking the claim from `earlier` is drawn that way only by the case's article order: every reuse edge
 * between them is oriented by nothing (align/classify.ts `orient`), and their dates' middles are equal (two of one
 * month, the same day, or both undated), where that convention falls back on the order of the files — no evidence of
 * which took from which. (A convention between different dates at least follows them: an undated copy of a dated text.)
 */
function byCaseOrder(graph: ProvenanceGraph, relations: RelationsByPair, later: string, earlier: string): boolean {
  const edges = [...(relations.get(`${later}\u0000${earlier}`) ?? []), ...(relations.get(`${earlier}\u0000${later}`) ?? [])];
  if (edges.length === 0 || edges.some((r) => r.orientedBy !== "none")) return false;
  const middle = (a: string) => {
    const d = graph.hasNode(a) ? articleDate(graph, a) : undefined;
    return d ? dateMidpoint(d) : Number.POSITIVE_INFINITY;
  };
  return middle(later) === middle(earlier);
}

/**
 * What orders a case's articles for origins and debunks: the same functions for every claim of a run, made once
 * (thousands of claims each making their own closures was a measurable part of an incremental add).
 */
function caseOrder(graph: ProvenanceGraph, relations: RelationsByPair): Required<CaseOrder> {
  // Asked for every candidate of every claim: each article's credits are read from the graph once, for both questions.
  const edges = new Map<string, Credit[]>();
  const creditEdgesOf = (article: string) => edges.get(article) ?? edges.set(article, creditEdges(graph, article)).get(article)!;
  const dispatches = new Map<string, ReturnType<typeof dispatchOf>>();
  const creditedOutlets = new Map<string, string[]>();
  return {
    orderKnown: (later, earlier) => orderKnown(graph, relations, later, earlier),
    heldBackBy: (later) => citedAfter(graph, later),
    byCaseOrder: (later, earlier) => byCaseOrder(graph, relations, later, earlier),
    dispatchOf: (article) => (dispatches.has(article) ? dispatches.get(article) : dispatches.set(article, dispatchOf(graph, article, creditEdgesOf(article))).get(article)),
    creditsOf: (article) => creditedOutlets.get(article) ?? creditedOutlets.set(article, creditEdgesOf(article).map((c) => c.outlet)).get(article)!,
  };
}

function stanceContext(language: string, title: string | undefined, sentences: readonly TextSpan[], sourceSpans: readonly { start: number; end: number }[], satireNotice?: string, reading?: ArticleReading): StanceContext {
  const { speakers, sources } = speakersIn(reading);
  const creditedNames = creditedNamesOf(reading);
  // Someone's words, whoever the reader found saying them: the quoted words of each quotation proper, and words in
  // quotation marks the reader took for a marked phrase or a title that run over a sentence's end (a chain letter's
  // heading "„Vorsicht! Teilt das mit allen!“"): a passage of someone's text, which the writer does not vouch for.
  const quoted = (reading?.quotations ?? []).flatMap((q) => (q.kind === "quotation" || q.parts.some((p) => quotesSentences(p.text)) ? q.parts.map((p) => ({ start: p.start, end: p.end, text: p.text })) : []));
  // The units its sentences split into, kept for this analysis: every claim the article carries compares the same sentences.
  const unitsRead: UnitsRead = new Map();
  // Its texts' debunk cues likewise (stance.ts debunkCues), asked of the same sentences for every claim.
  const cuesRead: CuesRead = new Map();
  const article = { language, ...(title ? { title } : {}), sentences, sourceSpans, ...(satireNotice ? { satireNotice } : {}), ...(creditedNames.length > 0 ? { creditedNames } : {}), speakers, sources, quoted, unitsRead, cuesRead };
  if (!memoActive()) return article;
  let json = sentencesJson.get(sentences);
  if (json === undefined) sentencesJson.set(sentences, (json = JSON.stringify(sentences)));
  return { ...article, key: `${textKey(json)}\u0000${textKey(JSON.stringify([language, title ?? null, sourceSpans, satireNotice ?? null, creditedNames, speakers, sources, quoted]))}` };
}

/** An article's quotations with their speakers, and its sources with their mentions: whose a denial is (stance.ts). */
function speakersIn(reading: ArticleReading | undefined): { speakers: QuotedSpeaker[]; sources: { key: string; mentions: { start: number; end: number }[] }[] } {
  const sources = (reading?.sources ?? []).map((s) => ({ key: s.key, mentions: s.mentions.map((m) => ({ start: m.start, end: m.end })) }));
  const names = new Map((reading?.sources ?? []).map((s) => [s.key, s.name]));
  const speakers = (reading?.quotations ?? []).flatMap((q) =>
    q.kind === "quotation" && q.speaker !== undefined && names.has(q.speaker) ? [{ start: q.span.start, end: q.span.end, source: q.speaker, name: names.get(q.speaker) as string }] : [],
  );
  return { speakers, sources };
}

/** Where an article names the outlets it credits: the name within each credit phrase (a cue word there is a name, stance.ts). */
function creditedNamesOf(reading: ArticleReading | undefined): { start: number; end: number }[] {
  return (reading?.attributions ?? []).flatMap((a) => {
    const at = a.outletName ? a.span.text.indexOf(a.outletName) : -1;
    return at < 0 ? [] : [{ start: a.span.start + at, end: a.span.start + at + a.outletName.length }];
  });
}

/** Where an article names its sources: every mention of each (a negation there describes the source, stance.ts). */
function sourceSpansOf(reading: ArticleReading | undefined): { start: number; end: number }[] {
  return (reading?.sources ?? []).flatMap((s) => s.mentions.map((m) => ({ start: m.start, end: m.end })));
}

/**
 * Each sentence list's JSON, by the list: a reading's sentences are the same array on each run of a case (and never
 * written to), so the key names them by one string the memo has met before, not by a new one hashed whole each run.
 */
const sentencesJson = new WeakMap<readonly TextSpan[], string>();

/**
 * What claim grouping reads before the reuse relations are known: each article's statement source and the statements
 * read from them (claims/statements.ts). Built from the cleaned articles, their readings and each article's outlet
 * node key; `analyseProvenance` uses it only when the graph gives every article the same outlet key.
 */
export interface PreparedStatements {
  cleaned: readonly CleanArticle[];
  readings: readonly ArticleReading[];
  /** Parallel to `cleaned`: the outlet node key the sources were built with. */
  outlets: readonly string[];
  languages: ReadonlyMap<string, string>;
  sources: StatementSource[];
  statements: Statement[];
  /** The statements' links before the reuse edits were known (`preLinkStatements`), where they were found. */
  preLinked?: PreLinked;
}

const nonPlacesOf = (r: ArticleReading | undefined) => [
  ...(r?.sources ?? []).filter((s) => s.type === "named" || s.type === "organisation").flatMap((s) => [s.name, ...s.name.split(/\s+/).filter((w) => w.length > 3).slice(-1)]),
  ...(r?.attributions ?? []).map((a) => a.outletName),
];

/** Each article's statement source, as claim grouping reads it. */
function statementSources(cleaned: readonly CleanArticle[], readings: ReadonlyMap<string, ArticleReading>, outletOf: ReadonlyMap<string, string>, languages: ReadonlyMap<string, string>): StatementSource[] {
  return cleaned.map((c) => {
    const reading = readings.get(c.meta.id);
    return {
      article: c.meta.id,
      language: languages.get(c.meta.id) as string,
      outlet: (outletOf.get(c.meta.id) ?? "").replace(/^outlet:/, ""),
      ...(c.meta.published ? { published: c.meta.published } : {}),
      ...(c.meta.title ? { title: c.meta.title } : {}),
      sentences: reading?.sentences ?? [],
      nonPlaces: nonPlacesOf(reading),
      quoted: (reading?.quotations ?? []).filter((q) => q.kind === "quotation").flatMap((q) => q.parts),
      ...(reading?.sentenceVerbs ? { verbs: reading.sentenceVerbs } : {}),
      ...(reading?.people ? { people: reading.people } : {}),
      cites: (reading?.attributions ?? []).flatMap((a) => (a.article ? [{ sentence: { start: a.sentence.start, end: a.sentence.end }, article: a.article }] : [])),
      credits: (reading?.attributions ?? []).map((a) => ({ start: a.span.start, end: a.span.end })),
    };
  });
}

/** Each article's language, detected once: both the claim texts and the statements need it, and detection reads the text's n-grams. */
function languagesOf(cleaned: readonly CleanArticle[], readings: ReadonlyMap<string, ArticleReading>): Map<string, string> {
  return new Map(cleaned.map((c) => [c.meta.id, languageOf(c, readings.get(c.meta.id))]));
}

/**
 * The statements of a case before its reuse relations and graph exist, so they can be read while alignment runs
 * elsewhere (pipeline.ts). `outletKeyOf` gives the outlet node key the graph will give each article (graph/articles.ts).
 */
export function prepareStatements(cleaned: readonly CleanArticle[], readings: readonly ArticleReading[], outletKeyOf: (c: CleanArticle) => string): PreparedStatements {
  const byId = new Map(readings.map((r) => [r.article, r]));
  const outlets = cleaned.map(outletKeyOf);
  const languages = languagesOf(cleaned, byId);
  const sources = statementSources(cleaned, byId, new Map(cleaned.map((c, i) => [c.meta.id, outlets[i] as string])), languages);
  return { cleaned, readings, outlets, languages, sources, statements: readStatements(sources) };
}

/** Runs claim grouping, support tracing and the finding builders. Pure: reads the graph, never writes it. */
export function analyseProvenance(inputs: ProvenanceInputs, prepared?: PreparedStatements): ProvenanceResult {
  const { graph } = inputs;
  const readings = new Map(inputs.readings.map((r) => [r.article, r]));
  const outletOf = new Map<string, string>();
  const published = new Map(inputs.cleaned.map((c) => [c.meta.id, c.meta.published]));
  for (const c of inputs.cleaned) {
    const node = graph.hasNode(c.meta.id) ? graph.getNodeAttributes(c.meta.id) : undefined;
    if (node?.kind === "article") outletOf.set(c.meta.id, node.outlet);
  }
  const order = inputs.cleaned.map((c) => c.meta.id).sort((a, b) => compareDates(published.get(a), published.get(b)) || a.localeCompare(b));
  // Statements read beforehand stand only for the same articles, readings and outlets (reviews can move an outlet).
  const ready =
    prepared && prepared.cleaned === inputs.cleaned && prepared.readings === inputs.readings && inputs.cleaned.every((c, i) => prepared.outlets[i] === outletOf.get(c.meta.id)) ? prepared : undefined;
  const languages = ready?.languages ?? languagesOf(inputs.cleaned, readings);
  // A site the case's other articles call satire is read as its own notice would have it (describedSatire.ts).
  const described = describedSatire(inputs.cleaned, readings, outletOf);
  const articles = new Map(
    inputs.cleaned.map((c) => [
      c.meta.id,
      stanceContext(languages.get(c.meta.id) as string, c.meta.title, readings.get(c.meta.id)?.sentences ?? [], sourceSpansOf(readings.get(c.meta.id)), c.meta.satireNotice ?? described.get(c.meta.id), readings.get(c.meta.id)),
    ]),
  );
  const conflicts = figureConflicts(quotePairs(inputs.reuse.relations));
  const grouped = groupClaims(
    ready?.sources ?? statementSources(inputs.cleaned, readings, outletOf, languages),
    swappedNames(inputs.reuse.relations.flatMap((r) => r.passages.map((p) => p.diff ?? []))),
    ready?.statements,
    conflicts,
    ready?.preLinked,
  );
  const taken = new Set(grouped.map((g) => g.key));
  const groups = grouped.map((g) => {
    const told = storyClause(g, (a) => languages.get(a) ?? "en", taken);
    taken.add(told.key);
    return told;
  });
  const paragraphs = new Map(inputs.cleaned.map((c) => [c.meta.id, c.paragraphs]));
  const support = supportIndex({ readings, relations: inputs.reuse.relations, outletOf, order, published, paragraphs });
  const ordering = caseOrder(graph, relationsByPair(inputs.reuse.relations));
  const claims = groups
    .map((g) => withStance(claimSupport(g, support), g, articles, published, ordering, support))
    // A quotation is a claim only where the case tells it both ways (claims/select.ts): printed as true by one article
    // and reported false by another. One printed inside every debunk (the hoaxer's own explanation) stays a quotation.
    .filter((c, k) => !groups[k]?.quotedWords || (c.presentedAsTrue.length > 0 && c.reportedFalse.length > 0));
  const writers = new Map(inputs.cleaned.flatMap((c) => {
    const writer = bylineWriter(c.text, c.meta.title);
    return writer ? [[c.meta.id, writer] as const] : [];
  }));
  const findings = findFindings({ graph, claims, relations: inputs.reuse.relations, figureConflicts: conflicts, drift: inputs.reuse.drift, readings, writers });
  // After the findings: a debunk claim restates who reported a claim false, which the findings already weigh.
  const cleanedById = new Map(inputs.cleaned.map((c) => [c.meta.id, c]));
  const debunks = debunkClaims({
    claims,
    published,
    updates: (article) => {
      const c = cleanedById.get(article);
      return c ? { notes: updateNotes(c.body, c.meta.published, languages.get(article)), titleUpdated: titleMarkedUpdated(c.meta.title ?? "") } : undefined;
    },
    relations: inputs.reuse.relations,
    outletOf,
    order: ordering,
  });
  return { claims: [...claims, ...debunks], findings };
}

/** Writes claims (nodes and `asserts` edges) and findings into the graph. */
export function addProvenance(graph: ProvenanceGraph, result: ProvenanceResult): void {
  for (const claim of result.claims) {
    graph.addNode(claim.key, {
      kind: "claim",
      label: claim.label,
      text: claim.text,
      articles: claim.articles,
      outletCount: claim.outlets.length,
      independentSources: claim.primarySources.length,
      primarySources: claim.primarySources,
      ...(claim.alikeAnonymous ? { alikeAnonymous: claim.alikeAnonymous } : {}),
      origins: claim.origins,
      // Written only where it says more than `origins` (contract: absent = the same).
      ...(claim.appearsFirstIn.join() !== claim.origins.join() ? { appearsFirstIn: claim.appearsFirstIn } : {}),
      restsOn: claim.restsOn,
      derivedFrom: claim.derivedFrom,
      main: claim.main,
      presentedAsTrue: claim.presentedAsTrue,
      reportedFalse: claim.reportedFalse,
      mentionedBy: claim.mentionedBy,
      ...(claim.debunks ? { debunks: claim.debunks } : {}),
      ...(claim.denial ? { denial: true } : {}),
    });
    for (const article of claim.articles) {
      // The article's statements of the claim: its headline too (offsets -1, as the contract writes a headline), so an
      // article that states a claim only in its headline still shows the words it rests on.
      const evidence = claim.statements.filter((s) => s.article === article).map((s) => ({ article, start: s.start < 0 ? -1 : s.start, end: s.start < 0 ? -1 : s.end, text: s.text }));
      const stance = claim.stances[article];
      graph.addDirectedEdgeWithKey(`${article}->asserts->${claim.key}`, article, claim.key, {
        kind: "asserts",
        evidence,
        ...(stance ? { stance: stance.stance, stanceEvidence: stance.evidence, rule: stance.rule, confidence: stance.confidence, ...(stance.otherFigure ? { otherFigure: stance.otherFigure } : {}) } : {}),
      });
    }
  }
  graph.setAttribute("findings", result.findings);
}
