/**
 * Pipeline benchmark: generated cases (synthetic text, bench/loadCorpus.ts) loaded from disk and analysed end to end,
 * the sequential path (one thread) against the worker pool, in the same run, each in its own process for peak RSS.
 * Env: PIPELINE_SIZES (default "1000,5000,20000"), PIPELINE_TIMEOUT_S per analysis (default 900; longer runs are killed
 * and reported as such). Run: npm run bench -- pipeline
 */
import os from "node:os";
import { benchCode, fmt, measure } from "./measure.ts";

export default async function pipelineBench(): Promise<void> {
  const sizes = (process.env.PIPELINE_SIZES ?? "1000,5000,20000").split(",").map(Number);
  const timeout = Number(process.env.PIPELINE_TIMEOUT_S ?? 900);
  console.log(`${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start (a shared machine: compare ratios within a row); code: ${benchCode() === "dist" ? "compiled dist/, as the claimtrail command runs it" : "src/ through tsx"}`);
  console.log("| articles | sequential s | pool s | pool / sequential | articles/s (pool) | peak RSS MB seq / pool | stages, pool (s) |");
  console.log("|---|---|---|---|---|---|---|");
  let pastTimeout = false;
  for (const n of sizes) {
    if (pastTimeout) {
      console.log(`| ${n} | not run: a smaller case already ran past ${timeout} s on both paths | | | | | |`);
      continue;
    }
    const seq = await measure("sequential", "generated", n, timeout);
    const par = await measure("pool", "generated", n, timeout);
    pastTimeout = !seq && !par;
    const cell = (r: typeof seq) => (r ? fmt.s(r.ms) : `> ${timeout}`);
    const ratio = seq && par ? (par.ms / seq.ms).toFixed(2) : "–";
    const rate = par ? (par.articles / (par.ms / 1000)).toFixed(0) : "–";
    console.log(`| ${n} | ${cell(seq)} | ${cell(par)} | ${ratio} | ${rate} | ${seq?.peakRssMb.toFixed(0) ?? "–"} / ${par?.peakRssMb.toFixed(0) ?? "–"} | ${par ? fmt.stages(par.stages) : ""} |`);
  }
}
