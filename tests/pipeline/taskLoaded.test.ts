import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import type { RawArticle } from "../../src/ingest/types.ts";
import { runArticleTask as runDirectly } from "../../src/workers/articleTask.ts";
import { runArticleTask, warmArticleTask } from "../../src/workers/tasks.ts";

const registry = await loadDefaultRegistry();

/** A short invented article. */
const article: RawArticle = {
  meta: { id: "p16", file: "p16.txt", format: "text" },
  text: 'The ferry to Lindholm will stop in May, the harbour office said on Monday. "We have no crew," said Mira Quell, its head.',
} as RawArticle;

describe("a pool worker's article task", () => {
  it("answers without another module load once its module is loaded, with the same result", async () => {
    await warmArticleTask();
    const task = { article, registryKey: "p16", registryJson: JSON.stringify(registry.entries) };
    const answer = runArticleTask(task);
    // A promise here means the task went through import() again: a round trip to the module loader per article.
    expect(answer).not.toBeInstanceOf(Promise);
    expect(answer).toEqual(runDirectly(task));
  });
});
