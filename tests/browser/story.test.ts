/** Story mode end to end in headless Chromium on the bundled case: walk every step with the keyboard, each step lights what it says on a non-blank canvas, a link to step 3 reopens step 3, presenter view shows no panel. Screenshots go to test-artifacts/. */
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { importCaseFolder } from "../../src/store/folder.ts";
import { openStore } from "../../src/store/store.ts";
import { REFERENCE_CASE, tempStore, testRegistry } from "../store/helpers.ts";
import { ARTIFACTS, browserAvailable, startWorkspaceExplorer, useExplorer } from "./harness.ts";

const DIMMED = "#e2e8f0";

const available = browserAvailable();
const explorer = useExplorer();

interface Step {
  id: string;
  title: string;
  caption: string;
  nodes: string[];
  edges: string[];
}

type Hook = {
  ready: boolean;
  handout(): Promise<string>;
  error?: string;
  story(): { step?: number; steps: Step[] };
  focus(): { nodes: string[]; edges: string[] } | undefined;
  renderer: {
    refresh(): void;
    getCanvases(): Record<string, HTMLCanvasElement>;
    getDimensions(): { width: number; height: number };
    getNodeDisplayData(k: string): { color: string; hidden?: boolean } | undefined;
    getEdgeDisplayData(k: string): { hidden?: boolean } | undefined;
    getGraph(): { filterNodes(f: (k: string, a: { kind: string }) => boolean): string[] };
  };
};

async function open(query: string): Promise<{ page: Page; problems: string[] }> {
  const page = await explorer.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (/Failed to load resource/.test(m.text())) return;
    if (m.type() === "error" || /Content Security Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`http ${r.status()}: ${r.url()}`);
  });
  await page.goto(`${explorer.server.url}/${query}`);
  await page.waitForFunction(() => {
    const h = (window as unknown as { __claimtrail?: { ready: boolean; error?: string } }).__claimtrail;
    return h?.ready || h?.error;
  }, null, { timeout: 20_000 });
  expect(await page.evaluate(() => (window as unknown as { __claimtrail: Hook }).__claimtrail.error)).toBeUndefined();
  return { page, problems };
}

/** Non-white pixels of sigma's layers composed right after a synchronous render. */
function inkPixels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const r = (window as unknown as { __claimtrail: Hook }).__claimtrail.renderer;
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

/** What the page shows now: the step, its caption, what is lit, and how the lit and the other articles are drawn. */
function shown(page: Page) {
  return page.evaluate((dimmed) => {
    const hook = (window as unknown as { __claimtrail: Hook }).__claimtrail;
    const r = hook.renderer;
    const focus = hook.focus();
    const lit = new Set(focus?.nodes ?? []);
    const articles = r.getGraph().filterNodes((_k, a) => a.kind === "article");
    return {
      step: hook.story().step,
      caption: document.getElementById("story-caption")?.textContent ?? "",
      count: document.getElementById("story-count")?.textContent ?? "",
      focus: focus ? { nodes: [...focus.nodes].sort(), edges: [...focus.edges].sort() } : undefined,
      litColours: [...lit].map((k) => r.getNodeDisplayData(k)).filter((d) => d !== undefined).map((d) => d!.color),
      // Not lit: dimmed, or not yet published at the step's date.
      otherArticlesDimmed: articles.filter((k) => !lit.has(k)).every((k) => r.getNodeDisplayData(k)?.hidden || r.getNodeDisplayData(k)?.color === dimmed),
      hiddenArticles: articles.filter((k) => r.getNodeDisplayData(k)?.hidden).length,
      litHidden: [...lit].filter((k) => r.getNodeDisplayData(k)?.hidden),
      timeLabel: document.getElementById("time-label")?.textContent ?? "",
      litEdgesDrawn: (focus?.edges ?? []).every((k) => r.getEdgeDisplayData(k) === undefined || !r.getEdgeDisplayData(k)!.hidden),
      url: location.href,
    };
  }, DIMMED);
}

describe.skipIf(!available)("story mode in Chromium", () => {
  it("walks the whole story of the bundled case with the keyboard: each step lights what it says, on a non-blank canvas", async () => {
    const { page, problems } = await open(`?case=${explorer.bundledId}`);
    const steps = await page.evaluate(() => (window as unknown as { __claimtrail: Hook }).__claimtrail.story().steps);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    await page.locator("#story-open").click();
    for (let i = 1; i <= steps.length; i++) {
      if (i > 1) await page.keyboard.press("ArrowRight");
      const s = await shown(page);
      const step = steps[i - 1]!;
      expect(s.step).toBe(i);
      expect(s.count).toBe(`Step ${i} of ${steps.length}`);
      expect(s.caption).toBe(step.caption);
      expect(s.focus).toEqual({ nodes: [...step.nodes].sort(), edges: [...step.edges].sort() });
      expect(s.litColours.length).toBeGreaterThan(0);
      for (const c of s.litColours) expect(c).not.toBe(DIMMED);
      expect(s.otherArticlesDimmed).toBe(true);
      expect(s.litHidden).toEqual([]);
      // The picture grows with the story: the first step shows only what was published by then; the last shows every date.
      if (i === 1) {
        expect(s.hiddenArticles).toBeGreaterThan(0);
        expect(s.timeLabel).toMatch(/^Up to /);
      }
      if (i === steps.length) {
        expect(s.hiddenArticles).toBe(0);
        expect(s.timeLabel).toBe("All dates");
      }
      expect(s.litEdgesDrawn).toBe(true);
      expect(s.url).toContain(`story=${i}`);
      expect(await inkPixels(page)).toBeGreaterThan(1500);
      if (i === 1 || i === 2) await page.screenshot({ path: path.join(ARTIFACTS, `story-step-${i}.png`) });
    }
    // Past the end nothing moves; back goes back.
    await page.keyboard.press("ArrowRight");
    expect((await shown(page)).step).toBe(steps.length);
    expect(await page.locator("#story-next").isDisabled()).toBe(true);
    await page.keyboard.press("ArrowLeft");
    expect((await shown(page)).step).toBe(steps.length - 1);
    // Esc leaves the story: nothing lit, the bar gone.
    await page.keyboard.press("Escape");
    expect((await shown(page)).focus).toBeUndefined();
    expect(await page.locator("#story").isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the address of step 3 reopens step 3", async () => {
    const first = await open(`?case=${explorer.bundledId}`);
    await first.page.locator("#story-open").click();
    await first.page.locator("#story-next").click();
    await first.page.locator("#story-next").click();
    const at3 = await shown(first.page);
    expect(at3.step).toBe(3);
    const again = await open(at3.url.slice(explorer.server.url.length + 1));
    const reopened = await shown(again.page);
    expect(reopened.step).toBe(3);
    expect(reopened.caption).toBe(at3.caption);
    expect(reopened.focus).toEqual(at3.focus);
    expect(await inkPixels(again.page)).toBeGreaterThan(1500);
    // The hand-written forms of the link open it too.
    for (const q of [`?case=${explorer.bundledId}&step=3`, `?case=${explorer.bundledId}#story=3`]) {
      const other = await open(q);
      expect((await shown(other.page)).step).toBe(3);
      expect(other.problems).toEqual([]);
      await other.page.close();
    }
    expect(first.problems).toEqual([]);
    expect(again.problems).toEqual([]);
    await first.page.close();
    await again.page.close();
  });

  it("presenter view shows the picture and the caption in large type, and no panel", async () => {
    const { page, problems } = await open(`?case=${explorer.bundledId}&story=2`);
    await page.locator("#story-present").click();
    expect(page.url()).toContain("present=1");
    for (const sel of ["#side", "header.bar", "#legend", "footer.time"]) expect(await page.locator(sel).isVisible(), sel).toBe(false);
    expect(await page.locator("#story").isVisible()).toBe(true);
    expect(await page.locator("#story-caption").evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(22);
    const width = await page.locator("#graph").evaluate((el) => el.clientWidth);
    expect(width).toBeGreaterThan(1300);
    expect(await inkPixels(page)).toBeGreaterThan(1500);
    await page.keyboard.press("ArrowRight");
    expect((await shown(page)).step).toBe(3);
    await page.screenshot({ path: path.join(ARTIFACTS, "story-presenter.png") });
    // Esc leaves presenter view first, then the story.
    await page.keyboard.press("Escape");
    expect(await page.locator("#side").isVisible()).toBe(true);
    expect((await shown(page)).step).toBe(3);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the handout of the bundled case is one self-contained page with a non-blank still per step, and the button saves it", async () => {
    const { page, problems } = await open(`?case=${explorer.bundledId}&story=2`);
    const steps = await page.evaluate(() => (window as unknown as { __claimtrail: Hook }).__claimtrail.story().steps);
    const html = await page.evaluate(() => (window as unknown as { __claimtrail: Hook }).__claimtrail.handout());
    expect(html).not.toMatch(/<script|<link |src="http/i);
    // The page's parts read here; each still decoded in the browser and its ink counted.
    const sections = [...html.matchAll(/<section id="(step-\d+)">[\s\S]*?<img src="([^"]+)"[\s\S]*?<p class="caption">([\s\S]*?)<\/p>/g)].map((m) => ({ id: m[1]!, src: m[2]!, caption: m[3]! }));
    expect(sections.map((x) => x.id)).toEqual(steps.map((_s, i) => `step-${i + 1}`));
    const unescape = (t: string) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
    expect(sections.map((x) => unescape(x.caption))).toEqual(steps.map((x) => x.caption));
    const inks = await page.evaluate(async (srcs) => {
      const out: number[] = [];
      for (const src of srcs) {
        const el = new Image();
        el.src = src;
        await el.decode();
        const c = document.createElement("canvas");
        c.width = el.naturalWidth;
        c.height = el.naturalHeight;
        const ctx = c.getContext("2d")!;
        ctx.drawImage(el, 0, 0);
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        let ink = 0;
        for (let i = 0; i < px.length; i += 4) if (px[i]! < 235 || px[i + 1]! < 235 || px[i + 2]! < 235) ink++;
        out.push(ink);
      }
      return out;
    }, sections.map((x) => x.src));
    for (const [i, ink] of inks.entries()) expect(ink, `step ${i + 1}`).toBeGreaterThan(1500);
    // The explorer is back on the step it was on.
    expect((await shown(page)).step).toBe(2);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#story-handout").click()]);
    expect(download.suggestedFilename()).toBe(`${explorer.bundledId}-story.html`);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it("a teacher's caption replaces claimtrail's for that step, survives a reload, goes into the handout, and claimtrail's words come back on request", async () => {
    const { page, problems } = await open(`?case=${explorer.bundledId}&story=2`);
    const generated = (await shown(page)).caption;
    const mine = "<b>Point at</b> the arrows: SouthFront names Asia Times, yet changes the quote.";
    await page.locator("#story-edit").click();
    await page.locator("#story-editor").fill(mine);
    // Arrow keys move the cursor in the editor, not the story.
    await page.locator("#story-editor").press("ArrowRight");
    expect((await shown(page)).step).toBe(2);
    await page.locator("#story-save").click();
    expect((await shown(page)).caption).toBe(mine);
    expect(await page.locator("#story-caption b").count()).toBe(0);
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __claimtrail?: { ready: boolean } }).__claimtrail?.ready);
    const after = await shown(page);
    expect(after.step).toBe(2);
    expect(after.caption).toBe(mine);
    expect(await page.locator("#story-caption.edited").count()).toBe(1);
    const steps = await page.evaluate(() => (window as unknown as { __claimtrail: Hook }).__claimtrail.story().steps);
    expect(steps[1]!.caption).toBe(mine);
    const html = await page.evaluate(() => (window as unknown as { __claimtrail: Hook }).__claimtrail.handout());
    expect(html).toContain("&lt;b&gt;Point at&lt;/b&gt; the arrows");
    await page.locator("#story-edit").click();
    await page.locator("#story-reset").click();
    expect((await shown(page)).caption).toBe(generated);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});

describe.skipIf(!available)("a teacher's story kept with the case in the workspace", () => {
  it("a teacher's edited caption survives a re-analysis and a restart; a hidden step and a step of their own too", async () => {
    const { store, dir, cleanup } = await tempStore();
    const registry = await testRegistry();
    const caseId = (await importCaseFolder(store, REFERENCE_CASE, registry)).id;
    let served = await startWorkspaceExplorer(store, registry);
    let reopened: ReturnType<typeof openStore> | undefined;
    try {
      const page = await explorer.browser.newPage({ viewport: { width: 1400, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      const ready = () => page.waitForFunction(() => (window as unknown as { __claimtrail?: { ready: boolean } }).__claimtrail?.ready, null, { timeout: 30_000 });
      const saved = () => page.waitForResponse((r) => r.request().method() === "PUT" && r.url().endsWith("/story") && r.ok());
      await page.goto(`${served.url}?case=${caseId}&story=2`);
      await ready();
      const total = (await shown(page)).count;
      const mine = "Ask the class: who printed this first, and how do we know?";
      await page.locator("#story-edit").click();
      expect(await page.locator("#story-kept").textContent()).toMatch(/with the case in the workspace/);
      await page.locator("#story-editor").fill(mine);
      await Promise.all([saved(), page.locator("#story-save").click()]);
      // The last step is hidden from the class.
      const steps = await page.evaluate(() => (window as unknown as { __claimtrail: Hook }).__claimtrail.story().steps);
      await page.goto(`${served.url}?case=${caseId}&story=${steps.length}`);
      await ready();
      const lastCaption = (await shown(page)).caption;
      await page.locator("#story-edit").click();
      await Promise.all([saved(), page.locator("#story-hide").click()]);
      // A step of the teacher's own, over an article they selected.
      await page.goto(`${served.url}?case=${caseId}&sel=node:asiatimes-2019-03-28`);
      await ready();
      await page.locator("#story-add").click();
      await page.locator("#story-editor").fill("Our own step: this is the article to read first.");
      await Promise.all([saved(), page.locator("#story-save").click()]);
      expect((await shown(page)).focus?.nodes).toContain("asiatimes-2019-03-28");

      // A correction re-analyses the case; then the server stops and starts again on the same workspace (a new port: a new origin, so no browser storage helps).
      const patched = await fetch(`${served.url}api/cases/${caseId}/articles/theaustralian-2019-03`, { method: "PATCH", headers: { "content-type": "application/json" }, body: JSON.stringify({ title: "A corrected title" }) });
      expect(patched.status).toBe(200);
      await served.close();
      store.close();
      reopened = openStore(dir);
      served = await startWorkspaceExplorer(reopened, registry);
      await page.goto(`${served.url}?case=${caseId}&story=2`);
      await ready();
      const after = await shown(page);
      expect(after.caption).toBe(mine);
      expect(await page.locator("#story-caption.edited").count()).toBe(1);
      const captions = (await page.evaluate(() => (window as unknown as { __claimtrail: Hook }).__claimtrail.story().steps)).map((x) => x.caption);
      expect(captions).not.toContain(lastCaption);
      expect(captions.at(-1)).toBe("Our own step: this is the article to read first.");
      expect(after.count).toBe(total);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await served.close();
      if (reopened?.db.open) reopened.close();
      if (store.db.open) store.close();
      await cleanup();
    }
  }, 120_000);
});

describe.skipIf(!available)("the quiz in Chromium", () => {
  type QuizHook = Hook & { quiz(): { state?: { picked?: string; count?: number; revealed: boolean }; key?: { claim: string; firstPrinted: string[]; independentSources: number; choices: { key: string }[] } } };
  const quizOf = (page: Page) => page.evaluate(() => (window as unknown as { __claimtrail: QuizHook }).__claimtrail.quiz());

  it("on the bundled case hides the arrows' kinds and the findings, checks both answers against the report's, then reveals them and tells the story", async () => {
    const { page, problems } = await open(`?case=${explorer.bundledId}`);
    await page.locator("#quiz-open").click();
    const { key } = await quizOf(page);
    expect(key).toBeDefined();
    // The answer key is the report's: where the claim first appears (whatever that article's side), the independent sources it states.
    const graph = (await (await fetch(`${explorer.server.url}/api/cases/${explorer.bundledId}/graph`)).json()) as { nodes: { key: string; attributes: { origins?: string[]; appearsFirstIn?: string[]; independentSources?: number; primarySources?: string[] } }[] };
    const claim = graph.nodes.find((n) => n.key === key!.claim)!.attributes;
    expect(key!.firstPrinted).toEqual(claim.appearsFirstIn ?? claim.origins);
    expect(key!.independentSources).toBe(claim.independentSources);
    expect(key!.independentSources).toBeGreaterThan(0);

    for (const sel of ["#side", "#legend", "#status"]) expect(await page.locator(sel).isVisible(), sel).toBe(false);
    expect(await page.locator("#quiz").isVisible()).toBe(true);
    const arrowColours = () =>
      page.evaluate(() => {
        type EdgeView = { getGraph(): { filterEdges(f: (k: string, a: { kind: string }) => boolean): string[] }; getEdgeDisplayData(k: string): { color: string; hidden?: boolean } | undefined };
        const r = (window as unknown as { __claimtrail: { renderer: EdgeView } }).__claimtrail.renderer;
        const relations = r.getGraph().filterEdges((_k, a) => a.kind !== "lane" && a.kind !== "range");
        return [...new Set(relations.map((k) => r.getEdgeDisplayData(k)).filter((d) => d && !d.hidden).map((d) => d!.color))];
      });
    expect(await arrowColours()).toEqual(["#94a3b8"]);
    expect(await inkPixels(page)).toBeGreaterThan(1500);
    await page.screenshot({ path: path.join(ARTIFACTS, "quiz.png") });

    // A wrong article, clicked in the picture.
    const wrong = key!.choices.map((c) => c.key).find((k) => !key!.firstPrinted.includes(k))!;
    const at = await page.evaluate((k) => {
      const r = (window as unknown as { __claimtrail: { renderer: { getNodeDisplayData(k: string): { x: number; y: number }; framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number } } } }).__claimtrail.renderer;
      const box = document.getElementById("graph")!.getBoundingClientRect();
      const p = r.framedGraphToViewport(r.getNodeDisplayData(k));
      return { x: box.left + p.x, y: box.top + p.y };
    }, wrong);
    await page.mouse.click(at.x, at.y);
    await expect.poll(async () => (await quizOf(page)).state?.picked).toBe(wrong);
    expect(await page.locator("#quiz-article-answer.wrong").count()).toBe(1);
    expect(await page.locator("#quiz-article").inputValue()).toBe(wrong);
    // The right one, picked from the list.
    await page.locator("#quiz-article").selectOption(key!.firstPrinted[0]!);
    expect(await page.locator("#quiz-article-answer.right").textContent()).toMatch(/^Yes: .* is the first article in this case to print it\b/);
    // How many independent sources: a wrong number, then the right one.
    await page.locator("#quiz-count").fill(String(key!.independentSources + 3));
    await page.locator("#quiz-check").click();
    expect(await page.locator("#quiz-count-answer.wrong").textContent()).toMatch(/^Fewer/);
    await page.locator("#quiz-count").fill(String(key!.independentSources));
    await page.locator("#quiz-count").press("Enter");
    expect(await page.locator("#quiz-count-answer.right").textContent()).toBe(`Yes: ${key!.independentSources}. However many articles repeat it.`);

    // Revealed: the arrows get their kinds back, and the picture lights where it started.
    await page.locator("#quiz-reveal").click();
    expect((await arrowColours()).length).toBeGreaterThan(1);
    expect((await shown(page)).focus?.nodes).toEqual(expect.arrayContaining([key!.claim, ...key!.firstPrinted]));
    await page.screenshot({ path: path.join(ARTIFACTS, "quiz-revealed.png") });
    // Then the story tells it.
    await page.locator("#quiz-story").click();
    expect((await shown(page)).step).toBe(1);
    expect(await page.locator("#quiz").isVisible()).toBe(false);
    expect(await page.locator("#side").isVisible()).toBe(true);
    expect((await quizOf(page)).state).toBeUndefined();
    // Q opens it again on a clean quiz; Esc leaves it.
    await page.keyboard.press("q");
    const again = (await quizOf(page)).state;
    expect(again).toMatchObject({ claim: key!.claim, revealed: false });
    expect(again?.picked ?? again?.count).toBeUndefined();
    await page.keyboard.press("Escape");
    expect((await quizOf(page)).state).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
