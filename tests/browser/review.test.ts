/** Reviewing in a real browser (Debian Chromium) against a real server and store holding the bundled case: reject an arrow from its panel, and the finding that rested on it is gone after the re-analysis; add a source by selecting words, and the independent-source count grows. */
import type { ClaimNodeAttrs, SerializedProvenanceGraph } from "../../src/graph/types.ts";
import { describe, expect, it } from "vitest";
import { importCaseFolder } from "../../src/store/folder.ts";
import { REFERENCE_CASE } from "../store/helpers.ts";
import { browserAvailable, useWorkspaceExplorer } from "./harness.ts";

const EDGE = "theaustralian-2019-03->republishes->outlet:sunday-times";
const HOMS = "claim:isis-leader-abu-bakr-al-baghdadi-is-currently-hiding-in-the";

describe.skipIf(!browserAvailable())("reviewing an arrow in the explorer", { timeout: 180_000 }, () => {
  const explorer = useWorkspaceExplorer({ prepare: (store, registry) => importCaseFolder(store, REFERENCE_CASE, registry), timeout: 180_000 });

  it("rejects the syndication arrow with a name and a reason; after the reload the finding is gone, the panel says who rejected it and counts the arrows checked; the next unchecked arrow is confirmed with y", async () => {
    const page = await explorer.browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${explorer.url}?case=baghdadi-2019&sel=edge:${encodeURIComponent(EDGE)}&panel=compare`);
    await page.waitForSelector(".ws-review", { timeout: 120_000 });
    expect(await page.textContent(".ws-review-standing")).toBe("Not checked by a person yet.");
    expect(await page.textContent("body")).toContain("runs a story by The Sunday Times");
    await expect.poll(() => page.textContent(".ws-review-progress")).toMatch(/^0 of \d+ arrows checked/);
    const total = Number(/of (\d+) arrows/.exec((await page.textContent(".ws-review-progress")) ?? "")?.[1]);
    expect(total).toBeGreaterThan(5);

    await page.fill('input[aria-label="Your name"]', "Ana <i>teacher</i>");
    await page.fill('input[aria-label="Reason (optional)"]', "the credit is for a photo");
    await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.click(".ws-review >> text=Reject")]);

    const kept = explorer.store.reviews("baghdadi-2019");
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ action: "reject", reviewer: "Ana <i>teacher</i>", reason: "the credit is for a photo", anchor: { kind: "republishes", from: "theaustralian-2019-03" } });

    await page.waitForSelector(".ws-review", { timeout: 120_000 });
    // The name is shown as text, never as markup.
    expect(await page.textContent(".ws-review-standing")).toBe("Rejected by Ana <i>teacher</i>: the credit is for a photo. It grounds no finding.");
    expect(await page.$(".ws-review i")).toBeNull();
    expect(await page.textContent("body")).not.toContain("runs a story by The Sunday Times");
    // The name is remembered by the browser for the next review.
    expect(await page.inputValue('input[aria-label="Your name"]')).toBe("Ana <i>teacher</i>");
    await expect.poll(() => page.textContent(".ws-review-progress")).toMatch(new RegExp(`^1 of ${total} arrows checked`));

    // The keyboard flow: to the next unchecked arrow, then y confirms it.
    await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.click(".ws-next")]);
    expect(new URL(page.url()).searchParams.get("sel")).not.toBe(`edge:${EDGE}`);
    await page.waitForSelector(".ws-review-standing", { timeout: 120_000 });
    expect(await page.textContent(".ws-review-standing")).toBe("Not checked by a person yet.");
    await page.focus(".ws-confirm");
    await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.keyboard.press("y")]);
    await page.waitForSelector(".ws-review-standing", { timeout: 120_000 });
    expect(await page.textContent(".ws-review-standing")).toMatch(/^Checked by Ana <i>teacher<\/i>/);
    await expect.poll(() => page.textContent(".ws-review-progress")).toMatch(new RegExp(`^2 of ${total} arrows checked`));
    expect(explorer.store.reviews("baghdadi-2019").map((r) => r.action)).toEqual(["reject", "confirm"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("adds a missing source by selecting words in the article's text, and the claim's independent-source count grows", async () => {
    const graphOf = async () => (await (await fetch(`${explorer.url}api/cases/baghdadi-2019/graph`)).json()) as SerializedProvenanceGraph;
    const before = await graphOf();
    const claim = (g: SerializedProvenanceGraph) => g.nodes.find((n) => n.key === HOMS)?.attributes as ClaimNodeAttrs;
    const statement = before.edges.find((e) => e.key === `southfront-2019-03-29->asserts->${HOMS}`)?.attributes.evidence?.[0]?.text ?? "";
    const words = statement.split(/\s+/).slice(0, 4).join(" ");
    expect(words.length).toBeGreaterThan(5);

    const page = await explorer.browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${explorer.url}?case=baghdadi-2019&sel=node:southfront-2019-03-29&panel=article`);
    await page.waitForSelector(".ws-add", { timeout: 120_000 });
    // Select the words as a reader would with the mouse: a range over the body's text, then mouse-up.
    const selected = await page.evaluate((w) => {
      const body = document.querySelector("#panel-article .body") as HTMLElement;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n.textContent ?? "").indexOf(w);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + w.length);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        body.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        return true;
      }
      return false;
    }, words);
    expect(selected).toBe(true);
    expect(await page.textContent(".ws-selected")).toBe(words);
    await page.selectOption('select[aria-label="What the selected words are"]', "quotes");
    await page.fill('input[aria-label="Name of a new outlet or source"]', "A person a reviewer found");
    await page.fill('.ws-add input[aria-label="Your name"]', "Ana");
    await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.click(".ws-add-relation")]);

    const added = explorer.store.reviews("baghdadi-2019").find((r) => r.action === "add");
    expect(added).toMatchObject({ reviewer: "Ana", anchor: { kind: "quotes", from: "southfront-2019-03-29", to: "source:a-person-a-reviewer-found", evidence: { text: words } }, payload: { label: "A person a reviewer found" } });
    const after = await graphOf();
    expect(claim(after).primarySources).toContain("source:a-person-a-reviewer-found");
    expect(claim(after).independentSources).toBe(claim(before).independentSources + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists a review whose words are gone as orphaned, with why, in the arrow's review box", async () => {
    explorer.store.addReview("baghdadi-2019", {
      action: "reject",
      anchor: { kind: "cites", from: "southfront-2019-04-28", to: "outlet:al-khaleej", evidence: { article: "southfront-2019-04-28", text: "words this article never printed" } },
      reviewer: "Cy",
    });
    const page = await explorer.browser.newPage();
    await page.goto(`${explorer.url}?case=baghdadi-2019&sel=edge:${encodeURIComponent(EDGE)}&panel=compare`);
    await page.waitForSelector(".ws-orphaned", { timeout: 120_000 });
    expect(await page.textContent(".ws-orphaned summary")).toBe("1 review no longer matches anything in the case");
    expect(await page.textContent(".ws-orphaned li")).toMatch(/"words this article never printed" are no longer in article 'southfront-2019-04-28'/);
    await page.close();
  });

  it("renames a source from its panel, and the finding that names it follows", async () => {
    const page = await explorer.browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${explorer.url}?case=baghdadi-2019&sel=node:${encodeURIComponent("source:sofia-amara")}&panel=article`);
    await page.waitForSelector(".ws-node-review", { timeout: 120_000 });
    expect(await page.textContent(".ws-node-review .ws-review-standing")).toBe("Not reviewed by a person yet.");
    await page.fill('.ws-node-review input[aria-label="New name"]', "Sofia Amara, investigative journalist");
    await page.fill('.ws-node-review input[aria-label="Your name"]', "Ben");
    await Promise.all([page.waitForNavigation({ timeout: 60_000 }), page.click(".ws-node-review >> text=Rename")]);
    await page.waitForSelector(".ws-node-review", { timeout: 120_000 });
    expect(await page.textContent("#panel-article h2")).toBe("Sofia Amara, investigative journalist");
    expect(await page.textContent(".ws-node-review .ws-review-standing")).toBe("Renamed by Ben.");
    const findings = (await (await fetch(`${explorer.url}api/cases/baghdadi-2019/findings`)).json()) as { findings: { type: string; explanation: string }[] };
    expect(findings.findings.find((f) => f.type === "single_source_amplification")?.explanation).toContain("Sofia Amara, investigative journalist");
    expect(errors).toEqual([]);
    await page.close();
  });
});
