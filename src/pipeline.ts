/** The whole analysis of one case, stage by stage: load → clean → extract → align → graph → analyse. */
import { analyseReuse } from "./align/index.ts";
import { addProvenance, analyseProvenance } from "./analyse/provenance.ts";
import type { ClaimAnalysis } from "./analyse/types.ts";
import type { ReuseAnalysis } from "./align/types.ts";
import { createOutletRegistry, withCaseOutlets, type OutletRegistry } from "./core/outlets.ts";
import { cleanArticle } from "./clean/clean.ts";
import { readArticle, resolveReadings } from "./extract/index.ts";
import type { ArticleReading } from "./extract/types.ts";
import type { CleanArticle } from "./clean/types.ts";
import { buildGraph } from "./graph/build.ts";
import type { ProvenanceGraph } from "./graph/types.ts";
import { loadCase, loadDefaultRegistry } from "./ingest/loadCase.ts";
import type { LoadedCase, RawArticle } from "./ingest/types.ts";

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
export type StageMemo = <T>(stage: string, article: RawArticle, compute: () => T) => T;

/** The registry a case is read with: the base, the case's outlets.json, and the outlets its own articles were given (case.json, front matter). */
export function caseRegistry(loaded: LoadedCase, baseRegistry: OutletRegistry): OutletRegistry {
  const base = loaded.outlets.length > 0 ? createOutletRegistry([...baseRegistry.entries, ...loaded.outlets]) : baseRegistry;
  const given = loaded.articles.filter((a) => a.meta.outlet && (a.meta.outletOrigin === "case.json" || a.meta.outletOrigin === "front_matter"));
  return withCaseOutlets(base, given.map((a) => ({ name: a.meta.outlet as string, ...(a.meta.url ? { url: a.meta.url } : {}) })));
}

/** Runs every stage on an already loaded case. Pure apart from the registry it is given (and the memo, which must not change results). */
export function analyseLoadedCase(loaded: LoadedCase, baseRegistry: OutletRegistry, progress?: Progress, memo?: StageMemo): CaseAnalysis {
  const registry = caseRegistry(loaded, baseRegistry);
  const cleaned = loaded.articles.map((a, i) => {
    progress?.("clean", i + 1, loaded.articles.length);
    return memo ? memo("clean", a, () => cleanArticle(a)) : cleanArticle(a);
  });
  const readings = resolveReadings(
    cleaned.map((c, i) => {
      progress?.("read", i + 1, cleaned.length);
      // Keyed by the raw article: the cleaned one derives from it alone.
      return memo ? memo("read", loaded.articles[i] as RawArticle, () => readArticle(c, registry)) : readArticle(c, registry);
    }),
    cleaned,
    registry,
  );
  const reuse = analyseReuse(cleaned, readings, registry);
  const graph = buildGraph({ loaded, cleaned, registry, readings, reuse });
  progress?.("provenance", 1, 1);
  const provenance = analyseProvenance({ graph, cleaned, readings, reuse });
  addProvenance(graph, provenance);
  return { loaded, registry, cleaned, readings, reuse, claims: provenance.claims, graph };
}

/** Loads a case folder and analyses it. */
export async function analyseCaseFolder(root: string, progress?: Progress): Promise<CaseAnalysis> {
  const registry = await loadDefaultRegistry();
  const loaded = await loadCase(root, registry);
  return analyseLoadedCase(loaded, registry, progress);
}
