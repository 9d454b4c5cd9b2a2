// Worker entry for the analysis pool. Plain JavaScript on purpose: a worker thread starts without tsx's loader (under the
// CLI, vitest or a benchmark alike), so it registers tsx itself, then loads the TypeScript tasks.
import { register } from "tsx/esm/api";

register();
const { runArticleTask } = await import("./articleTask.ts");
const { runCaseTask } = await import("./caseTask.ts");
const { runIngestTask } = await import("./ingestTask.ts");

export default runArticleTask;
export { runArticleTask, runCaseTask, runIngestTask };
