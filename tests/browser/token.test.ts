import { describe, expect, it } from "vitest";
import { browserAvailable, useWorkspaceExplorer } from "./harness.ts";

// A shared workspace (configured as on --host 0.0.0.0, so writes need the token) in real Chromium: the person who opens
// the printed ?token= link can change cases, someone with the plain link is told how to get that right. Article text written for this test.
const TEXT = "The library will open on Sundays from March, the city council said after a vote on Thursday evening.";
const TOKEN = "browser-test-token-0123456789";

describe.skipIf(!browserAvailable())("the explorer on a token-protected workspace", () => {
  const explorer = useWorkspaceExplorer({ prepare: (store) => store.createCase({ title: "Library hours" }), door: { bindHost: "0.0.0.0", token: TOKEN } });

  it("opened with the printed ?token= link: the token leaves the address bar, and adding an article works across reloads", async () => {
    const page = await explorer.browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${explorer.url}?case=library-hours&token=${TOKEN}`);
    await page.waitForSelector("#workspace summary");
    expect(page.url()).not.toContain("token");
    expect(page.url()).toContain("case=library-hours");

    await page.click("#workspace summary");
    await page.fill('textarea[aria-label="Article text"]', TEXT);
    await page.fill('input[aria-label="Outlet"]', "City Courier");
    // Adding reloads the page: the token comes back from the tab's session storage, not the address.
    await Promise.all([page.waitForNavigation(), page.click("text=Add article")]);
    expect(explorer.store.getCase("library-hours")?.articles).toBe(1);
    await page.waitForSelector("#workspace summary");
    expect(page.url()).not.toContain("token");

    await page.click("#workspace summary");
    await page.fill('input[aria-label="New title of this case"]', "Library opening hours");
    await Promise.all([page.waitForNavigation(), page.click('button:text-is("Rename")')]);
    expect(explorer.store.getCase("library-hours")?.title).toBe("Library opening hours");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opened with the read-only link: no editing controls, and a badge that says to ask for the link with the token", async () => {
    const context = await explorer.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${explorer.url}?case=library-hours`);
    await page.waitForSelector(".ws-readonly");
    expect(await page.textContent(".ws-readonly")).toMatch(/ask for the link with the token/);
    expect(await page.$("#workspace")).toBeNull();
    await context.close();
  });

  it("an out-of-date token is named as such", async () => {
    const context = await explorer.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${explorer.url}?case=library-hours&token=from-an-earlier-start-0123456789`);
    await page.waitForSelector(".ws-readonly");
    expect(await page.textContent(".ws-readonly")).toMatch(/token out of date/);
    await context.close();
  });
});
