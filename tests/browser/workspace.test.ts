import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.ts";
import { tempStore, testRegistry } from "../store/helpers.ts";
import { browserAvailable, launchBrowser, startWorkspaceExplorer } from "./harness.ts";

// The explorer's editing controls in a real browser against a real server with an empty store. Article text written for this test.
const TEXT = "The harbour will close for repairs from Monday, the port authority said in a statement on Friday.";

describe.skipIf(!browserAvailable())("workspace controls in the explorer", () => {
  let browser: Browser;
  let closeServer: (() => Promise<void>) | undefined;
  let store: Store;
  let cleanup: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    ({ store, cleanup } = await tempStore());
    const registry = await testRegistry();
    ({ url, close: closeServer } = await startWorkspaceExplorer(store, registry));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await closeServer?.();
    await cleanup?.();
  });

  it("creates a case, adds a pasted article, and names a duplicate instead of adding it", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(url);
    await page.click("#workspace summary");
    await page.fill('input[aria-label="Title of the new case"]', "Harbour closure");
    await Promise.all([page.waitForURL(/\?case=harbour-closure/), page.click("text=Create case")]);
    expect(store.getCase("harbour-closure")?.title).toBe("Harbour closure");

    await page.click("#workspace summary");
    await page.fill('textarea[aria-label="Article text"]', TEXT);
    await page.fill('input[aria-label="Outlet"]', "Port Gazette");
    await Promise.all([page.waitForNavigation(), page.click("text=Add article")]);
    expect(store.getCase("harbour-closure")?.articles).toBe(1);

    await page.click("#workspace summary");
    await page.fill('textarea[aria-label="Article text"]', TEXT);
    await page.click("text=Add article");
    await expect.poll(() => page.textContent(".ws-message")).toMatch(/Already in this case as/);
    expect(store.getCase("harbour-closure")?.articles).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("corrects an article's outlet from its panel, keeps the correction apart from what was extracted, and deletes it", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const id = store.articles("harbour-closure")[0]?.id ?? "";
    expect(id).not.toBe("");
    // The view's state lives in the address: this opens the article panel on that article.
    await page.goto(`${url}?case=harbour-closure&sel=node:${encodeURIComponent(id)}&panel=article`);
    await page.click("text=Correct or delete this article");
    await page.fill('input[aria-label="Corrected outlet"]', "Harbour Gazette");
    await Promise.all([page.waitForNavigation(), page.click("text=Save corrections")]);
    const graph = (await (await fetch(`${url}api/cases/harbour-closure/graph`)).json()) as { nodes: { key: string; attributes: { kind: string; outletName?: string } }[] };
    expect(graph.nodes.find((n) => n.key === id)?.attributes.outletName).toBe("Harbour Gazette");
    const record = (await (await fetch(`${url}api/cases/harbour-closure/articles/${id}/record`)).json()) as Record<string, unknown>;
    expect(JSON.stringify(record)).toContain("Port Gazette");
    expect(JSON.stringify(record)).toContain("Harbour Gazette");

    await page.goto(`${url}?case=harbour-closure&sel=node:${encodeURIComponent(id)}&panel=article`);
    await page.click("text=Correct or delete this article");
    page.once("dialog", (d) => void d.accept());
    await Promise.all([page.waitForNavigation(), page.click("text=Delete article")]);
    expect(store.getCase("harbour-closure")?.articles).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
