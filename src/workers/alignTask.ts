/** The alignment stage as one task a worker thread runs while the calling thread reads the case's statements (pipeline.ts). */
import { analyseReuse } from "../align/index.ts";
import type { ReuseAnalysis } from "../align/types.ts";
import type { CleanArticle } from "../clean/types.ts";
import { createOutletRegistry, type OutletEntry } from "../core/outlets.ts";
import type { ArticleReading } from "../extract/types.ts";

/** The cleaned articles of a case, their readings resolved across it, and the registry they were read with. */
export interface AlignTask {
  cleaned: CleanArticle[];
  readings: ArticleReading[];
  registryEntries: readonly OutletEntry[];
}

/** `analyseReuse` on the task's articles: the same output as on the calling thread. */
export function runAlignTask(task: AlignTask): ReuseAnalysis {
  return analyseReuse(task.cleaned, task.readings, createOutletRegistry(task.registryEntries));
}
