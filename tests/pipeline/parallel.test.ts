import { afterAll, describe, expect, it } from "vitest";
import { generatedArticle } from "../../bench/loadCorpus.ts";
import { analyseProvenance, prepareStatements } from "../../src/analyse/provenance.ts";
import { articleOutletKey } from "../../src/graph/articles.ts";
import { buildGraph, serializeGraph } from "../../src/graph/build.ts";
import { readArticle as ingestArticle } from "../../src/ingest/article.ts";
import { loadCase, loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import type { LoadedCase } from "../../src/ingest/types.ts";
import { analyseLoadedCase, analyseLoadedCaseAsync } from "../../src/pipeline.ts";
import { runArticleTask } from "../../src/workers/articleTask.ts";
import { runCaseTask } from "../../src/workers/caseTask.ts";
import { createArticlePool, type ArticlePool } from "../../src/workers/pool.ts";
import { REFERENCE_CASE } from "../helpers.ts";

const registry = await loadDefaultRegistry();
const pool = createArticlePool(2);
afterAll(() => pool.destroy());

/** The reference case plus generated articles (synthetic text, bench/loadCorpus.ts, in its cheaper made-up-words form), enough to go through the pool. */
async function mixedCase(generated: number): Promise<LoadedCase> {
  const reference = await loadCase(REFERENCE_CASE, registry);
  const extra = Array.from({ length: generated }, (_, i) => ingestArticle({ file: `gen-${i}.txt`, format: "text", text: generatedArticle(i, undefined, "syllables") }, registry).article!);
  return { ...reference, articles: [...reference.articles, ...extra] };
}

describe("the per-article stages in worker threads", () => {
  it("give the same graph as the calling thread alone", async () => {
    const loaded = await mixedCase(12);
    const stages: string[] = [];
    const parallel = await analyseLoadedCaseAsync(loaded, registry, { pool, parallelFrom: 1, progress: (s) => stages.push(s) });
    const sequential = analyseLoadedCase(loaded, registry);
    expect(JSON.stringify(serializeGraph(parallel.graph))).toBe(JSON.stringify(serializeGraph(sequential.graph)));
    expect(parallel.readings).toEqual(sequential.readings);
    // With a pool, alignment ran in a worker while this thread read the statements: the same claims.
    expect(parallel.claims).toEqual(sequential.claims);
    expect(new Set(stages)).toEqual(new Set(["read", "resolve", "align", "graph", "provenance"]));
    // Case-level stages in a worker too (as the server runs them): the graph comes back through its JSON form, unchanged.
    const offThread = await analyseLoadedCaseAsync(loaded, registry, { pool, parallelFrom: 1, caseInWorker: true });
    expect(JSON.stringify(serializeGraph(offThread.graph))).toBe(JSON.stringify(serializeGraph(sequential.graph)));
    expect(offThread.claims).toEqual(sequential.claims);
    // Three whole analyses of the reference case: on a machine shared with other runs they outlast the suite's default.
  }, 600_000);

  it("read statements beforehand only when the graph gives each article the outlet they were read with", async () => {
    const loaded = await mixedCase(3);
    const { cleaned, readings, reuse, registry: caseReg } = analyseLoadedCase(loaded, registry);
    const graph = buildGraph({ loaded, cleaned, registry: caseReg, readings, reuse });
    const inputs = { graph, cleaned, readings, reuse: { relations: reuse!.relations, drift: reuse!.drift } };
    const plain = analyseProvenance(inputs);
    const right = prepareStatements(cleaned, readings, (c) => articleOutletKey(c, caseReg));
    expect(right.outlets).toEqual(cleaned.map((c) => (graph.getNodeAttributes(c.meta.id) as { outlet?: string }).outlet));
    expect(analyseProvenance(inputs, right)).toEqual(plain);
    // Read with other outlets (as a review moving an article's outlet would leave them): not used, the same result.
    const wrong = prepareStatements(cleaned, readings, () => "outlet:elsewhere");
    expect(analyseProvenance(inputs, wrong)).toEqual(plain);
  });

  it("stop an article that outruns its time budget (or whose worker fails) and analyse the rest, with a problem naming the file", async () => {
    const loaded = await mixedCase(3);
    // A pool whose worker never finishes one article: the budget alone must end it (a hang here fails on the test timeout).
    const stuck: ArticlePool = {
      threads: 2,
      run: (task, signal) => {
        if (task.article.meta.id === "gen-0") return Promise.reject(new Error("Worker terminated due to reaching memory limit: JS heap out of memory"));
        if (task.article.meta.id !== "gen-1") return Promise.resolve(runArticleTask(task));
        Atomics.store(task.started!, 0, 1);
        return new Promise((_, reject) => signal?.addEventListener("abort", () => reject(new Error("aborted"))));
      },
      runCase: (task) => Promise.resolve(runCaseTask(task)),
      runIngest: () => Promise.reject(new Error("not used")),
      destroy: async () => {},
    };
    const result = await analyseLoadedCaseAsync(loaded, registry, { pool: stuck, parallelFrom: 1, budgetMs: 200 });
    expect(result.loaded.problems).toContainEqual({ file: "gen-1.txt", severity: "error", reason: expect.stringMatching(/^not read: took longer than 0\.2 s/) });
    expect(result.loaded.problems).toContainEqual({ file: "gen-0.txt", severity: "error", reason: expect.stringMatching(/^not read: the worker reading it failed \(.*memory limit/) });
    expect(result.graph.hasNode("gen-1")).toBe(false);
    expect(result.cleaned.map((c) => c.meta.id)).toEqual(loaded.articles.map((a) => a.meta.id).filter((id) => id !== "gen-0" && id !== "gen-1"));
    expect(result.graph.hasNode("gen-2")).toBe(true);
  });
});
