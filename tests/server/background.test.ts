import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { generatedArticle } from "../../bench/loadCorpus.ts";
import { PUBLIC_DIR } from "../../src/cli/serve.ts";
import type { SerializedProvenanceGraph } from "../../src/graph/types.ts";
import { createApp } from "../../src/server/app.ts";
import type { AnalysingResponse, CaseListResponse } from "../../src/server/types.ts";
import { storeCatalog, type StoreCatalog } from "../../src/store/catalog.ts";
import { importCaseFolder } from "../../src/store/folder.ts";
import { prepareArticle } from "../../src/store/prepare.ts";
import type { Store } from "../../src/store/store.ts";
import { createArticlePool } from "../../src/workers/pool.ts";
import { REFERENCE_CASE, tempStore, testRegistry } from "../store/helpers.ts";

// A server whose catalog analyses in the background (as `claimtrail serve` runs it), on an ephemeral port, real HTTP.
interface Ctx {
  url: string;
  store: Store;
  catalog: StoreCatalog;
  close: () => Promise<void>;
}
const open: Ctx[] = [];
const pool = createArticlePool(2);
afterAll(() => pool.destroy());
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function start(): Promise<Ctx> {
  const { store, cleanup } = await tempStore();
  await importCaseFolder(store, REFERENCE_CASE, registry);
  const catalog = storeCatalog(store, registry, "test-code", { background: true, pool });
  const app = createApp({ cases: catalog, bundle: { js: "" }, publicDir: PUBLIC_DIR, workspace: { store, registry } });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const ctx: Ctx = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    store,
    catalog,
    close: async () => {
      await catalog.idle();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await cleanup();
    },
  };
  open.push(ctx);
  return ctx;
}

type GraphAnswer = SerializedProvenanceGraph & { analysing?: boolean; progress?: { stage: string; done: number; total: number } };
const articleKeys = (g: SerializedProvenanceGraph) => g.nodes.filter((n) => n.attributes.kind === "article").map((n) => n.key).sort();

const registry = await testRegistry();
function addText(ctx: Ctx, caseId: string, text: string, title: string): string {
  const { article } = prepareArticle({ format: "text", bytes: Buffer.from(text), given: { title, outlet: "Valley Herald" } }, registry);
  return ctx.store.addArticle(caseId, article);
}

describe("a server that analyses in the background", { timeout: 180_000 }, () => {
  it("answers 202 with progress before the first analysis, then the graph; during a re-analysis the last complete graph marked analysing", async () => {
    const ctx = await start();
    const first = await fetch(`${ctx.url}/api/cases/baghdadi-2019/graph`);
    expect(first.status).toBe(202);
    const waiting = (await first.json()) as AnalysingResponse;
    expect(waiting).toMatchObject({ case: "baghdadi-2019", analysing: true, progress: { stage: expect.any(String), done: expect.any(Number), total: expect.any(Number) } });

    await ctx.catalog.idle();
    const ready = (await (await fetch(`${ctx.url}/api/cases/baghdadi-2019/graph`)).json()) as GraphAnswer;
    expect(ready.analysing).toBeUndefined();
    expect(articleKeys(ready)).toHaveLength(5);

    const added = addText(ctx, "baghdadi-2019", "The regional office said on Friday that the dam inspection would be delayed by a month.", "Dam inspection delayed");
    // Enough new articles that the re-analysis is still under way at the next two requests (the generated text in its
    // cheaper made-up-words form: the test needs articles, not English).
    for (let i = 0; i < 40; i++) addText(ctx, "baghdadi-2019", generatedArticle(i, undefined, "syllables"), `Generated ${i}`);
    const during = (await (await fetch(`${ctx.url}/api/cases/baghdadi-2019/graph?lean=1`)).json()) as GraphAnswer;
    expect(during.analysing).toBe(true);
    expect(during.progress).toMatchObject({ stage: expect.any(String) });
    expect(articleKeys(during)).toEqual(articleKeys(ready));
    const list = (await (await fetch(`${ctx.url}/api/cases`)).json()) as CaseListResponse;
    expect(list.cases[0]).toMatchObject({ id: "baghdadi-2019", analysing: true });

    await ctx.catalog.idle();
    const after = (await (await fetch(`${ctx.url}/api/cases/baghdadi-2019/graph`)).json()) as GraphAnswer;
    expect(after.analysing).toBeUndefined();
    expect(articleKeys(after)).toContain(added);
  });

  it("answers a read of one case while another is being analysed", async () => {
    const ctx = await start();
    await fetch(`${ctx.url}/api/cases/baghdadi-2019/graph`);
    await ctx.catalog.idle();
    const big = ctx.store.createCase({ title: "Generated" });
    for (let i = 0; i < 40; i++) addText(ctx, big, generatedArticle(i, undefined, "syllables"), `Generated ${i}`);
    expect((await fetch(`${ctx.url}/api/cases/${big}/graph`)).status).toBe(202);
    const other = await fetch(`${ctx.url}/api/cases/baghdadi-2019/graph`);
    expect(other.status).toBe(200);
    // The other case answered while the big one was still under way: no read waits for another case's analysis.
    expect(ctx.catalog.state(big)?.analysing).toBe(true);
    await ctx.catalog.idle();
    expect(ctx.catalog.state(big)).toMatchObject({ analysing: false });
  });
});

describe("case folders served in the background (claimtrail serve <folders>)", { timeout: 180_000 }, () => {
  it("answers 202 with progress until a folder is analysed, then its graph; a folder that fails answers its error to its own reads only", async () => {
    const { folderCatalog } = await import("../../src/server/catalog.ts");
    const { analyseCaseFolder } = await import("../../src/pipeline.ts");
    const { startServer } = await import("./helpers.ts");
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const cases = folderCatalog([REFERENCE_CASE, "/no/such/case"], ["baghdadi-2019", "missing"], {
      analyse: async (folder, _id, progress) => {
        progress("read", 0, 5);
        await gate;
        return analyseCaseFolder(folder);
      },
    });
    const server = await startServer(cases);
    try {
      const waiting = await fetch(`${server.url}/api/cases/baghdadi-2019/graph`);
      expect(waiting.status).toBe(202);
      expect(await waiting.json()).toMatchObject({ analysing: true, progress: { stage: "read", done: 0, total: 5 } });
      release();
      await cases.done;
      const ready = (await (await fetch(`${server.url}/api/cases/baghdadi-2019/graph`)).json()) as GraphAnswer;
      expect(articleKeys(ready)).toHaveLength(5);
      const failed = await fetch(`${server.url}/api/cases/missing/graph`);
      expect(failed.status).toBe(400);
      expect(await failed.json()).toMatchObject({ error: { message: expect.stringContaining("'/no/such/case' does not exist") } });
      const list = (await (await fetch(`${server.url}/api/cases`)).json()) as CaseListResponse;
      expect(list.cases.map((c) => c.id)).toEqual(["baghdadi-2019", "missing"]);
    } finally {
      await server.close();
    }
  });
});
