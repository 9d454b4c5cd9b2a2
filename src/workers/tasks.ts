/**
 * Every task a pool worker runs, by the name the pool asks for (src/workers/pool.ts). Compiled to dist/workers/tasks.js it
 * is the workers' entry itself; under src/ entry.js loads it through tsx.
 *
 * Each task's module is loaded on the task's first call, not when the worker starts: a worker then loads only the stages
 * it runs. An article worker never loads the case-level stages (align, graph, provenance: about 0.4 s of CPU per worker
 * started from src/) nor ingest's page readers. A task's `started` flag is set by the task itself, after its module is
 * loaded, so a first task's time budget does not count the loading either.
 */
import type { ArticleResult, ArticleTask, PostedArticleTask } from "./articleTask.ts";
import type { AlignTask } from "./alignTask.ts";
import type { ReuseAnalysis } from "../align/types.ts";
import type { CaseTask, CaseTaskResult } from "./caseTask.ts";
import type { IngestResult, IngestTask } from "./ingestTask.ts";

export async function runArticleTask(task: ArticleTask | PostedArticleTask): Promise<ArticleResult> {
  return (await import("./articleTask.ts")).runArticleTask(task);
}

export async function runCaseTask(task: CaseTask): Promise<CaseTaskResult> {
  return (await import("./caseTask.ts")).runCaseTask(task);
}

export async function runAlignTask(task: AlignTask): Promise<ReuseAnalysis> {
  return (await import("./alignTask.ts")).runAlignTask(task);
}

export async function runIngestTask(task: IngestTask): Promise<IngestResult> {
  return (await import("./ingestTask.ts")).runIngestTask(task);
}

/** Loads the article task's modules and nothing else: the pool's warm-up (`ArticlePool.warm`). */
export async function warmArticleTask(): Promise<void> {
  await import("./articleTask.ts");
}

export default runArticleTask;
