import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { NODE_FLAGS } from "../../bin/nodeFlags.js";
import { PUBLIC_DIR, repeated } from "../../src/cli/serve.ts";
import { createApp } from "../../src/server/app.ts";
import { hostnameOf, isLoopbackHost, startBanner, type DoorOptions } from "../../src/server/guard.ts";
import { storeCatalog } from "../../src/store/catalog.ts";
import type { Store } from "../../src/store/store.ts";
import { tempStore, testRegistry } from "../store/helpers.ts";

// The door of the workspace server, by real HTTP against createApp on an ephemeral port (node:http, so that Host,
// Origin and Sec-Fetch-Site can be set as a browser or an attacker's page would send them). Article text written for these tests.
const TEXT = "The ferry company said on Tuesday that the evening crossing would stop for the winter from November.";
const TOKEN = "test-token-0123456789abcdef";

interface Ctx {
  port: number;
  store: Store;
  caseId: string;
  close: () => Promise<void>;
}
const open: Ctx[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

/** A workspace with one empty case, listening on 127.0.0.1 whatever `door.bindHost` claims (so no LAN address is needed). */
async function start(door?: DoorOptions): Promise<Ctx> {
  const { store, cleanup } = await tempStore();
  const registry = await testRegistry();
  const caseId = store.createCase({ title: "Ferry" });
  const app = createApp({ cases: storeCatalog(store, registry, "test-code"), bundle: { js: "" }, publicDir: PUBLIC_DIR, workspace: { store, registry }, ...(door ? { door } : {}) });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const ctx: Ctx = {
    port: (server.address() as AddressInfo).port,
    store,
    caseId,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await cleanup();
    },
  };
  open.push(ctx);
  return ctx;
}

interface Answer {
  status: number;
  body: { error?: { code: string; message: string }; [k: string]: unknown };
  headers: http.IncomingHttpHeaders;
}

/** One request with exactly these headers; `body` as JSON, or a FormData sent as multipart the way a browser form does. */
async function call(ctx: Ctx, method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Answer> {
  let payload: Buffer | undefined;
  const h: Record<string, string> = { host: `127.0.0.1:${ctx.port}`, ...headers };
  if (body instanceof FormData) {
    const req = new Request("http://x/", { method: "POST", body });
    payload = Buffer.from(await req.arrayBuffer());
    h["content-type"] = req.headers.get("content-type") ?? "";
  } else if (body !== undefined) {
    payload = Buffer.from(JSON.stringify(body));
    h["content-type"] = "application/json";
  }
  if (payload) h["content-length"] = String(payload.byteLength);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: ctx.port, method, path, headers: h }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        let parsed: Answer["body"] = {};
        try {
          parsed = text ? (JSON.parse(text) as Answer["body"]) : {};
        } catch {
          // Not JSON (a page): the status says enough.
        }
        resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers });
      });
    });
    req.on("error", reject);
    req.end(payload);
  });
}

function upload(): FormData {
  const form = new FormData();
  form.append("file", new Blob([TEXT], { type: "text/plain" }), "ferry.txt");
  form.append("outlet", "Island Post");
  return form;
}

const articles = (ctx: Ctx) => ctx.store.getCase(ctx.caseId)?.articles;

describe("writes from another site are refused (403)", () => {
  it("a cross-site multipart upload, as any page the user visits can send without a preflight", async () => {
    const ctx = await start();
    const res = await call(ctx, "POST", `/api/cases/${ctx.caseId}/articles`, { origin: "http://evil.example", "sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors" }, upload());
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe("FORBIDDEN");
    expect(res.body.error?.message).toMatch(/another site/);
    expect(articles(ctx)).toBe(0);
  });

  it.each([
    ["a foreign Origin", { origin: "http://evil.example" }],
    ["another port of this machine (Sec-Fetch-Site: same-site)", { origin: "http://127.0.0.1:1", "sec-fetch-site": "same-site" }],
    ["Sec-Fetch-Site: cross-site without Origin", { "sec-fetch-site": "cross-site" }],
    ["Origin null (a sandboxed frame or a local file)", { origin: "null" }],
  ])("a JSON write from %s", async (_name, headers) => {
    const ctx = await start();
    for (const [method, path, body] of [
      ["POST", `/api/cases/${ctx.caseId}/articles`, { text: TEXT }],
      ["PATCH", `/api/cases/${ctx.caseId}`, { title: "Taken" }],
      ["DELETE", `/api/cases/${ctx.caseId}`, undefined],
    ] as const) {
      expect([method, (await call(ctx, method, path, headers, body)).status]).toEqual([method, 403]);
    }
    expect(articles(ctx)).toBe(0);
    expect(ctx.store.getCase(ctx.caseId)?.title).toBe("Ferry");
  });

  it("while the explorer's own same-origin writes and the command line's (no Origin) go through", async () => {
    const ctx = await start();
    const own = { origin: `http://127.0.0.1:${ctx.port}`, "sec-fetch-site": "same-origin" };
    expect((await call(ctx, "POST", `/api/cases/${ctx.caseId}/articles`, own, upload())).status).toBe(201);
    expect((await call(ctx, "PATCH", `/api/cases/${ctx.caseId}`, own, { title: "Ferry crossing" })).status).toBe(200);
    expect((await call(ctx, "POST", `/api/cases/${ctx.caseId}/articles`, {}, { text: `${TEXT} A second sentence.` })).status).toBe(201);
    expect(articles(ctx)).toBe(2);
  });
});

describe("only the Host names the server was started for are answered (421)", () => {
  it.each([
    ["a read of the API", "GET", "/api/cases"],
    ["the explorer's page", "GET", "/"],
    ["a write", "POST", "/api/cases"],
  ])("a foreign Host (DNS rebinding) is refused for %s", async (_name, method, path) => {
    const ctx = await start();
    const res = await call(ctx, method, path, { host: `rebind.evil.example:${ctx.port}` }, method === "POST" ? { title: "Rebound" } : undefined);
    expect(res.status).toBe(421);
    expect(res.body.error?.code).toBe("MISDIRECTED");
    expect(res.body.error?.message).toMatch(/--allowed-host rebind\.evil\.example/);
    expect(ctx.store.listCases().length).toBe(1);
  });

  it.each(["127.0.0.1", "localhost", "[::1]", "LOCALHOST"])("a loopback server answers Host %s", async (name) => {
    const ctx = await start();
    expect((await call(ctx, "GET", "/api/cases", { host: `${name}:${ctx.port}` })).status).toBe(200);
  });

  it("answers a name given with --allowed-host, reads and same-origin writes alike, and still refuses others", async () => {
    const ctx = await start({ allowedHosts: ["class.example.org"] });
    const host = `class.example.org:${ctx.port}`;
    expect((await call(ctx, "GET", "/api/cases", { host })).status).toBe(200);
    const write = await call(ctx, "POST", `/api/cases/${ctx.caseId}/articles`, { host, origin: `http://${host}`, "sec-fetch-site": "same-origin" }, { text: TEXT });
    expect(write.status).toBe(201);
    expect((await call(ctx, "GET", "/api/cases", { host: `other.example.org:${ctx.port}` })).status).toBe(421);
  });

  it("a server bound to one address answers that address", async () => {
    const ctx = await start({ bindHost: "192.0.2.10", token: TOKEN });
    expect((await call(ctx, "GET", "/api/cases", { host: `192.0.2.10:${ctx.port}` })).status).toBe(200);
    expect((await call(ctx, "GET", "/api/cases", { host: `192.0.2.11:${ctx.port}` })).status).toBe(421);
  });

  it("a request without a Host header is refused", async () => {
    const ctx = await start();
    // HTTP/1.0 allows leaving Host out; node:http always adds one, so this goes over a raw socket.
    const net = await import("node:net");
    const reply: string = await new Promise((resolve, reject) => {
      const s = net.connect(ctx.port, "127.0.0.1", () => s.write("GET /api/cases HTTP/1.0\r\n\r\n"));
      let data = "";
      s.on("data", (d) => (data += d.toString()));
      s.on("end", () => resolve(data));
      s.on("error", reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.\d 421/);
  });
});

describe("beyond loopback, writes need the token (401)", () => {
  const lan: DoorOptions = { bindHost: "0.0.0.0", token: TOKEN };

  it("a write without the token is 401, with a wrong one 401, with the token 201; reads need none", async () => {
    const ctx = await start(lan);
    const none = await call(ctx, "POST", `/api/cases/${ctx.caseId}/articles`, {}, { text: TEXT });
    expect(none.status).toBe(401);
    expect(none.body.error?.code).toBe("UNAUTHORIZED");
    expect(none.body.error?.message).toMatch(/\?token=/);
    expect(none.headers["www-authenticate"]).toMatch(/^Bearer/);
    expect((await call(ctx, "POST", `/api/cases/${ctx.caseId}/articles`, { authorization: `Bearer ${TOKEN}x` }, { text: TEXT })).status).toBe(401);
    expect((await call(ctx, "POST", `/api/cases/${ctx.caseId}/articles`, { authorization: "Bearer short" }, upload())).status).toBe(401);
    expect(articles(ctx)).toBe(0);

    const ok = await call(ctx, "POST", `/api/cases/${ctx.caseId}/articles`, { authorization: `Bearer ${TOKEN}`, origin: `http://127.0.0.1:${ctx.port}`, "sec-fetch-site": "same-origin" }, { text: TEXT });
    expect(ok.status).toBe(201);
    expect(articles(ctx)).toBe(1);
    expect((await call(ctx, "GET", `/api/cases/${ctx.caseId}/graph`)).status).toBe(200);
  });

  it("the token does not let a foreign site in", async () => {
    const ctx = await start(lan);
    const res = await call(ctx, "POST", `/api/cases/${ctx.caseId}/articles`, { authorization: `Bearer ${TOKEN}`, origin: "http://evil.example", "sec-fetch-site": "cross-site" }, upload());
    expect(res.status).toBe(403);
    expect(articles(ctx)).toBe(0);
  });

  it("GET /api/workspace says whether writes need a token and whether this client has it", async () => {
    const ctx = await start(lan);
    expect((await call(ctx, "GET", "/api/workspace")).body).toMatchObject({ writable: true, tokenRequired: true, hasToken: false });
    expect((await call(ctx, "GET", "/api/workspace", { authorization: "Bearer wrong-token-0123456789" })).body).toMatchObject({ tokenRequired: true, hasToken: false });
    expect((await call(ctx, "GET", "/api/workspace", { authorization: `Bearer ${TOKEN}` })).body).toMatchObject({ writable: true, tokenRequired: true, hasToken: true });
    const loopback = await start();
    expect((await call(loopback, "GET", "/api/workspace")).body).toMatchObject({ writable: true, tokenRequired: false, hasToken: false });
  });

  it("a loopback server given a token needs it too", async () => {
    const ctx = await start({ token: TOKEN });
    expect((await call(ctx, "POST", "/api/cases", {}, { title: "No" })).status).toBe(401);
    expect((await call(ctx, "POST", "/api/cases", { authorization: `Bearer ${TOKEN}` }, { title: "Yes" })).status).toBe(201);
  });
});

describe("start-up links and options", () => {
  it("prints a read-only link and a link with the token", () => {
    const text = startBanner("192.0.2.10", 4173, "abc_DEF-123", "workspace, 1 case");
    const lines = text.trim().split("\n");
    expect(lines[0]).toBe("claimtrail explorer: http://192.0.2.10:4173/  (workspace, 1 case; Ctrl+C stops)");
    expect(lines[1]).toMatch(/read-only link.*http:\/\/192\.0\.2\.10:4173\/$/);
    expect(lines[2]).toMatch(/http:\/\/192\.0\.2\.10:4173\/\?token=abc_DEF-123$/);
    expect(startBanner("127.0.0.1", 4173, undefined, "workspace")).not.toMatch(/token/);
  });

  it.each([
    [["--allowed-host", "a.example", "--port", "1", "--allowed-host=b.example,c.example"], ["a.example", "b.example", "c.example"]],
    [["--port", "1"], []],
  ])("collects every --allowed-host of %j", (args, expected) => {
    expect(repeated(args, "allowed-host")).toEqual(expected);
  });

  it("refuses an --allowed-host that is not a host name", () => {
    expect(() => repeated(["--allowed-host", "http://x.example/"], "allowed-host")).toThrow(/not a host name/);
  });

  it.each([
    ["127.0.0.1:4173", "127.0.0.1"],
    ["[::1]:4173", "::1"],
    ["Class.Example.org.", "class.example.org"],
    ["evil.example:4173/path", undefined],
    ["user@evil.example", undefined],
    ["", undefined],
  ])("reads the host name of Host %j", (header, name) => {
    expect(hostnameOf(header)).toBe(name);
  });

  it.each([
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["::1", true],
    ["localhost", true],
    ["0.0.0.0", false],
    ["192.168.1.5", false],
    ["::", false],
  ])("bind address %s is loopback: %s", (host, loopback) => {
    expect(isLoopbackHost(host)).toBe(loopback);
  });
});

describe("claimtrail serve --host 0.0.0.0", { timeout: 120_000 }, () => {
  it("prints the token link, and that token lets a write in where none does not", async () => {
    const { dir, cleanup } = await tempStore();
    const cli = path.resolve(import.meta.dirname, "../../bin/claimtrail.js");
    const child: ChildProcess = spawn(process.execPath, [...NODE_FLAGS, cli, "serve", "--data", dir, "--host", "0.0.0.0", "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const out = await new Promise<string>((resolve, reject) => {
        let text = "";
        child.stdout!.on("data", (d: Buffer) => {
          text += d.toString();
          if (/\?token=\S+/.test(text)) resolve(text);
        });
        child.on("exit", (code) => reject(new Error(`serve exited with ${code} before printing its links: ${text}`)));
      });
      const link = /(http:\/\/\S+)\?token=(\S+)/.exec(out);
      expect(link).not.toBeNull();
      const port = Number(new URL(link![1]!).port);
      const token = decodeURIComponent(link![2]!);
      expect(token.length).toBeGreaterThanOrEqual(32);
      expect(out).toMatch(/read-only link[^\n]*http:\/\/\S+:\d+\/(\s|$)/);
      const ctx = { port } as Ctx;
      expect((await call(ctx, "POST", "/api/cases", {}, { title: "No token" })).status).toBe(401);
      expect((await call(ctx, "POST", "/api/cases", { authorization: `Bearer ${token}` }, { title: "With token" })).status).toBe(201);
    } finally {
      child.kill("SIGTERM");
      if (child.exitCode === null && child.signalCode === null) await new Promise((r) => child.once("exit", r));
      await cleanup();
    }
  });
});
