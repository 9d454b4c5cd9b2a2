import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importCaseFolder } from "../../src/store/folder.ts";
import { storeCatalog } from "../../src/store/catalog.ts";
import { prepareArticle } from "../../src/store/prepare.ts";
import type { Store } from "../../src/store/store.ts";
import { REFERENCE_CASE, tempStore, testRegistry } from "./helpers.ts";

let store: Store;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ store, cleanup } = await tempStore()));
afterEach(async () => cleanup());

const articleNodes = (g: { filterNodes: (f: (n: string, a: { kind: string }) => boolean) => string[] }) => g.filterNodes((_n, a) => a.kind === "article").sort();

// Each build runs the whole pipeline on the reference case (seconds each on a busy machine).
describe("storeCatalog", { timeout: 180_000 }, () => {
  it("reflects every change in the graph and re-cleans only the article that changed", async () => {
    const registry = await testRegistry();
    const { id } = await importCaseFolder(store, REFERENCE_CASE, registry);
    const catalog = storeCatalog(store, registry, "test-code");
    const first = catalog.get(id)!;
    expect(articleNodes(first.graph)).toHaveLength(5);
    expect(catalog.stats.computed.clean).toBe(5);
    expect(catalog.get(id)).toBe(first); // no write, no rebuild

    const text = "Valley Herald: The regional office said the dam inspection will take place in June, after the rains.";
    const { article } = prepareArticle({ format: "text", bytes: Buffer.from(text), given: { title: "Dam inspection in June", outlet: "Valley Herald" } }, registry);
    const added = store.addArticle(id, article);
    const second = catalog.get(id)!;
    expect(articleNodes(second.graph)).toContain(added);
    expect(catalog.stats.computed.clean).toBe(6);

    // An outlet no reference text names, even by its short name ("the Ledger"): the other articles need no new reading.
    store.correctArticle(id, added, { outlet: "River Ledger" });
    const third = catalog.get(id)!;
    expect((third.graph.getNodeAttributes(added) as { outletName?: string }).outletName).toBe("River Ledger");
    expect(catalog.stats.computed.clean).toBe(7);

    store.renameCase(id, "Renamed");
    expect(catalog.get(id)!.graph.getAttribute("title")).toBe("Renamed");
    store.deleteArticle(id, added);
    expect(articleNodes(catalog.get(id)!.graph)).toEqual(articleNodes(first.graph));
    expect(catalog.stats.computed.clean).toBe(7);
    // The reading stage (quotations, attributions) is cached the same way.
    expect(catalog.stats.computed.read).toBe(7);
  });

  it("reuses cached stage outputs from the database after a restart", async () => {
    const registry = await testRegistry();
    const { id } = await importCaseFolder(store, REFERENCE_CASE, registry);
    storeCatalog(store, registry, "test-code").get(id);
    const restarted = storeCatalog(store, registry, "test-code");
    restarted.get(id);
    expect(restarted.stats.computed).toEqual({});
    // New analysis code: nothing cached is trusted.
    const upgraded = storeCatalog(store, registry, "new-code");
    upgraded.get(id);
    expect(upgraded.stats.computed.clean).toBe(5);
  });

  it("lists cases with their titles and forgets deleted ones", async () => {
    const registry = await testRegistry();
    const catalog = storeCatalog(store, registry, "test-code");
    const empty = store.createCase({ title: "Empty so far" });
    expect(catalog.list()).toEqual([expect.objectContaining({ id: empty, title: "Empty so far", articles: 0 })]);
    store.deleteCase(empty);
    expect(catalog.get(empty)).toBeUndefined();
    expect(catalog.list()).toEqual([]);
  });
});
