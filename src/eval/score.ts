/** Scores a case's graph against a truth file (what a careful reader finds): recall and precision per relation kind, sources found, findings matched and supported, claims, origins and stances, invented outlets. Pure. */
import type { OutletRegistry } from "../core/outlets.ts";
import { foldTypography } from "../core/text.ts";
import type { SerializedProvenanceGraph } from "../graph/types.ts";
import { scoreClaims, stem, type ClaimsScore } from "./claims.ts";
import { inventedOutlets, normaliseNode, normaliseTruthNode, type OutletGrounding } from "./outlets.ts";
import type { Truth } from "./truth.ts";

export { TruthSchema, type Truth } from "./truth.ts";
export { normaliseNode, normaliseTruthNode } from "./outlets.ts";

/** Scores for one relation kind. */
export interface KindScore {
  kind: string;
  truth: number;
  predicted: number;
  hits: number;
  /** Predicted relations listed as acceptable: neither for nor against. */
  acceptable: number;
  /** Predicted relations the truth says must not exist. */
  forbidden: number;
  recall: number;
  precision: number;
  missed: string[];
  extra: string[];
}

export interface SourceScore {
  article: string;
  truth: number;
  found: number;
  /** Distinct speakers the graph gives the article (targets of its quotes edges). */
  predicted: number;
  /** Of those, the ones that are one of the truth's sources for the article. */
  right: number;
  missed: string[];
  /** Speakers the graph gives the article that the truth does not list: an invented person, or one the reader left out. */
  unexpected: string[];
}

/** One finding of the graph and whether the truth states it too (a truth finding of its type names most of its articles). */
export interface FindingCheck {
  type: string;
  articles: string[];
  supported: boolean;
}

export interface EvalReport {
  kinds: KindScore[];
  sources: SourceScore[];
  sourcesFound: number;
  sourcesTruth: number;
  /** Distinct speakers the graph gives the articles the truth lists sources for, and how many of them the truth lists. */
  sourcesPredicted: number;
  sourcesRight: number;
  /** Truth findings the graph states (recall of findings). */
  findingsMatched: number;
  findingsTruth: number;
  findingsPredicted: number;
  /** Graph findings the truth also states (precision of findings). */
  findingsSupported: number;
  /** Truth findings the graph does not state, as "type: articles". */
  findingsMissed: string[];
  /** Graph findings the truth does not state. */
  findingsUnsupported: string[];
  claims: ClaimsScore;
  /** Labels of outlet nodes no text or metadata of the case names; absent when the case's texts were not given. */
  inventedOutlets?: string[];
}

/** What the scorer may use besides graph and truth: the outlet registry (one entry = one outlet) and the case's texts (for invented outlets). */
export interface ScoreOptions {
  registry?: OutletRegistry;
  grounding?: OutletGrounding;
}

/** Relation kinds scored when the graph or the truth has them. */
export const SCORED_KINDS = ["cites", "republishes", "copies", "quotes_same", "alters_quote"] as const;

/** Scripts written without spaces or in syllable blocks, whose words are often two characters ("网友", "기자"). */
const SHORT_WORD_SCRIPT = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function allWords(text: string): string[] {
  // A vowel sign is part of its word (Devanagari "रमेश"): without \p{M} such a name falls apart into letters.
  return (foldTypography(text).toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((w) => w.replace(/^(?:al|el)(?=[\p{L}]{3})/u, ""));
}

/** A name's words that can tell it apart; two-letter words only in scripts whose words are short, or where `twoLetter` says so. */
function words(text: string, twoLetter = false): string[] {
  return allWords(text).filter((w) => (w.length > 2 || (w.length === 2 && (twoLetter || SHORT_WORD_SCRIPT.test(w)))) && !["the", "and", "who", "with", "was", "were", "citing", "according"].includes(w));
}

/** A name made of syllables of two letters each ("Lê Vũ Hà"): its two-letter words are all it has, none a particle. */
function syllableName(text: string): boolean {
  const all = allWords(text);
  return all.length > 1 && all.every((w) => w.length <= 2);
}

/** Fuzzy name match: the same name, or most of the shorter name's words (their stems) appear in the longer one. */
export function namesMatch(a: string, b: string): boolean {
  if (a.trim() !== "" && foldTypography(a).toLowerCase().trim() === foldTypography(b).toLowerCase().trim()) return true;
  const twoLetter = syllableName(a) || syllableName(b);
  const wa = words(a, twoLetter).map(stem);
  const wb = words(b, twoLetter).map(stem);
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  const shared = short.filter((w) => long.has(w)).length;
  return shared / short.length >= 0.5;
}

/** A finding names enough of another's articles: at least half of `of`'s, rounded up. */
function coversHalf(of: readonly string[], by: readonly string[]): boolean {
  return of.filter((a) => by.includes(a)).length >= Math.ceil(of.length / 2);
}

function scoreKinds(graph: SerializedProvenanceGraph, truth: Truth, registry: OutletRegistry | undefined): KindScore[] {
  // The truth's references and the graph's are read apart: the truth may name an outlet by its credit signature.
  const pairKey = (from: string, to: string): string => `${normaliseNode(from, registry)} -> ${normaliseNode(to, registry)}`;
  const truthKey = (from: string, to: string): string => `${normaliseTruthNode(from, registry)} -> ${normaliseTruthNode(to, registry)}`;
  const matchesPattern = (pattern: { from: string; to: string; relation?: string }, from: string, to: string, kind: string): boolean => {
    if (pattern.relation && pattern.relation !== kind) return false;
    const f = pattern.from === "*" || normaliseTruthNode(pattern.from, registry) === normaliseNode(from, registry);
    const t = pattern.to === "*" || normaliseTruthNode(pattern.to, registry) === normaliseNode(to, registry);
    return f && t;
  };
  const kinds: KindScore[] = [];
  const present = new Set<string>([...graph.edges.map((e) => e.attributes.kind as string), ...truth.relations.map((r) => r.relation)]);
  for (const kind of SCORED_KINDS) {
    if (!present.has(kind)) continue;
    const truthRelations = truth.relations.filter((r) => r.relation === kind);
    const truthPairs = new Set(truthRelations.map((r) => truthKey(r.from, r.to)));
    // A pair the reader could not order counts in either direction, as the key the truth wrote it under.
    const asWritten = new Map<string, string>();
    for (const r of truthRelations) asWritten.set(truthKey(r.from, r.to), truthKey(r.from, r.to));
    for (const r of truthRelations) if (r.direction === "unknown" && !asWritten.has(truthKey(r.to, r.from))) asWritten.set(truthKey(r.to, r.from), truthKey(r.from, r.to));
    const predicted = new Map<string, { from: string; to: string }>();
    // A relation a person rejected (src/review) is not predicted.
    for (const e of graph.edges) if (e.attributes.kind === kind && e.attributes.review !== "rejected") predicted.set(pairKey(e.source, e.target), { from: e.source, to: e.target });
    const found = new Set<string>();
    let hits = 0;
    let acceptable = 0;
    let forbidden = 0;
    const extra: string[] = [];
    for (const [key, p] of predicted) {
      const pair = asWritten.get(key);
      // Both directions of a pair either way is right: the second finds nothing more, and counts neither for nor against.
      if (pair !== undefined && found.has(pair)) acceptable++;
      else if (pair !== undefined) {
        found.add(pair);
        hits++;
      } else if (truth.acceptable.some((a) => matchesPattern(a, p.from, p.to, kind))) acceptable++;
      else {
        if (truth.not_relations.some((n) => matchesPattern(n, p.from, p.to, kind))) forbidden++;
        extra.push(key);
      }
    }
    const missed = [...truthPairs].filter((k) => !found.has(k));
    const counted = predicted.size - acceptable;
    kinds.push({
      kind,
      truth: truthPairs.size,
      predicted: predicted.size,
      hits,
      acceptable,
      forbidden,
      recall: truthPairs.size === 0 ? 1 : hits / truthPairs.size,
      precision: counted === 0 ? 1 : hits / counted,
      missed,
      extra,
    });
  }
  return kinds;
}

/** Truth source types an article names by citing (a `cites` or `republishes` edge) as well as by quoting. */
const CITED_SOURCE_TYPES = new Set(["outlet", "document", "organisation", "organization"]);

/**
 * True when a truth source names the outlet node `key` by another of the registry's names for it ("معاريف" for the node
 * of Maariv) or by the credit it signs with ("BNS"): the reader labels a registered outlet with the registry's name, the
 * truth writes what the text prints.
 */
function sameRegisteredOutlet(name: string, key: string, registry: OutletRegistry | undefined): boolean {
  // The signature the texts credit an agency with ("BNS" for Baltic News Service) names it too, as in the truth's relations.
  const registered = registry?.byName(name) !== undefined || registry?.byCredit(name) !== undefined;
  return registered && key.startsWith("outlet:") && normaliseTruthNode(`outlet:${name}`, registry) === normaliseNode(key, registry);
}

function scoreSources(graph: SerializedProvenanceGraph, truth: Truth, registry: OutletRegistry | undefined): SourceScore[] {
  const sources: SourceScore[] = [];
  const nodeLabel = new Map(graph.nodes.map((n) => [n.key, String((n.attributes as { label?: string }).label ?? n.key)]));
  for (const [article, list] of Object.entries(truth.sources)) {
    const live = graph.edges.filter((e) => e.source === article && e.attributes.review !== "rejected");
    const keysOf = (kinds: readonly string[]) => [...new Set(live.filter((e) => kinds.includes(e.attributes.kind as string)).map((e) => e.target))];
    const labelsOf = (kinds: readonly string[]) => keysOf(kinds).map((k) => nodeLabel.get(k) ?? k);
    const quoted = labelsOf(["quotes"]);
    // A syndication credit ("BEIJING (Reuters) -") names the article's source as surely as a citation does.
    const cited = labelsOf(["cites", "republishes"]);
    const citedKeys = keysOf(["cites", "republishes", "quotes"]);
    const missed: string[] = [];
    let found = 0;
    for (const s of list) {
      // Outlets, documents (a study, a press release) and organisations are cited; people and anonymous sources are quoted.
      const pool = CITED_SOURCE_TYPES.has(s.type) ? [...cited, ...quoted] : quoted;
      if (pool.some((p) => namesMatch(p, s.name)) || (CITED_SOURCE_TYPES.has(s.type) && citedKeys.some((k) => sameRegisteredOutlet(s.name, k, registry)))) found++;
      else missed.push(s.name);
    }
    // Precision over speakers only: a cited outlet is scored by the cites relation already.
    const unexpected = quoted.filter((q) => !list.some((s) => namesMatch(q, s.name)));
    sources.push({ article, truth: list.length, found, predicted: quoted.length, right: quoted.length - unexpected.length, missed, unexpected });
  }
  return sources;
}

/**
 * Findings both ways. Matched (recall): each truth finding is paired with one graph finding of its
 * type that names at least half of its articles, else with the graph findings of its type that lie
 * wholly inside its articles and together name half of them (a group stated as pairs). Supported (precision): a graph finding is supported
 * when some truth finding of its type holds at least half of the graph finding's articles.
 */
function scoreFindings(graph: SerializedProvenanceGraph, truth: Truth): { matched: number; missed: string[]; checks: FindingCheck[] } {
  const predicted = graph.attributes.findings ?? [];
  const used = new Set<number>();
  const missed: string[] = [];
  let matched = 0;
  const unmatched: (typeof truth.findings)[number][] = [];
  for (const f of truth.findings) {
    const i = predicted.findIndex((p, k) => !used.has(k) && p.type === f.type && coversHalf(f.articles, p.articles));
    if (i >= 0) {
      used.add(i);
      matched++;
    } else unmatched.push(f);
  }
  // A truth finding over a group ("one agency text, five uncredited carriers") the graph states in pieces: findings of its
  // type whose articles all lie inside the group, together naming at least half of it. Each piece is used once.
  for (const f of unmatched) {
    const pieces = predicted.flatMap((p, k) => (!used.has(k) && p.type === f.type && p.articles.length >= 2 && p.articles.every((a) => f.articles.includes(a)) ? [k] : []));
    const named = new Set(pieces.flatMap((k) => predicted[k]!.articles));
    if (pieces.length >= 2 && coversHalf(f.articles, [...named])) {
      for (const k of pieces) used.add(k);
      matched++;
    } else missed.push(`${f.type}: ${f.articles.join(", ")}`);
  }
  const checks = predicted.map((p) => ({
    type: p.type as string,
    articles: p.articles,
    supported: truth.findings.some((f) => f.type === p.type && coversHalf(p.articles, f.articles)),
  }));
  return { matched, missed, checks };
}

/** Scores a serialised graph against a truth file. */
export function scoreGraph(graph: SerializedProvenanceGraph, truth: Truth, options: ScoreOptions = {}): EvalReport {
  const sources = scoreSources(graph, truth, options.registry);
  const findings = scoreFindings(graph, truth);
  return {
    kinds: scoreKinds(graph, truth, options.registry),
    sources,
    sourcesFound: sources.reduce((n, s) => n + s.found, 0),
    sourcesTruth: sources.reduce((n, s) => n + s.truth, 0),
    sourcesPredicted: sources.reduce((n, s) => n + s.predicted, 0),
    sourcesRight: sources.reduce((n, s) => n + s.right, 0),
    findingsMatched: findings.matched,
    findingsTruth: truth.findings.length,
    findingsPredicted: findings.checks.length,
    findingsSupported: findings.checks.filter((c) => c.supported).length,
    findingsMissed: findings.missed,
    findingsUnsupported: findings.checks.filter((c) => !c.supported).map((c) => `${c.type}: ${c.articles.join(", ")}`),
    claims: scoreClaims(graph, truth),
    ...(options.grounding ? { inventedOutlets: inventedOutlets(graph, options.grounding, options.registry) } : {}),
  };
}
