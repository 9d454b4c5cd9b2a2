/**
 * Wire benchmark: the real texts under ../shared/cases (read in place at bench time, never copied into the repository),
 * each replicated 1, 2, 4, 8 and 16 times with light random edits, as when a wire story is reprinted by many sites;
 * analysed with the worker pool. Reports time and peak RSS per size and the growth from 4× to 16× (goal ≤ 5×).
 * Env: WIRE_COPIES (default "1,2,4,8,16"), WIRE_TIMEOUT_S (default 900). Run: npm run bench -- wire
 */
import os from "node:os";
import { benchCode, fmt, measure } from "./measure.ts";

export default async function wireBench(): Promise<void> {
  const copies = (process.env.WIRE_COPIES ?? "1,2,4,8,16").split(",").map(Number);
  const timeout = Number(process.env.WIRE_TIMEOUT_S ?? 900);
  console.log(`${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)} at start (a shared machine); code: ${benchCode()}`);
  console.log("| copies | texts | s | texts/s | peak RSS MB | stages (s) |");
  console.log("|---|---|---|---|---|---|");
  const ms = new Map<number, number>();
  for (const c of copies) {
    const r = await measure("pool", "wire", c, timeout);
    if (r) ms.set(c, r.ms);
    console.log(r ? `| ${c} | ${r.articles} | ${fmt.s(r.ms)} | ${(r.articles / (r.ms / 1000)).toFixed(1)} | ${r.peakRssMb.toFixed(0)} | ${fmt.stages(r.stages)} |` : `| ${c} | – | > ${timeout} | – | – | |`);
  }
  const four = ms.get(4);
  const sixteen = ms.get(16);
  if (four && sixteen) console.log(`\ngrowth from 4× to 16× (4 times the texts): ${(sixteen / four).toFixed(1)}× the time (goal ≤ 5×)`);
}
