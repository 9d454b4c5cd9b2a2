/** The case-level stages (resolve, align, graph, provenance) as one task a worker thread runs, so a server's thread stays free. */
import type { ClaimAnalysis } from "../analyse/types.ts";
import type { ReuseAnalysis } from "../align/types.ts";
import { createOutletRegistry, type OutletEntry } from "../core/outlets.ts";
import type { ArticleReading } from "../extract/types.ts";
import { serializeGraph } from "../graph/build.ts";
import type { SerializedProvenanceGraph } from "../graph/types.ts";
import type { LoadedCase } from "../ingest/types.ts";
import { caseStages } from "../pipeline.ts";
import type { ArticleResult } from "./articleTask.ts";
import type { Review } from "../review/types.ts";

/** A loaded case with every article cleaned and read, and the registry it was read with. */
export interface CaseTask {
  loaded: LoadedCase;
  registryEntries: readonly OutletEntry[];
  perArticle: ArticleResult[];
  /** A person's reviews, applied before the analysis (src/review). */
  reviews?: Review[];
}

/** What the case-level stages add, as plain data (the graph in its JSON form, rebuilt by the caller). */
export interface CaseTaskResult {
  readings: ArticleReading[];
  reuse?: ReuseAnalysis;
  claims: ClaimAnalysis[];
  graph: SerializedProvenanceGraph;
}

/** Runs the case-level stages; the same output as `caseStages` on the calling thread. */
export function runCaseTask(task: CaseTask): CaseTaskResult {
  const analysis = caseStages(task.loaded, createOutletRegistry(task.registryEntries), task.perArticle, undefined, task.reviews);
  return { readings: analysis.readings, ...(analysis.reuse ? { reuse: analysis.reuse } : {}), claims: analysis.claims, graph: serializeGraph(analysis.graph) };
}
