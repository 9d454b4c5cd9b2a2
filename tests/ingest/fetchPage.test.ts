import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, InputError, TooLargeError } from "../../src/core/errors.ts";
import { fetchPage } from "../../src/ingest/fetchPage.ts";
import { listenOnLoopback, type TestServer } from "../server/helpers.ts";

// A local server standing in for the web; pages are written for these tests. Nothing here leaves the machine.
const PAGE = "<html><head><title>Local page</title></head><body><p>Hello from a test server.</p></body></html>";
let web: TestServer | undefined;
let base: string;
let hits = 0;

beforeAll(async () => {
  web = await listenOnLoopback((req, res) => {
    hits++;
    const url = new URL(req.url ?? "/", "http://x");
    switch (url.pathname) {
      case "/page":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
        return;
      case "/gzip":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(PAGE));
        return;
      case "/text":
        res.writeHead(200, { "content-type": "text/plain" }).end("Plain text article.");
        return;
      case "/redirect":
        res.writeHead(302, { location: url.searchParams.get("to") ?? "/page" }).end();
        return;
      case "/loop":
        res.writeHead(301, { location: "/loop" }).end();
        return;
      case "/pdf":
        res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
        return;
      case "/big":
        res.writeHead(200, { "content-type": "text/html" });
        res.end("<p>" + "x".repeat(200_000) + "</p>");
        return;
      case "/slow":
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<p>start");
        setTimeout(() => res.end("</p>"), 3_000).unref();
        return;
      case "/missing":
        res.writeHead(404, { "content-type": "text/html" }).end("gone");
        return;
      default:
        res.writeHead(500).end();
    }
  });
  base = web.url;
});
afterAll(() => web?.close());

const local = { allowLoopback: true };

describe("fetchPage", () => {
  it("stores the exact bytes, the final address after redirects and the fetch time", async () => {
    const before = Date.now();
    const page = await fetchPage(`${base}/redirect?to=/page`, local);
    expect(page.bytes.toString("utf8")).toBe(PAGE);
    expect(page.format).toBe("html");
    expect(page.sourceUrl).toBe(`${base}/redirect?to=/page`);
    expect(page.finalUrl).toBe(`${base}/page`);
    expect(Date.parse(page.fetchedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it.each([
    ["/gzip", "html"],
    ["/text", "text"],
  ])("accepts %s as %s", async (p, format) => {
    const page = await fetchPage(`${base}${p}`, local);
    expect(page.format).toBe(format);
    expect(page.bytes.length).toBeGreaterThan(0);
  });

  it("refuses loopback unless a test explicitly allows it", async () => {
    const before = hits;
    await expect(fetchPage(`${base}/page`)).rejects.toBeInstanceOf(ForbiddenError);
    expect(hits).toBe(before);
  });

  it.each([
    ["the metadata address", "http://169.254.169.254/latest/meta-data/"],
    ["a private address", "http://10.0.0.1/"],
    ["an IPv4-mapped IPv6 loopback", "http://[::ffff:127.0.0.1]/"],
    ["the IPv6 metadata address", "http://[fd00:ec2::254]/"],
  ])("refuses a redirect to %s before connecting", async (_name, to) => {
    await expect(fetchPage(`${base}/redirect?to=${encodeURIComponent(to)}`, local)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("checks the address a name resolves to, and refuses when any answer is private", async () => {
    const resolve = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "192.168.0.10", family: 4 },
    ];
    await expect(fetchPage("http://intranet.example/", { resolve })).rejects.toThrow(/192\.168\.0\.10, a private address/);
  });

  it("connects to the address it checked, not to a second DNS answer (rebinding)", async () => {
    // The name resolves once to the test server; a rebinding DNS would answer differently the next time.
    let calls = 0;
    const resolve = async () => {
      calls++;
      return [{ address: calls === 1 ? "127.0.0.1" : "10.0.0.1", family: 4 }];
    };
    const port = new URL(base).port;
    const page = await fetchPage(`http://news.test:${port}/page`, { ...local, resolve });
    expect(page.bytes.toString()).toBe(PAGE);
    expect(calls).toBe(1);
  });

  it.each([
    ["too many redirects", "/loop", InputError, /redirects more than/],
    ["a type that is not HTML or text", "/pdf", InputError, /expected an HTML page or plain text/],
    ["a page above the size bound", "/big", TooLargeError, /larger than/],
    ["an error status", "/missing", InputError, /HTTP 404/],
  ])("refuses %s", async (_name, p, type, message) => {
    const attempt = fetchPage(`${base}${p}`, { ...local, maxBytes: 100_000, maxRedirects: 3 });
    await expect(attempt).rejects.toBeInstanceOf(type);
    await expect(attempt).rejects.toThrow(message);
  });

  it("gives up after the time bound", async () => {
    await expect(fetchPage(`${base}/slow`, { ...local, timeoutMs: 300 })).rejects.toThrow(/within 0.3 s/);
  });

  it.each(["file:///etc/passwd", "ftp://example.com/x", "http://user:pw@example.com/", "not a url"])("refuses the address %s", async (url) => {
    await expect(fetchPage(url)).rejects.toBeInstanceOf(InputError);
  });
});
