/** Ingest of one stored article (decode its bytes, read its page or front matter, apply given values and corrections) as a worker task. */
import { createOutletRegistry, type OutletEntry } from "../core/outlets.ts";
import type { LoadProblem, RawArticle } from "../ingest/types.ts";
import { effectiveArticle } from "../store/prepare.ts";

/** The stored article and the registry (entries) it is read against. */
export interface IngestTask {
  stored: Parameters<typeof effectiveArticle>[0];
  registryEntries: readonly OutletEntry[];
}

/** The article as the analysis sees it, or only problems when it has no readable text. */
export interface IngestResult {
  article?: RawArticle;
  problems: LoadProblem[];
}

/** Runs the ingest of one stored article; the same output as `effectiveArticle` on the calling thread. */
export function runIngestTask(task: IngestTask): IngestResult {
  return effectiveArticle(task.stored, createOutletRegistry(task.registryEntries));
}
