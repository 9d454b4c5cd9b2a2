import { describe, expect, it } from "vitest";
import type { WorkspaceOptions } from "../../src/server/workspace.ts";
import { listenOnLoopback, send, workspaceServers, type TestServer, type WorkspaceServer } from "./helpers.ts";

// Real HTTP against createApp on an ephemeral port; article texts are written for these tests.
const TEXT = "The regional office said on Friday that the dam inspection would be delayed by a month because of staff shortages.";
const OTHER = "Farmers in the valley reported the first frost of the season, two weeks earlier than last year.";

const servers = workspaceServers();

/** A workspace on a store of its own: empty, or holding the reference case when `seed`. */
async function start(options: Partial<WorkspaceOptions> = {}, seed = false): Promise<WorkspaceServer> {
  return servers.start(await servers.folder(seed ? "reference case" : "empty"), options);
}

async function articleIds(ctx: WorkspaceServer, caseId: string): Promise<string[]> {
  const graph = (await (await send(ctx, "GET", `/api/cases/${caseId}/graph`)).json()) as { nodes: { key: string; attributes: { kind: string } }[] };
  return graph.nodes.filter((n) => n.attributes.kind === "article").map((n) => n.key).sort();
}

describe("cases and articles through the API", { timeout: 120_000 }, () => {
  it("create, add by text, see the graph change, correct, delete", async () => {
    const ctx = await start();
    const created = await send(ctx, "POST", "/api/cases", { title: "Dam inspection" });
    expect(created.status).toBe(201);
    const { id: caseId } = (await created.json()) as { id: string };
    expect(await articleIds(ctx, caseId)).toEqual([]);

    const added = await send(ctx, "POST", `/api/cases/${caseId}/articles`, { text: TEXT, outlet: "Valley Herald", published: "2022-05-06", title: "Dam inspection delayed" });
    expect(added.status).toBe(201);
    const { id } = (await added.json()) as { id: string };
    expect(await articleIds(ctx, caseId)).toEqual([id]);

    const corrected = await send(ctx, "PATCH", `/api/cases/${caseId}/articles/${id}`, { outlet: "River Post" });
    expect(corrected.status).toBe(200);
    const graph = (await (await send(ctx, "GET", `/api/cases/${caseId}/graph`)).json()) as { nodes: { key: string; attributes: Record<string, unknown> }[] };
    expect(graph.nodes.find((n) => n.key === id)?.attributes.outletName).toBe("River Post");
    const record = (await (await send(ctx, "GET", `/api/cases/${caseId}/articles/${id}/record`)).json()) as Record<string, Record<string, unknown>>;
    expect(record.given).toMatchObject({ outlet: "Valley Herald" });
    expect(record.corrections).toEqual({ outlet: "River Post" });
    // The snapshot as received, and both article routes answer 404 for an id the case does not hold.
    const snapshot = await send(ctx, "GET", `/api/cases/${caseId}/articles/${id}/snapshot`);
    expect(snapshot.status).toBe(200);
    expect(await snapshot.text()).toContain("dam inspection");
    expect((await send(ctx, "GET", `/api/cases/${caseId}/articles/no-such-article/record`)).status).toBe(404);
    expect((await send(ctx, "GET", `/api/cases/${caseId}/articles/no-such-article/snapshot`)).status).toBe(404);

    expect((await send(ctx, "PATCH", `/api/cases/${caseId}`, { title: "Dam, renamed" })).status).toBe(200);
    expect(((await (await send(ctx, "GET", "/api/cases")).json()) as { cases: { title: string }[] }).cases[0]?.title).toBe("Dam, renamed");
    expect((await send(ctx, "DELETE", `/api/cases/${caseId}/articles/${id}`)).status).toBe(204);
    expect(await articleIds(ctx, caseId)).toEqual([]);
    expect((await send(ctx, "DELETE", `/api/cases/${caseId}`)).status).toBe(204);
    expect((await send(ctx, "GET", `/api/cases/${caseId}/graph`)).status).toBe(404);
  });

  it("takes an uploaded HTML file and keeps only a safe name from it", async () => {
    const ctx = await start();
    const { id: caseId } = (await (await send(ctx, "POST", "/api/cases", { title: "Uploads" })).json()) as { id: string };
    const form = new FormData();
    const html = `<html><head><title>Frost</title></head><body><article><p>${OTHER}</p><p>${OTHER.toUpperCase()} AGAIN.</p></article></body></html>`;
    form.append("file", new Blob([html], { type: "text/html" }), "../../etc/frost report.html");
    form.append("outlet", "Valley Herald");
    const res = await fetch(`${ctx.url}/api/cases/${caseId}/articles`, { method: "POST", body: form });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    expect(id).toBe("frost-report");
    expect(ctx.store.article(caseId, id)?.file).toBe("articles/frost-report.html");
    expect(await articleIds(ctx, caseId)).toEqual([id]);
  });

  it("answers a duplicate with 409 and the stored article's id, by text and by address", async () => {
    const ctx = await start();
    const { id: caseId } = (await (await send(ctx, "POST", "/api/cases", { title: "Dups" })).json()) as { id: string };
    const { id } = (await (await send(ctx, "POST", `/api/cases/${caseId}/articles`, { text: TEXT, url: "https://valley.example/dam" })).json()) as { id: string };
    const byText = await send(ctx, "POST", `/api/cases/${caseId}/articles`, { text: `  ${TEXT.replace("Friday", "FRIDAY")}\n` });
    expect(byText.status).toBe(409);
    expect(((await byText.json()) as { error: { duplicate: unknown } }).error.duplicate).toEqual({ id, by: "text" });
    // A known address is answered without fetching it (this one would not even be reachable).
    const byUrl = await send(ctx, "POST", `/api/cases/${caseId}/articles`, { url: "https://www.valley.example/dam/" });
    expect(byUrl.status).toBe(409);
    expect(((await byUrl.json()) as { error: { duplicate: unknown } }).error.duplicate).toEqual({ id, by: "url" });
    expect(ctx.store.getCase(caseId)?.articles).toBe(1);
  });
});

describe("URL import", () => {
  function pageServer(): Promise<TestServer> {
    return listenOnLoopback((req, res) => {
      if (req.url === "/to-metadata") res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end();
      else res.writeHead(200, { "content-type": "text/html" }).end(`<html><head><title>Dam delayed</title></head><body><article><p>${TEXT}</p></article></body></html>`);
    });
  }

  it("fetches once and stores the page with its final address and fetch time", async () => {
    const page = await pageServer();
    try {
      const ctx = await start({ fetch: { allowLoopback: true } });
      const { id: caseId } = (await (await send(ctx, "POST", "/api/cases", { title: "Fetched" })).json()) as { id: string };
      const res = await send(ctx, "POST", `/api/cases/${caseId}/articles`, { url: `${page.url}/article` });
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: string };
      const rec = ctx.store.article(caseId, id)!;
      expect(rec.fetch?.finalUrl).toBe(`${page.url}/article`);
      expect(rec.original.toString()).toContain(TEXT);
      expect((await send(ctx, "POST", `/api/cases/${caseId}/articles`, { url: `${page.url}/article` })).status).toBe(409);
    } finally {
      await page.close();
    }
  });

  it.each([
    ["loopback, when the server was not started to allow it", {}, "/article"],
    ["a redirect to the metadata address", { fetch: { allowLoopback: true } }, "/to-metadata"],
  ])("answers 403 for %s", async (_name, options, path) => {
    const page = await pageServer();
    try {
      const ctx = await start(options);
      const { id: caseId } = (await (await send(ctx, "POST", "/api/cases", { title: "Refused" })).json()) as { id: string };
      const res = await send(ctx, "POST", `/api/cases/${caseId}/articles`, { url: `${page.url}${path}` });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
      expect(ctx.store.getCase(caseId)?.articles).toBe(0);
    } finally {
      await page.close();
    }
  });
});

describe("safety rules", { timeout: 120_000 }, () => {
  it("answers a body above the bound with a JSON 413", async () => {
    const ctx = await start();
    const res = await send(ctx, "POST", "/api/cases", { title: "x".repeat(2 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("TOO_LARGE");
  });

  it("answers an upload above the bound with a JSON 413", async () => {
    const ctx = await start({ uploadBytes: 1000 });
    const { id: caseId } = (await (await send(ctx, "POST", "/api/cases", { title: "Big" })).json()) as { id: string };
    const form = new FormData();
    form.append("file", new Blob(["a".repeat(5000)], { type: "text/plain" }), "big.txt");
    const res = await fetch(`${ctx.url}/api/cases/${caseId}/articles`, { method: "POST", body: form });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("TOO_LARGE");
  });

  it("limits the rate of writes per client with a JSON 429, and never limits reads", async () => {
    const ctx = await start({ writesPerMinute: 3 }, true);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await send(ctx, "POST", "/api/cases", { title: `Case ${i}` })).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    for (let i = 0; i < 10; i++) expect((await send(ctx, "GET", "/api/cases/baghdadi-2019/graph")).status).toBe(200);
  });

  it("refuses every write in read-only mode with 403 while reads work", async () => {
    const ctx = await start({ readOnly: true }, true);
    const writes: [string, string, unknown][] = [
      ["POST", "/api/cases", { title: "No" }],
      ["PATCH", "/api/cases/baghdadi-2019", { title: "No" }],
      ["DELETE", "/api/cases/baghdadi-2019", undefined],
      ["POST", "/api/cases/baghdadi-2019/articles", { text: TEXT }],
      ["PATCH", "/api/cases/baghdadi-2019/articles/memo-2017-03", { outlet: "No" }],
      ["DELETE", "/api/cases/baghdadi-2019/articles/memo-2017-03", undefined],
    ];
    for (const [method, path, body] of writes) expect([method, path, (await send(ctx, method, path, body)).status]).toEqual([method, path, 403]);
    expect((await send(ctx, "GET", "/api/cases/baghdadi-2019/graph")).status).toBe(200);
    expect(((await (await send(ctx, "GET", "/api/workspace")).json()) as { writable: boolean }).writable).toBe(false);
    expect(ctx.store.getCase("baghdadi-2019")?.articles).toBe(5);
  });

  it.each([
    ["PATCH", "/api/cases/..%2F..%2Fetc/articles/x", { title: "x" }],
    ["DELETE", "/api/cases/baghdadi-2019/articles/..%2Fmemo-2017-03", undefined],
    ["PATCH", "/api/cases/baghdadi-2019/articles/memo-2017-03", { outlet: "x", id: "../../other" }],
    ["PATCH", "/api/cases/baghdadi-2019/articles/memo-2017-03", { published: "2019-02-30" }],
    ["POST", "/api/cases/baghdadi-2019/articles", { text: TEXT, html: "<p>both</p>" }],
    ["POST", "/api/cases/baghdadi-2019/articles", { outlet: "only metadata" }],
    ["POST", "/api/cases", { title: "" }],
  ])("answers 400 to %s %s with a bad id or body", async (method, path, body) => {
    const ctx = await start({}, true);
    const res = await send(ctx, method, path, body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe("INPUT");
    expect(ctx.store.getCase("baghdadi-2019")?.articles).toBe(5);
  });

  it("never sends a stack trace, and sends the security headers", async () => {
    const ctx = await start({}, true);
    // A store closed under the server makes every write fail unexpectedly: the client learns only that it failed.
    ctx.store.close();
    const res = await send(ctx, "POST", "/api/cases", { title: "Boom" });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.ts:\d+|Error:|node_modules/);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });
});
