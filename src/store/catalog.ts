/** A CaseCatalog over the store: a case is re-analysed when its revision changes, with per-article results reused by content hash. */
import { createOutletRegistry, type OutletRegistry } from "../core/outlets.ts";
import type { LoadedCase, LoadProblem, RawArticle } from "../ingest/types.ts";
import { analyseLoadedCase, type CaseAnalysis, type StageMemo } from "../pipeline.ts";
import { summarise, type CaseCatalog } from "../server/catalog.ts";
import { codeFingerprint } from "./fingerprint.ts";
import { sha256 } from "./hash.ts";
import { effectiveArticle } from "./prepare.ts";
import type { Store } from "./store.ts";
import type { ArticleHead } from "./types.ts";

interface Ingested {
  article?: RawArticle;
  problems: LoadProblem[];
}

interface Entry {
  revision: number;
  analysis: CaseAnalysis;
  /** Stage outputs of the last build by cache key: a rebuild after one edit finds the other articles here. */
  values: Map<string, unknown>;
}

/** Counters a test or benchmark can read: how many stage outputs were computed rather than reused. */
export interface CatalogStats {
  builds: number;
  computed: Record<string, number>;
}

/** A catalog that also reports what it computed. */
export interface StoreCatalog extends CaseCatalog {
  stats: CatalogStats;
}

/** Builds the catalog. `fingerprint` names the analysis code (default: a hash of its sources). */
export function storeCatalog(store: Store, baseRegistry: OutletRegistry, fingerprint = codeFingerprint()): StoreCatalog {
  const entries = new Map<string, Entry>();
  const stats: CatalogStats = { builds: 0, computed: {} };
  const failures = new Map<string, { revision: number; error: unknown }>();

  function build(id: string): Entry | undefined {
    const snapshot = store.read(() => {
      const rec = store.getCase(id);
      return rec ? { rec, heads: store.articleHeads(id) } : undefined;
    });
    if (!snapshot) return undefined;
    const { rec, heads } = snapshot;
    const previous = entries.get(id)?.values;
    const values = new Map<string, unknown>();
    const fresh: { key: string; stage: string; value: string }[] = [];
    const registry = rec.outlets.length > 0 ? createOutletRegistry([...baseRegistry.entries, ...rec.outlets]) : baseRegistry;
    const registryHash = sha256(JSON.stringify(registry.entries));

    function lookup<T>(stage: string, key: string, compute: () => T): T {
      if (values.has(key)) return values.get(key) as T;
      let value: T;
      if (previous?.has(key)) value = previous.get(key) as T;
      else {
        const stored = store.cacheGet(key);
        if (stored !== undefined) value = JSON.parse(stored) as T;
        else {
          value = compute();
          stats.computed[stage] = (stats.computed[stage] ?? 0) + 1;
          fresh.push({ key, stage, value: JSON.stringify(value) });
        }
      }
      values.set(key, value);
      return value;
    }

    const ingestKey = (h: ArticleHead) =>
      sha256(["ingest", fingerprint, registryHash, h.id, h.file, h.format, h.originalSha256, JSON.stringify(h.given), JSON.stringify(h.corrections)].join("\0"));
    const articles: RawArticle[] = [];
    const problems: LoadProblem[] = [];
    for (const h of heads) {
      const ingested = lookup<Ingested>("ingest", ingestKey(h), () =>
        effectiveArticle({ ...h, original: store.original(id, h.id) ?? new Uint8Array() }, registry),
      );
      problems.push(...ingested.problems);
      if (ingested.article) articles.push(ingested.article);
    }
    if (articles.length === 0) problems.push({ file: ".", severity: "warning", reason: "the case has no article yet; add one by text, file or URL" });
    const loaded: LoadedCase = {
      id: rec.id,
      title: rec.title,
      ...(rec.description !== undefined ? { description: rec.description } : {}),
      root: `store:${rec.id}`,
      articles,
      problems,
      outlets: rec.outlets,
    };
    // The registry is part of the key: reading an article resolves outlet names through it.
    const memo: StageMemo = (stage, article, compute) => lookup(stage, sha256([stage, fingerprint, registryHash, JSON.stringify(article)].join("\0")), compute);
    const analysis = analyseLoadedCase(loaded, baseRegistry, undefined, memo);
    // One transaction for all new cache rows: thousands of autocommits would each wait for the disk.
    if (fresh.length > 0) store.write(() => fresh.forEach((f) => store.cachePut(f.key, f.stage, f.value)));
    stats.builds++;
    return { revision: rec.revision, analysis, values };
  }

  function get(id: string): CaseAnalysis | undefined {
    const revision = store.revision(id);
    if (revision === undefined) {
      entries.delete(id);
      return undefined;
    }
    const failure = failures.get(id);
    // A revision the analysis failed on fails again the same way: answer at once instead of re-running it per request.
    if (failure && failure.revision === revision) throw failure.error;
    const current = entries.get(id);
    if (current && current.revision === revision) return current.analysis;
    let next: Entry | undefined;
    try {
      next = build(id);
    } catch (error) {
      failures.set(id, { revision, error });
      throw error;
    }
    failures.delete(id);
    if (!next) return undefined;
    entries.set(id, next);
    return next.analysis;
  }

  return {
    stats,
    list: () =>
      store.listCases().map((c) => {
        try {
          const analysis = get(c.id);
          if (analysis) return summarise(analysis);
        } catch (e) {
          // One case the analysis cannot handle must not hide the others; its own graph request reports the failure.
          console.error(`store: case '${c.id}' could not be analysed:`, e);
        }
        return { id: c.id, title: c.title, articles: c.articles, problems: 0 };
      }),
    get,
  };
}
