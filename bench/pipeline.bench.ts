/**
 * Pipeline benchmark: generated cases (synthetic text, bench/loadCorpus.ts) loaded from disk and analysed end to end,
 * the sequential path (one thread) against the worker pool, in the same run, each in its own process for peak RSS.
 * Env: PIPELINE_SIZES (default "1000,5000,20000"), PIPELINE_TIMEOUT_S per analysis (default 900; longer runs are killed
 * and reported as such), PIPELINE_TEXTS (default "english,syllables": the generated text, bench/loadCorpus.ts; each size
 * is measured in each). Run: npm run bench -- pipeline
 */
import os from "node:os";
import { GENERATED_TEXTS, type GeneratedText } from "./loadCorpus.ts";
import { benchCode, fmt, measure } from "./measure.ts";

export default async function pipelineBench(): Promise<void> {
  const sizes = (process.env.PIPELINE_SIZES ?? "1000,5000,20000").split(",").map(Number);
  const timeout = Number(process.env.PIPELINE_TIMEOUT_S ?? 900);
  const texts = (process.env.PIPELINE_TEXTS?.split(",") ?? GENERATED_TEXTS) as GeneratedText[];
  console.log(`${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start (a shared machine: compare ratios within a row); code: ${benchCode() === "dist" ? "compiled dist/, as the claimtrail command runs it" : "src/ through tsx"}`);
  console.log("| articles | text | sequential s | pool s | pool / sequential | articles/s (pool) | CPU s seq / pool | peak RSS MB seq / pool | stages, pool (s) |");
  console.log("|---|---|---|---|---|---|---|---|---|");
  const pastTimeout = new Set<GeneratedText>();
  for (const n of sizes) {
    for (const text of texts) {
      if (pastTimeout.has(text)) {
        console.log(`| ${n} | ${text} | not run: a smaller case already ran past ${timeout} s on both paths | | | | | | |`);
        continue;
      }
      const seq = await measure("sequential", `generated:${text}`, n, timeout);
      const par = await measure("pool", `generated:${text}`, n, timeout);
      if (!seq && !par) pastTimeout.add(text);
      const cell = (r: typeof seq) => (r ? fmt.s(r.ms) : `> ${timeout}`);
      const ratio = seq && par ? (par.ms / seq.ms).toFixed(2) : "–";
      const rate = par ? (par.articles / (par.ms / 1000)).toFixed(0) : "–";
      console.log(`| ${n} | ${text} | ${cell(seq)} | ${cell(par)} | ${ratio} | ${rate} | ${seq ? fmt.s(seq.cpuMs) : "–"} / ${par ? fmt.s(par.cpuMs) : "–"} | ${seq?.peakRssMb.toFixed(0) ?? "–"} / ${par?.peakRssMb.toFixed(0) ?? "–"} | ${par ? fmt.stages(par.stages) : ""} |`);
    }
  }
}
