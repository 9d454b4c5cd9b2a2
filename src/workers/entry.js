// Worker entry for the analysis pool when running from src/. Plain JavaScript on purpose: a worker thread starts without
// tsx's loader (under the CLI, vitest or a benchmark alike), so it registers tsx itself, then loads the TypeScript tasks.
// Compiled (dist/, bin/build.js), the pool starts workers on tasks.js directly and needs no loader.
import { register } from "tsx/esm/api";

register();
const tasks = await import("./tasks.ts");

export default tasks.default;
export const { runArticleTask, runCaseTask, runAlignTask, runIngestTask, warmArticleTask } = tasks;
