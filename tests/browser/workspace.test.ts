import { describe, expect, it } from "vitest";
import { browserAvailable, useWorkspaceExplorer } from "./harness.ts";

// The explorer's editing controls in a real browser against a real server with an empty store. Article text written for this test.
const TEXT = "The harbour will close for repairs from Monday, the port authority said in a statement on Friday.";

describe.skipIf(!browserAvailable())("workspace controls in the explorer", () => {
  const explorer = useWorkspaceExplorer();

  it("creates a case, adds a pasted article, and names a duplicate instead of adding it", async () => {
    const page = await explorer.browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(explorer.url);
    await page.click("#workspace summary");
    await page.fill('input[aria-label="Title of the new case"]', "Harbour closure");
    await Promise.all([page.waitForURL(/\?case=harbour-closure/), page.click("text=Create case")]);
    expect(explorer.store.getCase("harbour-closure")?.title).toBe("Harbour closure");

    await page.click("#workspace summary");
    await page.fill('textarea[aria-label="Article text"]', TEXT);
    await page.fill('input[aria-label="Outlet"]', "Port Gazette");
    await Promise.all([page.waitForNavigation(), page.click("text=Add article")]);
    expect(explorer.store.getCase("harbour-closure")?.articles).toBe(1);

    await page.click("#workspace summary");
    await page.fill('textarea[aria-label="Article text"]', TEXT);
    await page.click("text=Add article");
    await expect.poll(() => page.textContent(".ws-message")).toMatch(/Already in this case as/);
    expect(explorer.store.getCase("harbour-closure")?.articles).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("corrects an article's outlet from its panel, keeps the correction apart from what was extracted, and deletes it", async () => {
    const page = await explorer.browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const id = explorer.store.articles("harbour-closure")[0]?.id ?? "";
    expect(id).not.toBe("");
    // The view's state lives in the address: this opens the article panel on that article.
    await page.goto(`${explorer.url}?case=harbour-closure&sel=node:${encodeURIComponent(id)}&panel=article`);
    await page.click("text=Correct or delete this article");
    await page.fill('input[aria-label="Corrected outlet"]', "Harbour Gazette");
    await Promise.all([page.waitForNavigation(), page.click("text=Save corrections")]);
    const graph = (await (await fetch(`${explorer.url}api/cases/harbour-closure/graph`)).json()) as { nodes: { key: string; attributes: { kind: string; outletName?: string } }[] };
    expect(graph.nodes.find((n) => n.key === id)?.attributes.outletName).toBe("Harbour Gazette");
    const record = (await (await fetch(`${explorer.url}api/cases/harbour-closure/articles/${id}/record`)).json()) as Record<string, unknown>;
    expect(JSON.stringify(record)).toContain("Port Gazette");
    expect(JSON.stringify(record)).toContain("Harbour Gazette");

    await page.goto(`${explorer.url}?case=harbour-closure&sel=node:${encodeURIComponent(id)}&panel=article`);
    await page.click("text=Correct or delete this article");
    page.once("dialog", (d) => void d.accept());
    await Promise.all([page.waitForNavigation(), page.click("text=Delete article")]);
    expect(explorer.store.getCase("harbour-closure")?.articles).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
