/** A pool of worker threads (piscina) for the per-article stages, so a large case uses every core and a runaway article can be stopped. */
import os from "node:os";
import { Piscina } from "piscina";
import { RUNNING_COMPILED } from "../core/layout.ts";
import type { ArticleResult, ArticleTask, PostedArticleTask } from "./articleTask.ts";
import { sharedUtf8 } from "./sharedBytes.ts";
import type { CaseTask, CaseTaskResult } from "./caseTask.ts";
import type { AlignTask } from "./alignTask.ts";
import type { ReuseAnalysis } from "../align/types.ts";
import type { IngestResult, IngestTask } from "./ingestTask.ts";

/** The pool the pipeline needs: run one article's task (an abort signal stops the worker running it), or a case's case-level stages. */
export interface ArticlePool {
  /** Worker threads at most. */
  readonly threads: number;
  run(task: ArticleTask, signal?: AbortSignal): Promise<ArticleResult>;
  runCase(task: CaseTask): Promise<CaseTaskResult>;
  /** The alignment stage of a case (its articles cleaned and read) in a worker, so the caller can do other case-level work meanwhile. */
  runAlign?(task: AlignTask): Promise<ReuseAnalysis>;
  /** Ingest of one stored article (a saved page's extraction can take seconds): off the calling thread. */
  runIngest(task: IngestTask): Promise<IngestResult>;
  /**
   * Starts every thread now and loads the per-article stages in it (~3 s of CPU per thread from src/, ~2 s compiled),
   * so that this overlaps what the caller does next, such as loading a large case, instead of delaying its first articles.
   */
  warm?(): void;
  destroy(): Promise<void>;
}

/** Heap of one worker thread, in MB: several times what the largest allowed article needs. */
export const WORKER_HEAP_MB = 1024;

/**
 * Young generation of one worker thread, in MB. Left to V8, a worker with WORKER_HEAP_MB of heap gets about 32 MB, and
 * reading an article makes mostly short-lived garbage (compromise's terms and tags): 1,500 generated articles took
 * about 146 scavenges in a worker, 78 with 64 MB, in roughly two thirds of the collection time (measured at load 8-16,
 * so roughly). Memory: at most 32 MB more per thread.
 */
export const WORKER_YOUNG_MB = 64;

/** How long the case worker (and the results it keeps) outlives its last task: a person adds articles minutes apart. */
export const CASE_WORKER_IDLE_MS = 30 * 60_000;

// Compiled (dist/), the tasks are plain JavaScript; from src/ the entry registers tsx before loading them.
const ENTRY = new URL(RUNNING_COMPILED ? "./tasks.js" : "./entry.js", import.meta.url).href;

/** Starts a pool of `threads` workers (default: one per core); threads start on first use and end after a minute idle. */
export function createArticlePool(threads = Math.max(1, os.availableParallelism())): ArticlePool {
  const piscina = new Piscina<PostedArticleTask | CaseTask | IngestTask | AlignTask, ArticleResult | CaseTaskResult | IngestResult | ReuseAnalysis>({
    filename: ENTRY,
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 60_000,
    // The worker's own execArgv: whatever loader the parent runs under is not needed (entry.js registers tsx when it must).
    execArgv: [],
    // An article that needs more memory than this ends its worker alone (the article is reported unread), not the process.
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  // The registry JSON of the tasks last posted, in shared memory: a case's tasks all carry the same string.
  let posted: { json: string; bytes: SharedArrayBuffer } | undefined;
  const post = ({ registryJson, ...task }: ArticleTask): PostedArticleTask => {
    if (posted?.json !== registryJson) posted = { json: registryJson, bytes: sharedUtf8(registryJson) };
    return { ...task, registryBytes: posted.bytes };
  };
  // Case tasks go to a pool of their own with one thread: every case task meets the same worker, which keeps each
  // case's case-level results for its next run (caseTask.ts); in the shared pool a case would land on any thread.
  const casePiscina = new Piscina<CaseTask, CaseTaskResult>({
    filename: ENTRY,
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: CASE_WORKER_IDLE_MS,
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  return {
    threads,
    run: (task, signal) => piscina.run(post(task), { name: "runArticleTask", ...(signal ? { signal } : {}) }) as Promise<ArticleResult>,
    runCase: (task) => casePiscina.run(task, { name: "runCaseTask" }),
    runAlign: (task) => piscina.run(task, { name: "runAlignTask" }) as Promise<ReuseAnalysis>,
    runIngest: (task) => piscina.run(task, { name: "runIngestTask" }) as Promise<IngestResult>,
    warm: () => {
      // One warm-up task per thread: each takes a thread while the others start, so every thread loads the stages.
      for (let i = 0; i < threads; i++) piscina.run(null as unknown as PostedArticleTask, { name: "warmArticleTask" }).catch(() => undefined);
    },
    destroy: async () => {
      await Promise.all([piscina.destroy(), casePiscina.destroy()]);
    },
  };
}
