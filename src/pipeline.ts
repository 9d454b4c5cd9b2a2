/** The whole analysis of one case, stage by stage: load → clean → extract → align → graph → analyse. */
import { createHash } from "node:crypto";
import { analyseReuse } from "./align/index.ts";
import { addProvenance, analyseProvenance, prepareStatements } from "./analyse/provenance.ts";
import { preLinkStatements } from "./analyse/claims.ts";
import type { ClaimAnalysis } from "./analyse/types.ts";
import type { ReuseAnalysis } from "./align/types.ts";
import { memoActive, remember, textKey, withMemo, type ResultMemo } from "./core/memo.ts";
import { createOutletRegistry, withCaseOutlets, type OutletEntry, type OutletRegistry } from "./core/outlets.ts";
import { cleanArticle } from "./clean/clean.ts";
import { withSiteFurniture } from "./clean/siteFurniture.ts";
import { readArticle, resolveReadings } from "./extract/index.ts";
import { isPlace } from "./extract/gazetteer.ts";
import type { ArticleReading } from "./extract/types.ts";
import type { CleanArticle } from "./clean/types.ts";
import { buildGraph } from "./graph/build.ts";
import { articleOutletKey } from "./graph/articles.ts";
import type { EdgeAttrs, GraphAttrs, NodeAttrs, ProvenanceGraph } from "./graph/types.ts";
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import { caseFileCount, loadCase, loadDefaultRegistry } from "./ingest/loadCase.ts";
import { ARTICLE_TIME_BUDGET_MS, PARALLEL_FROM } from "./ingest/limits.ts";
import type { LoadedCase, LoadProblem, RawArticle } from "./ingest/types.ts";
import type { ArticleResult } from "./workers/articleTask.ts";
import type { ArticlePool } from "./workers/pool.ts";
import { newTaskFlag, startTaskClock, type TaskClock } from "./workers/taskClock.ts";
import { applyReviews } from "./review/apply.ts";
import { reviewedInputs } from "./review/inputs.ts";
import type { Review } from "./review/types.ts";

/** Everything claimtrail knows about a case: each stage's output, kept so the server can show evidence by offset. */
export interface CaseAnalysis {
  loaded: LoadedCase;
  registry: OutletRegistry;
  cleaned: CleanArticle[];
  /** Quotations, sources, attributions and syndication per article (reading stage, resolved across the case). */
  readings: ArticleReading[];
  /** Shared passages, reuse relations and drift evidence (alignment stage). */
  reuse?: ReuseAnalysis;
  /** Claims with their origins, derivations and independent sources (provenance stage). */
  claims: ClaimAnalysis[];
  graph: ProvenanceGraph;
}

/** Progress callback for long runs: stage name and how far along it is. */
export type Progress = (stage: string, done: number, total: number) => void;

/** Memoises a per-article stage: the same stage on the same article gives the same output (the workspace caches by content hash). */
/** `variant` names what else the result depends on (the registry a reading used), so it is part of the key. */
export type StageMemo = <T>(stage: string, article: RawArticle, compute: () => T, variant?: string) => T;

/**
 * Where an article's outlet name comes from that makes it one of the case's outlets: given by the user (case.json, front
 * matter), or declared by the saved page itself (og:site_name), so a reprint's "originally appeared on X" finds X's page.
 */
const CASE_OUTLET_ORIGINS: ReadonlySet<string> = new Set(["case.json", "front_matter", "page_meta"]);

/** The registry a case is read with: the base, the case's outlets.json, and the outlets its own articles were given (case.json, front matter) or declare (page metadata). */
export function caseRegistry(loaded: LoadedCase, baseRegistry: OutletRegistry): OutletRegistry {
  const base = loaded.outlets.length > 0 ? createOutletRegistry([...baseRegistry.entries, ...loaded.outlets]) : baseRegistry;
  const given = loaded.articles.filter((a) => a.meta.outlet && CASE_OUTLET_ORIGINS.has(a.meta.outletOrigin ?? ""));
  return withCaseOutlets(base, given.map((a) => ({ name: a.meta.outlet as string, ...(a.meta.url ? { url: a.meta.url } : {}) })), isPlace);
}

/** Everything `caseRegistry` reads, as a memo key. */
function caseRegistryKey(loaded: LoadedCase, baseRegistry: OutletRegistry): string {
  const given = loaded.articles.filter((a) => a.meta.outlet && CASE_OUTLET_ORIGINS.has(a.meta.outletOrigin ?? "")).map((a) => [a.meta.outlet, a.meta.url ?? null]);
  return textKey(JSON.stringify([baseRegistry.entries, loaded.outlets, given]));
}

/** Stored outputs of the per-article stages, looked up before computing (the workspace keeps them by content hash). */
export interface StageCache {
  /** The stored output of `stage` for this article read against the registry named `registryKey`, or undefined. */
  get(stage: ArticleStage, article: RawArticle, registryKey: string): unknown;
  put(stage: ArticleStage, article: RawArticle, registryKey: string, value: unknown): void;
}

/** The stages run once per article, in parallel when a pool is given. */
export type ArticleStage = "clean" | "read";

/** How `analyseLoadedCaseAsync` runs. */
export interface AnalyseOptions {
  progress?: Progress;
  cache?: StageCache;
  /** Worker threads for the per-article stages; without one, everything runs on the calling thread. */
  pool?: ArticlePool;
  /** Below this many articles left to compute, the pool is not used (starting workers costs more than it saves). */
  parallelFrom?: number;
  /** Per-article time budget in a worker, in ms (default ARTICLE_TIME_BUDGET_MS). */
  budgetMs?: number;
  /** Run the case-level stages in a pool worker too, so the calling thread (a server's) stays free; needs `pool`. */
  caseInWorker?: boolean;
  /** A person's reviews of the case (src/review): applied to the graph before claims, support and findings are computed. */
  reviews?: readonly Review[];
  /** Results of the case-level stages kept from the last analysis (core/memo.ts), used where they run on this thread. */
  memo?: ResultMemo;
  /**
   * With `caseInWorker`: the name the case worker keeps the case-level results under for the case's next run (the
   * worker's own memo; `memo` lives on this thread). Its lookups are added to `memo.counts` when both are given.
   */
  memoKey?: string;
}

/** Cases with fewer articles to read than this are read on the calling thread (defined with the other bounds, so the CLI reads it without loading the stages). */
export { PARALLEL_FROM };

/** Names a registry by its entries, so cached readings are never reused against another registry. */
export function registryKey(registry: OutletRegistry): string {
  return createHash("sha256").update(JSON.stringify(registry.entries)).digest("base64url");
}

/** Clean then read one article, through the cache when there is one. */
function articleStages(article: RawArticle, registry: OutletRegistry, key: string, cache?: StageCache): ArticleResult {
  let cleaned = cache?.get("clean", article, key) as CleanArticle | undefined;
  if (!cleaned) {
    cleaned = cleanArticle(article);
    cache?.put("clean", article, key, cleaned);
  }
  let reading = cache?.get("read", article, key) as ArticleReading | undefined;
  if (!reading) {
    reading = readArticle(cleaned, registry);
    cache?.put("read", article, key, reading);
  }
  return { cleaned, reading };
}

/** Every article's cleaned text, and its reading resolved across the case (the case-level stages' first step). */
function resolvedCase(perArticle: readonly ArticleResult[], registry: OutletRegistry, progress?: Progress): { cleaned: CleanArticle[]; readings: ArticleReading[] } {
  const cleaned = perArticle.map((r) => r.cleaned);
  progress?.("resolve", 0, 1);
  return { cleaned, readings: resolveReadings(perArticle.map((r) => r.reading), cleaned, registry) };
}

/** The case-level stages, after every article is cleaned and read: resolve readings across the case, align, graph, provenance. */
export function caseStages(loaded: LoadedCase, registry: OutletRegistry, perArticle: readonly ArticleResult[], progress?: Progress, reviews: readonly Review[] = []): CaseAnalysis {
  const { cleaned, readings } = resolvedCase(perArticle, registry, progress);
  progress?.("align", 0, 1);
  const reuse = analyseReuse(cleaned, readings, registry);
  progress?.("graph", 0, 1);
  const built = buildGraph({ loaded, cleaned, registry, readings, reuse });
  // Reviews go in before the analysis: a rejected citation grounds no finding, an added one counts.
  const graph = reviews.length > 0 ? applyReviews(built, reviews).graph : built;
  const inputs = reviews.length > 0 ? reviewedInputs(graph, readings, reuse.relations, reuse.drift) : { readings, relations: reuse.relations, drift: reuse.drift };
  progress?.("provenance", 0, 1);
  const provenance = analyseProvenance({ graph, cleaned, readings: inputs.readings, reuse: { relations: inputs.relations, drift: inputs.drift } });
  addProvenance(graph, provenance);
  progress?.("provenance", 1, 1);
  return { loaded, registry, cleaned, readings, reuse, claims: provenance.claims, graph };
}

/**
 * The case-level stages with alignment in a pool worker: while it aligns, this thread reads the case's statements
 * (claim grouping's first step, which needs no reuse relation) and, if the worker is not done by then, links them (the
 * second), then builds the graph and the rest of provenance on the worker's result. The same output as `caseStages`
 * (without reviews): the worker runs the same `analyseReuse`, the statements are used only if the graph gives every
 * article the outlet they were read with (provenance.ts), and the links only if the reuse edits relate no further names.
 */
async function caseStagesBesideAlignment(loaded: LoadedCase, registry: OutletRegistry, perArticle: readonly ArticleResult[], runAlign: NonNullable<ArticlePool["runAlign"]>, progress?: Progress): Promise<CaseAnalysis> {
  const { cleaned, readings } = resolvedCase(perArticle, registry, progress);
  progress?.("align", 0, 1);
  // Posted now (the task is copied to the worker here), awaited after this thread's own share.
  const aligned = runAlign({ cleaned, readings, registryEntries: registry.entries });
  // Kept from rejecting unobserved while this thread works: the error is rethrown at the await below.
  aligned.catch(() => undefined);
  const prepared = prepareStatements(cleaned, readings, (c) => articleOutletKey(c, registry));
  // While the worker still aligns, this thread links the statements too (claim grouping's second step), with the names
  // the statements relate: the reuse edits rarely relate more, and where they do the links are found again after.
  let alignedYet = false;
  void aligned.then(
    () => (alignedYet = true),
    () => undefined,
  );
  await new Promise((r) => setImmediate(r));
  if (!alignedYet) prepared.preLinked = preLinkStatements(prepared.sources, prepared.statements);
  const reuse = await aligned;
  progress?.("graph", 0, 1);
  const graph = buildGraph({ loaded, cleaned, registry, readings, reuse });
  progress?.("provenance", 0, 1);
  const provenance = analyseProvenance({ graph, cleaned, readings, reuse: { relations: reuse.relations, drift: reuse.drift } }, prepared);
  addProvenance(graph, provenance);
  progress?.("provenance", 1, 1);
  return { loaded, registry, cleaned, readings, reuse, claims: provenance.claims, graph };
}

/** The case's given outlets whose name, an alias or the label of a domain occurs in a text, as one stable string. */
export function givenOutletsNamedIn(text: string, outlets: readonly OutletEntry[]): string {
  const lower = text.toLowerCase();
  const named = outlets.filter((o) =>
    [o.name, ...o.aliases, ...o.domains.map((d) => d.split(".").slice(-2, -1)[0] ?? d)].some((n) => n.length > 2 && lower.includes(n.toLowerCase().replace(/^the\s+/u, ""))),
  );
  return named.map((o) => JSON.stringify(o)).sort().join("\n");
}

/**
 * The case with each page's site furniture found (clean/siteFurniture.ts): the one thing cleaning reads of the other
 * pages, handed to it with the page, so a page's cleaning and reading stay keyed by the page as handed.
 */
function withCaseFurniture(loaded: LoadedCase): LoadedCase {
  const articles = withSiteFurniture(loaded.articles);
  return articles.every((a, i) => a === loaded.articles[i]) ? loaded : { ...loaded, articles };
}

/** Runs every stage on an already loaded case, on the calling thread. Pure apart from the registry it is given (and the memo, which must not change results). */
export function analyseLoadedCase(asLoaded: LoadedCase, baseRegistry: OutletRegistry, progress?: Progress, memo?: StageMemo, reviews: readonly Review[] = []): CaseAnalysis {
  const loaded = withCaseFurniture(asLoaded);
  // The registry depends on the base registry, the case's outlets and the outlets its articles were given (all in the
  // key): kept between runs (core/memo.ts), since merging a thousand given outlets into it is not free.
  const registry = memoActive() ? remember("caseRegistry", caseRegistryKey(loaded, baseRegistry), () => caseRegistry(loaded, baseRegistry)) : caseRegistry(loaded, baseRegistry);
  // A reading depends on the case's given outlets only where the article's text names one of them: the memo keys by
  // those, so adding an article with a new outlet re-reads only the articles that name it.
  const given = registry.entries.slice(baseRegistry.entries.length + loaded.outlets.length);
  // Which given outlets a text names depends on the text and the given outlets alone: kept between runs (core/memo.ts).
  const givenKey = memo && memoActive() ? createHash("sha256").update(JSON.stringify(given)).digest("base64url") : "";
  const readVariant = (a: RawArticle): string => (memo ? remember("givenNamed", `${givenKey}\u0000${textKey(a.text)}`, () => givenOutletsNamedIn(a.text, given)) : "");
  const perArticle = loaded.articles.map((a, i) => {
    progress?.("read", i + 1, loaded.articles.length);
    if (!memo) return articleStages(a, registry, "");
    const cleaned = memo("clean", a, () => cleanArticle(a));
    // Keyed by the raw article: the cleaned one derives from it alone.
    return { cleaned, reading: memo("read", a, () => readArticle(cleaned, registry), readVariant(a)) };
  });
  return caseStages(loaded, registry, perArticle, progress, reviews);
}

/**
 * Runs every stage on a loaded case: per-article stages in the pool's worker threads (from `parallelFrom` articles on),
 * case-level stages after, on the calling thread. An article whose per-article stages outrun the time budget is stopped
 * and left out, with a problem naming the file and the budget; the rest of the case is analysed. Without a pool (or
 * for a small case) the result is the same as `analyseLoadedCase`.
 */
export async function analyseLoadedCaseAsync(asLoaded: LoadedCase, baseRegistry: OutletRegistry, options: AnalyseOptions = {}): Promise<CaseAnalysis> {
  const loaded = withCaseFurniture(asLoaded);
  const { progress, cache, pool } = options;
  const registry = caseRegistry(loaded, baseRegistry);
  const key = registryKey(registry);
  // Cached stages are keyed like the one-thread path's memo: the base registry, plus the given outlets the text names.
  const own = baseRegistry.entries.length + loaded.outlets.length;
  const baseKey = registryKey({ ...registry, entries: registry.entries.slice(0, own) });
  const given = registry.entries.slice(own);
  const cacheKey = (a: RawArticle): string => `${baseKey}:${createHash("sha256").update(givenOutletsNamedIn(a.text, given)).digest("base64url")}`;
  const total = loaded.articles.length;
  const results: (ArticleResult | undefined)[] = new Array(total);
  const todo: number[] = [];
  loaded.articles.forEach((a, i) => {
    const cleaned = cache?.get("clean", a, cacheKey(a)) as CleanArticle | undefined;
    const reading = cache?.get("read", a, cacheKey(a)) as ArticleReading | undefined;
    if (cleaned && reading) results[i] = { cleaned, reading };
    else todo.push(i);
  });
  let done = total - todo.length;
  progress?.("read", done, total);
  /** Articles left unread, with the reason. */
  const unread = new Map<number, string>();
  const seconds = (options.budgetMs ?? ARTICLE_TIME_BUDGET_MS) / 1000;
  if (!pool || todo.length < (options.parallelFrom ?? PARALLEL_FROM)) {
    for (const i of todo) {
      results[i] = articleStages(loaded.articles[i] as RawArticle, registry, cacheKey(loaded.articles[i] as RawArticle), cache);
      progress?.("read", ++done, total);
      // Let a server answer other requests between articles.
      if (done % 25 === 0) await new Promise((r) => setImmediate(r));
    }
  } else {
    await runInPool(pool, todo, loaded.articles, registry, key, options.budgetMs ?? ARTICLE_TIME_BUDGET_MS, (i, result) => {
      if (result === "timeout") unread.set(i, `not read: took longer than ${seconds} s (the time budget per article); the rest of the case was analysed`);
      else if ("error" in result) unread.set(i, `not read: the worker reading it failed (${result.error}); the rest of the case was analysed`);
      else {
        results[i] = result;
        cache?.put("clean", loaded.articles[i] as RawArticle, cacheKey(loaded.articles[i] as RawArticle), result.cleaned);
        cache?.put("read", loaded.articles[i] as RawArticle, cacheKey(loaded.articles[i] as RawArticle), result.reading);
      }
      progress?.("read", ++done, total);
    });
  }
  await new Promise((r) => setImmediate(r));
  let read = loaded;
  if (unread.size > 0) {
    const problems: LoadProblem[] = [...unread].map(([i, reason]) => ({ file: (loaded.articles[i] as RawArticle).meta.file, severity: "error", reason }));
    read = { ...loaded, articles: loaded.articles.filter((_, i) => !unread.has(i)), problems: [...loaded.problems, ...problems] };
  }
  const perArticle = results.filter((r): r is ArticleResult => r !== undefined);
  // Alignment beside this thread's statement reading: for a case read in the pool, with nothing kept between runs (a
  // memo's kept results live on this thread) and no reviews.
  if (pool?.runAlign && !options.caseInWorker && !options.memo && !options.reviews?.length && perArticle.length >= (options.parallelFrom ?? PARALLEL_FROM)) {
    return caseStagesBesideAlignment(read, registry, perArticle, pool.runAlign, progress);
  }
  if (!pool || !options.caseInWorker) return withMemo(options.memo, () => caseStages(read, registry, perArticle, progress, options.reviews));
  progress?.("analyse", 0, 1);
  const r = await pool.runCase({
    loaded: read,
    registryEntries: registry.entries,
    perArticle,
    ...(options.reviews?.length ? { reviews: [...options.reviews] } : {}),
    ...(options.memoKey !== undefined ? { memoKey: options.memoKey } : {}),
  });
  if (r.memoCounts && options.memo) {
    options.memo.counts.hits += r.memoCounts.hits;
    options.memo.counts.computed += r.memoCounts.computed;
  }
  const graph: ProvenanceGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.import(r.graph as unknown as SerializedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>);
  progress?.("analyse", 1, 1);
  return { loaded: read, registry, cleaned: perArticle.map((p) => p.cleaned), readings: r.readings, ...(r.reuse ? { reuse: r.reuse } : {}), claims: r.claims, graph };
}

/** How often running tasks are checked against the time budget. */
const BUDGET_TICK_MS = 50;

/**
 * Feeds the articles at `indices` to the pool, two per thread at a time, and reports each result ("timeout" when
 * the task outran its budget and was stopped, an error when its worker failed, e.g. out of memory). The budget counts
 * from when a worker starts the task, not from submission, and counts the worker thread's CPU time where the system
 * reports it (workers/taskClock.ts), so the machine's load never leaves an article out.
 */
async function runInPool(
  pool: ArticlePool,
  indices: readonly number[],
  articles: readonly RawArticle[],
  registry: OutletRegistry,
  key: string,
  budgetMs: number,
  report: (i: number, result: ArticleResult | "timeout" | { error: string }) => void,
): Promise<void> {
  const registryJson = JSON.stringify(registry.entries);
  const running = new Map<number, { started: Int32Array; clock?: TaskClock; abort: AbortController }>();
  const ticker = setInterval(() => {
    for (const t of running.values()) {
      if (t.clock === undefined) {
        if (Atomics.load(t.started, 0) === 1) t.clock = startTaskClock(t.started);
      } else if (t.clock() > budgetMs) t.abort.abort();
    }
  }, BUDGET_TICK_MS);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < indices.length) {
      const i = indices[next++] as number;
      const started = newTaskFlag();
      const abort = new AbortController();
      running.set(i, { started, abort });
      try {
        report(i, await pool.run({ article: articles[i] as RawArticle, registryKey: key, registryJson, started }, abort.signal));
      } catch (e) {
        report(i, abort.signal.aborted ? "timeout" : { error: e instanceof Error ? e.message : String(e) });
      } finally {
        running.delete(i);
      }
    }
  };
  try {
    // Two tasks per thread: one running and one waiting, so a worker never idles for a round trip between tasks.
    await Promise.all(Array.from({ length: Math.min(pool.threads * 2, indices.length) }, lane));
  } finally {
    clearInterval(ticker);
  }
}

/**
 * Loads a case folder and analyses it. `warmed`: the caller has already started the pool's threads for this case (the
 * CLI does, before it loads the stages), so they are not started again.
 */
export async function analyseCaseFolder(root: string, progress?: Progress, options: Omit<AnalyseOptions, "progress"> & { warmed?: boolean } = {}): Promise<CaseAnalysis> {
  const { warmed, ...analyse } = options;
  // A case large enough for the pool has its threads started while it loads (their start is seconds of CPU each).
  if (!warmed && analyse.pool && (await caseFileCount(root)) >= (analyse.parallelFrom ?? PARALLEL_FROM)) analyse.pool.warm?.();
  const registry = await loadDefaultRegistry();
  const loaded = await loadCase(root, registry);
  return analyseLoadedCaseAsync(loaded, registry, { ...analyse, ...(progress ? { progress } : {}) });
}
