/** Every task a pool worker runs, by the name the pool asks for (src/workers/pool.ts). Compiled to dist/workers/tasks.js it is the workers' entry itself; under src/ entry.js loads it through tsx. */
export { runArticleTask as default, runArticleTask } from "./articleTask.ts";
export { runCaseTask } from "./caseTask.ts";
export { runIngestTask } from "./ingestTask.ts";
