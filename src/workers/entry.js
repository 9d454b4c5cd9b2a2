// Worker entry for the article pool. Plain JavaScript on purpose: a worker thread starts without tsx's loader (under the
// CLI, vitest or a benchmark alike), so it registers tsx itself, then loads the TypeScript task.
import { register } from "tsx/esm/api";

register();
const { runArticleTask } = await import("./articleTask.ts");

export default runArticleTask;
