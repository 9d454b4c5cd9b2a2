/**
 * A CaseCatalog over the store: a case is re-analysed when its revision changes, with per-article results reused by
 * content hash. In background mode (the server) analyses run off the request path, one case at a time in the order
 * people open them, and a read gets the last complete analysis at once with the progress of the one under way.
 */
import { ResultMemo, withMemo } from "../core/memo.ts";
import { createOutletRegistry, type OutletRegistry } from "../core/outlets.ts";
import type { LoadedCase, LoadProblem, RawArticle } from "../ingest/types.ts";
import { analyseLoadedCase, analyseLoadedCaseAsync, type CaseAnalysis, type StageCache, type StageMemo } from "../pipeline.ts";
import { summarise, type AnalysisProgress, type CaseCatalog, type CaseState } from "../server/catalog.ts";
import type { ArticlePool } from "../workers/pool.ts";
import { codeFingerprint } from "./fingerprint.ts";
import { sha256 } from "./hash.ts";
import { effectiveArticle } from "./prepare.ts";
import type { Store } from "./store.ts";
import type { ArticleHead, CaseRecord } from "./types.ts";

interface Ingested {
  article?: RawArticle;
  problems: LoadProblem[];
}

interface Entry {
  revision: number;
  analysis: CaseAnalysis;
  /** Stage outputs of the last build by cache key: a rebuild after one edit finds the other articles here. */
  values: Map<string, unknown>;
  /** What the case-level stages computed from texts and pairs of texts (alignments, terms): an added article's are new, the rest are found here. */
  memo: ResultMemo;
}

/** Counters a test or benchmark can read: how many stage outputs were computed rather than reused. */
export interface CatalogStats {
  builds: number;
  computed: Record<string, number>;
  /** Results of the case-level stages (alignments, terms; core/memo.ts) found from the last build or computed. */
  caseResults: { reused: number; computed: number };
}

/** A catalog that also reports what it computed. */
export interface StoreCatalog extends CaseCatalog {
  stats: CatalogStats;
  /** Resolves when no analysis is running or waiting (background mode; at once otherwise). */
  idle(): Promise<void>;
}

/** How the catalog runs analyses. */
export interface StoreCatalogOptions {
  /** Analyse off the request path: `get` and `state` never wait for an analysis (the server). Default: analyse on demand, synchronously. */
  background?: boolean;
  /** Worker threads for the per-article stages (background mode). */
  pool?: ArticlePool;
}

/** Articles ingested between two yields to the event loop in background mode. */
const INGEST_SLICE = 10;

/** An article as JSON, made once per article object: the ingest step hands the same objects to every build of a case, and they are never changed. */
const articleJsons = new WeakMap<RawArticle, string>();
function articleJson(article: RawArticle): string {
  let json = articleJsons.get(article);
  if (json === undefined) articleJsons.set(article, (json = JSON.stringify(article)));
  return json;
}

/**
 * Each article's per-stage cache keys, by the article object and what else the key names (stage, code, registry,
 * variant): the same objects come to every build of a case, and hashing each article's JSON again for each stage on
 * each build was most of a build's cache lookups.
 */
const stageKeys = new WeakMap<RawArticle, Map<string, string>>();

/** Builds the catalog. `fingerprint` names the analysis code (default: a hash of its sources). */
export function storeCatalog(store: Store, baseRegistry: OutletRegistry, fingerprint = codeFingerprint(), options: StoreCatalogOptions = {}): StoreCatalog {
  const entries = new Map<string, Entry>();
  const stats: CatalogStats = { builds: 0, computed: {}, caseResults: { reused: 0, computed: 0 } };
  const failures = new Map<string, { revision: number; error: unknown }>();

  /** What a build of one case reads and caches; `finish` writes the new cache rows and makes the entry. */
  function begin(id: string) {
    const snapshot = store.read(() => {
      const rec = store.getCase(id);
      return rec ? { rec, heads: store.articleHeads(id), reviews: store.reviews(id) } : undefined;
    });
    if (!snapshot) return undefined;
    const { rec, heads, reviews } = snapshot;
    const previous = entries.get(id)?.values;
    const memo = entries.get(id)?.memo ?? new ResultMemo();
    memo.nextGeneration();
    const counted = { ...memo.counts };
    const values = new Map<string, unknown>();
    const fresh: { key: string; stage: string; value: string }[] = [];
    const registry = rec.outlets.length > 0 ? createOutletRegistry([...baseRegistry.entries, ...rec.outlets]) : baseRegistry;
    const registryHash = sha256(JSON.stringify(registry.entries));

    function find(key: string): unknown {
      if (values.has(key)) return values.get(key);
      let value: unknown;
      if (previous?.has(key)) value = previous.get(key);
      else {
        const stored = store.cacheGet(key);
        if (stored !== undefined) value = JSON.parse(stored);
      }
      if (value !== undefined) values.set(key, value);
      return value;
    }
    function keep(stage: string, key: string, value: unknown): void {
      stats.computed[stage] = (stats.computed[stage] ?? 0) + 1;
      fresh.push({ key, stage, value: JSON.stringify(value) });
      values.set(key, value);
    }
    function lookup<T>(stage: string, key: string, compute: () => T): T {
      const found = find(key);
      if (found !== undefined) return found as T;
      const value = compute();
      keep(stage, key, value);
      return value;
    }

    const ingestKey = (h: ArticleHead) =>
      sha256(["ingest", fingerprint, registryHash, h.id, h.file, h.format, h.originalSha256, JSON.stringify(h.given), JSON.stringify(h.corrections)].join("\0"));
    const storedOf = (h: ArticleHead) => ({ ...h, original: store.original(id, h.id) ?? new Uint8Array() });
    const ingestOne = (h: ArticleHead) => lookup<Ingested>("ingest", ingestKey(h), () => effectiveArticle(storedOf(h), registry));
    /** Ingest through the pool: cached results at once, the rest in worker threads (a saved page's extraction can take seconds). */
    const ingestInPool = async (pool: ArticlePool, progress: (done: number) => void): Promise<Ingested[]> => {
      const out: Ingested[] = new Array(heads.length);
      const todo: number[] = [];
      heads.forEach((h, i) => {
        const found = find(ingestKey(h)) as Ingested | undefined;
        if (found) out[i] = found;
        else todo.push(i);
      });
      let done = heads.length - todo.length;
      let next = 0;
      const lane = async () => {
        while (next < todo.length) {
          const i = todo[next++] as number;
          const h = heads[i] as ArticleHead;
          out[i] = await pool.runIngest({ stored: storedOf(h), registryEntries: registry.entries });
          keep("ingest", ingestKey(h), out[i]);
          progress(++done);
        }
      };
      await Promise.all(Array.from({ length: Math.min(pool.threads, todo.length) }, lane));
      return out;
    };
    const loadedOf = (ingested: Ingested[]): LoadedCase => {
      const articles: RawArticle[] = [];
      const problems: LoadProblem[] = [];
      for (const i of ingested) {
        problems.push(...i.problems);
        if (i.article) articles.push(i.article);
      }
      if (articles.length === 0) problems.push({ file: ".", severity: "warning", reason: "the case has no article yet; add one by text, file or URL" });
      return caseOf(rec, articles, problems);
    };
    // The registry is part of the key: reading an article resolves outlet names through it.
    const stageMemo: StageMemo = (stage, article, compute, variant = "") => {
      const name = `${stage}\0${fingerprint}\0${registryHash}\0${variant}`;
      let keys = stageKeys.get(article);
      if (!keys) stageKeys.set(article, (keys = new Map()));
      let key = keys.get(name);
      if (key === undefined) keys.set(name, (key = sha256([stage, fingerprint, registryHash, variant, articleJson(article)].join("\0"))));
      return lookup(stage, key, compute);
    };
    // The async pipeline names the registry it reads with (the case's own, given outlets included); cleaning does not depend on it.
    const cacheKey = (stage: string, article: RawArticle, registryKey: string) =>
      sha256([stage, fingerprint, stage === "read" ? registryKey : "", JSON.stringify(article)].join("\0"));
    const cache: StageCache = {
      get: (stage, article, registryKey) => find(cacheKey(stage, article, registryKey)),
      put: (stage, article, registryKey, value) => keep(stage, cacheKey(stage, article, registryKey), value),
    };
    const finish = (analysis: CaseAnalysis): Entry => {
      // One transaction for all new cache rows: thousands of autocommits would each wait for the disk.
      if (fresh.length > 0) store.write(() => fresh.forEach((f) => store.cachePut(f.key, f.stage, f.value)));
      fresh.length = 0;
      stats.builds++;
      stats.caseResults.reused += memo.counts.hits - counted.hits;
      stats.caseResults.computed += memo.counts.computed - counted.computed;
      return { revision: rec.revision, analysis, values, memo };
    };
    return { rec, heads, reviews, ingestOne, ingestInPool, loadedOf, memo: stageMemo, cache, finish, caseMemo: memo };
  }

  /** Analyses a case on the calling thread. */
  function build(id: string): Entry | undefined {
    const b = begin(id);
    if (!b) return undefined;
    const loaded = b.loadedOf(b.heads.map(b.ingestOne));
    return b.finish(withMemo(b.caseMemo, () => analyseLoadedCase(loaded, baseRegistry, undefined, b.memo, b.reviews)));
  }

  /** Analyses a case without holding the event loop for long: with a pool every stage runs in workers; without one, in slices. */
  async function buildInBackground(id: string, progress: (p: AnalysisProgress) => void): Promise<Entry | undefined> {
    const b = begin(id);
    if (!b) return undefined;
    let ingested: Ingested[] = [];
    if (options.pool) ingested = await b.ingestInPool(options.pool, (done) => progress({ stage: "ingest", done, total: b.heads.length }));
    else {
      for (const h of b.heads) {
        ingested.push(b.ingestOne(h));
        if (ingested.length % INGEST_SLICE === 0) {
          progress({ stage: "ingest", done: ingested.length, total: b.heads.length });
          await new Promise((r) => setImmediate(r));
        }
      }
    }
    const analysis = await analyseLoadedCaseAsync(b.loadedOf(ingested), baseRegistry, {
      cache: b.cache,
      memo: b.caseMemo,
      reviews: b.reviews,
      // With a pool every stage after ingest runs in workers, even for one article: the server's thread only ingests, in slices.
      // The case worker keeps the case-level results under the case's id, as `caseMemo` keeps them on this thread.
      ...(options.pool ? { pool: options.pool, caseInWorker: true, parallelFrom: 1, memoKey: `${fingerprint}\u0000${id}` } : {}),
      progress: (stage, done, total) => progress({ stage, done, total }),
    });
    return b.finish(analysis);
  }

  /** The revision the last analysis of `id` failed on, rethrown: a revision that failed fails again the same way. */
  function failed(id: string, revision: number): unknown {
    const failure = failures.get(id);
    return failure && failure.revision === revision ? failure.error : undefined;
  }

  function getNow(id: string): CaseAnalysis | undefined {
    const revision = store.revision(id);
    if (revision === undefined) {
      entries.delete(id);
      return undefined;
    }
    const error = failed(id, revision);
    if (error) throw error;
    const current = entries.get(id);
    if (current && current.revision === revision) return current.analysis;
    let next: Entry | undefined;
    try {
      next = build(id);
    } catch (e) {
      failures.set(id, { revision, error: e });
      throw e;
    }
    failures.delete(id);
    if (!next) return undefined;
    entries.set(id, next);
    return next.analysis;
  }

  // Background mode: cases people opened wait in `opened` (first come, first analysed), cases only listed in `listed`.
  const opened: string[] = [];
  const listed: string[] = [];
  let running: { id: string; progress: AnalysisProgress } | undefined;
  let pumping: Promise<void> | undefined;

  function stale(id: string, revision: number): boolean {
    return entries.get(id)?.revision !== revision && !failed(id, revision);
  }

  function enqueue(id: string, byReader: boolean): void {
    if (running?.id === id && !byReader) return;
    if (byReader) {
      const at = listed.indexOf(id);
      if (at >= 0) listed.splice(at, 1);
      if (!opened.includes(id)) opened.push(id);
    } else if (!opened.includes(id) && !listed.includes(id)) listed.push(id);
    pumping ??= pump().finally(() => (pumping = undefined));
  }

  async function pump(): Promise<void> {
    // Started from a request handler: let it answer first.
    await new Promise((r) => setImmediate(r));
    for (let id = opened.shift() ?? listed.shift(); id !== undefined; id = opened.shift() ?? listed.shift()) {
      const revision = store.revision(id);
      if (revision === undefined) {
        entries.delete(id);
        continue;
      }
      if (!stale(id, revision)) continue;
      const job = { id, progress: { stage: "ingest", done: 0, total: 0 } };
      running = job;
      try {
        const next = await buildInBackground(id, (p) => (job.progress = p));
        failures.delete(id);
        if (next) entries.set(id, next);
      } catch (e) {
        console.error(`store: case '${id}' could not be analysed:`, e);
        failures.set(id, { revision, error: e });
      } finally {
        running = undefined;
      }
    }
  }

  function stateNow(id: string): CaseState | undefined {
    const revision = store.revision(id);
    if (revision === undefined) {
      entries.delete(id);
      return undefined;
    }
    const analysis = entries.get(id)?.analysis;
    const error = failed(id, revision);
    if (error) return { ...(analysis ? { analysis } : {}), analysing: false, error };
    if (!stale(id, revision)) return { ...(analysis ? { analysis } : {}), analysing: false };
    enqueue(id, true);
    const progress = running?.id === id ? running.progress : { stage: "queued", done: 0, total: opened.indexOf(id) + 1 };
    return { ...(analysis ? { analysis } : {}), analysing: true, progress };
  }

  if (!options.background) {
    return {
      stats,
      idle: async () => {},
      state: (id) => {
        const analysis = getNow(id);
        return analysis ? { analysis, analysing: false } : undefined;
      },
      list: () =>
        store.listCases().map((c) => {
          try {
            const analysis = getNow(c.id);
            if (analysis) return summarise(analysis);
          } catch (e) {
            // One case the analysis cannot handle must not hide the others; its own graph request reports the failure.
            console.error(`store: case '${c.id}' could not be analysed:`, e);
          }
          return { id: c.id, title: c.title, articles: c.articles, problems: 0 };
        }),
      get: getNow,
    };
  }
  return {
    stats,
    idle: async () => {
      while (pumping) await pumping;
    },
    state: stateNow,
    list: () =>
      store.listCases().map((c) => {
        const entry = entries.get(c.id);
        const isStale = stale(c.id, c.revision);
        if (isStale) enqueue(c.id, false);
        const summary = entry ? summarise(entry.analysis) : { id: c.id, title: c.title, articles: c.articles, problems: 0 };
        return isStale ? { ...summary, title: c.title, analysing: true } : summary;
      }),
    get: (id) => stateNow(id)?.analysis,
  };
}

function caseOf(rec: CaseRecord, articles: RawArticle[], problems: LoadProblem[]): LoadedCase {
  return {
    id: rec.id,
    title: rec.title,
    ...(rec.description !== undefined ? { description: rec.description } : {}),
    root: `store:${rec.id}`,
    articles,
    problems,
    outlets: rec.outlets,
  };
}
