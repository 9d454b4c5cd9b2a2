/** The per-article stages (clean, read) as one task a worker thread runs: plain data in, plain data out. */
import { cleanArticle } from "../clean/clean.ts";
import type { CleanArticle } from "../clean/types.ts";
import { createOutletRegistry, type OutletEntry, type OutletRegistry } from "../core/outlets.ts";
import { readArticle } from "../extract/index.ts";
import type { ArticleReading } from "../extract/types.ts";
import type { RawArticle } from "../ingest/types.ts";
import { markStarted } from "./taskClock.ts";

/** One article to clean and read, with the registry it is read against (its entries as JSON, and a key naming them so a worker builds it once). */
export interface ArticleTask {
  article: RawArticle;
  registryKey: string;
  /** `JSON.stringify(registry.entries)`: the pool posts it to its workers as bytes in shared memory (`PostedArticleTask`). */
  registryJson: string;
  /**
   * Set by the worker when it starts the task (taskClock.ts newTaskFlag, markStarted), so the caller's time budget counts
   * the worker's running time, not time in the queue.
   */
  started?: Int32Array;
}

/**
 * An article task as the pool posts it: the registry's JSON as UTF-8 bytes in shared memory, which a message carries by
 * reference (the ~70 kB string itself took about 1 ms per task to copy over and back to a string).
 */
export interface PostedArticleTask extends Omit<ArticleTask, "registryJson"> {
  registryBytes: SharedArrayBuffer;
}

/** The per-article stages' output for one article. */
export interface ArticleResult {
  cleaned: CleanArticle;
  reading: ArticleReading;
}

/** The last registry built in this thread: a case's tasks all share one. */
let last: { key: string; registry: OutletRegistry } | undefined;

/** Runs clean then read on one article; the same output as calling the two stages directly. */
export function runArticleTask(task: ArticleTask | PostedArticleTask): ArticleResult {
  if (task.started) markStarted(task.started);
  if (!last || last.key !== task.registryKey) {
    const json = "registryJson" in task ? task.registryJson : Buffer.from(task.registryBytes).toString("utf8");
    last = { key: task.registryKey, registry: createOutletRegistry(JSON.parse(json) as OutletEntry[]) };
  }
  const cleaned = cleanArticle(task.article);
  return { cleaned, reading: readArticle(cleaned, last.registry) };
}
