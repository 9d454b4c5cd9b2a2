/** Explorer benchmark: server time and payload size of the graph and article endpoints, client time from script start to sigma's first render, layout time, and relative panning frame rates, for generated graphs of 1k / 10k / 50k nodes in headless Chromium. */
import { request } from "node:http";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { indexCase } from "../src/client/data.ts";
import { toSigmaGraph } from "../src/client/toSigmaGraph.ts";
import type { CleanArticle } from "../src/clean/types.ts";
import { createGraph, serializeGraph } from "../src/graph/build.ts";
import type { EdgeKind, ProvenanceGraph } from "../src/graph/types.ts";
import type { CaseAnalysis } from "../src/pipeline.ts";
import { buildClientBundle } from "../src/server/bundle.ts";
import { staticCatalog } from "../src/server/catalog.ts";
import { createOutletRegistry } from "../src/core/outlets.ts";
import { browserAvailable, launchBrowser } from "../tests/browser/harness.ts";
import { startServer } from "../tests/server/helpers.ts";

const SIZES = (process.env.UI_BENCH_SIZES ?? "1000,10000,50000").split(",").map(Number);

/** A deterministic pseudo-random generator, so runs compare. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A case of about `n` nodes: 70% articles over 400 days in √n outlets, 25% sources, a few claims; ~2 relation edges per article. */
export function generatedCase(n: number): CaseAnalysis {
  const rand = rng(n);
  const id = `gen-${n}`;
  const graph: ProvenanceGraph = createGraph({ id, title: `Generated ${n} nodes`, problems: [] });
  const outlets = Math.max(3, Math.round(Math.sqrt(n) / 2));
  const articles = Math.round(n * 0.7);
  const sources = Math.round(n * 0.25);
  const claims = Math.max(1, n - outlets - articles - sources);
  const body = "Officials said the bridge was closed. ".repeat(12);
  const cleaned: CleanArticle[] = [];
  for (let o = 0; o < outlets; o++) graph.addNode(`outlet:o${o}`, { kind: "outlet", label: `Outlet ${o}`, outletKind: "newspaper", inCase: true });
  const day0 = Date.UTC(2020, 0, 1);
  for (let a = 0; a < articles; a++) {
    const outlet = `outlet:o${a % outlets}`;
    const t = new Date(day0 + Math.floor((a / articles) * 400) * 86_400_000).toISOString().slice(0, 10);
    const month = rand() < 0.1;
    const key = `a${a}`;
    graph.addNode(key, {
      kind: "article", label: `Outlet ${a % outlets}, ${t}`, outlet, outletName: `Outlet ${a % outlets}`, outletInferred: false,
      published: month ? t.slice(0, 7) : t, datePrecision: month ? "month" : "day", dateEstimated: rand() < 0.05, dateLabel: t, file: `${key}.txt`, body, bodyLength: body.length, removed: {},
    } as never);
    graph.addDirectedEdgeWithKey(`${key}->published_by->${outlet}`, key, outlet, { kind: "published_by" });
    cleaned.push({ meta: { id: key, file: `${key}.txt`, format: "text", outlet: `Outlet ${a % outlets}` }, text: body, body, paragraphs: [{ start: 0, end: body.length }], kept: [], removed: [], creditLines: [] });
  }
  for (let s = 0; s < sources; s++) graph.addNode(`source:s${s}`, { kind: "source", label: `Source ${s}`, sourceType: s % 3 ? "named" : "anonymous", articles: [] });
  for (let c = 0; c < claims; c++) graph.addNode(`claim:c${c}`, { kind: "claim", label: `Claim ${c}`, text: `Claim ${c}`, articles: [], outletCount: 0, independentSources: 1, primarySources: [], origins: [] });
  const kinds: EdgeKind[] = ["cites", "copies", "quotes_same", "alters_quote"];
  for (let a = 1; a < articles; a++) {
    const earlier = `a${Math.floor(rand() * a)}`;
    const kind = kinds[Math.floor(rand() * kinds.length)]!;
    const passage = { from: { article: `a${a}`, start: 0, end: 37, text: body.slice(0, 37) }, to: { article: earlier, start: 0, end: 37, text: body.slice(0, 37) }, similarity: 0.9 };
    const attrs = kind === "cites" ? { kind, frame: "reported" } : { kind, passages: [passage], direction: "dated" as const, credited: rand() < 0.5 };
    graph.addDirectedEdgeWithKey(`a${a}->${kind}->${earlier}`, `a${a}`, earlier, attrs as never);
    graph.addDirectedEdgeWithKey(`a${a}->quotes->s${a % sources}`, `a${a}`, `source:s${a % sources}`, { kind: "quotes" });
    if (a % 50 === 0) graph.addDirectedEdgeWithKey(`a${a}->asserts->c${a % claims}`, `a${a}`, `claim:c${a % claims}`, { kind: "asserts" });
  }
  const loaded = { id, title: `Generated ${n} nodes`, root: "", articles: cleaned.map((c) => ({ meta: c.meta, text: c.text })), problems: [], outlets: [] };
  return { loaded, registry: createOutletRegistry([]), cleaned, graph } as unknown as CaseAnalysis;
}

function timedGet(url: string, gzip: boolean): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: gzip ? { "Accept-Encoding": "gzip" } : {} }, (res) => {
      let bytes = 0;
      res.on("data", (c: Buffer) => (bytes += c.length));
      res.on("end", () => resolve({ ms: performance.now() - t0, bytes }));
    });
    req.on("error", reject);
    req.end();
  });
}

const fmt = (n: number, d = 0) => n.toFixed(d);
const kb = (b: number) => `${fmt(b / 1024)} kB`;

export default async function uiBench(): Promise<void> {
  const cases = SIZES.map(generatedCase);
  const server = await startServer(staticCatalog(cases), await buildClientBundle());
  const rows: string[] = [];
  const layoutRows: string[] = [];
  try {
    console.log("| nodes | edges | graph JSON first (ms) | cached (ms) | size raw | gzip | explorer's lean gzip | article (ms) | article size |");
    console.log("|---|---|---|---|---|---|---|---|---|");
    for (const c of cases) {
      const base = `${server.url}/api/cases/${c.loaded.id}`;
      const first = await timedGet(`${base}/graph`, false);
      const cached = await timedGet(`${base}/graph`, false);
      const gz = await timedGet(`${base}/graph`, true);
      const lean = await timedGet(`${base}/graph?lean=1`, true);
      const art = await timedGet(`${base}/articles/a1`, false);
      console.log(`| ${c.graph.order} | ${c.graph.size} | ${fmt(first.ms)} | ${fmt(cached.ms)} | ${kb(first.bytes)} | ${kb(gz.bytes)} | ${kb(lean.bytes)} | ${fmt(art.ms, 1)} | ${kb(art.bytes)} |`);
      // Layout in Node (GPU-independent): the timeline is toSigmaGraph itself; ForceAtlas2 per iteration with inferred settings (Barnes-Hut above ~2k nodes).
      const data = indexCase(c.loaded.id, serializeGraph(c.graph));
      const t0 = performance.now();
      toSigmaGraph(data, "timeline");
      const timelineMs = performance.now() - t0;
      const force = toSigmaGraph(data, "force").graph;
      const iterations = c.graph.order > 20_000 ? 3 : 10;
      const t1 = performance.now();
      forceAtlas2.assign(force, { iterations, settings: forceAtlas2.inferSettings(force) });
      layoutRows.push(`| ${c.graph.order} | ${fmt(timelineMs)} | ${fmt((performance.now() - t1) / iterations)} |`);
    }
    console.log("\nLayout in Node: | nodes | timeline toSigmaGraph (ms) | ForceAtlas2 per iteration (ms) |\n|---|---|---|");
    console.log(layoutRows.join("\n"));

    if (!browserAvailable()) {
      console.log("\n(Chromium missing: client timings skipped)");
      return;
    }
    const browser = await launchBrowser();
    try {
      console.log("\nClient in headless Chromium (SwiftShader): | nodes | script start → first render (ms) | fetch (ms) | toSigmaGraph (ms) | new Sigma (ms) |\n|---|---|---|---|---|");
      for (const c of cases) {
        const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
        await page.goto(`${server.url}/?case=${c.loaded.id}&panel=list`);
        await page.waitForFunction(() => (window as unknown as { __claimtrail?: { ready: boolean } }).__claimtrail?.ready, null, { timeout: 600_000 });
        const t = await page.evaluate(() => (window as unknown as { __claimtrail: { timings: Record<string, number> } }).__claimtrail.timings);
        rows.push(`| ${c.graph.order} | ${fmt(t.firstRender ?? NaN)} | ${fmt(t.fetchGraph ?? NaN)} | ${fmt(t.toSigmaGraph ?? NaN)} | ${fmt(t.sigmaConstruct ?? NaN)} |`);
        console.log(rows[rows.length - 1]);
        if (c.graph.order >= 10_000 && c.graph.order < 20_000) {
          // Panning: frames per second while the camera moves, relative to the default settings (SwiftShader: only ratios mean anything).
          // A string, not a function: tsx's name-keeping helpers (__name) do not exist in the page.
          const fps = (await page.evaluate(`(async () => {
            const r = window.__claimtrail.renderer;
            const cam = r.getCamera();
            // Time per frame of a panning camera: move, render synchronously, then read the layers back (forces the software GPU to finish the frame).
            const sink = document.createElement("canvas").getContext("2d");
            const measure = async () => {
              const start = cam.getState();
              const frames = 6;
              const t0 = performance.now();
              for (let i = 1; i <= frames; i++) {
                cam.setState({ x: start.x + 0.02 * i, y: start.y });
                r.refresh({ skipIndexation: true });
                for (const c of Object.values(r.getCanvases())) sink.drawImage(c, 0, 0, 1, 1);
                sink.getImageData(0, 0, 1, 1);
              }
              const fps = frames / ((performance.now() - t0) / 1000);
              cam.setState(start);
              return fps;
            };
            const base = await measure();
            r.setSetting("renderLabels", false);
            const noLabels = await measure();
            r.setSetting("renderLabels", true);
            // hideEdgesOnMove acts while the camera is dragged or animated; setState is neither, so hide edges outright for the comparison.
            r.setSetting("edgeReducer", () => ({ hidden: true }));
            const noEdges = await measure();
            return { base, noLabels, noEdges };
          })()`)) as { base: number; noLabels: number; noEdges: number };
          console.log(`  panning at ${c.graph.order} nodes (default ${fmt(fps.base, 1)} frames/s under SwiftShader), relative frame rate: labels off ×${fmt(fps.noLabels / fps.base, 2)}, edges hidden ×${fmt(fps.noEdges / fps.base, 2)} (default = ×1.00)`);
        }
        await page.close();
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
