/**
 * Incremental benchmark: a generated case (synthetic text) in a workspace store; a full analysis with nothing cached,
 * then one article added and the case analysed again (per-article stages reused by content hash, case-level stages
 * rerun with what they computed from the other texts kept: pair alignments, sentence terms …), in the same run. Env: INCREMENTAL_ARTICLES (default 1000). Run: npm run bench -- incremental
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { loadDefaultRegistry } from "../src/ingest/loadCase.ts";
import { storeCatalog } from "../src/store/catalog.ts";
import { importCaseFolder } from "../src/store/folder.ts";
import { prepareArticle } from "../src/store/prepare.ts";
import { openStore } from "../src/store/store.ts";
import { generatedArticle, writeGeneratedCase } from "./loadCorpus.ts";

export default async function incrementalBench(): Promise<void> {
  const n = Number(process.env.INCREMENTAL_ARTICLES ?? 1000);
  const dir = await mkdtemp(path.join(os.tmpdir(), "claimtrail-incremental-"));
  const store = openStore(path.join(dir, "data"));
  try {
    const registry = await loadDefaultRegistry();
    const { id } = await importCaseFolder(store, await writeGeneratedCase(dir, n), registry);
    const catalog = storeCatalog(store, registry, `bench-${Date.now()}`);
    // Wall-clock and CPU time (this process, all its threads): on a shared machine the load shifts the first between
    // the two halves, the second much less.
    let t = performance.now();
    let cpu = process.cpuUsage();
    catalog.get(id);
    const full = performance.now() - t;
    const fullCpu = cpuSeconds(cpu);
    const { article } = prepareArticle({ format: "text", bytes: Buffer.from(generatedArticle(n)), file: `articles/gen-${n}.txt` }, registry);
    store.addArticle(id, article);
    const before = { ...catalog.stats.computed };
    const kept = { ...catalog.stats.caseResults };
    t = performance.now();
    cpu = process.cpuUsage();
    catalog.get(id);
    const add = performance.now() - t;
    const addCpu = cpuSeconds(cpu);
    const computed = Object.entries(catalog.stats.computed).map(([k, v]) => `${k} ${v - (before[k] ?? 0)}`).join(", ");
    // Results of the case-level stages (pair alignments, sentence terms …: src/core/memo.ts) computed for the add, and found kept.
    const caseResults = `case-level results ${catalog.stats.caseResults.computed - kept.computed} (${catalog.stats.caseResults.reused - kept.reused} kept)`;
    console.log(`${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)} (a shared machine)`);
    console.log("| case | full analysis, nothing cached s | one article added s | full / add | CPU s full / add (ratio) | stage outputs computed for the add |");
    console.log("|---|---|---|---|---|---|");
    console.log(
      `| ${n} generated articles | ${(full / 1000).toFixed(1)} | ${(add / 1000).toFixed(1)} | ${(full / add).toFixed(1)}× | ${fullCpu.toFixed(1)} / ${addCpu.toFixed(1)} (${(fullCpu / addCpu).toFixed(1)}×) | ${computed}, ${caseResults} |`,
    );
  } finally {
    store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** CPU seconds (user and system) this process spent since `since`. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}
