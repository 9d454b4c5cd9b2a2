/** The read-only JSON API over real HTTP: payloads, ETag/304, gzip, CSP, JSON errors, id validation and untrusted text returned as data. Fixtures: tests/fixtures/explorer (synthetic) and the bundled case. */
import { gunzipSync } from "node:zlib";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_CASE } from "../../src/cli/serve.ts";
import type { OriginTrace } from "../../src/analyse/types.ts";
import type { SerializedProvenanceGraph } from "../../src/graph/types.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import type { ArticleView, CaseListResponse, FindingsResponse } from "../../src/server/types.ts";
import { EVIL, fixtureCatalog, POST, WEEKLY, WIRE } from "../fixtures/explorer/fixture.ts";
import { startServer, type TestServer } from "./helpers.ts";

let server: TestServer;
let bundledId: string;

beforeAll(async () => {
  const bundled = await analyseCaseFolder(BUNDLED_CASE);
  bundledId = bundled.loaded.id;
  server = await startServer(await fixtureCatalog([bundled]));
});
afterAll(() => server.close());

/** A raw GET that keeps the bytes as sent (fetch would gunzip silently and hide Content-Encoding). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(server.url);
    // Options, not a URL string: a URL would resolve dot segments before sending.
    const req = request({ hostname, port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("payloads", () => {
  it("lists every case with its article count", async () => {
    const res = await fetch(`${server.url}/api/cases`);
    const body = (await res.json()) as CaseListResponse;
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(body.cases.map((c) => c.id).sort()).toEqual(["hostile", "story", bundledId].sort());
    expect(body.cases.find((c) => c.id === "story")?.articles).toBe(4);
  });

  it("serves the graph JSON of contract §2 with kinds on every node and edge", async () => {
    const graph = (await (await fetch(`${server.url}/api/cases/story/graph`)).json()) as SerializedProvenanceGraph;
    expect(graph.nodes.every((n) => typeof n.attributes.kind === "string")).toBe(true);
    expect(graph.edges.every((e) => typeof e.attributes.kind === "string")).toBe(true);
    expect(new Set(graph.edges.map((e) => e.attributes.kind))).toEqual(new Set(["published_by", "cites", "copies", "quotes_same", "alters_quote", "quotes", "republishes", "asserts"]));
    expect(graph.attributes.findings.length).toBe(5);
  });

  it("serves the bundled case's graph with its five articles", async () => {
    const graph = (await (await fetch(`${server.url}/api/cases/${bundledId}/graph`)).json()) as SerializedProvenanceGraph;
    expect(graph.nodes.filter((n) => n.attributes.kind === "article")).toHaveLength(5);
  });

  it("serves a lean graph without article bodies on ?lean=1, the rest unchanged", async () => {
    const full = (await (await fetch(`${server.url}/api/cases/story/graph`)).json()) as SerializedProvenanceGraph;
    const lean = (await (await fetch(`${server.url}/api/cases/story/graph?lean=1`)).json()) as SerializedProvenanceGraph;
    expect(full.nodes.some((n) => "body" in n.attributes)).toBe(true);
    expect(lean.nodes.some((n) => "body" in n.attributes)).toBe(false);
    expect(lean.nodes.map((n) => n.key)).toEqual(full.nodes.map((n) => n.key));
    expect(lean.edges).toEqual(full.edges);
  });

  it("serves findings in plain words", async () => {
    const body = (await (await fetch(`${server.url}/api/cases/story/findings`)).json()) as FindingsResponse;
    expect(body.findings.map((f) => f.type)).toContain("altered_quote");
    expect(body.findings.every((f) => f.explanation.length > 0)).toBe(true);
  });

  it("serves an article with offsets that point at the quotation, the attribution and the reused passage", async () => {
    const view = (await (await fetch(`${server.url}/api/cases/story/articles/${WEEKLY}`)).json()) as ArticleView;
    const at = (s: { start: number; end: number }) => view.body.slice(s.start, s.end);
    expect(view.meta.published).toMatchObject({ precision: "month" });
    expect(view.meta.dateLabel).toMatch(/month only/);
    expect(view.quotations.map(at)).toEqual([`"The crack runs [along the spillway] and it is growing every day,"`]);
    expect(view.quotations[0]?.speakerLabel).toBe("Dana Ruiz");
    expect(view.attributions.map(at)).toEqual(["According to the Daily Post", "Channel 9 reported"]);
    expect(view.reused.map((r) => [r.kind, r.role, r.other])).toEqual([["quotes_same", "copy", POST]]);
  });

  it("gives the earlier article of a reuse edge the passage as its source", async () => {
    const view = (await (await fetch(`${server.url}/api/cases/story/articles/${WIRE}`)).json()) as ArticleView;
    const roles = new Set(view.reused.map((r) => `${r.kind}:${r.role}`));
    expect(roles).toEqual(new Set(["copies:source", "alters_quote:source"]));
    expect(view.meta.outletInferred).toBe(false);
  });
});

describe("origin trace", () => {
  it("traces a claim back to its earliest article and counts one independent source", async () => {
    const res = await fetch(`${server.url}/api/cases/story/trace/claim%3Adam-crack`);
    expect(res.status).toBe(200);
    const trace = (await res.json()) as OriginTrace;
    expect(trace.root).toBe("claim:dam-crack");
    expect(trace.origins).toContain(WIRE);
    expect(trace.articles).toEqual(expect.arrayContaining([WIRE, POST, WEEKLY]));
    expect(trace.edges.length).toBeGreaterThan(0);
  });

  it("answers 404 JSON for a node that is not in the case", async () => {
    const res = await fetch(`${server.url}/api/cases/story/trace/claim%3Anope`);
    expect(res.status).toBe(404);
  });
});

describe("caching and compression", () => {
  it.each(["/api/cases/story/graph", `/api/cases/story/articles/${WIRE}`, "/api/cases/story/findings"])("%s answers 304 to its own ETag", async (path) => {
    const first = await fetch(`${server.url}${path}`);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"/);
    // node:http, not fetch: fetch adds "Cache-Control: no-cache" to conditional requests, which rightly forces a 200.
    const second = await rawGet(path, { "If-None-Match": etag! });
    expect(second.status).toBe(304);
    expect(second.body.length).toBe(0);
  });

  it("a different case has a different ETag", async () => {
    const a = (await fetch(`${server.url}/api/cases/story/graph`)).headers.get("etag");
    const b = (await fetch(`${server.url}/api/cases/hostile/graph`)).headers.get("etag");
    expect(a).not.toBe(b);
  });

  it("gzips the graph when the client accepts it", async () => {
    const res = await rawGet("/api/cases/story/graph", { "Accept-Encoding": "gzip" });
    expect(res.headers["content-encoding"]).toBe("gzip");
    const graph = JSON.parse(gunzipSync(res.body).toString("utf8")) as SerializedProvenanceGraph;
    expect(graph.attributes.case).toBe("story");
  });

  it("sends the same gzipped bytes and ETag on every request, and the plain JSON to a client that does not accept gzip", async () => {
    const first = await rawGet("/api/cases/story/graph", { "Accept-Encoding": "gzip" });
    const second = await rawGet("/api/cases/story/graph", { "Accept-Encoding": "gzip" });
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(Buffer.compare(first.body, second.body)).toBe(0);
    expect(second.headers.vary).toMatch(/Accept-Encoding/i);
    const plain = await rawGet("/api/cases/story/graph", { "Accept-Encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(plain.body.toString("utf8"))).toEqual(JSON.parse(gunzipSync(first.body).toString("utf8")));
  });
});

describe("security headers", () => {
  it.each(["/", "/api/cases"])("%s carries a strict Content-Security-Policy without unsafe-inline", async (path) => {
    const csp = (await fetch(`${server.url}${path}`)).headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
  });

  it("serves the page with an external module script and no inline script", async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    expect(html).toContain('<script type="module" src="/app.js">');
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
    expect(html).not.toMatch(/\sstyle=/);
  });
});

describe("errors as JSON", () => {
  it.each([
    ["/api/cases/nope/graph", 404, "NOT_FOUND"],
    ["/api/cases/story/articles/nope", 404, "NOT_FOUND"],
    ["/api/cases/story/nothing-here", 404, "NOT_FOUND"],
    ["/api/unknown", 404, "NOT_FOUND"],
    ["/no-such-page", 404, "NOT_FOUND"],
  ])("%s → %i %s with a message", async (path, status, code) => {
    const res = await fetch(`${server.url}${path}`);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/^server: /);
  });

  it.each([
    "/api/cases/..%2F..%2Fetc%2Fpasswd/graph",
    "/api/cases/story/articles/..%2F..%2Fpackage.json",
    "/api/cases/story/articles/%2E%2E",
    "/api/cases/story/articles/%2Fetc%2Fpasswd",
    "/api/cases/story/articles/a%5Cb",
    "/api/cases/story/articles/a%00b",
    "/api/cases/%3Cscript%3E/graph",
  ])("refuses the malformed id in %s with 400 JSON", async (path) => {
    // node:http sends the path as written; fetch would resolve the dot segments first.
    const res = await rawGet(path);
    expect(res.status).toBe(400);
    const body = JSON.parse(res.body.toString("utf8")) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("INPUT");
    expect(body.error.message).toContain("not a valid id");
  });

  it("never serves files outside public/ through the static route", async () => {
    const res = await rawGet("/%2e%2e/package.json");
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body.toString("utf8")).not.toContain('"dependencies"');
  });
});

describe("untrusted article text", () => {
  it("returns markup in the body and metadata as JSON string data, unchanged", async () => {
    const res = await fetch(`${server.url}/api/cases/hostile/articles/${EVIL}`);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const view = (await res.json()) as ArticleView;
    expect(view.body).toContain(`<img src=x onerror="window.__pwned='body-img'">`);
    expect(view.meta.title).toContain("<script>");
    expect(view.meta.outlet).toContain("onerror");
  });
});
