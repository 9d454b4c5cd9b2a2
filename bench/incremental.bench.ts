/**
 * Incremental benchmark: a generated case (synthetic text) in a workspace store; a full analysis with nothing cached,
 * then articles added one at a time, the case analysed again after each (per-article stages reused by content hash,
 * case-level stages rerun with what they computed from the other texts kept: pair alignments, sentence terms …), in the
 * same run. Each add is what a user's add is (one new article, the whole case analysed again); the first and the median
 * add are reported, the ratio against the median, since on a shared machine one add's wall time moves with the load.
 * Env: INCREMENTAL_ARTICLES (default 1000), INCREMENTAL_ADDS (default 5). Run: npm run bench -- incremental
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
    const adds = Math.max(1, Number(process.env.INCREMENTAL_ADDS ?? 5));
    const times: { wall: number; cpu: number }[] = [];
    const before = { ...catalog.stats.computed };
    const kept = { ...catalog.stats.caseResults };
    for (let k = 0; k < adds; k++) {
      const { article } = prepareArticle({ format: "text", bytes: Buffer.from(generatedArticle(n + k)), file: `articles/gen-${n + k}.txt` }, registry);
      store.addArticle(id, article);
      t = performance.now();
      cpu = process.cpuUsage();
      catalog.get(id);
      times.push({ wall: performance.now() - t, cpu: cpuSeconds(cpu) });
    }
    const first = times[0]!;
    const add = { wall: median(times.map((x) => x.wall)), cpu: median(times.map((x) => x.cpu)) };
    const computed = Object.entries(catalog.stats.computed)
      .map(([k, v]) => `${k} ${(v - (before[k] ?? 0)) / adds}`)
      .join(", ");
    // Results of the case-level stages (pair alignments, sentence terms …: src/core/memo.ts) computed per add, and found kept.
    const caseResults = `case-level results ${(catalog.stats.caseResults.computed - kept.computed) / adds} (${(catalog.stats.caseResults.reused - kept.reused) / adds} kept)`;
    console.log(`${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)} (a shared machine)`);
    console.log(
      `| case | full analysis, nothing cached s | one article added s: first, median of ${adds} | full / median add | CPU s full / first, median add (ratio to median) | stage outputs computed per add |`,
    );
    console.log("|---|---|---|---|---|---|");
    console.log(
      `| ${n} generated articles | ${(full / 1000).toFixed(1)} | ${(first.wall / 1000).toFixed(2)}, ${(add.wall / 1000).toFixed(2)} | ${(full / add.wall).toFixed(1)}× | ${fullCpu.toFixed(1)} / ${first.cpu.toFixed(2)}, ${add.cpu.toFixed(2)} (${(fullCpu / add.cpu).toFixed(1)}×) | ${computed}, ${caseResults} |`,
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

/** The middle value (the mean of the two middle ones for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
