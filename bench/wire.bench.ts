/**
 * Wire benchmark: the real texts under ../shared/cases (read in place at bench time, never copied into the repository),
 * each replicated 1, 2, 4, 8 and 16 times with light random edits, as when a wire story is reprinted by many sites;
 * analysed with the worker pool. Reports time, CPU and peak RSS per size, the case-level work counted from each result
 * (pairs aligned, relations, sharedWith entries: figures the machine's load does not move) and the growth from 4× to 16×
 * (goal ≤ 5×).
 * Env: WIRE_COPIES (default "1,2,4,8,16"), WIRE_TIMEOUT_S (default 900). Run: npm run bench -- wire
 */
import os from "node:os";
import { benchCode, fmt, measure, type Run } from "./measure.ts";

export default async function wireBench(): Promise<void> {
  const copies = (process.env.WIRE_COPIES ?? "1,2,4,8,16").split(",").map(Number);
  const timeout = Number(process.env.WIRE_TIMEOUT_S ?? 900);
  console.log(`${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start (a shared machine); code: ${benchCode()}`);
  console.log("| copies | texts | s | CPU s | texts/s | peak RSS MB | stages (s) | pairs aligned (candidates, grouped) | relations (quotation) | sharedWith entries |");
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  const runs = new Map<number, Run>();
  for (const c of copies) {
    const r = await measure("pool", "wire", c, timeout);
    if (r) runs.set(c, r);
    const k = r?.counts;
    const counted = k ? `${k.alignedPairs} (${k.candidatePairs}, ${k.grouped}) | ${k.relations} (${k.quoteRelations}) | ${k.sharedWith}` : "| |";
    console.log(r ? `| ${c} | ${r.articles} | ${fmt.s(r.ms)} | ${fmt.s(r.cpuMs)} | ${(r.articles / (r.ms / 1000)).toFixed(1)} | ${r.peakRssMb.toFixed(0)} | ${fmt.stages(r.stages)} | ${counted} |` : `| ${c} | – | > ${timeout} | – | – | – | | | | |`);
  }
  const four = runs.get(4);
  const sixteen = runs.get(16);
  if (four && sixteen) {
    console.log(`\ngrowth from 4× to 16× (4 times the texts): ${(sixteen.ms / four.ms).toFixed(1)}× the time, ${(sixteen.cpuMs / four.cpuMs).toFixed(1)}× the CPU (goal ≤ 5×)`);
    // Counts do not move with the machine's load: linear work grows 4× here, work per pair of copies 16×.
    if (four.counts && sixteen.counts) console.log(`counts from 4× to 16×: pairs aligned ${(sixteen.counts.alignedPairs / four.counts.alignedPairs).toFixed(1)}×, relations ${(sixteen.counts.relations / four.counts.relations).toFixed(1)}×, sharedWith entries ${(sixteen.counts.sharedWith / four.counts.sharedWith).toFixed(1)}×`);
  }
}
