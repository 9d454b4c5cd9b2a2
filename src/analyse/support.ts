/**
 * What a claim rests on, article by article: the sources each asserting statement names (speakers, "according to",
 * "told", anonymous sources), the case articles it takes the claim from (a citation of that article, a copied passage,
 * or — for an unsourced repetition — any citation or copy of an earlier article that asserts the claim), and reports
 * outside the case (the outlet stands in for the source it relays unless the text names that source).
 * Independent primary sources are what remains after every derived statement is traced back to the article it came from.
 */
import { compareDates, type PublishedDate } from "../core/dates.ts";
import { overlaps, type Span, type TextSpan, contains } from "../core/spans.ts";
import type { ReuseRelation } from "../align/types.ts";
import { CONFIDENT, type AlikeAnonymous } from "../graph/types.ts";
import type { ArticleReading } from "../extract/types.ts";
import type { ClaimGroup } from "./claims.ts";
import type { ClaimSupport } from "./types.ts";
import { alikeGroups, institutionWords, type AnonymousSource } from "./anonymousAlike.ts";
import { confirmationIn } from "./findings/confirmedUnnamed.ts";
import { debunkCues, negationCues } from "./stance.ts";
import { escapeRegExp } from "../core/text.ts";
import { framesFor } from "../extract/frames/index.ts";
import { settled } from "../extract/syndication.ts";
import { perLanguage } from "../extract/frames/common.ts";

export interface SupportContext {
  readings: ReadonlyMap<string, ArticleReading>;
  relations: readonly ReuseRelation[];
  /** Outlet key per article. */
  outletOf: ReadonlyMap<string, string>;
  /** Articles in date order (earliest first; ties broken by id). */
  order: readonly string[];
  /**
   * Each article's date: where two dates leave the order open (the same day, a month that holds the other's day, no
   * date), a citation says which came first. Without it, `order`'s tie-break by id decides.
   */
  published?: ReadonlyMap<string, PublishedDate | undefined>;
  /**
   * Each article's body paragraphs: the passage a statement stands in. An unnamed source named elsewhere in the article
   * was cited for another point (firstUnnamed). Without them, the statement's sentence is its passage.
   */
  paragraphs?: ReadonlyMap<string, readonly Span[]>;
}

/**
 * A support context with its lookups made once per case: each article's place in `order` and the relations it is the
 * `from` side of (in the relations' order). Scanning every relation for every statement of every claim made the
 * stage grow with claims × statements × relations.
 */
export interface SupportIndex extends SupportContext {
  rank: ReadonlyMap<string, number>;
  relationsFrom: ReadonlyMap<string, readonly ReuseRelation[]>;
  /** Keys of the case's unnamed collectives of reporting ("reports say"): what an article rests on, never a primary source. */
  collective: ReadonlySet<string>;
}

/** The lookups of a support context, made once for all the claims of a case. */
export function supportIndex(ctx: SupportContext): SupportIndex {
  const relationsFrom = new Map<string, ReuseRelation[]>();
  for (const rel of ctx.relations) {
    const list = relationsFrom.get(rel.from);
    if (list) list.push(rel);
    else relationsFrom.set(rel.from, [rel]);
  }
  const collective = new Set<string>();
  for (const r of ctx.readings.values()) for (const src of r.sources) if (src.collective) collective.add(src.key);
  return { ...ctx, rank: new Map(ctx.order.map((a, i) => [a, i])), relationsFrom, collective };
}

interface StatementSupport {
  sources: Set<string>;
  derivedFrom: Set<string>;
  /**
   * Sources the statement names as relayed by another case article ("повідомляє агентство X з посиланням на джерела",
   * "X reports, citing sources close to …"), or that article's outlet where it names none, by that article: what this
   * one reaches through it.
   */
  relayedBy: Map<string, string>;
  /** Speakers of quotations the statement gives as an unnamed source's account: whom the words are pinned on, no source. */
  pinnedOn: Set<string>;
}

/** Sources and derivations named inside one statement of one article. */
function statementSupport(article: string, span: TextSpan, ctx: SupportIndex): StatementSupport {
  const support: StatementSupport = { sources: new Set(), derivedFrom: new Set(), relayedBy: new Map(), pinnedOn: new Set() };
  const reading = ctx.readings.get(article);
  if (!reading || span.start < 0) return support;
  // A source named inside a passage this article copied came with the copy: it is the copied article's source, reached
  // through that article, not a second one ("a senior official who asked not to be named", copied word for word).
  const copied = (ctx.relationsFrom.get(article) ?? []).filter((r) => r.kind === "copies").flatMap((r) => r.passages.map((p) => p.from));
  const cameWithCopy = (s: { start: number; end: number }) => copied.some((c) => contains(c, s));
  for (const att of reading.attributions) {
    if (!overlaps(att.sentence, span) && !overlaps(att.span, span)) continue;
    if (cameWithCopy(att.span)) continue;
    // A doubtful reading of who was cited grounds neither a derivation nor a source.
    if (att.interview || att.confidence < CONFIDENT) continue;
    // Whom the report relied on where the statement names it ("X reported, citing an official"); else the outlet.
    const relayed = att.citingSource ? [att.citingSource] : reading.sources.filter((s) => s.via === att.outlet && s.mentions.some((m) => overlaps(m, span))).map((s) => s.key);
    const reported = relayed.length > 0 ? relayed : [att.outlet];
    if (att.article && att.article !== article) {
      support.derivedFrom.add(att.article);
      // Should the case article cited not state the claim as read (told in another language), the claim still rests
      // on that report, as on one outside the case.
      reported.forEach((key) => support.relayedBy.set(key, att.article as string));
    } else reported.forEach((key) => support.sources.add(key));
  }
  // Words this article prints as another article of the case printed them (the same or an altered quotation): their
  // speaker is reached through that article, like a source it relays, whoever this printing names.
  const quotedFrom = (ctx.relationsFrom.get(article) ?? []).filter((r) => r.kind !== "copies" && r.to !== article);
  const throughQuote = new Set<string>();
  pinnedSpeakers(reading, span, cameWithCopy).forEach((key) => support.pinnedOn.add(key));
  for (const q of reading.quotations) {
    if (q.kind !== "quotation" || !q.speaker || !overlaps(q.span, span) || cameWithCopy(q.span) || support.pinnedOn.has(q.speaker)) continue;
    const printedBefore = quotedFrom.find((r) => r.passages.some((p) => overlaps(p.from, q.span)));
    if (printedBefore) {
      support.relayedBy.set(q.speaker, printedBefore.to);
      throughQuote.add(q.speaker);
    } else support.sources.add(q.speaker);
  }
  for (const s of reading.sources) {
    if (throughQuote.has(s.key) || support.pinnedOn.has(s.key) || !s.mentions.some((m) => overlaps(m, span) && !cameWithCopy(m))) continue;
    if (s.via && ctx.readings.has(s.via) && s.via !== article) {
      support.derivedFrom.add(s.via);
      support.relayedBy.set(s.key, s.via);
    } else {
      support.sources.add(s.key);
    }
  }
  for (const rel of ctx.relationsFrom.get(article) ?? []) {
    if (rel.passages.some((p) => overlaps(p.from, span))) support.derivedFrom.add(rel.to);
  }
  return support;
}

/**
 * The speakers of the statement's quotations whose words it gives as an unnamed source's account ("Prime Minister X
 * allegedly told a delegation that "…", according to a diplomatic source"; "X aurait déclaré « … », selon une source
 * diplomatique"): the article did not hear them, the source did, and says so. The one the words are pinned on is what
 * the claim is about, not a second, independent source beside the one telling it — least of all where the words are
 * made up. An unnamed source is the teller when the statement names it outside its quotations and it speaks none of them.
 */
function pinnedSpeakers(reading: ArticleReading, span: TextSpan, cameWithCopy: (s: { start: number; end: number }) => boolean): string[] {
  const quotations = reading.quotations.filter((q) => q.kind === "quotation" && overlaps(q.span, span) && !cameWithCopy(q.span));
  const speakers = new Set(quotations.flatMap((q) => (q.speaker ? [q.speaker] : [])));
  if (speakers.size === 0) return [];
  const inQuotation = (m: TextSpan) => quotations.some((q) => contains(q.span, m));
  const teller = reading.sources.some(
    (s) => s.type === "anonymous" && !s.collective && !speakers.has(s.key) && s.mentions.some((m) => overlaps(m, span) && !inQuotation(m) && !cameWithCopy(m)),
  );
  if (!teller) return [];
  const typeOf = new Map(reading.sources.map((s) => [s.key, s.type]));
  return [...speakers].filter((key) => typeOf.get(key) !== "anonymous");
}

/** Each language's restatementLeads as one test of a sentence's opening, made once per language's frames; none where it has none. */
const restatementOpening = perLanguage((frames) => {
  const leads = frames.restatementLeads ?? [];
  return leads.length > 0 ? new RegExp(`^\\s*["“«„]?(?:${leads.map(escapeRegExp).join("|")})(?![\\p{L}])`, "iu") : undefined;
});

/**
 * What a statement rests on as the sentence after it tells: a statement that names no one for it, or only the document
 * it is said to come from ("… 70 per cent of burglaries …, according to a police report."), followed by a sentence that
 * points back to the thing stated and says who put it out or reported it ("The figure, put out last week by councillor
 * X, …", "The photo was taken …, local media reported."). The claim is theirs, and the document is their account of
 * where it comes from; without that sentence the outlet would state the claim on its own word. A sentence that calls the
 * thing false or denies it names its critics, not where it came from.
 */
function restatedSupport(article: string, span: TextSpan, own: StatementSupport, ctx: SupportIndex): StatementSupport | undefined {
  const reading = ctx.readings.get(article);
  if (!reading || span.start < 0 || own.derivedFrom.size > 0 || own.relayedBy.size > 0) return undefined;
  if ([...own.sources].some((key) => reading.sources.find((s) => s.key === key)?.type !== "document")) return undefined;
  const next = reading.sentences.find((s) => s.start >= span.end);
  const opening = restatementOpening(framesFor(reading.language));
  if (!next || !opening?.test(next.text)) return undefined;
  if (debunkCues(next.text, reading.language).length > 0 || negationCues(next.text, reading.language).length > 0) return undefined;
  const after = statementSupport(article, next, ctx);
  return after.sources.size > 0 || after.derivedFrom.size > 0 || after.relayedBy.size > 0 ? after : undefined;
}

/** Works out origins, derivations and independent primary sources of one claim group (give a `supportIndex` when there are many). */
export function claimSupport(group: ClaimGroup, context: SupportContext | SupportIndex): ClaimSupport {
  const ctx = "relationsFrom" in context ? context : supportIndex(context);
  const { rank } = ctx;
  const articles = [...group.articles].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  // Each article's statements, in the group's order.
  const statementsOf = new Map<string, ClaimGroup["statements"]>();
  for (const st of group.statements) {
    const list = statementsOf.get(st.article);
    if (list) list.push(st);
    else statementsOf.set(st.article, [st]);
  }
  const asserting = new Set(articles);
  const restsOn: Record<string, string[]> = {};
  const derivedFrom: Record<string, string[]> = {};
  // Named sources a re-reporter relays from an asserting article that names them too: that article's, for this claim.
  const relayedNamed: [via: string, key: string][] = [];
  // Per article, the speakers its statements pin words on (pinnedSpeakers): a re-reporter relaying them does not make them its source.
  const pinnedOn = new Map<string, Set<string>>();

  for (const article of articles) {
    const sources = new Set<string>();
    const derived = new Set<string>();
    for (const st of statementsOf.get(article) ?? []) {
      const own = statementSupport(article, st.span, ctx);
      const sup = restatedSupport(article, st.span, own, ctx) ?? own;
      sup.sources.forEach((s) => sources.add(s));
      if (sup.pinnedOn.size > 0) sup.pinnedOn.forEach((k) => (pinnedOn.get(article) ?? pinnedOn.set(article, new Set()).get(article)!).add(k));
      sup.derivedFrom.forEach((d) => {
        if (asserting.has(d)) derived.add(d);
      });
      // A source relayed by a case article that states the claim is that article's, reached through it — in another
      // language its name is no twin of the one the cited article wrote, and would count as a second source. Relayed by
      // (or the outlet of) an article that does not state the claim as read, it is what this article rests on.
      sup.relayedBy.forEach((via, key) => {
        if (!asserting.has(via)) sources.add(key);
        else if (ctx.readings.get(via)?.sources.some((s) => s.key === key)) relayedNamed.push([via, key]);
      });
    }
    // A story the article runs by credit ("Mit Material von AFP", "(dpa)", "This article first appeared on X") is that
    // outlet's: it takes the claim from the outlet's own article in the case, and the sources it names came with the
    // story (translated, they read as sources of its own) — it adds none.
    const syndicated = syndicatedFrom(ctx, article, asserting);
    syndicated.forEach((d) => derived.add(d));
    if (syndicated.size > 0) sources.clear();
    if (sources.size === 0 && derived.size === 0) {
      // An unsourced repetition: if the article takes anything from an earlier asserting article, it took the claim too.
      const reading = ctx.readings.get(article);
      for (const att of reading?.attributions ?? []) if (att.article && asserting.has(att.article) && att.article !== article && att.confidence >= CONFIDENT) derived.add(att.article);
      for (const rel of ctx.relationsFrom.get(article) ?? []) if (asserting.has(rel.to)) derived.add(rel.to);
    }
    // Only earlier articles can be where the claim came from: by date, or, where the dates leave it open, because this
    // article credits that one where it states the claim (and not the other way round), or copies from it. "Earlier by
    // date" is what the dates say (a month holds each of its days, an undated article is placed by nothing), not
    // `order`'s tie-break by id: which article is named "a" and which "z" decides nothing.
    for (const d of [...derived]) {
      const earlier = ctx.published ? compareDates(ctx.published.get(d), ctx.published.get(article)) === -1 : (rank.get(d) ?? 0) < (rank.get(article) ?? 0);
      if (earlier || (ctx.relationsFrom.get(article) ?? []).some((r) => r.to === d)) continue;
      if (!(datesOpen(ctx, article, d) && (syndicated.has(d) || credits(ctx, article, d, statementsOf.get(article) ?? [])) && !credits(ctx, d, article) && !syndicatedFrom(ctx, d, asserting).has(article))) derived.delete(d);
    }
    if (derived.size > 0) derivedFrom[article] = [...derived];
    // The outlet's own word stands behind a claim it asserts with no named source and takes from no one; in a story it
    // runs by credit, the word is the credited outlet's (whose own article the case may lack, or tell in another language).
    // An article whose only sources are unnamed ones has the claim from them: its own word is that of the first it names
    // ("El Gobierno subirá el IVA …. Fuentes gubernamentales consultadas por este diario confirman …"), one source as
    // its own word was — where it names one in the passage that states the claim.
    if (sources.size === 0 && derived.size === 0) {
      const credited = creditedOutlet(ctx, article);
      sources.add(credited ?? firstUnnamed(ctx, article, statementsOf.get(article) ?? []) ?? ctx.outletOf.get(article) ?? article);
    }
    restsOn[article] = [...sources];
  }
  // A source the re-reporter reaches through an article that names it too (the same person, one key in both) stands
  // behind the claim there: moved, not lost. One the cited article does not name (its anonymous sources are keyed by
  // article, and a translation's are no twin of them) is already stood for by that article's own.
  for (const [via, key] of relayedNamed) if (restsOn[via] && !restsOn[via].includes(key) && !pinnedOn.get(via)?.has(key)) restsOn[via].push(key);

  const origins = articles.filter((a) => !derivedFrom[a]);
  const primary = new Set<string>();
  for (const a of articles) for (const s of restsOn[a] ?? []) if (!ctx.collective.has(s) && !(a !== articles[0] && confirmationOnly(ctx, a, s, statementsOf.get(a) ?? []))) primary.add(s);
  // An outlet standing in for its own unsourced word in a derived article adds no independent source.
  for (const a of Object.keys(derivedFrom)) {
    const own = ctx.outletOf.get(a);
    if (own && (restsOn[a] ?? []).length === 1 && restsOn[a]?.[0] === own && !origins.some((o) => ctx.outletOf.get(o) === own)) primary.delete(own);
  }
  const outlets = [...new Set(articles.map((a) => ctx.outletOf.get(a) ?? a))];
  const { primarySources, alike } = foldAlike([...primary], anonymousAlike(ctx, articles, restsOn, primary));
  return {
    key: group.key,
    label: group.label,
    text: group.text,
    statements: group.statements.map((s) => ({ article: s.article, start: s.span.start, end: s.span.end, text: s.span.text })),
    articles,
    outlets,
    origins,
    derivedFrom,
    restsOn,
    primarySources,
    ...(alike.length > 0 ? { alikeAnonymous: alike } : {}),
  };
}

/** The outlet whose story `article` runs by its first syndication credit (other than its own outlet), if any. */
function creditedOutlet(ctx: SupportContext, article: string): string | undefined {
  return (ctx.readings.get(article)?.syndication ?? []).find((s) => settled(s) && s.outlet !== ctx.outletOf.get(article))?.outlet;
}

/** The asserting articles of the outlets whose story `article` runs by a syndication credit (other than its own outlet's). */
function syndicatedFrom(ctx: SupportContext, article: string, asserting: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const credited = (ctx.readings.get(article)?.syndication ?? []).filter((s) => settled(s) && s.outlet !== ctx.outletOf.get(article)).map((s) => s.outlet);
  if (credited.length === 0) return out;
  for (const a of asserting) if (a !== article && credited.includes(ctx.outletOf.get(a) ?? "")) out.add(a);
  return out;
}

/** Characters a confirmation word may stand after its subject ("The ministry has now confirmed …"). */
const CONFIRMED_AFTER = 16;

/**
 * Whether an article credits a source only as the subject of "has confirmed (that) <the claim>": no one named, no
 * words of its own in quotation marks, every mention of it right before a confirmation word in a statement of the
 * claim. Written after the claim was already about, such a "confirmation" is the writer's word for it, not a new
 * source: it is no independent primary source (it is still what the article rests the claim on).
 */
function confirmationOnly(ctx: SupportContext, article: string, key: string, statements: ClaimGroup["statements"]): boolean {
  const reading = ctx.readings.get(article);
  const src = reading?.sources.find((s) => s.key === key);
  if (!reading || !src || src.type === "named" || src.mentions.length === 0) return false;
  if (reading.quotations.some((q) => q.speaker === key && q.kind === "quotation")) return false;
  return src.mentions.every((m) =>
    statements.some((st) => {
      if (st.span.start < 0 || m.start < st.span.start || m.end > st.span.end) return false;
      const after = st.span.text.slice(m.end - st.span.start);
      const at = confirmationIn(after, reading.language);
      return at !== undefined && at.start <= CONFIRMED_AFTER && /^[\s\p{L}]*$/u.test(after.slice(0, at.start));
    }),
  );
}

/** Whether the dates of two articles leave which came first open: one undated, or their intervals meeting. */
function datesOpen(ctx: SupportContext, a: string, b: string): boolean {
  return ctx.published !== undefined && compareDates(ctx.published.get(a), ctx.published.get(b)) === 0;
}

/** Whether article `a` credits article `b` on a confident reading (in one of `statements`, when given: where it states the claim). */
function credits(ctx: SupportContext, a: string, b: string, statements?: ClaimGroup["statements"]): boolean {
  return (ctx.readings.get(a)?.attributions ?? []).some(
    (att) => att.article === b && att.confidence >= CONFIDENT && (!statements || statements.some((st) => overlaps(st.span, att.sentence))),
  );
}

/**
 * The first unnamed source of an article that names no other: no person, body or document, no report it cites, no
 * quotation of anyone else. Nothing where it names any other source, or none; nothing where it names the unnamed one
 * only outside the passages (paragraphs) that state the claim: an article cites such a source for the point it is named
 * beside, and a claim told paragraphs away from it rests on the article's own word ("The stadium will close in June.
 * ¶ Elsewhere, a council insider said the parking charges would go." — the insider is no source of the closure).
 */
function firstUnnamed(ctx: SupportContext, article: string, statements: ClaimGroup["statements"]): string | undefined {
  const reading = ctx.readings.get(article);
  if (!reading) return undefined;
  const sources = reading.sources.filter((s) => !s.collective);
  if (sources.length === 0 || sources.some((s) => s.type !== "anonymous" || s.via)) return undefined;
  if (reading.attributions.some((att) => att.confidence >= CONFIDENT && !att.interview)) return undefined;
  const keys = new Set(sources.map((s) => s.key));
  if (reading.quotations.some((q) => q.speaker && !keys.has(q.speaker))) return undefined;
  const passages = statementPassages(ctx, article, statements);
  const inPassage = sources.filter((s) => s.mentions.some((m) => passages.some((p) => overlaps(p, m))));
  const at = (s: (typeof sources)[number]) => Math.min(...s.mentions.map((m) => m.start));
  return [...inPassage].sort((a, b) => at(a) - at(b))[0]?.key;
}

/** The paragraphs that hold the article's statements of a claim (each statement's own span where paragraphs are not known). */
function statementPassages(ctx: SupportContext, article: string, statements: ClaimGroup["statements"]): Span[] {
  const paragraphs = ctx.paragraphs?.get(article) ?? [];
  return statements.filter((st) => st.span.start >= 0).flatMap((st) => {
    const holding = paragraphs.filter((p) => overlaps(p, st.span));
    return holding.length > 0 ? holding : [st.span];
  });
}

/**
 * The claim's primary unnamed sources, of different articles, that speak from one institution: nobody can tell
 * whether "una fuente del Gobierno", "fuentes gubernamentales" and "fuentes del Ministerio de Hacienda" of three
 * papers are three people or one, so they are not three independent confirmations (analyse/anonymousAlike.ts).
 */
function anonymousAlike(ctx: SupportContext, articles: readonly string[], restsOn: Readonly<Record<string, string[]>>, primary: ReadonlySet<string>): AlikeAnonymous[] {
  const listed: AnonymousSource[] = [];
  const seen = new Set<string>();
  for (const article of articles) {
    const reading = ctx.readings.get(article);
    if (!reading) continue;
    for (const key of restsOn[article] ?? []) {
      if (seen.has(key) || !primary.has(key)) continue;
      const src = reading.sources.find((s) => s.key === key);
      if (!src || src.type !== "anonymous" || src.collective) continue;
      seen.add(key);
      listed.push({ key, article, name: src.name, language: reading.language });
    }
  }
  return alikeGroups(listed).map((g) => ({ institution: institutionWords(g.institution), sources: g.sources }));
}

/**
 * Primary sources with each group of unnamed sources that may be one counted once (by its first member still kept),
 * and the groups as kept: `keep` drops sources the claim, as told, does not rest on (a debunk's own).
 */
export function foldAlike(primary: readonly string[], groups: readonly AlikeAnonymous[], keep: (key: string) => boolean = () => true): { primarySources: string[]; alike: AlikeAnonymous[] } {
  const alike = groups.map((g) => ({ ...g, sources: g.sources.filter(keep) })).filter((g) => g.sources.length > 1);
  const all = [...new Set([...primary, ...groups.flatMap((g) => g.sources)])].filter(keep);
  const folded = new Set(alike.flatMap((g) => g.sources.slice(1)));
  return { primarySources: all.filter((k) => !folded.has(k)), alike };
}
