/**
 * Every task a pool worker runs, by the name the pool asks for (src/workers/pool.ts). Compiled to dist/workers/tasks.js it
 * is the workers' entry itself; under src/ entry.js loads it through tsx.
 *
 * Each task's module is loaded on the task's first call, not when the worker starts: a worker then loads only the stages
 * it runs. An article worker never loads the case-level stages (align, graph, provenance: about 0.4 s of CPU per worker
 * started from src/) nor ingest's page readers. A task's `started` flag is set by the task itself, after its module is
 * loaded, so a first task's time budget does not count the loading either.
 */
import { isMainThread } from "node:worker_threads";
import type { ArticleResult, ArticleTask, PostedArticleTask } from "./articleTask.ts";
import type { AlignTask } from "./alignTask.ts";
import type { ReuseAnalysis } from "../align/types.ts";
import type { CaseTask, CaseTaskResult } from "./caseTask.ts";
import type { IngestResult, IngestTask } from "./ingestTask.ts";

/**
 * A worker's environment variables as a plain object. compromise reads `process.env.DEBUG_TAGS` each time it sets a
 * tag (about 70 reads per paragraph, 2 million on a generated 5,000-article case), and each read of the environment
 * object Node gives a thread goes through a native lookup (about 0.6-1.2 µs here, a plain property a small fraction of
 * that). A worker's environment is already its own copy of its parent's (changes never reach another thread), so a
 * plain object holding the same variables reads the same; the main thread's is left as it is.
 */
if (!isMainThread) process.env = { ...process.env };

/** The article task's module once loaded (see runArticleTask). */
let articleTask: typeof import("./articleTask.ts") | undefined;

/**
 * The result itself once the module is loaded, not another `import()`: a dynamic import of a loaded module still asks the
 * module loader, which from src/ is tsx's hooks thread, about 0.4 ms of CPU and a hand-off between threads per call, and
 * a case's articles are thousands of calls (a tenth of a pool worker's reading time on the generated 5,000-article case).
 */
export function runArticleTask(task: ArticleTask | PostedArticleTask): ArticleResult | Promise<ArticleResult> {
  if (articleTask) return articleTask.runArticleTask(task);
  return loadArticleTask().then((m) => m.runArticleTask(task));
}

async function loadArticleTask(): Promise<typeof import("./articleTask.ts")> {
  articleTask ??= await import("./articleTask.ts");
  return articleTask;
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
  await loadArticleTask();
}

export default runArticleTask;
