/** The whole analysis of one case, stage by stage: load → clean → extract → align → graph → analyse. */
import { createOutletRegistry, type OutletRegistry } from "./core/outlets.ts";
import { cleanArticle } from "./clean/clean.ts";
import type { CleanArticle } from "./clean/types.ts";
import { buildGraph } from "./graph/build.ts";
import type { ProvenanceGraph } from "./graph/types.ts";
import { loadCase, loadDefaultRegistry } from "./ingest/loadCase.ts";
import type { LoadedCase } from "./ingest/types.ts";

/** Everything claimtrail knows about a case: each stage's output, kept so the server can show evidence by offset. */
export interface CaseAnalysis {
  loaded: LoadedCase;
  registry: OutletRegistry;
  cleaned: CleanArticle[];
  graph: ProvenanceGraph;
}

/** Progress callback for long runs: stage name and how far along it is. */
export type Progress = (stage: string, done: number, total: number) => void;

/** Runs every stage on an already loaded case. Pure apart from the registry it is given. */
export function analyseLoadedCase(loaded: LoadedCase, baseRegistry: OutletRegistry, progress?: Progress): CaseAnalysis {
  const registry = loaded.outlets.length > 0 ? createOutletRegistry([...baseRegistry.entries, ...loaded.outlets]) : baseRegistry;
  const cleaned = loaded.articles.map((a, i) => {
    progress?.("clean", i + 1, loaded.articles.length);
    return cleanArticle(a);
  });
  const graph = buildGraph({ loaded, cleaned, registry });
  return { loaded, registry, cleaned, graph };
}

/** Loads a case folder and analyses it. */
export async function analyseCaseFolder(root: string, progress?: Progress): Promise<CaseAnalysis> {
  const registry = await loadDefaultRegistry();
  const loaded = await loadCase(root, registry);
  return analyseLoadedCase(loaded, registry, progress);
}
