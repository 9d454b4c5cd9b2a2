/** Browser test harness: the explorer served on an ephemeral port (fixture cases + the bundled case, real client bundle) and headless Debian Chromium through playwright-core. */
import { existsSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { BUNDLED_CASE, PUBLIC_DIR } from "../../src/cli/serve.ts";
import type { OutletRegistry } from "../../src/core/outlets.ts";
import { createApp, type AppOptions } from "../../src/server/app.ts";
import { storeCatalog } from "../../src/store/catalog.ts";
import type { Store } from "../../src/store/store.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { buildClientBundle } from "../../src/server/bundle.ts";
import { fixtureCatalog } from "../fixtures/explorer/fixture.ts";
import { startServer, type TestServer } from "../server/helpers.ts";

/** Where browser tests write their screenshots. */
export const ARTIFACTS = path.resolve(import.meta.dirname, "../../test-artifacts");

export const CHROMIUM = process.env.CLAIMTRAIL_CHROMIUM ?? "/usr/bin/chromium";
/** Flags that give WebGL through SwiftShader here (see shared/stack.md). */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Whether browser tests can run; in CI (CLAIMTRAIL_REQUIRE_BROWSER=1) a missing Chromium is a failure, not a skip. */
export function browserAvailable(): boolean {
  const present = existsSync(CHROMIUM);
  if (!present && process.env.CLAIMTRAIL_REQUIRE_BROWSER === "1") {
    throw new Error(`browser tests: Chromium is required (CLAIMTRAIL_REQUIRE_BROWSER=1) but ${CHROMIUM} does not exist; expected apt-get install chromium`);
  }
  return present;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The explorer on the fixture cases and the bundled case; returns the server and the bundled case's id. */
export async function startExplorer(): Promise<{ server: TestServer; bundledId: string }> {
  const bundled = await analyseCaseFolder(BUNDLED_CASE);
  const server = await startServer(await fixtureCatalog([bundled]), await buildClientBundle());
  return { server, bundledId: bundled.loaded.id };
}

/** What a file's browser tests share: one explorer (fixture cases + bundled case) and one browser. */
export interface ExplorerSession {
  readonly browser: Browser;
  readonly server: TestServer;
  readonly bundledId: string;
}

/**
 * Starts the explorer and Chromium before the tests of the calling file (or describe block) and closes both after, so
 * a suite does not repeat the setup; nothing starts when Chromium is missing (the suite skips). Read the session's
 * fields inside tests: they exist only once the hook has run.
 */
export function useExplorer(): ExplorerSession {
  let browser: Browser | undefined;
  let server: TestServer | undefined;
  let bundledId: string | undefined;
  beforeAll(async () => {
    if (!browserAvailable()) return;
    mkdirSync(ARTIFACTS, { recursive: true });
    ({ server, bundledId } = await startExplorer());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`browser harness: the session's ${name} was read before useExplorer's beforeAll started it; read it inside a test`);
    return value;
  };
  return {
    get browser() {
      return started(browser, "browser");
    },
    get server() {
      return started(server, "server");
    },
    get bundledId() {
      return started(bundledId, "bundledId");
    },
  };
}

/** The explorer with a writable workspace on a store, on an ephemeral loopback port; `close` ends every connection. */
export async function startWorkspaceExplorer(store: Store, registry: OutletRegistry, door?: AppOptions["door"]): Promise<{ url: string; close(): Promise<void> }> {
  const app = createApp({ cases: storeCatalog(store, registry), bundle: await buildClientBundle(), publicDir: PUBLIC_DIR, workspace: { store, registry }, ...(door ? { door } : {}) });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}
