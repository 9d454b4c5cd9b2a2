/** The server's way of analysing (background, case-level stages in a worker thread) applies the store's reviews too: a review added is in the next analysis, one deleted is gone from it. */
import { afterAll, describe, expect, it } from "vitest";
import { storeCatalog } from "../../src/store/catalog.ts";
import { importCaseFolder } from "../../src/store/folder.ts";
import { createArticlePool } from "../../src/workers/pool.ts";
import { REFERENCE_CASE, tempStore, testRegistry } from "../store/helpers.ts";

const pool = createArticlePool(1);
afterAll(() => pool.destroy());

const EDGE = "theaustralian-2019-03->republishes->outlet:sunday-times";

describe("reviews in background analysis with a worker pool", () => {
  it("the worker's graph follows the reviews the store keeps", { timeout: 180_000 }, async () => {
    const { store, cleanup } = await tempStore();
    try {
      const registry = await testRegistry();
      await importCaseFolder(store, REFERENCE_CASE, registry);
      const catalog = storeCatalog(store, registry, "test-code", { background: true, pool });
      const review = store.addReview("baghdadi-2019", {
        action: "reject",
        anchor: { kind: "republishes", from: "theaustralian-2019-03", to: "outlet:sunday-times", evidence: { article: "theaustralian-2019-03", text: "THE SUNDAY TIMES" } },
        reviewer: "Ana",
      });
      catalog.state("baghdadi-2019");
      await catalog.idle();
      const graph = catalog.get("baghdadi-2019")!.graph;
      expect(graph.getEdgeAttribute(EDGE, "review")).toBe("rejected");
      expect(graph.getAttribute("reviews")).toEqual({ applied: [review.id], orphaned: [] });
      expect(graph.getAttribute("findings").some((f) => f.type === "syndication")).toBe(false);

      store.deleteReview("baghdadi-2019", review.id);
      catalog.state("baghdadi-2019");
      await catalog.idle();
      const after = catalog.get("baghdadi-2019")!.graph;
      expect(after.getEdgeAttribute(EDGE, "review")).toBeUndefined();
      expect(after.getAttribute("findings").some((f) => f.type === "syndication")).toBe(true);
    } finally {
      await cleanup();
    }
  });
});
