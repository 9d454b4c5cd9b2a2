/** The readable report for a fact-check write-up or a class handout: built once as a model from the graph, then rendered as Markdown or as a self-contained HTML page. */
import { compareDates } from "../core/dates.ts";
import { NotFoundError } from "../core/errors.ts";
import { traceOrigin } from "../analyse/trace.ts";
import { CONFIDENT, orderReason, type AlikeAnonymous, ordersArticles, type ArticleNodeAttrs, type ClaimNodeAttrs, type EdgeAttrs, type Evidence, type Finding, type FindingType, type ProvenanceGraph, type Stance } from "../graph/types.ts";
import { escapeHtml, escapeMarkdown, safeHttpUrl } from "./escape.ts";
import { articlesByDate, claimAnswers, claimsOf, firstOrigins, labelOf, originAmongPresenters, originLead, publishedDateOf, reportedFalseClaimOf, toldBothWays } from "./shared.ts";
import { originOrderOf } from "../analyse/origins.ts";
import { placeArticles, type OrderPlace } from "../analyse/articleOrder.ts";
import { isLive } from "../review/live.ts";

/** What to report on: the whole case, or one claim. */
export interface ReportOptions {
  /** A claim key (`claim:<id>`) or its id alone. */
  claim?: string;
}

/** An article as the report names it. */
export interface ArticleRef {
  key: string;
  outletName: string;
  outletInferred: boolean;
  /** A date label that never hides imprecision ("May 2020 (month only)", "c. 3 May 2020 (estimated)"). */
  dateLabel: string;
  title?: string;
  url?: string;
}

/** One article on a claim's timeline, with how it got what it says. */
export interface TimelineStep {
  article: ArticleRef;
  /**
   * How it stands to every entry above it (analyse/articleOrder.ts): first; after them by the dates; after them, some
   * only by what the texts say ("inferred"); or after some of them by nothing the case tells ("uncertain": "Nov 2012,
   * month only" is listed from the 1st, yet may be later than "19 Nov 2012" below it; an undated page nothing relates).
   */
  order: OrderPlace;
  /** `order` is "uncertain". */
  orderUncertain: boolean;
  /** Where `order` is "inferred": the entries above that only a citation, a credit or an oriented copy puts before it. */
  inferredAfter?: ArticleRef[];
  /** False for an article reached by tracing (cited, copied) that does not itself state the claim. */
  asserts: boolean;
  /** Plain sentences: "reuses 2 passages from …, without naming it". */
  how: string[];
  /** The side this article takes on the claim, when it carries it and the graph reads stance. */
  stance?: Stance;
  /** Presented as true with another figure: "with another figure ("17 people" where X said "12 people")". */
  otherFigure?: string;
}

/** A finding as the report prints it. */
export interface FindingReport {
  id: string;
  type: FindingType;
  title: string;
  meaning: string;
  explanation: string;
  articles: ArticleRef[];
  evidence: { text: string; where: string }[];
  /** "checked by a person" / "added by a person" when a relation the finding rests on was reviewed (src/review). */
  reviewed?: string;
}

/**
 * The claim's origins that may be the first, those its dates put later (firstOrigins), and the articles only the texts
 * put after the first (`inferredBefore`): carriers of the claim (among those its origin was sought in) that its date
 * does not precede, each taking the claim from another article of the case. Absent where the dates alone order them,
 * where several origins may each be the first, or where such a carrier takes it from no article.
 */
function originGroups(graph: ProvenanceGraph, c: ClaimNodeAttrs, origins: readonly string[]): { origins: ArticleRef[]; laterOrigins: ArticleRef[]; inferredBefore?: ArticleRef[] } {
  const known = origins.filter((o) => graph.hasNode(o));
  const dateOf = (a: string) => (graph.hasNode(a) ? publishedDateOf(graph.getNodeAttributes(a)) : undefined);
  const { first, later } = firstOrigins(known, dateOf);
  const refs = (ids: string[]) => ids.map((o) => refOf(graph, o)).filter((r): r is ArticleRef => r !== undefined);
  const groups = { origins: refs(first), laterOrigins: refs(later) };
  const carriers = (originAmongPresenters(c) ? (c.presentedAsTrue ?? []) : c.articles).filter((a) => a !== first[0]);
  if (originOrderOf(first, carriers, dateOf) !== "relations") return groups;
  const notDatedAfter = carriers.filter((a) => compareDates(dateOf(first[0]!), dateOf(a)) !== -1);
  const named = refs(notDatedAfter);
  return named.length > 0 && notDatedAfter.every((a) => (c.derivedFrom?.[a] ?? []).length > 0) ? { ...groups, inferredBefore: named } : groups;
}

/** Carriers named one by one up to this many; beyond it, counted. */
const NAMED_CARRIERS = 3;

/** "Its date alone does not put it first: …": the first origin's place rests on what the texts show, not on the dates. */
function inferredOrderSentence(carriers: readonly ArticleRef[]): string {
  const one = carriers.length === 1;
  const who = carriers.length <= NAMED_CARRIERS ? carriers.map((a) => `${a.outletName}, ${a.dateLabel}`).join("; ") : `${carriers.length} other articles carrying the claim`;
  return `Its date alone does not put it first: ${who} ${one ? "is" : "are"} not dated after it, but the texts show ${one ? "it" : "them"} taking the claim from other articles of the case (a citation, a credit or a copy). This order is inferred from those relations.`;
}

/** Entries above an inferred one named one by one, at most; beyond it, counted. */
const NAMED_INFERRED_AFTER = 2;

/**
 * How a timeline entry stands to those above it, as a note after its name: nothing where the dates order it (or it is
 * first); the entries only the texts put before it, where the order is inferred; "uncertain" where nothing tells.
 */
function placeNote(s: Pick<TimelineStep, "order" | "inferredAfter">): string {
  if (s.order === "uncertain") return " — order relative to the entries above uncertain";
  if (s.order !== "inferred" || !s.inferredAfter || s.inferredAfter.length === 0) return "";
  const after = s.inferredAfter;
  const who = after.length <= NAMED_INFERRED_AFTER ? after.map((a) => `${a.outletName}, ${a.dateLabel}`).join(" and ") : plural(after.length, "entry above", "entries above");
  return ` — after ${who} by what the texts show (a citation, a credit or a copy): the order is inferred, not read from the dates`;
}

/** One claim: origin, timeline, independence, findings. */
export interface ClaimReport {
  key: string;
  label: string;
  text: string;
  origins: ArticleRef[];
  /** Origins whose dates put them after the first: they carry the claim later, naming no source in the case. */
  laterOrigins: ArticleRef[];
  /**
   * Where the first origin is first only by what the texts show: the carriers its date does not precede, each taking
   * the claim from another article of the case (a citation, a credit, an oriented copy).
   */
  inferredBefore?: ArticleRef[];
  /** "First appears in" or "First presented as true in" (`originLead`). */
  originLead: string;
  timeline: TimelineStep[];
  articleCount: number;
  outletCount: number;
  primarySources: string[];
  independentSources: number;
  /**
   * One sentence per primary source that stands for unnamed sources of one institution in several reports (claim
   * attribute `alikeAnonymous`): which, and that they count once.
   */
  alikeAnonymous?: string[];
  findings: FindingReport[];
  /** "7 articles presented it as true, 12 reported it as false …": both sides, when the graph reads stance. */
  sides?: string;
  /** Articles (and their outlets) that present the claim as true, where others report it false: the independence count is theirs. */
  presenting?: { articles: number; outlets: number };
  /** Where the claim was first reported false (its debunk claim's first origin) and by how many articles in all. */
  firstReportedFalse?: { article: ArticleRef; of: number };
  /**
   * Where the origin was sought among the presenters and an article on another side carries the claim earlier (claim
   * attribute `appearsFirstIn`): those that may be the first to carry it, each with its side.
   */
  firstCarried?: { article: ArticleRef; stance?: Stance }[];
}

/** The whole report, ready to render. */
export interface CaseReport {
  caseId: string;
  title: string;
  description?: string;
  generatedBy: string;
  /** Set when the report covers one claim. */
  focus?: string;
  articles: ArticleRef[];
  outletCount: number;
  claimCount: number;
  claims: ClaimReport[];
  /** Findings attached to no reported claim (whole-case report only). */
  otherFindings: FindingReport[];
  /** Findings of the case left out because the report covers one claim. */
  findingsNotShown: number;
  /** "What claimtrail could not determine", one plain sentence each. */
  unknowns: string[];
}

/** What each finding type means, in words a class can follow; one entry per type. */
export const FINDING_TEXT: Record<FindingType, { title: string; meaning: string }> = {
  single_source_amplification: { title: "One source, many repetitions", meaning: "Several articles repeat the claim, but they rest on fewer independent sources than the number of articles suggests." },
  recycled_quote: { title: "Recycled quotation", meaning: "A quotation given once is presented again later, as if it were new." },
  altered_quote: { title: "Altered quotation", meaning: "Words inside quotation marks changed from one version to the next." },
  unsupported_attribution: { title: "Attribution the source does not support", meaning: "An article credits a report or a person with something they do not say, or credits someone whose name is missing from the text." },
  attribution_drift: { title: "Attribution drift", meaning: "Who is said to have said it changed along the way." },
  number_drift: { title: "Number drift", meaning: "A figure changed as the story was retold." },
  uncredited_copy: { title: "Copied without credit", meaning: "Text was reused without naming where it came from." },
  syndication: { title: "Syndicated story", meaning: "The article is another outlet's story; that outlet is the one of record." },
  circular_reporting: { title: "Circular reporting", meaning: "Reports lean on each other, or point to unnamed outlets that are the story's own copies, so the claim seems to confirm itself." },
  claim_outlives_debunk: { title: "Repeated after the debunk", meaning: "The claim was presented as true again after articles in the case had reported it false." },
  laundering: { title: "Laundering", meaning: "A chain of re-reports dropped the satire, the doubt or the original source along the way, so the claim reads as plain news." },
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function articleRef(key: string, a: ArticleNodeAttrs): ArticleRef {
  const ref: ArticleRef = { key, outletName: a.outletName, outletInferred: a.outletInferred, dateLabel: a.dateLabel };
  if (a.title) ref.title = a.title;
  if (a.url) ref.url = a.url;
  return ref;
}

function refOf(graph: ProvenanceGraph, key: string): ArticleRef | undefined {
  if (!graph.hasNode(key)) return undefined;
  const a = graph.getNodeAttributes(key);
  return a.kind === "article" ? articleRef(key, a) : undefined;
}

/** "Asia Times, 28 Mar 2019" for an article, the label for anything else. */
function nameOf(graph: ProvenanceGraph, key: string): string {
  if (!graph.hasNode(key)) return key;
  const a = graph.getNodeAttributes(key);
  return a.kind === "article" ? `${a.outletName}, ${a.dateLabel}` : a.label;
}

/**
 * The primary sources by their labels; two unnamed sources described alike ("sources close to the ministry" in two
 * articles) are told apart by the article that names each, since whether they are the same people cannot be told.
 */
function sourceNames(graph: ProvenanceGraph, keys: readonly string[]): string[] {
  const labels = keys.map((k) => labelOf(graph, k));
  return keys.map((k, i) => {
    const label = labels[i] as string;
    if (labels.indexOf(label) === labels.lastIndexOf(label) || !graph.hasNode(k)) return label;
    const a = graph.getNodeAttributes(k);
    const first = a.kind === "source" ? a.articles[0] : undefined;
    return first ? `${label} (in ${nameOf(graph, first)})` : label;
  });
}

/** Wraps evidence in quotation marks unless it already carries its own. */
const quoted = (text: string): string => (/^["“”'‘’«]/.test(text) ? text : `“${text}”`);

const clip = (text: string, max = 280): string => {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** How an article relates to the one (or the outlet, source) an upstream edge leads to, in one sentence. */
function describeEdge(graph: ProvenanceGraph, e: EdgeAttrs, target: string): string | undefined {
  const t = nameOf(graph, target);
  // A citation orients an edge whose dates overlap: only when neither does is the order unknown.
  const orientedBy = "orientedBy" in e ? e.orientedBy : undefined;
  const undated =
    orientedBy === "doubled_passage" || orientedBy === "credit"
      ? `; the dates do not order them, but ${orderReason(orientedBy, "it", "the other")}`
      : orientedBy === "reprint"
        ? `; ${orderReason(orientedBy, "it", t)}`
        : "direction" in e && e.direction === "unknown" && orientedBy !== "citation"
          ? "; which came first cannot be told from the dates"
          : "";
  const known = ordersArticles(e);
  switch (e.kind) {
    case "cites": {
      // A reading below the confidence findings use is said as what it is: possible, with the words it rests on.
      const possibly = e.confidence !== undefined && e.confidence < CONFIDENT;
      const words = e.evidence?.[0]?.text ? `: "${clip(e.evidence[0].text, 100)}"` : "";
      return `${possibly ? "possibly " : ""}cites ${t} as its source ("${e.frame.replace(/_/g, " ")}"${e.citedDate ? `, dated "${e.citedDate}" in the text` : ""})${possibly ? ` — read from the words alone${words}, not confirmed by a registry, the case or an outlet word` : ""}`;
    }
    // Where nothing tells which came first, the words take no side: the two share text, neither took it from the other.
    case "copies":
      // A reprint's text is credited by naming the outlet whose story it reprints.
      return `${known ? "reuses" : "shares"} ${plural(e.passages.length, "passage")} ${known ? "of" : "with"} ${t}${e.credited === true ? (orientedBy === "reprint" ? ", and names the story's outlet" : ", and names it") : e.credited === false ? ", without naming it" : ""}${undated}`;
    case "quotes_same":
      return `${known ? "repeats" : "prints"} the same quotation as ${t}${undated}`;
    case "alters_quote": {
      const p = e.passages[0];
      if (!known) return `prints a quotation ${t} also prints, with other words${p ? `: "${clip(p.to.text, 120)}" there, "${clip(p.from.text, 120)}" here` : ""}${undated}`;
      return `repeats a quotation from ${t} with changed words${p ? `: "${clip(p.to.text, 120)}" became "${clip(p.from.text, 120)}"` : ""}${undated}`;
    }
    case "quotes":
      return `quotes or relies on ${t}${e.via ? `, second-hand through ${nameOf(graph, e.via)}` : ""}`;
    case "republishes":
      return `is a republished story of ${t}`;
    case "published_by":
    case "asserts":
      return undefined;
  }
}

/** What a person's review adds to a statement resting on an edge: checked, added (and by whom), or nothing. */
function reviewNote(e: EdgeAttrs): string {
  const who = e.reviews?.length ? ` (${[...new Set(e.reviews.map((r) => r.reviewer))].join(", ")})` : "";
  if (e.review === "added") return ` — added by a person${who}`;
  if (e.review === "confirmed") return ` — checked by a person${who}`;
  return "";
}

function howOf(graph: ProvenanceGraph, article: string): string[] {
  const how: string[] = [];
  graph.forEachOutEdge(article, (_k, e, _s, target) => {
    // A relation a person rejected is not stated.
    if (!isLive(e)) return;
    const line = describeEdge(graph, e, target);
    if (line) how.push(`${line}${reviewNote(e)}`);
  });
  return how;
}

/** "checked by a person" / "added by a person" for a finding whose relations a person reviewed. */
function findingReviewed(graph: ProvenanceGraph, f: Finding): string | undefined {
  const edges = (f.edges ?? []).filter((k) => graph.hasEdge(k)).map((k) => graph.getEdgeAttributes(k));
  const added = edges.some((e) => e.review === "added");
  const checked = edges.some((e) => e.review === "confirmed");
  if (!added && !checked) return undefined;
  const who = [...new Set(edges.flatMap((e) => (e.review === "added" || e.review === "confirmed" ? (e.reviews ?? []).map((r) => r.reviewer) : [])))];
  return `${added && checked ? "checked and added by a person" : added ? "added by a person" : "checked by a person"}${who.length > 0 ? ` (${who.join(", ")})` : ""}`;
}

function evidenceWhere(graph: ProvenanceGraph, ev: Evidence): string {
  return `${nameOf(graph, ev.article)} (${ev.article})`;
}

/** Evidence shorter than this many words is quoted with its sentence: a cue alone ("No", "smentisce") tells a reader nothing. */
const CONTEXT_BELOW_WORDS = 4;

/** The words a finding rests on, as a reader should see them: a short cue within its sentence, or its headline. */
export function evidenceInContext(graph: ProvenanceGraph, ev: Evidence): string {
  if (ev.text.trim().split(/\s+/u).length >= CONTEXT_BELOW_WORDS || !graph.hasNode(ev.article)) return ev.text;
  const attrs = graph.getNodeAttributes(ev.article) as { kind: string; title?: string; body?: string };
  if (attrs.kind !== "article") return ev.text;
  if (ev.start < 0) return attrs.title?.includes(ev.text) ? attrs.title : ev.text;
  const body = attrs.body ?? "";
  if (body.slice(ev.start, ev.end) !== ev.text) return ev.text;
  const before = body.slice(0, ev.start);
  const from = Math.max(before.lastIndexOf("\n") + 1, ...[...before.matchAll(/[.!?]["”’»]?\s+/gu)].map((m) => (m.index ?? 0) + m[0].length));
  const after = /[.!?]["”’»]?(?=\s|$)|\n/u.exec(body.slice(ev.end));
  return body.slice(from, after ? ev.end + after.index + after[0].length : body.length).trim();
}

function findingReport(graph: ProvenanceGraph, f: Finding): FindingReport {
  const text = FINDING_TEXT[f.type];
  return {
    id: f.id,
    type: f.type,
    title: text.title,
    meaning: text.meaning,
    explanation: f.explanation,
    articles: f.articles.map((a) => refOf(graph, a)).filter((r): r is ArticleRef => r !== undefined),
    evidence: f.evidence.map((ev) => ({ text: clip(evidenceInContext(graph, ev), 600), where: evidenceWhere(graph, ev) })),
    ...(findingReviewed(graph, f) ? { reviewed: findingReviewed(graph, f) as string } : {}),
  };
}

function resolveClaim(graph: ProvenanceGraph, wanted: string): string {
  const key = wanted.startsWith("claim:") ? wanted : `claim:${wanted}`;
  if (graph.hasNode(key) && graph.getNodeAttribute(key, "kind") === "claim") return key;
  const known = claimsOf(graph).map((c) => c.key);
  throw new NotFoundError("report", `claim '${wanted}' is not in this case; expected one of: ${known.length > 0 ? known.join(", ") : "(the case has no claims yet)"}`, { claim: wanted });
}

/** The side an article's `asserts` edge records for a claim (absent on graphs made before stance was read), with its figure note in words. */
function stanceOf(graph: ProvenanceGraph, article: string, claim: string): Pick<TimelineStep, "stance" | "otherFigure"> {
  const edge = `${article}->asserts->${claim}`;
  if (!graph.hasEdge(edge)) return {};
  const e = graph.getEdgeAttributes(edge);
  if (e.kind !== "asserts") return {};
  const note = e.otherFigure;
  const figure = note ? `with another figure ("${note.here.text}" where ${nameOf(graph, note.claim.article)} said "${note.claim.text}")` : undefined;
  return { ...(e.stance ? { stance: e.stance } : {}), ...(figure ? { otherFigure: figure } : {}) };
}

/**
 * "7 articles presented it as true, 12 reported it as false (false, doubtful, satire or a hoax), 1 only mentioned it."
 * A denial ("There never was a girl called …") is told as what it is: "This claim is a denial: 5 articles state it, and
 * so report as false or doubtful the story it denies, 1 reported the denial itself as false" — not "5 articles presented
 * it as true", which a reader takes for the story.
 */
export function sidesOf(c: Pick<ClaimNodeAttrs, "presentedAsTrue" | "reportedFalse" | "mentionedBy" | "denial">): string {
  const t = c.presentedAsTrue?.length ?? 0;
  const f = c.reportedFalse?.length ?? 0;
  const m = c.mentionedBy?.length ?? 0;
  const parts = c.denial
    ? [`This claim is a denial: ${plural(t, "article")} ${t === 1 ? "states" : "state"} it, and so ${t === 1 ? "reports" : "report"} as false or doubtful the story it denies`, `${f} reported the denial itself as false`]
    : [`${plural(t, "article")} presented it as true`, `${f} reported it as false (false, doubtful, satire or a hoax)`];
  if (m > 0) parts.push(`${m} only mentioned it`);
  return `${parts.join(", ")}.`;
}

/** How a timeline step names the side an article takes. */
const STANCE_WORDS: Record<Stance, string> = { true: "", false: " — reports it as false", mentions: " — only mentions it" };

/** Where some articles report the claim false, those presenting it as true and their outlets: what amplification counts. */
function presenting(graph: ProvenanceGraph, c: ClaimNodeAttrs): Pick<ClaimReport, "presenting"> {
  if (!toldBothWays(c) || !c.presentedAsTrue) return {};
  const outlets = new Set(c.presentedAsTrue.map((a) => (graph.hasNode(a) ? (graph.getNodeAttributes(a) as { outlet?: string }).outlet : undefined) ?? a));
  return { presenting: { articles: c.presentedAsTrue.length, outlets: outlets.size } };
}

/** The first article of the claim's debunk claim (analyse/debunks.ts), if the case has one. */
function firstReportedFalse(graph: ProvenanceGraph, claim: string): Pick<ClaimReport, "firstReportedFalse"> {
  const debunk = reportedFalseClaimOf(graph.mapNodes((_k, a) => a), claim);
  const first = debunk ? refOf(graph, debunk.origins[0]!) : undefined;
  return debunk && first ? { firstReportedFalse: { article: first, of: debunk.articles.length } } : {};
}

/**
 * The articles that may be the first in the case to carry the claim, where some are not among its origins: a debunk
 * that printed it before any presenter, or one nothing orders with the first presenter (the same day, a month that
 * holds its day, no date) — then where the case first carries it cannot be told, and each is named.
 */
function firstCarried(graph: ProvenanceGraph, c: ClaimNodeAttrs, claim: string): Pick<ClaimReport, "firstCarried"> {
  const { first } = firstOrigins((c.appearsFirstIn ?? []).filter((a) => graph.hasNode(a)), (a) => publishedDateOf(graph.getNodeAttributes(a)));
  if (first.every((a) => c.origins.includes(a))) return {};
  const carried = first.flatMap((a) => {
    const article = refOf(graph, a);
    const { stance } = stanceOf(graph, a, claim);
    return article ? [{ article, ...(stance ? { stance } : {}) }] : [];
  });
  return carried.length > 0 ? { firstCarried: carried } : {};
}

/** First carriers named one by one, at most: the rest (often undated pages) are counted. */
const NAMED_FIRST_CARRIERS = 5;

/** "It first appears in this case in X, which reports it as false, …": the earliest carriers, whatever their side. */
function firstCarriedSentence(carried: NonNullable<ClaimReport["firstCarried"]>, name: (a: ArticleRef) => string): string {
  const side = (s?: Stance) => (s === "false" ? ", which reports it as false" : s === "mentions" ? ", which only mentions it" : "");
  const named = carried.slice(0, NAMED_FIRST_CARRIERS).map((x) => `${name(x.article)}${side(x.stance)}`);
  const rest = carried.length - named.length;
  const list = [...named, ...(rest > 0 ? [`${plural(rest, "other article")} nothing orders with these`] : [])].join("; or in ");
  return `It first appears in this case in ${list}, as far as the dates and citations tell${carried.length > 1 ? " (these cannot be ordered by their dates)" : ""}.`;
}

/** "First reported false in …": where the debunk starts, as far as the dates and citations tell. */
function reportedFalseSentence(f: NonNullable<ClaimReport["firstReportedFalse"]>, name: (a: ArticleRef) => string): string {
  return `First reported false in ${name(f.article)}, as far as the dates and citations tell (${f.of} articles report it false).`;
}

/** Builds the report model: the case, each claim (or the one asked for), its findings, and what could not be determined. */
export function buildReport(graph: ProvenanceGraph, options: ReportOptions = {}): CaseReport {
  const attrs = graph.getAttributes();
  const findings = attrs.findings ?? [];
  const focus = options.claim ? resolveClaim(graph, options.claim) : undefined;
  // The most repeated claims first: they are the ones a reader came for. Minor claims (not `main`) are left to the
  // explorer unless asked for; graphs made before `main` existed show every claim.
  // Claims the same number of articles and outlets carry keep the claims stage's order (the graph's), which puts first
  // the one more articles tell in their own words (analyse/claims/select.ts), not a background line copied by all.
  const rank = new Map(graph.filterNodes((_, a) => a.kind === "claim").map((k, i) => [k, i]));
  const claims = claimsOf(graph)
    .filter((c) => (focus ? c.key === focus : c.attrs.main !== false))
    .sort((a, b) => b.attrs.articles.length - a.attrs.articles.length || b.attrs.outletCount - a.attrs.outletCount || (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0));
  const used = new Set<string>();
  const scope = new Set<string>();

  const claimReports = claims.map(({ key, attrs: c }): ClaimReport => {
    const trace = traceOrigin(graph, key);
    const asserting = new Set(c.articles);
    const inTrace = new Set([...trace.articles, ...c.articles]);
    for (const a of inTrace) scope.add(a);
    // Dates first, then what the texts say of each other where the dates leave two open; each entry says which.
    const timeline = placeArticles(graph, [...inTrace].filter((a) => graph.hasNode(a) && graph.getNodeAttribute(a, "kind") === "article"), (a) => publishedDateOf(graph.getNodeAttributes(a))).map(({ key: a, order, inferredAfter }): TimelineStep => {
      const art = graph.getNodeAttributes(a) as ArticleNodeAttrs;
      const placed = { order, orderUncertain: order === "uncertain", ...(inferredAfter ? { inferredAfter: inferredAfter.map((b) => refOf(graph, b)).filter((r): r is ArticleRef => r !== undefined) } : {}) };
      // What this article rests the claim on comes first: the rest of its sourcing may concern other statements.
      const forClaim: string[] = [];
      const from = c.derivedFrom?.[a] ?? [];
      // An arrow only a convention orients says the two share words, not which took them from which.
      // So does a credit to the outlet whose own article it is: the story ran there first.
      const runsStoryOf = (f: string) => {
        const outlet = graph.hasNode(f) ? (graph.getNodeAttributes(f) as Partial<ArticleNodeAttrs>).outlet : undefined;
        return outlet !== undefined && graph.edges(a, outlet).some((k) => graph.getEdgeAttribute(k, "kind") === "republishes" && isLive(graph.getEdgeAttributes(k)));
      };
      const known = from.filter((f) => graph.edges(a, f).some((k) => ordersArticles(graph.getEdgeAttributes(k))) || runsStoryOf(f));
      const shared = from.filter((f) => !known.includes(f));
      if (known.length > 0) forClaim.push(`takes this claim from ${known.map((f) => nameOf(graph, f)).join(" and ")}`);
      if (shared.length > 0) forClaim.push(`shares this claim's words with ${shared.map((f) => nameOf(graph, f)).join(" and ")}; which came first cannot be told`);
      const rests = (c.restsOn?.[a] ?? []).filter((k) => k !== art.outlet);
      if (rests.length > 0) forClaim.push(`rests this claim on ${rests.map((k) => labelOf(graph, k)).join("; ")}`);
      else if (asserting.has(a) && from.length === 0) forClaim.push("states this claim on its own word, naming no source for it");
      const stance = asserting.has(a) ? stanceOf(graph, a, key) : {};
      return { article: articleRef(a, art), ...placed, asserts: asserting.has(a), how: [...forClaim, ...howOf(graph, a)], ...stance };
    });
    // A finding tied to no claim joins a one-claim report when all its articles are on that claim's paths; in the whole-case
    // report it is listed once, apart, rather than repeated under every claim those articles carry.
    const mine = findings.filter((f) => f.claim === key || (focus !== undefined && !f.claim && f.articles.length > 0 && f.articles.every((a) => inTrace.has(a))));
    for (const f of mine) used.add(f.id);
    const answers = claimAnswers(c, trace);
    return {
      key,
      label: c.label,
      text: c.text,
      ...originGroups(graph, c, answers.origins),
      originLead: originLead(c),
      timeline,
      articleCount: c.articles.length,
      outletCount: c.outletCount,
      primarySources: sourceNames(graph, answers.primarySources),
      independentSources: answers.independentSources,
      ...alikeSentences(graph, c.alikeAnonymous ?? [], answers.primarySources),
      findings: mine.map((f) => findingReport(graph, f)),
      ...(c.presentedAsTrue ? { sides: sidesOf(c) } : {}),
      ...firstReportedFalse(graph, key),
      ...firstCarried(graph, c, key),
      ...presenting(graph, c),
    };
  });

  const rest = findings.filter((f) => !used.has(f.id));
  const articles = articlesByDate(graph);
  const outlets = new Set(articles.map((a) => a.attrs.outlet));
  const report: CaseReport = {
    caseId: attrs.case,
    title: attrs.title,
    generatedBy: attrs.generatedBy,
    articles: articles.map((a) => articleRef(a.key, a.attrs)),
    outletCount: outlets.size,
    claimCount: claimsOf(graph).length,
    claims: claimReports,
    otherFindings: focus ? [] : rest.map((f) => findingReport(graph, f)),
    findingsNotShown: focus ? rest.length : 0,
    unknowns: unknowns(graph, focus ? scope : undefined, claimReports),
  };
  if (attrs.description) report.description = attrs.description;
  if (focus) report.focus = focus;
  return report;
}

/** Everything the analysis could not settle, as plain sentences; restricted to `scope` articles when given. */
function unknowns(graph: ProvenanceGraph, scope: Set<string> | undefined, claims: ClaimReport[]): string[] {
  const out: string[] = [];
  const inScope = (a: string) => !scope || scope.has(a);
  graph.forEachEdge((_k, e, s, t) => {
    if (!inScope(s) || !isLive(e)) return;
    if ((e.kind === "copies" || e.kind === "quotes_same" || e.kind === "alters_quote") && e.direction === "unknown") {
      const reason = orderReason(e.orientedBy, s, t);
      const why = reason ? ` The link is drawn from ${s} to ${t} because ${reason}, not because of the dates.` : "";
      out.push(`Which of ${nameOf(graph, s)} and ${nameOf(graph, t)} came first: their dates cannot be ordered, so the direction of the shared text is uncertain.${why}`);
    }
    if (e.kind === "cites" && graph.getNodeAttribute(t, "kind") === "outlet") {
      out.push(`${nameOf(graph, s)} cites ${labelOf(graph, t)}, whose report is not in the case: what ${labelOf(graph, t)} actually published could not be checked.`);
    }
    if (e.kind === "cites" && e.confidence !== undefined && e.confidence < CONFIDENT) {
      out.push(`Whether ${labelOf(graph, t)} is an outlet at all: ${nameOf(graph, s)} possibly cites it ("${clip(e.evidence?.[0]?.text ?? "", 100)}"), but nothing beyond these words says it is one, so no finding rests on it.`);
    }
  });
  const anonymous = new Set<string>();
  graph.forEachNode((key, a) => {
    if (a.kind === "article" && inScope(key)) {
      const name = nameOf(graph, key);
      if (a.outletInferred) out.push(`The outlet of ${key} (${a.outletName}) was inferred from the article or its address; the case does not state it.`);
      if (!a.published) out.push(`${key} has no publication date, so it cannot be placed on the timeline.`);
      else if (a.dateEstimated) out.push(`The date of ${name} is an estimate, not a published date.`);
      else if (a.datePrecision === "month" || a.datePrecision === "year") out.push(`${name} is dated only to the ${a.datePrecision}.`);
    }
    if (a.kind === "source" && a.sourceType === "anonymous" && a.articles.some(inScope)) anonymous.add(a.label);
  });
  if (anonymous.size > 0) {
    // Where unnamed sources of one institution in several reports were counted as one, the sentence says so.
    const folded = claims.some((c) => (c.alikeAnonymous ?? []).length > 0);
    const counted = folded ? "those of one institution in different reports count as one source, the others once each unless an article says it relays another's" : "each is counted once unless an article says it relays another's";
    out.push(`Whether the anonymous sources (${[...anonymous].map((l) => `"${l}"`).join(", ")}) are different people or the same one cannot be determined from the texts; ${counted}.`);
  }
  for (const c of claims) if (c.independentSources === 0) out.push(`No primary source could be identified behind the claim "${c.label}".`);
  for (const p of graph.getAttribute("problems") ?? []) {
    out.push(`${p.file}: ${p.reason} (${p.severity === "error" ? "not read" : "read with a caveat"}).`);
  }
  return [...new Set(out)];
}

/** What each group of unnamed sources that may be one stands for, where its first source is among the primary sources given. */
function alikeSentences(graph: ProvenanceGraph, groups: readonly AlikeAnonymous[], primary: readonly string[]): { alikeAnonymous?: string[] } {
  const out = groups
    .filter((g) => primary.includes(g.sources[0] ?? ""))
    .map((g) => `“${labelOf(graph, g.sources[0]!)}” stands for ${g.sources.length} anonymous sources of ${g.institution} in different reports (${g.sources.map((k) => `“${labelOf(graph, k)}” in ${nameOf(graph, sourceArticle(graph, k))}`).join("; ")}): nobody can tell whether they are one person, so they count as one.`);
  return out.length > 0 ? { alikeAnonymous: out } : {};
}

/** The first article that names a source node (its key where it names none). */
function sourceArticle(graph: ProvenanceGraph, key: string): string {
  const a = graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
  return (a?.kind === "source" ? a.articles[0] : undefined) ?? key;
}

function independenceSentence(c: ClaimReport): string {
  // Where others report it false, the count is of those that present it as true: a debunk confirms nothing.
  const stating = c.presenting ?? { articles: c.articleCount, outlets: c.outletCount };
  const spread = c.presenting
    ? `${plural(stating.articles, "article")} from ${plural(stating.outlets, "outlet")} ${stating.articles === 1 ? "presents" : "present"} this claim as true.`
    : `${plural(c.articleCount, "article")} from ${plural(c.outletCount, "outlet")} state this claim.`;
  if (c.independentSources === 0) return `${spread} claimtrail found no primary source behind it.`;
  const rests = `Followed back through citations, copies and quotations, it rests on ${plural(c.independentSources, "independent primary source")}: ${c.primarySources.join("; ")}.`;
  const note = c.independentSources < stating.articles ? " Repeating it did not add independent confirmation." : "";
  const alike = (c.alikeAnonymous ?? []).map((a) => ` ${a}`).join("");
  return `${spread} ${rests}${alike}${note}`;
}

const headline = (r: CaseReport): string => (r.focus ? `Claim report: ${r.claims[0]?.label ?? r.focus}` : `Provenance report: ${r.title}`);

function summary(r: CaseReport): string {
  const findings = r.claims.reduce((n, c) => n + c.findings.length, 0) + r.otherFindings.length + r.findingsNotShown;
  return `Case "${r.title}" (${r.caseId}): ${plural(r.articles.length, "article")} from ${plural(r.outletCount, "outlet")}, ${plural(r.claimCount, "claim")}, ${plural(findings, "finding")}.`;
}

const CAVEAT = "This report is an automated reading of the articles. Check every quoted passage against the articles themselves before you rely on it.";
const NO_CLAIMS = "claimtrail has not grouped any claims in this case, so there is no origin, timeline or independent-source count to report. The articles it read are listed above.";

// ---------- Markdown ----------

const md = escapeMarkdown;

function mdArticle(a: ArticleRef): string {
  const outlet = `${md(a.outletName)}${a.outletInferred ? " (outlet inferred)" : ""}`;
  return `${outlet}, ${md(a.dateLabel)}${a.title ? `: “${md(a.title)}”` : ""} (${md(a.key)})`;
}

function mdFinding(f: FindingReport, level: string): string[] {
  const lines = [`${level} ${md(f.title)}`, "", md(f.explanation), "", `*${md(f.meaning)}*`, ""];
  if (f.reviewed) lines.push(`The relations this rests on were ${md(f.reviewed)}.`, "");
  if (f.articles.length > 0) lines.push(`Articles: ${f.articles.map((a) => `${md(a.outletName)}, ${md(a.dateLabel)}`).join("; ")}`, "");
  for (const ev of f.evidence) lines.push(`> ${md(quoted(ev.text))}`, `> — ${md(ev.where)}`, "");
  return lines;
}

/** Renders the report as Markdown (CommonMark; every string from the case escaped). */
export function renderMarkdown(r: CaseReport): string {
  const out: string[] = [`# ${md(headline(r))}`, "", md(summary(r)), ""];
  if (r.description) out.push(md(r.description), "");
  out.push(`*${md(CAVEAT)}*`, "", "## Articles in the case", "");
  out.push("| Date | Outlet | Title | Id |", "|---|---|---|---|");
  for (const a of r.articles) out.push(`| ${md(a.dateLabel)} | ${md(a.outletName)}${a.outletInferred ? " (inferred)" : ""} | ${md(a.title ?? "")} | ${md(a.key)} |`);
  out.push("");
  if (r.claims.length === 0) out.push("## Claims", "", md(NO_CLAIMS), "");
  for (const c of r.claims) {
    out.push(`## Claim: ${md(c.label)}`, "", `> ${md(c.text)}`, "");
    if (c.sides) out.push(md(c.sides), "");
    out.push("### Origin", "");
    out.push(c.origins.length > 0 ? `${c.originLead} ${c.origins.map(mdArticle).join("; and in ")}.` : "claimtrail could not tell where this claim first appeared.", "");
    if (c.origins.length > 1) out.push("These articles cannot be ordered by their dates, so each may be the first.", "");
    if (c.inferredBefore !== undefined) out.push(md(inferredOrderSentence(c.inferredBefore)), "");
    if (c.laterOrigins.length > 0) out.push(`Later, ${c.laterOrigins.map(mdArticle).join("; ")} ${c.laterOrigins.length === 1 ? "also carries" : "also carry"} it, taken from no other article of the case.`, "");
    if (c.firstCarried) out.push(firstCarriedSentence(c.firstCarried, mdArticle), "");
    if (c.firstReportedFalse) out.push(reportedFalseSentence(c.firstReportedFalse, mdArticle), "");
    out.push("### How it spread", "");
    c.timeline.forEach((s, i) => {
      out.push(`${i + 1}. ${mdArticle(s.article)}${placeNote(s) ? ` ${md(placeNote(s).trim())}` : ""}${s.asserts ? "" : " — does not itself state the claim"}${s.stance ? STANCE_WORDS[s.stance] : ""}${s.otherFigure ? ` — presents it as true, ${md(s.otherFigure)}` : ""}`);
      for (const h of s.how) out.push(`   - ${md(h)}`);
    });
    out.push("", "### Independent sources", "", md(independenceSentence(c)), "");
    out.push("### Findings", "");
    if (c.findings.length === 0) out.push("No finding concerns this claim.", "");
    for (const f of c.findings) out.push(...mdFinding(f, "####"));
  }
  if (r.otherFindings.length > 0) {
    out.push(`## ${r.claims.length > 0 ? "Findings not tied to one claim" : "Findings"}`, "");
    for (const f of r.otherFindings) out.push(...mdFinding(f, "###"));
  }
  if (r.findingsNotShown > 0) out.push(`${plural(r.findingsNotShown, "other finding")} of the case concern other articles and are not shown in this claim report.`, "");
  out.push("## What claimtrail could not determine", "");
  if (r.unknowns.length === 0) out.push("Nothing that claimtrail is aware of.", "");
  for (const u of r.unknowns) out.push(`- ${md(u)}`);
  out.push("", `*${md(`Generated by ${r.generatedBy}.`)}*`, "");
  return out.join("\n");
}

// ---------- HTML ----------

const h = escapeHtml;

const CSS = `
body{font:16px/1.55 Georgia,"Times New Roman",serif;color:#1d1d1d;background:#fff;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1,h2,h3,h4{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.25}
h1{font-size:1.7rem;margin-bottom:.3rem}h2{font-size:1.3rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.05rem;margin-top:1.4rem}h4{font-size:1rem;margin:1.2rem 0 .3rem}
.caveat,.meaning{color:#555;font-style:italic}.summary{font-size:1.05rem}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid #ccc;padding:.3rem .45rem;text-align:left;vertical-align:top}th{background:#f3f3f3}
blockquote{margin:.6rem 0;padding:.4rem .8rem;border-left:4px solid #999;background:#f7f7f7}blockquote footer{font-size:.85rem;color:#555;margin-top:.2rem}
.claim-text{border-left-color:#cc79a7}.uncertain{color:#8a4b00;font-size:.9rem}.id{font-family:ui-monospace,monospace;font-size:.85rem;color:#555}
ol.timeline>li{margin-bottom:.5rem}ul.how{margin:.2rem 0 0;padding-left:1.2rem;font-size:.93rem}
.finding{border:1px solid #ddd;border-radius:4px;padding:.2rem .9rem .6rem;margin:.8rem 0}
@media print{body{margin:0;max-width:none}a{color:inherit}.finding{break-inside:avoid}}
`;

function htmlArticle(a: ArticleRef): string {
  const url = safeHttpUrl(a.url);
  const title = a.title ? `: “${url ? `<a href="${h(url)}" rel="noopener noreferrer">${h(a.title)}</a>` : h(a.title)}”` : "";
  return `${h(a.outletName)}${a.outletInferred ? " <span class=\"uncertain\">(outlet inferred)</span>" : ""}, ${h(a.dateLabel)}${title} <span class="id">${h(a.key)}</span>`;
}

function htmlFinding(f: FindingReport, tag: string): string {
  const parts = [`<section class="finding"><${tag}>${h(f.title)}</${tag}>`, `<p>${h(f.explanation)}</p>`, `<p class="meaning">${h(f.meaning)}</p>`];
  if (f.reviewed) parts.push(`<p class="reviewed">The relations this rests on were ${h(f.reviewed)}.</p>`);
  if (f.articles.length > 0) parts.push(`<p>Articles: ${f.articles.map((a) => `${h(a.outletName)}, ${h(a.dateLabel)}`).join("; ")}</p>`);
  for (const ev of f.evidence) parts.push(`<blockquote><p>${h(quoted(ev.text))}</p><footer>${h(ev.where)}</footer></blockquote>`);
  parts.push("</section>");
  return parts.join("\n");
}

/** Renders the report as one self-contained HTML page: inline CSS only, no script (a CSP forbids any), every string escaped. */
export function renderHtml(r: CaseReport): string {
  const out: string[] = [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${h(headline(r))}</title><style>${CSS}</style></head><body>`,
    `<h1>${h(headline(r))}</h1>`,
    `<p class="summary">${h(summary(r))}</p>`,
  ];
  if (r.description) out.push(`<p>${h(r.description)}</p>`);
  out.push(`<p class="caveat">${h(CAVEAT)}</p>`, "<h2>Articles in the case</h2>");
  out.push("<table><thead><tr><th>Date</th><th>Outlet</th><th>Title</th><th>Id</th></tr></thead><tbody>");
  for (const a of r.articles) {
    const url = safeHttpUrl(a.url);
    const title = a.title ? (url ? `<a href="${h(url)}" rel="noopener noreferrer">${h(a.title)}</a>` : h(a.title)) : "";
    out.push(`<tr><td>${h(a.dateLabel)}</td><td>${h(a.outletName)}${a.outletInferred ? " (inferred)" : ""}</td><td>${title}</td><td class="id">${h(a.key)}</td></tr>`);
  }
  out.push("</tbody></table>");
  if (r.claims.length === 0) out.push("<h2>Claims</h2>", `<p>${h(NO_CLAIMS)}</p>`);
  for (const c of r.claims) {
    out.push(`<h2>Claim: ${h(c.label)}</h2>`, `<blockquote class="claim-text"><p>${h(c.text)}</p></blockquote>`);
    if (c.sides) out.push(`<p class="sides">${h(c.sides)}</p>`);
    out.push("<h3>Origin</h3>");
    out.push(c.origins.length > 0 ? `<p>${c.originLead} ${c.origins.map(htmlArticle).join("; and in ")}.</p>` : "<p>claimtrail could not tell where this claim first appeared.</p>");
    if (c.origins.length > 1) out.push(`<p class="uncertain">These articles cannot be ordered by their dates, so each may be the first.</p>`);
    if (c.inferredBefore !== undefined) out.push(`<p class="uncertain">${h(inferredOrderSentence(c.inferredBefore))}</p>`);
    if (c.laterOrigins.length > 0) out.push(`<p>Later, ${c.laterOrigins.map(htmlArticle).join("; ")} ${c.laterOrigins.length === 1 ? "also carries" : "also carry"} it, taken from no other article of the case.</p>`);
    if (c.firstCarried) out.push(`<p>${firstCarriedSentence(c.firstCarried, htmlArticle)}</p>`);
    if (c.firstReportedFalse) out.push(`<p>${reportedFalseSentence(c.firstReportedFalse, htmlArticle)}</p>`);
    out.push("<h3>How it spread</h3>", `<ol class="timeline">`);
    for (const s of c.timeline) {
      const place = placeNote(s);
      const notes = `${place ? ` <span class="uncertain">${h(place.trim())}</span>` : ""}${s.asserts ? "" : ` <span class="uncertain">— does not itself state the claim</span>`}${s.stance && s.stance !== "true" ? ` <span class="stance">${h(STANCE_WORDS[s.stance])}</span>` : ""}${s.otherFigure ? ` <span class="stance">— presents it as true, ${h(s.otherFigure)}</span>` : ""}`;
      const how = s.how.length > 0 ? `<ul class="how">${s.how.map((x) => `<li>${h(x)}</li>`).join("")}</ul>` : "";
      out.push(`<li>${htmlArticle(s.article)}${notes}${how}</li>`);
    }
    out.push("</ol>", "<h3>Independent sources</h3>", `<p>${h(independenceSentence(c))}</p>`, "<h3>Findings</h3>");
    if (c.findings.length === 0) out.push("<p>No finding concerns this claim.</p>");
    for (const f of c.findings) out.push(htmlFinding(f, "h4"));
  }
  if (r.otherFindings.length > 0) {
    out.push(`<h2>${r.claims.length > 0 ? "Findings not tied to one claim" : "Findings"}</h2>`);
    for (const f of r.otherFindings) out.push(htmlFinding(f, "h3"));
  }
  if (r.findingsNotShown > 0) out.push(`<p>${h(`${plural(r.findingsNotShown, "other finding")} of the case concern other articles and are not shown in this claim report.`)}</p>`);
  out.push("<h2>What claimtrail could not determine</h2>");
  out.push(r.unknowns.length === 0 ? "<p>Nothing that claimtrail is aware of.</p>" : `<ul>${r.unknowns.map((u) => `<li>${h(u)}</li>`).join("\n")}</ul>`);
  out.push(`<p class="caveat">${h(`Generated by ${r.generatedBy}.`)}</p>`, "</body></html>", "");
  return out.join("\n");
}

/** The report as Markdown, straight from the graph. */
export function reportMarkdown(graph: ProvenanceGraph, options: ReportOptions = {}): string {
  return renderMarkdown(buildReport(graph, options));
}

/** The report as a self-contained HTML page, straight from the graph. */
export function reportHtml(graph: ProvenanceGraph, options: ReportOptions = {}): string {
  return renderHtml(buildReport(graph, options));
}
