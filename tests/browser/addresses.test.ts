import { describe, expect, it } from "vitest";
import { browserAvailable, useWorkspaceExplorer } from "./harness.ts";

// Several addresses pasted into the Edit menu, against a real server whose URL-import guard is on (as for every user):
// addresses on this machine's own network are refused, each with its reason, and nothing is added.
describe.skipIf(!browserAvailable())("several addresses from the Edit menu", () => {
  const explorer = useWorkspaceExplorer({ prepare: (store) => store.createCase({ id: "ferry-desk", title: "Ferry desk" }) });

  it("tries each address, names every failure with its reason, and refuses outlet or title for a list", async () => {
    const page = await explorer.browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${explorer.url}?case=ferry-desk`);
    await page.click("#workspace summary");
    await page.fill('textarea[aria-label="Article address"]', "http://127.0.0.1:9/ferry\nhttp://10.1.2.3/bridge");
    await page.fill('input[aria-label="Outlet"]', "Valley Post");
    await page.click("text=Add article");
    await expect.poll(() => page.textContent(".ws-message")).toMatch(/belong to one article; leave them empty to add several addresses/);

    await page.fill('input[aria-label="Outlet"]', "");
    await page.click("text=Add article");
    await expect.poll(() => page.textContent(".ws-message"), { timeout: 30_000 }).toMatch(/^Added 0 of 2, 2 failed/);
    const text = (await page.textContent(".ws-message")) ?? "";
    expect(text).toMatch(/http:\/\/127\.0\.0\.1:9\/ferry \(.*loopback address/);
    expect(text).toMatch(/http:\/\/10\.1\.2\.3\/bridge \(.*private address/);
    expect(explorer.store.getCase("ferry-desk")?.articles).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
