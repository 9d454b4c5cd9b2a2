import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { readArticle as ingestArticle } from "../../src/ingest/article.ts";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import type { LoadedCase } from "../../src/ingest/types.ts";
import { analyseLoadedCaseAsync } from "../../src/pipeline.ts";
import { runArticleTask } from "../../src/workers/articleTask.ts";
import { runCaseTask } from "../../src/workers/caseTask.ts";
import type { ArticlePool } from "../../src/workers/pool.ts";
import { markStarted, newTaskFlag } from "../../src/workers/taskClock.ts";

const registry = await loadDefaultRegistry();

const texts = [
  "The harbour board of Wendmoor said on Monday that the north pier will close for repairs in the spring.",
  "Ferry crews at Wendmoor were told the pier work would take about six weeks, the board said.",
  "Traders near the pier asked the board to keep one landing stage open during the work.",
];

function smallCase(): LoadedCase {
  const articles = texts.map((text, i) => ingestArticle({ file: `pier-${i}.txt`, format: "text", text: `---\nid: pier-${i}\noutlet: Outlet ${i}\n---\n${text}\n` }, registry).article!);
  return { id: "pier", title: "pier", root: "/tests/pier", articles, problems: [], outlets: [] };
}

/**
 * A worker thread that marks the task started as an article worker does (its own thread id in the flag's second slot),
 * then waits `waitMs` without using the CPU (as a worker does that the system gives no core on a loaded machine), then,
 * with `spin`, spins the CPU until it is stopped. Resolves when it is done; terminated by the abort signal.
 */
function markingWorker(flag: Int32Array, waitMs: number, spin: boolean, signal?: AbortSignal): Promise<void> {
  const code = `
    const { workerData, parentPort } = require("node:worker_threads");
    const { readlinkSync } = require("node:fs");
    const id = Number(/\\/task\\/(\\d+)$/.exec(readlinkSync("/proc/thread-self"))[1]);
    if (workerData.flag.length > 1) Atomics.store(workerData.flag, 1, id);
    Atomics.store(workerData.flag, 0, 1);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.waitMs);
    while (workerData.spin);
    parentPort.postMessage("done");`;
  const worker = new Worker(code, { eval: true, workerData: { flag, waitMs, spin } });
  return new Promise((resolve, reject) => {
    signal?.addEventListener("abort", () => {
      void worker.terminate();
      reject(new Error("aborted"));
    });
    worker.on("message", () => {
      void worker.terminate();
      resolve();
    });
    worker.on("error", reject);
  });
}

/** A pool whose task for `slow` runs in a marking worker first (then is read on this thread); the others are read at once. */
function poolWith(slow: string, waitMs: number, spin: boolean): ArticlePool {
  return {
    threads: 2,
    run: async (task, signal) => {
      if (task.article.meta.id === slow) await markingWorker(task.started!, waitMs, spin, signal);
      return runArticleTask({ ...task, started: undefined });
    },
    runCase: (task) => Promise.resolve(runCaseTask(task)),
    runIngest: () => Promise.reject(new Error("not used")),
    destroy: async () => {},
  };
}

describe.runIf(process.platform === "linux")("the per-article time budget in a worker", () => {
  it("is marked with the worker thread's id when the task starts", () => {
    const flag = newTaskFlag();
    markStarted(flag);
    expect([...flag]).toEqual([1, process.pid]);
  });

  it("counts the worker's own CPU time, not time it waits for a core: a slow machine leaves no article out", async () => {
    const result = await analyseLoadedCaseAsync(smallCase(), registry, { pool: poolWith("pier-1", 1_500, false), parallelFrom: 1, budgetMs: 400 });
    expect(result.loaded.problems).toEqual([]);
    expect(result.cleaned.map((c) => c.meta.id)).toEqual(["pier-0", "pier-1", "pier-2"]);
  });

  it("still stops a worker that spends more CPU than the budget", async () => {
    const result = await analyseLoadedCaseAsync(smallCase(), registry, { pool: poolWith("pier-1", 0, true), parallelFrom: 1, budgetMs: 400 });
    expect(result.loaded.problems).toContainEqual({ file: "pier-1.txt", severity: "error", reason: expect.stringMatching(/^not read: took longer than 0\.4 s/) });
    expect(result.cleaned.map((c) => c.meta.id)).toEqual(["pier-0", "pier-2"]);
  });
});
