/** End-to-end: the explorer in headless Chromium (SwiftShader WebGL) on the synthetic fixture cases (tests/fixtures/explorer) and the bundled case. Asserts correctness, never speed; screenshots go to test-artifacts/. */
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { BLOG, EVIL, POST, WEEKLY, WIRE } from "../fixtures/explorer/fixture.ts";
import { ARTIFACTS, browserAvailable, useExplorer } from "./harness.ts";

const DIMMED = "#e2e8f0";

const available = browserAvailable();
const explorer = useExplorer();

interface Opened {
  page: Page;
  problems: string[];
}

/** Opens the explorer at a query string and waits until it has drawn; collects page errors, CSP violations and console errors. */
async function open(query: string): Promise<Opened> {
  const page = await explorer.browser.newPage({ viewport: { width: 1400, height: 860 } });
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    // Failed requests are checked by URL below; the console line for them carries no URL.
    if (/Failed to load resource/.test(m.text())) return;
    if (m.type() === "error" || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`http ${r.status()}: ${r.url()}`);
  });
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${explorer.server.url}/${query}`);
  await page.waitForFunction(() => {
    const h = (window as unknown as { __claimtrail?: { ready: boolean; error?: string } }).__claimtrail;
    return h?.ready || h?.error;
  }, null, { timeout: 20_000 });
  const error = await page.evaluate(() => (window as unknown as { __claimtrail: { error?: string } }).__claimtrail.error);
  expect(error).toBeUndefined();
  return { page, problems };
}

/** Counts non-white pixels of sigma's layers, composed in the page right after a synchronous render. */
function inkPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const r = (window as unknown as { __claimtrail: { renderer: { refresh(): void; getCanvases(): Record<string, HTMLCanvasElement>; getDimensions(): { width: number; height: number } } } }).__claimtrail.renderer;
    r.refresh();
    const { width, height } = r.getDimensions();
    const c = document.createElement("canvas");
    c.width = width;
    c.height = height;
    const ctx = c.getContext("2d")!;
    for (const layer of Object.values(r.getCanvases())) ctx.drawImage(layer, 0, 0, width, height);
    const px = ctx.getImageData(0, 0, width, height).data;
    let ink = 0;
    for (let i = 0; i < px.length; i += 4) if (px[i + 3]! > 0 && (px[i]! < 235 || px[i + 1]! < 235 || px[i + 2]! < 235)) ink++;
    return ink;
  });
}

function display(page: Page, key: string): Promise<{ color: string; hidden?: boolean; x: number; y: number } | undefined> {
  return page.evaluate((k) => {
    const r = (window as unknown as { __claimtrail: { renderer: { getNodeDisplayData(k: string): { color: string; hidden?: boolean; x: number; y: number } | undefined } } }).__claimtrail.renderer;
    const d = r.getNodeDisplayData(k);
    return d ? { color: d.color, hidden: d.hidden, x: d.x, y: d.y } : undefined;
  }, key);
}

interface DrawnLabel {
  key: string;
  kind: string;
  text: string;
  box: { x0: number; x1: number; y0: number; y1: number };
}

/** The labels drawn now, with their screen boxes measured in the page (the test's own geometry: text width in the label font, beside the node on its side), and the visible nodes as discs. */
function drawnLabels(page: Page): Promise<{ labels: DrawnLabel[]; discs: { key: string; x: number; y: number; r: number }[] }> {
  return page.evaluate(() => {
    type D = { x: number; y: number; size: number; hidden?: boolean; kind: string; label?: string; shortLabel?: string; fallbackLabel?: string; labelShort?: boolean; labelSide?: string };
    const hook = (window as unknown as { __claimtrail: { labels(): string[] | undefined; renderer: { getGraph(): { nodes(): string[] }; getNodeDisplayData(k: string): D | undefined; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number }; scaleSize(s: number): number } } }).__claimtrail;
    const r = hook.renderer;
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.font = "600 13px system-ui, sans-serif";
    const discs: { key: string; x: number; y: number; r: number }[] = [];
    for (const k of r.getGraph().nodes()) {
      const d = r.getNodeDisplayData(k);
      if (!d || d.hidden || d.kind === "lane" || d.kind === "range") continue;
      const p = r.framedGraphToViewport(d);
      discs.push({ key: k, x: p.x, y: p.y, r: r.scaleSize(d.size) });
    }
    const labels = (hook.labels() ?? []).map((key) => {
      const d = r.getNodeDisplayData(key)!;
      const p = r.framedGraphToViewport(d);
      const size = r.scaleSize(d.size);
      const text = (d.labelShort && d.fallbackLabel) || (d.shortLabel ?? d.label ?? "");
      const w = ctx.measureText(text).width;
      const x0 = d.labelSide === "left" ? p.x - size - 3 - w : p.x + size + 3;
      return { key, kind: d.kind, text, box: { x0, x1: x0 + w, y0: p.y - 6, y1: p.y + 6 } };
    });
    return { labels, discs };
  });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

describe.skipIf(!available)("explorer in Chromium", () => {
  it("loads the bundled case and draws its graph on a non-blank canvas", async () => {
    const { page, problems } = await open(`?case=${explorer.bundledId}`);
    const info = await page.evaluate(() => {
      const r = (window as unknown as { __claimtrail: { renderer: { getGraph(): { order: number; filterNodes(f: (k: string, a: { kind: string }) => boolean): string[] } } } }).__claimtrail.renderer;
      return { order: r.getGraph().order, articles: r.getGraph().filterNodes((_k, a) => a.kind === "article").length, webgl: !!document.createElement("canvas").getContext("webgl2") };
    });
    expect(info.webgl).toBe(true);
    expect(info.order).toBeGreaterThan(0);
    expect(info.articles).toBe(5);
    expect(await inkPixels(page)).toBeGreaterThan(2000);
    expect(await page.locator("#case").inputValue()).toBe(explorer.bundledId);
    await shot(page, "explorer-bundled");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("a server without a store answers the workspace probe with 200 { writable: false }", async () => {
    const res = await fetch(`${explorer.server.url}/api/workspace`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ writable: false });
  });

  it("on the bundled case, every article and the most repeated claim are labelled, no label covers another label or a node, and dates stand apart", async () => {
    const { page, problems } = await open(`?case=${explorer.bundledId}`);
    const { labels, discs } = await drawnLabels(page);
    const graph = await page.evaluate(() => {
      const g = (window as unknown as { __claimtrail: { renderer: { getGraph(): { filterNodes(f: (k: string, a: { kind: string }) => boolean): string[]; getNodeAttributes(k: string): { importance?: number; x: number; time?: number } } } } }).__claimtrail.renderer.getGraph();
      const of = (kind: string) => g.filterNodes((_k, a) => a.kind === kind).map((k) => ({ k, ...g.getNodeAttributes(k) }));
      return { articles: of("article"), claims: of("claim") };
    });
    const shown = new Set(labels.map((l) => l.key));
    for (const a of graph.articles) expect(shown.has(a.k)).toBe(true);
    const topClaim = graph.claims.reduce((m, c) => ((c.importance ?? 0) > (m.importance ?? 0) ? c : m));
    expect(shown.has(topClaim.k)).toBe(true);
    const hit = (a: DrawnLabel["box"], b: DrawnLabel["box"]) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) expect(hit(labels[i]!.box, labels[j]!.box), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
      for (const d of discs) {
        if (d.key === labels[i]!.key) continue;
        const b = labels[i]!.box;
        const cx = Math.max(b.x0, Math.min(d.x, b.x1));
        const cy = Math.max(b.y0, Math.min(d.y, b.y1));
        expect((d.x - cx) ** 2 + (d.y - cy) ** 2 >= d.r * d.r, `${labels[i]!.text} over node ${d.key}`).toBe(true);
      }
    }
    // Distinct dates at least 30 px apart on screen, in date order.
    const dated = graph.articles.filter((a) => a.time !== undefined).sort((a, b) => a.time! - b.time!);
    const screenX = await Promise.all(dated.map((a) => display(page, a.k).then((d) => d!.x)));
    const px = await page.evaluate((xs) => xs.map((x) => (window as unknown as { __claimtrail: { renderer: { framedGraphToViewport(p: { x: number; y: number }): { x: number } } } }).__claimtrail.renderer.framedGraphToViewport({ x, y: 0 }).x), screenX);
    for (let i = 1; i < dated.length; i++) if (dated[i]!.time! > dated[i - 1]!.time!) expect(px[i]! - px[i - 1]!).toBeGreaterThanOrEqual(30);
    expect(await page.locator("#axis .tick.break").allTextContents()).toEqual(["⋯ 2 years ⋯"]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("on the bundled case, each outlet is named once in the picture and no more than eight claims are drawn", async () => {
    const { page, problems } = await open(`?case=${explorer.bundledId}`);
    const { labels } = await drawnLabels(page);
    const outlets = await page.evaluate(() => {
      const g = (window as unknown as { __claimtrail: { renderer: { getGraph(): { filterNodes(f: (k: string, a: { kind: string }) => boolean): string[]; getNodeAttribute(k: string, a: string): string } } } }).__claimtrail.renderer.getGraph();
      // The rows' outlets: their row-start node draws no name of its own (shortLabel ""), the row's first article does.
      const rows = g.filterNodes((k, a) => a.kind === "outlet" && g.getNodeAttribute(k, "shortLabel") === "");
      return { names: rows.map((k) => g.getNodeAttribute(k, "label")), claims: g.filterNodes((_k, a) => a.kind === "claim").length };
    });
    expect(outlets.claims).toBeLessThanOrEqual(8);
    expect(outlets.names).toContain("SouthFront");
    for (const name of outlets.names) {
      const naming = labels.filter((l) => l.text.startsWith(name));
      expect(naming.length, name).toBe(1);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it("on the bundled case, quote lines are faint until an article is selected, then drawn strong; a finding brings its articles forward", async () => {
    const { page, problems } = await open(`?case=${explorer.bundledId}`);
    const edge = (key: string) =>
      page.evaluate((k) => (window as unknown as { __claimtrail: { renderer: { getEdgeDisplayData(k: string): { color: string; size: number } | undefined } } }).__claimtrail.renderer.getEdgeDisplayData(k), key);
    const q = await page.evaluate(() => {
      const g = (window as unknown as { __claimtrail: { renderer: { getGraph(): { findEdge(f: (k: string, a: { kind: string }) => boolean): string | undefined; source(e: string): string; getEdgeAttributes(e: string): { color: string; focusColor: string } } } } }).__claimtrail.renderer.getGraph();
      const key = g.findEdge((_k, a) => a.kind === "quotes")!;
      return { key, article: g.source(key), ...g.getEdgeAttributes(key) };
    });
    const before = (await edge(q.key))!;
    expect(before.color).toBe(q.color);
    const selected = await open(`?case=${explorer.bundledId}&sel=node:${encodeURIComponent(q.article)}&panel=article`);
    await selected.page.locator("#panel-article h2").waitFor();
    const strong = (await selected.page.evaluate((k) => (window as unknown as { __claimtrail: { renderer: { getEdgeDisplayData(k: string): { color: string; size: number } | undefined } } }).__claimtrail.renderer.getEdgeDisplayData(k), q.key))!;
    expect(strong.color).toBe(q.focusColor);
    expect(strong.size).toBeGreaterThan(before.size);
    await shot(selected.page, "explorer-bundled-article");
    // The finding a teacher starts with: one source behind many outlets when the analysis finds it, else the first finding.
    const finding = (await page.locator('button[data-finding^="single_source_amplification"]').count()) ? page.locator('button[data-finding^="single_source_amplification"]').first() : page.locator("button[data-finding]").first();
    await finding.click();
    const focus = await page.evaluate(() => (window as unknown as { __claimtrail: { focus(): { nodes: string[] } | undefined } }).__claimtrail.focus());
    expect(focus?.nodes.length).toBeGreaterThan(1);
    for (const k of focus!.nodes) expect((await display(page, k))?.color).not.toBe(DIMMED);
    await page.waitForTimeout(500);
    await shot(page, "explorer-bundled-finding");
    expect(problems).toEqual([]);
    expect(selected.problems).toEqual([]);
    await page.close();
    await selected.page.close();
  });

  it("on the bundled case, the altered quote's comparison marks the changed words", async () => {
    const key = await (async () => {
      const { page } = await open(`?case=${explorer.bundledId}`);
      const k = await page.evaluate(() => (window as unknown as { __claimtrail: { renderer: { getGraph(): { findEdge(f: (k: string, a: { kind: string }) => boolean): string | undefined } } } }).__claimtrail.renderer.getGraph().findEdge((_k, a) => a.kind === "alters_quote"));
      await page.close();
      return k;
    })();
    expect(key).toBeDefined();
    const { page, problems } = await open(`?case=${explorer.bundledId}&sel=edge:${encodeURIComponent(key!)}&panel=compare`);
    await page.locator("#panel-compare ins").first().waitFor();
    expect((await page.locator("#panel-compare ins").allTextContents()).join(" ")).toContain("Homs desert");
    expect((await page.locator("#panel-compare del").allTextContents()).join(" ")).toContain("Badia");
    await page.waitForTimeout(300);
    await shot(page, "explorer-bundled-compare");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("on the fixture story, compares two printings whose order nothing tells without calling one the earlier", async () => {
    const key = await (async () => {
      const { page } = await open("?case=story");
      const k = await page.evaluate(() => (window as unknown as { __claimtrail: { renderer: { getGraph(): { findEdge(f: (k: string, a: { kind: string }) => boolean): string | undefined } } } }).__claimtrail.renderer.getGraph().findEdge((_k, a) => a.kind === "quotes_same"));
      await page.close();
      return k;
    })();
    expect(key).toBeDefined();
    const { page, problems } = await open(`?case=story&sel=edge:${encodeURIComponent(key!)}&panel=compare`);
    await page.locator("#panel-compare h2").first().waitFor();
    expect(await page.locator("#panel-compare h2").first().textContent()).toContain("prints the same quote as");
    expect((await page.locator("#panel-compare h3").allTextContents()).some((t) => /^(Earlier|Later):/.test(t))).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("draws the fixture story with every relation style in the legend and no CSP violation", async () => {
    const { page, problems } = await open("?case=story");
    expect(await inkPixels(page)).toBeGreaterThan(2000);
    expect(await page.locator("#legend input[type=checkbox]").count()).toBeGreaterThanOrEqual(6);
    // Month-precision and estimated dates are drawn hollow, with a range bar.
    const types = await page.evaluate(([w, k, b]) => {
      const g = (window as unknown as { __claimtrail: { renderer: { getGraph(): { getNodeAttribute(n: string, a: string): string; hasNode(n: string): boolean } } } }).__claimtrail.renderer.getGraph();
      return { wire: g.getNodeAttribute(w!, "type"), weekly: g.getNodeAttribute(k!, "type"), blog: g.getNodeAttribute(b!, "type"), bar: g.hasNode(`range:${k}:start`) };
    }, [WIRE, WEEKLY, BLOG]);
    expect(types).toEqual({ wire: "circle", weekly: "hollow", blog: "hollow", bar: true });
    await shot(page, "explorer-story");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("selecting a finding highlights its articles and dims the rest, and the URL reopens it", async () => {
    const { page, problems } = await open("?case=story");
    await page.locator('button[data-finding="f-uncredited"]').click();
    expect(await page.locator('button[data-finding="f-uncredited"]').getAttribute("aria-pressed")).toBe("true");
    expect((await display(page, WIRE))?.color).not.toBe(DIMMED);
    expect((await display(page, POST))?.color).not.toBe(DIMMED);
    expect((await display(page, WEEKLY))?.color).toBe(DIMMED);
    expect((await display(page, BLOG))?.color).toBe(DIMMED);
    await shot(page, "explorer-finding");
    const url = page.url();
    expect(url).toContain("sel=finding%3Af-uncredited");
    const again = await open(url.slice(explorer.server.url.length + 1));
    expect((await display(again.page, WEEKLY))?.color).toBe(DIMMED);
    expect((await display(again.page, POST))?.color).not.toBe(DIMMED);
    expect(problems).toEqual([]);
    await page.close();
    await again.page.close();
  });

  it("clicking an article opens it with its quotation marked, and its altered-quote relation shows the changed words side by side", async () => {
    const { page, problems } = await open("?case=story");
    const d = await display(page, POST);
    const pos = await page.evaluate((k) => {
      const r = (window as unknown as { __claimtrail: { renderer: { graphToViewport(p: { x: number; y: number }): { x: number; y: number }; getNodeDisplayData(k: string): { x: number; y: number }; viewportToFramedGraph?: unknown } } }).__claimtrail.renderer;
      const nd = r.getNodeDisplayData(k);
      // Display data is in framed-graph coordinates; sigma's framedGraphToViewport maps them to pixels.
      return (r as unknown as { framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } }).framedGraphToViewport(nd);
    }, POST);
    expect(d).toBeDefined();
    const box = (await page.locator("#graph").boundingBox())!;
    await page.mouse.click(box.x + pos.x, box.y + pos.y);
    await page.locator("#panel-article .body mark.quotation").first().waitFor();
    expect(await page.locator("#panel-article h2").textContent()).toBe("Dam is cracking, engineer warns");
    expect(await page.locator("#panel-article .body mark.quotation").first().textContent()).toContain("along the spillway");
    await page.locator("#panel-article button.rel-alters_quote").click();
    await page.locator("#panel-compare del").first().waitFor();
    expect(await page.locator("#panel-compare del").allTextContents()).toEqual(["north wall"]);
    expect(await page.locator("#panel-compare ins").allTextContents()).toEqual(["spillway"]);
    await shot(page, "explorer-compare");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the origin trace counts independent sources and the time slider plays the story day by day", async () => {
    const { page, problems } = await open("?case=story&sel=trace:claim%3Adam-crack&panel=trace");
    await page.locator("#panel-trace .count").waitFor();
    expect(Number(await page.locator("#panel-trace .count").getAttribute("data-count"))).toBeGreaterThanOrEqual(1);
    await page.locator("#slider").fill("0");
    expect((await display(page, WIRE))?.hidden).toBeFalsy();
    expect((await display(page, POST))?.hidden).toBe(true);
    // Outlet rows stay visible while the story plays, even for an outlet first named later.
    const row = await display(page, "outlet:harbor-wire");
    expect(row).toBeDefined();
    expect(row?.hidden).toBeFalsy();
    expect(await page.locator("#time-label").textContent()).toBe("Up to 3 May 2021");
    await page.locator("#slider").fill("1");
    expect((await display(page, POST))?.hidden).toBeFalsy();
    await shot(page, "explorer-trace");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the network layout runs ForceAtlas2 in a worker under the CSP, and the view exports as PNG", async () => {
    const { page, problems } = await open("?case=story");
    const before = await display(page, WIRE);
    await page.locator("#layout-force").click();
    await page.waitForFunction(() => (window as unknown as { __claimtrail: { timings: { forceLayout?: number } } }).__claimtrail.timings.forceLayout !== undefined, null, { timeout: 20_000 });
    const after = await page.evaluate((k) => {
      const g = (window as unknown as { __claimtrail: { renderer: { getGraph(): { getNodeAttributes(n: string): { x: number; y: number } } } } }).__claimtrail.renderer.getGraph();
      return g.getNodeAttributes(k);
    }, WIRE);
    expect(before).toBeDefined();
    expect(page.url()).toContain("layout=force");
    expect(Number.isFinite(after.x) && Number.isFinite(after.y)).toBe(true);
    expect(await inkPixels(page)).toBeGreaterThan(1000);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#png").click()]);
    expect(download.suggestedFilename()).toBe("story.png");
    await shot(page, "explorer-force");
    expect(problems).toEqual([]);
    await page.close();
  });

  it("renders a hostile article inert: no dialog, no script run, no element injected, no javascript: link", async () => {
    const { page, problems } = await open(`?case=hostile&sel=node:${EVIL}`);
    await page.locator("#panel-article .body").waitFor();
    await page.locator("#panel-article .body").hover();
    await page.locator("#tab-findings").click();
    await page.locator("#tab-list").click();
    const result = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: string }).__pwned,
      injected: document.querySelectorAll("#side script, #side img, #side iframe, #side svg, #side b, #stage img, #stage script").length,
      jsLinks: [...document.querySelectorAll("a")].filter((a) => /^\s*javascript:/i.test(a.getAttribute("href") ?? "")).length,
      bodyText: document.querySelector("#panel-article .body")?.textContent ?? "",
      title: document.querySelector("#panel-article h2")?.textContent ?? "",
      finding: document.querySelector("#panel-findings .explanation")?.textContent ?? "",
    }));
    expect(result.pwned).toBeUndefined();
    expect(result.injected).toBe(0);
    expect(result.jsLinks).toBe(0);
    expect(result.bodyText).toContain(`<img src=x onerror="window.__pwned='body-img'">`);
    expect(result.title).toContain("<script>");
    expect(result.finding).toContain("onerror");
    await page.locator("#tab-article").click();
    await shot(page, "explorer-hostile");
    expect(problems).toEqual([]);
    await page.close();
  });
});
