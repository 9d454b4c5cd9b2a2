/** The case-level stages (resolve, align, graph, provenance) as one task a worker thread runs, so a server's thread stays free. */
import type { ClaimAnalysis } from "../analyse/types.ts";
import type { ReuseAnalysis } from "../align/types.ts";
import { MemoShelf, withMemo } from "../core/memo.ts";
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
  /** Names the case: the worker keeps the case-level stages' results under it (core/memo.ts) for the case's next run, as the catalog does on its own thread. */
  memoKey?: string;
}

/** What the case-level stages add, as plain data (the graph in its JSON form, rebuilt by the caller). */
export interface CaseTaskResult {
  readings: ArticleReading[];
  reuse?: ReuseAnalysis;
  claims: ClaimAnalysis[];
  graph: SerializedProvenanceGraph;
  /** With a `memoKey`: case-level results this run found kept and computed. */
  memoCounts?: { hits: number; computed: number };
}

/** Cases whose results a worker keeps: the pool sends every case task to one worker (pool.ts), so a case meets its memo again. */
const KEPT_CASES = 4;
const workerMemos = new MemoShelf(KEPT_CASES);

/** Runs the case-level stages; the same output as `caseStages` on the calling thread. With a `memoKey`, results kept from the case's last run are reused. */
export function runCaseTask(task: CaseTask, memos: MemoShelf = workerMemos): CaseTaskResult {
  const memo = task.memoKey !== undefined ? memos.take(task.memoKey) : undefined;
  memo?.nextGeneration();
  const before = memo ? { ...memo.counts } : undefined;
  const analysis = withMemo(memo, () => caseStages(task.loaded, createOutletRegistry(task.registryEntries), task.perArticle, undefined, task.reviews));
  return {
    readings: analysis.readings,
    ...(analysis.reuse ? { reuse: analysis.reuse } : {}),
    claims: analysis.claims,
    graph: serializeGraph(analysis.graph),
    ...(memo && before ? { memoCounts: { hits: memo.counts.hits - before.hits, computed: memo.counts.computed - before.computed } } : {}),
  };
}
