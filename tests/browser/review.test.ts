/** Reviewing in a real browser (Debian Chromium) against a real server and store holding the bundled case: reject an arrow from its panel, and the finding that rested on it is gone after the re-analysis; the rejection is kept with who and why. */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_DIR } from "../../src/cli/serve.ts";
import { createApp } from "../../src/server/app.ts";
import { buildClientBundle } from "../../src/server/bundle.ts";
import { storeCatalog } from "../../src/store/catalog.ts";
import { importCaseFolder } from "../../src/store/folder.ts";
import type { Store } from "../../src/store/store.ts";
import { REFERENCE_CASE, tempStore, testRegistry } from "../store/helpers.ts";
import { browserAvailable, launchBrowser } from "./harness.ts";

const EDGE = "theaustralian-2019-03->republishes->outlet:sunday-times";

describe.skipIf(!browserAvailable())("reviewing an arrow in the explorer", { timeout: 180_000 }, () => {
  let browser: Browser;
  let server: Server;
  let store: Store;
  let cleanup: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    ({ store, cleanup } = await tempStore());
    const registry = await testRegistry();
    await importCaseFolder(store, REFERENCE_CASE, registry);
    const app = createApp({ cases: storeCatalog(store, registry), bundle: await buildClientBundle(), publicDir: PUBLIC_DIR, workspace: { store, registry } });
    server = await new Promise((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    server?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    await cleanup?.();
  });

  it("rejects the syndication arrow with a name and a reason; after the reload the finding is gone and the panel says who rejected it", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${url}?case=baghdadi-2019&sel=edge:${encodeURIComponent(EDGE)}&panel=compare`);
    await page.waitForSelector(".ws-review", { timeout: 120_000 });
    expect(await page.textContent(".ws-review-standing")).toBe("Not checked by a person yet.");
    expect(await page.textContent("body")).toContain("runs a story by The Sunday Times");

    await page.fill('input[aria-label="Your name"]', "Ana <i>teacher</i>");
    await page.fill('input[aria-label="Reason (optional)"]', "the credit is for a photo");
    await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.click(".ws-review >> text=Reject")]);

    const kept = store.reviews("baghdadi-2019");
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ action: "reject", reviewer: "Ana <i>teacher</i>", reason: "the credit is for a photo", anchor: { kind: "republishes", from: "theaustralian-2019-03" } });

    await page.waitForSelector(".ws-review", { timeout: 120_000 });
    // The name is shown as text, never as markup.
    expect(await page.textContent(".ws-review-standing")).toBe("Rejected by Ana <i>teacher</i>: the credit is for a photo. It grounds no finding.");
    expect(await page.$(".ws-review i")).toBeNull();
    expect(await page.textContent("body")).not.toContain("runs a story by The Sunday Times");
    // The name is remembered by the browser for the next review.
    expect(await page.inputValue('input[aria-label="Your name"]')).toBe("Ana <i>teacher</i>");
    expect(errors).toEqual([]);
    await page.close();
  });
});
