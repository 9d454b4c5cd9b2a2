/** Starts createApp on an ephemeral port for real HTTP requests (no mocked HTTP), and closes it after the test file; workspace servers on stores in temporary folders. */
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { createServer, type RequestListener, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { PUBLIC_DIR } from "../../src/cli/serve.ts";
import { createApp, type AppOptions } from "../../src/server/app.ts";
import type { ClientBundle } from "../../src/server/bundle.ts";
import type { CaseCatalog } from "../../src/server/catalog.ts";
import type { WorkspaceOptions } from "../../src/server/workspace.ts";
import { storeCatalog } from "../../src/store/catalog.ts";
import { importCaseFolder } from "../../src/store/folder.ts";
import { openStore, type Store } from "../../src/store/store.ts";
import { REFERENCE_CASE, testRegistry } from "../store/helpers.ts";

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 with a free port. */
export async function startServer(cases: CaseCatalog, bundle: ClientBundle = { js: "/* test bundle */" }): Promise<TestServer> {
  const app = createApp({ cases, bundle, publicDir: PUBLIC_DIR });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** Serves an app or a bare request handler (a page standing in for the web) on 127.0.0.1 with a free port; `close` ends every open connection first, so a keep-alive client (a browser, fetch) cannot hold the server open. */
export async function listenOnLoopback(handler: RequestListener): Promise<TestServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** A request with an optional JSON body and headers, as the explorer sends it. */
export function send(server: { url: string }, method: string, p: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(server.url + p, { method, headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...headers }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
}

/** A workspace server and the store it serves, which tests read and write directly. */
export interface WorkspaceServer extends TestServer {
  readonly store: Store;
}

/** What `workspaceServers()` gives a test file. */
export interface WorkspaceServers {
  /** A new temporary data folder holding the reference case, or nothing when `content` is "empty". */
  folder(content?: "reference case" | "empty"): Promise<string>;
  /** Opens the store in `dir` and serves it, as `claimtrail serve --data dir` would; `close` stops the server and closes the store. */
  start(dir: string, options?: Partial<WorkspaceOptions>, door?: AppOptions["door"]): Promise<WorkspaceServer>;
  /** Stops one server before the test ends (to start another on the same folder, as after a restart). */
  stop(server: WorkspaceServer): Promise<void>;
}

/** Workspace servers for the tests of the calling file: after each test every server still running is stopped and every folder removed. */
export function workspaceServers(): WorkspaceServers {
  const running: WorkspaceServer[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    while (running.length) await running.pop()!.close();
    while (dirs.length) await rm(dirs.pop()!, { recursive: true, force: true });
  });
  return {
    async folder(content = "reference case") {
      const dir = await mkdtemp(path.join(os.tmpdir(), "claimtrail-server-"));
      dirs.push(dir);
      if (content === "reference case") {
        const store = openStore(dir);
        await importCaseFolder(store, REFERENCE_CASE, await testRegistry());
        store.close();
      }
      return dir;
    },
    async start(dir, options = {}, door) {
      const registry = await testRegistry();
      const store = openStore(dir);
      // A fixed code fingerprint: the cache key does not change while a test runs, whatever the source tree holds.
      const served = await listenOnLoopback(createApp({ cases: storeCatalog(store, registry, "test-code"), bundle: { js: "" }, publicDir: PUBLIC_DIR, workspace: { store, registry, ...options }, ...(door ? { door } : {}) }));
      const server: WorkspaceServer = {
        url: served.url,
        store,
        close: async () => {
          await served.close();
          if (store.db.open) store.close();
        },
      };
      running.push(server);
      return server;
    },
    async stop(server) {
      running.splice(running.indexOf(server), 1);
      await server.close();
    },
  };
}
