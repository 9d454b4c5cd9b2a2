/**
 * Load benchmark: start to first answer (an empty store, and a store of several cases), then the real server (`claimtrail serve --data`, a child process on 127.0.0.1) under autocannon at 50
 * connections, on the graph and article endpoints of the reference case and of a generated case, while another client
 * keeps importing and deleting articles; then a soak with the server's resident memory sampled.
 *
 * Env: LOAD_ARTICLES (generated case size, default 5000), LOAD_SECONDS (per endpoint, default 10),
 * LOAD_SOAK_SECONDS (default 120), LOAD_IMPORT_TARGET (case the imports go to: "scratch" (default) or "reference"),
 * LOAD_START_RUNS (starts timed per store, default 3), LOAD_START_ONLY=1 (stop after the start figures).
 * Run: npm run bench -- load
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { distIsFresh } from "../bin/freshness.js";
import { NODE_FLAGS } from "../bin/nodeFlags.js";
import { writeGeneratedCase } from "./loadCorpus.ts";

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; headers?: Record<string, string>; requests?: { method: string; path: string }[] }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const ROOT = path.resolve(import.meta.dirname, "..");
const CLI = path.join(ROOT, "bin/claimtrail.js");
const REFERENCE = path.join(ROOT, "data/cases/baghdadi-2019");
const env = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback);

function run(args: string[]): Promise<number> {
  const t = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, CLI, ...args], { stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve(performance.now() - t) : reject(new Error(`claimtrail ${args.join(" ")} exited with ${code}`))));
  });
}

/** Starts the server and resolves with its address once it prints it. */
function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string; startMs: number; answeredFrom: number }> {
  const t = performance.now();
  const child = spawn(process.execPath, [...NODE_FLAGS, CLI, "serve", "--data", dataDir, "--port", "0", "--write-limit", "1000000"], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/[^\s/]+\//.exec(out);
      if (m) resolve({ child, url: m[0].replace(/\/$/, ""), startMs: performance.now() - t, answeredFrom: performance.now() });
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

/** Starts the server on `dataDir` and times its first answer to the explorer's first API request, then stops it. */
async function firstAnswer(dataDir: string): Promise<{ listenMs: number; answerMs: number }> {
  const started = await startServer(dataDir);
  try {
    const res = await fetch(`${started.url}/api/cases`);
    if (res.status !== 200) throw new Error(`GET /api/cases answered ${res.status}`);
    await res.arrayBuffer();
    return { listenMs: started.startMs, answerMs: started.startMs + (performance.now() - started.answeredFrom) };
  } finally {
    started.child.kill("SIGTERM");
    await new Promise((r) => started.child.once("exit", r));
  }
}

/** The median of `runs` first answers; each run on a copy of nothing (`fresh`), or on the same store. */
async function medianFirstAnswer(runs: number, dataDir: (run: number) => string): Promise<string> {
  const results: { listenMs: number; answerMs: number }[] = [];
  for (let i = 0; i < runs; i++) results.push(await firstAnswer(dataDir(i)));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return `listening ${median(results.map((r) => r.listenMs)).toFixed(0)} ms, first answer ${median(results.map((r) => r.answerMs)).toFixed(0)} ms (median of ${runs})`;
}

type GraphJson = { nodes: { key: string; attributes: { kind: string } }[]; analysing?: boolean };

/** Polls a case's graph until its analysis is complete. */
async function ready(url: string, caseId: string): Promise<GraphJson> {
  for (;;) {
    const res = await fetch(`${url}/api/cases/${caseId}/graph?lean=1`);
    if (res.status === 200) {
      const g = (await res.json()) as GraphJson;
      if (!g.analysing) return g;
    } else await res.arrayBuffer();
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** Adds an article and deletes the previous one, in a loop, until stopped: imports that never grow the store without bound. */
function importer(url: string, caseId: string) {
  let stop = false;
  let n = 0;
  const latencies: number[] = [];
  const done = (async () => {
    let previous: string | undefined;
    while (!stop) {
      const t = performance.now();
      const res = await fetch(`${url}/api/cases/${caseId}/articles`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ text: `Bench import ${n} at ${Date.now()}: the committee met again and postponed the vote on item ${n * 31}.`, outlet: "Bench Wire", published: "2024-01-02" }),
      });
      latencies.push(performance.now() - t);
      if (res.status !== 201) throw new Error(`import answered ${res.status}: ${await res.text()}`);
      const { id } = (await res.json()) as { id: string };
      if (previous) await fetch(`${url}/api/cases/${caseId}/articles/${previous}`, { method: "DELETE" });
      previous = id;
      n++;
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    async stop() {
      stop = true;
      await done;
      const sorted = [...latencies].sort((a, b) => a - b);
      return { imports: n, p50: sorted[Math.floor(sorted.length / 2)] ?? 0, p99: sorted[Math.floor(sorted.length * 0.99)] ?? 0 };
    },
  };
}

export default async function loadBench(): Promise<void> {
  const articles = env("LOAD_ARTICLES", 5000);
  const seconds = env("LOAD_SECONDS", 10);
  const soakSeconds = env("LOAD_SOAK_SECONDS", 120);
  const target = process.env.LOAD_IMPORT_TARGET === "reference" ? "baghdadi-2019" : "scratch";
  const dir = await mkdtemp(path.join(os.tmpdir(), "claimtrail-load-"));
  let server: ChildProcess | undefined;
  try {
    const generated = await writeGeneratedCase(dir, articles);
    const data = path.join(dir, "data");
    console.log(`claimtrail runs ${distIsFresh(ROOT) ? "compiled (dist/)" : "from src/ through tsx (dist/ is missing or older than src/: npm run build)"}`);
    const runs = env("LOAD_START_RUNS", 3);
    // A fresh data directory each run: the first start of an empty store also imports the bundled case into it.
    console.log(`start to first answer (GET /api/cases), empty store: ${await medianFirstAnswer(runs, (i) => path.join(dir, `empty-${i}`))}`);
    console.log(`import reference case: ${(await run(["import", REFERENCE, "--data", data])).toFixed(0)} ms`);
    console.log(`import generated case (${articles} articles): ${(await run(["import", generated, "--data", data])).toFixed(0)} ms`);
    // Its own store, so the copies are not analysed while the server below is measured.
    const several = path.join(dir, "several");
    await run(["import", generated, "--data", several]);
    for (const id of ["reference-1", "reference-2", "reference-3", "reference-4"]) await run(["import", REFERENCE, "--data", several, "--as", id]);
    console.log(`start to first answer (GET /api/cases), store of 5 cases (${articles} + 4 × 5 articles): ${await medianFirstAnswer(runs, () => several)}`);
    if (process.env.LOAD_START_ONLY === "1") return;
    const started = await startServer(data);
    server = started.child;
    const { url } = started;
    console.log(`server listening ${(started.startMs / 1000).toFixed(1)} s after start (cases are analysed in the background)`);
    await fetch(`${url}/api/cases`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: "scratch" }) });
    const big = "generated-5000";
    let t = performance.now();
    await ready(url, "baghdadi-2019");
    console.log(`reference graph ready ${((performance.now() - t) / 1000).toFixed(1)} s later`);
    t = performance.now();
    const firstBig = (await ready(url, big)).nodes.find((n) => n.attributes.kind === "article")?.key;
    console.log(`generated case (${articles}) graph ready ${((performance.now() - t) / 1000).toFixed(1)} s later`);

    // A 300 kB pathological paste (one sentence of repeated words, no full stop) analysed while another case is read.
    const paste = `He said “${Array.from({ length: 50_000 }, (_, i) => ["word", "Capital", "said", "according"][i % 4]).join(" ")}`;
    await fetch(`${url}/api/cases/scratch/articles`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: paste, title: "Pathological paste" }) });
    const during = await autocannon({ url: `${url}/api/cases/baghdadi-2019/graph?lean=1`, connections: 10, duration: seconds, headers: { "accept-encoding": "gzip" } });
    console.log(`reference graph while a 300 kB pathological paste is analysed: ${during.requests.average.toFixed(0)} req/s, p50 ${during.latency.p50} ms, p99 ${during.latency.p99} ms, non-2xx ${during.non2xx + during.errors + during.timeouts}`);
    await ready(url, "scratch");
    // The full graph JSON carries every article body; the explorer asks for it lean and gzipped, as a browser does.
    const gzip = { "accept-encoding": "gzip" };
    const endpoints: [string, string, Record<string, string>][] = [
      ["reference graph", `/api/cases/baghdadi-2019/graph`, {}],
      ["reference article", `/api/cases/baghdadi-2019/articles/asiatimes-2019-03-28`, {}],
      [`generated (${articles}) graph, full, plain`, `/api/cases/${big}/graph`, {}],
      [`generated (${articles}) graph, as the explorer asks (lean, gzip)`, `/api/cases/${big}/graph?lean=1`, gzip],
      [`generated (${articles}) article`, `/api/cases/${big}/articles/${firstBig}`, {}],
    ];
    console.log(`\n50 connections, ${seconds} s each, imports into '${target}' running (add one, delete the previous, 50 ms apart)`);
    console.log("| endpoint | req/s | p50 ms | p99 ms | max ms | non-2xx | imports (p50/p99 ms) |");
    console.log("|---|---|---|---|---|---|---|");
    for (const [name, p, headers] of endpoints) {
      const imports = importer(url, target);
      const r = await autocannon({ url: url + p, connections: 50, duration: seconds, headers });
      const im = await imports.stop();
      console.log(`| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${r.non2xx + r.errors + r.timeouts} | ${im.imports} (${im.p50.toFixed(0)}/${im.p99.toFixed(0)}) |`);
    }

    console.log(`\nsoak: ${soakSeconds} s, 50 connections over the reference endpoints and the generated case's article, imports running`);
    const pid = server.pid as number;
    const samples: { t: number; mb: number }[] = [];
    const t0 = Date.now();
    const sampler = setInterval(() => void rssMb(pid).then((mb) => samples.push({ t: (Date.now() - t0) / 1000, mb })), 5000);
    samples.push({ t: 0, mb: await rssMb(pid) });
    const imports = importer(url, target);
    const r = await autocannon({
      url,
      connections: 50,
      duration: soakSeconds,
      requests: [
        { method: "GET", path: endpoints[0]![1] },
        { method: "GET", path: endpoints[1]![1] },
        { method: "GET", path: endpoints[3]![1] },
      ],
    });
    clearInterval(sampler);
    const im = await imports.stop();
    samples.push({ t: (Date.now() - t0) / 1000, mb: await rssMb(pid) });
    const half = samples.filter((s) => s.t >= soakSeconds / 2);
    const first = half[0]!;
    const last = samples[samples.length - 1]!;
    const slope = ((last.mb - first.mb) / Math.max(1, last.t - first.t)) * 60;
    console.log(`soak: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non-2xx ${r.non2xx + r.errors + r.timeouts}; ${im.imports} imports`);
    console.log(`server RSS MB: start ${samples[0]!.mb.toFixed(0)}, max ${Math.max(...samples.map((s) => s.mb)).toFixed(0)}, end ${last.mb.toFixed(0)}; second half slope ${slope.toFixed(1)} MB/min`);
    console.log(`RSS samples: ${samples.map((s) => `${s.t.toFixed(0)}s:${s.mb.toFixed(0)}`).join(" ")}`);
  } finally {
    server?.kill("SIGTERM");
    await rm(dir, { recursive: true, force: true });
  }
}
