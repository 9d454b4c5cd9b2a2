/**
 * One measured analysis in its own process (so peak RSS is its own): `tsx bench/pipelineChild.ts <mode> <source> <n>`.
 * mode: "sequential" (analyseLoadedCase on one thread) or "pool" (per-article stages in worker threads).
 * source: "generated" (n synthetic articles written to a temporary case folder, then loaded from disk; "generated:syllables"
 * writes them in the text the benchmark used before, bench/loadCorpus.ts) or "wire" (the
 * real texts under ../shared/cases, read in place at bench time, each replicated n times with light random edits; never
 * copied anywhere). Prints one JSON line: { articles, ms, cpuMs, stages, peakRssMb, nodes, counts } (counts: bench/measure.ts WorkCounts). BENCH_CODE=dist measures the compiled code;
 * BENCH_THREAD_CPU=1 also writes each stage's CPU time per thread to stderr.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { LoadedCase, RawArticle } from "../src/ingest/types.ts";
import type { WorkCounts } from "./measure.ts";
import { type GeneratedText, writeGeneratedCase } from "./loadCorpus.ts";
import { rng } from "./rng.ts";
import { sharedFolder } from "./shared.ts";

/**
 * The code measured: compiled dist/ (what the claimtrail command runs, bin/claimtrail.js) when the parent says so
 * (BENCH_CODE=dist, bench/measure.ts), else src/ through tsx. Both have the same modules at the same paths.
 */
const code = process.env.BENCH_CODE === "dist" ? { dir: "../dist", ext: ".js" } : { dir: "../src", ext: ".ts" };
const load = <T>(module: string): Promise<T> => import(`${code.dir}/${module}${code.ext}`) as Promise<T>;
const { readArticle: ingestArticle } = await load<typeof import("../src/ingest/article.ts")>("ingest/article");
const { loadCase, loadDefaultRegistry } = await load<typeof import("../src/ingest/loadCase.ts")>("ingest/loadCase");
const { analyseLoadedCase, analyseLoadedCaseAsync, PARALLEL_FROM } = await load<typeof import("../src/pipeline.ts")>("pipeline");
const { createArticlePool } = await load<typeof import("../src/workers/pool.ts")>("workers/pool");

export const SHARED_CASES = path.join(sharedFolder(), "cases");

/** Every article text below the shared cases (not README, manifest or truth files). */
async function realTexts(dir: string): Promise<{ file: string; text: string }[]> {
  const out: { file: string; text: string }[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await realTexts(p)));
    else if (/\.(txt|md)$/i.test(e.name) && !/^readme/i.test(e.name)) out.push({ file: path.relative(SHARED_CASES, p), text: await readFile(p, "utf8") });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

/** A light edit, as a reprinting site makes: a few words dropped or doubled, a sentence cut, a line added. */
function lightEdit(text: string, r: () => number): string {
  const paragraphs = text.split(/\n{2,}/);
  const edited = paragraphs.map((p) => {
    if (r() < 0.1) return p.replace(/[^.!?]+[.!?]\s*$/, "");
    const words = p.split(" ");
    for (let k = 0; k < 2; k++) {
      const at = Math.floor(r() * words.length);
      if (r() < 0.5) words.splice(at, 1);
      else words.splice(at, 0, words[at] ?? "");
    }
    return words.join(" ");
  });
  if (r() < 0.5) edited.push(`Reprinted by site ${Math.floor(r() * 1000)}.`);
  return edited.join("\n\n");
}

export async function wireCase(copies: number): Promise<LoadedCase> {
  const registry = await loadDefaultRegistry();
  const texts = await realTexts(SHARED_CASES);
  const articles: RawArticle[] = [];
  texts.forEach((t, i) => {
    for (let c = 0; c < copies; c++) {
      const text = c === 0 ? t.text : lightEdit(t.text, rng(i * 1000 + c));
      const read = ingestArticle({ file: `copy-${c}/${t.file}`, format: /\.md$/i.test(t.file) ? "markdown" : "text", text }, registry);
      if (!read.article) continue;
      read.article.meta = { ...read.article.meta, id: `t${i}-c${c}`, ...(c > 0 ? { outlet: `Reprint site ${c}`, outletOrigin: "case.json" as const } : {}) };
      articles.push(read.article);
    }
  });
  return { id: "wire", title: "wire", root: "/bench/wire", articles, problems: [], outlets: [] };
}

/** CPU seconds of each of this process's threads (workers, V8's collector and compiler threads), by thread id, from /proc. */
function threadCpu(): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${t}/stat`, "utf8");
      // Fields after the command name in parentheses: utime and stime are the 12th and 13th, in clock ticks (100 a second).
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(t, (Number(f[11]) + Number(f[12])) / 100);
    } catch {
      // A thread that ended between the listing and the read.
    }
  }
  return out;
}

function peakRssMb(status: string): number {
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function main(): Promise<void> {
  const [mode, source, nArg] = process.argv.slice(2);
  const n = Number(nArg);
  const registry = await loadDefaultRegistry();
  const stages: Record<string, number> = {};
  let stage = "";
  let since = performance.now();
  // BENCH_THREAD_CPU=1: each stage's CPU seconds per thread on stderr (which thread works in which stage, and how much).
  let cpuBefore = process.env.BENCH_THREAD_CPU === "1" ? threadCpu() : undefined;
  const progress = (s: string) => {
    if (s === stage) return;
    const now = performance.now();
    if (stage) stages[stage] = (stages[stage] ?? 0) + (now - since);
    if (cpuBefore) {
      const cpu = threadCpu();
      const spent = [...cpu].map(([t, c]) => [t, Number((c - (cpuBefore?.get(t) ?? 0)).toFixed(2))] as const).filter(([, c]) => c >= 0.05);
      process.stderr.write(`thread CPU s, ${stage || "start"} → ${s}: ${JSON.stringify(Object.fromEntries(spent))}\n`);
      cpuBefore = cpu;
    }
    stage = s;
    since = now;
  };
  let tmp: string | undefined;
  const t0 = performance.now();
  // As the CLI's analyze does (analyseCaseFolder): the pool's threads start while the case loads.
  const pool = mode === "pool" ? createArticlePool() : undefined;
  let loaded: LoadedCase;
  if (source?.startsWith("generated")) {
    tmp = await mkdtemp(path.join(os.tmpdir(), "claimtrail-bench-"));
    const folder = await writeGeneratedCase(tmp, n, (source.split(":")[1] ?? "english") as GeneratedText);
    if (n >= PARALLEL_FROM) pool?.warm?.();
    const t = performance.now();
    loaded = await loadCase(folder, registry);
    stages.load = performance.now() - t;
  } else {
    pool?.warm?.();
    const t = performance.now();
    loaded = await wireCase(n);
    stages.load = performance.now() - t;
  }
  const start = performance.now();
  const analysis = pool ? await analyseLoadedCaseAsync(loaded, registry, { pool, progress }) : analyseLoadedCase(loaded, registry, progress);
  progress("end");
  await pool?.destroy();
  const ms = stages.load + (performance.now() - start);
  if (tmp) await rm(tmp, { recursive: true, force: true });
  const peak = peakRssMb(await readFile("/proc/self/status", "utf8"));
  // Every thread's CPU (the workers', V8's collector and compiler threads'): on a shared machine wall time is the
  // load's, CPU time much less so.
  const cpu = process.cpuUsage();
  const relations = analysis.reuse?.relations ?? [];
  const counts: WorkCounts = {
    candidatePairs: analysis.reuse?.stats.candidatePairs ?? 0,
    alignedPairs: analysis.reuse?.stats.alignedPairs ?? 0,
    grouped: analysis.reuse?.stats.grouped ?? 0,
    relations: relations.length,
    quoteRelations: relations.filter((r) => r.kind !== "copies").length,
    sharedWith: relations.reduce((n, r) => n + r.sharedWith.length, 0),
    edges: analysis.graph.size,
  };
  process.stdout.write(`${JSON.stringify({ articles: analysis.loaded.articles.length, ms, cpuMs: (cpu.user + cpu.system) / 1000, setupMs: start - t0 - stages.load, stages, peakRssMb: peak, nodes: analysis.graph.order, counts })}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
