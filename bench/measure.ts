/** Runs bench/pipelineChild.ts in a child process and returns its figures, or a timeout. */
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { NODE_FLAGS } from "../bin/nodeFlags.js";
import type { GeneratedText } from "./loadCorpus.ts";

export interface Run {
  articles: number;
  ms: number;
  /** CPU time of the whole process (every thread), from its start. */
  cpuMs: number;
  stages: Record<string, number>;
  peakRssMb: number;
  /** How much case-level work the analysis did, in units the machine's load does not change (see WorkCounts). */
  counts?: WorkCounts;
}

/**
 * Case-level work of one analysis, counted from its result: the candidate pairs the aligner found, the pairs it
 * aligned and classified, the documents aligned with their group's first printing only, the reuse relations (quotation
 * relations among them), the other printings named beside each relation (`sharedWith`: one list per relation, so it
 * grows with the square of a group's copies, as the graph does), and the graph's edges.
 */
export interface WorkCounts {
  candidatePairs: number;
  alignedPairs: number;
  grouped: number;
  relations: number;
  quoteRelations: number;
  sharedWith: number;
  edges: number;
}

const CHILD = path.join(import.meta.dirname, "pipelineChild.ts");
const ROOT = path.resolve(import.meta.dirname, "..");

/**
 * The code the benches measure: what `claimtrail` itself runs, compiled dist/ (built here first, in under a second, so
 * it is never stale), unless CLAIMTRAIL_FROM_SOURCE=1 asks for src/ through tsx, as it does of the command. From src/,
 * each worker thread of the pool also compiles the stages it loads (about a second of CPU more per thread).
 */
export const benchCode: () => "dist" | "src" = (() => {
  let chosen: "dist" | "src" | undefined;
  return () => {
    if (!chosen) {
      chosen = process.env.CLAIMTRAIL_FROM_SOURCE === "1" ? "src" : "dist";
      if (chosen === "dist") execFileSync(process.execPath, [path.join(ROOT, "bin", "build.js")], { stdio: ["ignore", "ignore", "inherit"] });
    }
    return chosen;
  };
})();

/** One analysis in a fresh process; undefined when it ran past `timeoutS` (it is killed). */
export function measure(mode: "sequential" | "pool", source: "generated" | `generated:${GeneratedText}` | "wire", n: number, timeoutS: number): Promise<Run | undefined> {
  return new Promise((resolve, reject) => {
    // One process (node with tsx's loader), not tsx's CLI, which would leave its own child running when killed.
    const child = spawn(process.execPath, [...NODE_FLAGS, "--max-old-space-size=6000", "--import", "tsx", CHILD, mode, source, String(n)], { stdio: ["ignore", "pipe", "inherit"], cwd: ROOT, env: { ...process.env, BENCH_CODE: benchCode() } });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutS * 1000);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (signal === "SIGKILL") resolve(undefined);
      else if (code !== 0) reject(new Error(`pipelineChild ${mode} ${source} ${n} exited with ${code}`));
      else resolve(JSON.parse(out.trim().split("\n").pop() as string) as Run);
    });
  });
}

export const fmt = {
  s: (ms: number) => (ms / 1000).toFixed(1),
  stages: (st: Record<string, number>) =>
    Object.entries(st)
      .filter(([, v]) => v >= 50)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`)
      .join(", "),
};
