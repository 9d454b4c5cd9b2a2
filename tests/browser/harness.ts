/** Browser test harness: the explorer served on an ephemeral port (fixture cases + the bundled case, or a workspace on a temporary store; real client bundle) and headless Debian Chromium through playwright-core. */
import { existsSync, mkdirSync } from "node:fs";
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
import { listenOnLoopback, startServer, type TestServer } from "../server/helpers.ts";
import { tempStore, testRegistry } from "../store/helpers.ts";

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
  return {
    get browser() {
      return started(browser, "browser", "useExplorer");
    },
    get server() {
      return started(server, "server", "useExplorer");
    },
    get bundledId() {
      return started(bundledId, "bundledId", "useExplorer");
    },
  };
}

/** A session's field, once its beforeAll has set it; read earlier (at collection time), it is a mistake in the test file. */
function started<T>(value: T | undefined, name: string, session: string): T {
  if (value === undefined) throw new Error(`browser harness: the session's ${name} was read before ${session}'s beforeAll started it; read it inside a test`);
  return value;
}

/** The explorer with a writable workspace on a store, on an ephemeral loopback port; its `url` ends in "/", and `close` ends every connection. */
export async function startWorkspaceExplorer(store: Store, registry: OutletRegistry, door?: AppOptions["door"]): Promise<TestServer> {
  const served = await listenOnLoopback(createApp({ cases: storeCatalog(store, registry), bundle: await buildClientBundle(), publicDir: PUBLIC_DIR, workspace: { store, registry }, ...(door ? { door } : {}) }));
  return { url: `${served.url}/`, close: served.close };
}

/** What a file's workspace browser tests share: a store in a temporary folder, the explorer serving it, and one browser. */
export interface WorkspaceExplorerSession {
  readonly browser: Browser;
  /** The store the explorer serves, for tests to check what a click wrote. */
  readonly store: Store;
  /** The explorer's address, ending in "/". */
  readonly url: string;
}

/** How a workspace session starts. */
export interface WorkspaceExplorerSetup {
  /** Fills the fresh store (a case, an imported folder) before the server starts. */
  prepare?(store: Store, registry: OutletRegistry): unknown;
  /** The server's door (token, bind host); the default is a loopback server without a token. */
  door?: AppOptions["door"];
  /** How long the start may take, in ms (importing a case analyses it); vitest's hook timeout otherwise. */
  timeout?: number;
}

/**
 * Starts a fresh store, the explorer's workspace on it and Chromium before the tests of the calling file or describe
 * block, and closes all three after (the store's folder removed); like useExplorer, read the session's fields inside tests.
 */
export function useWorkspaceExplorer(setup: WorkspaceExplorerSetup = {}): WorkspaceExplorerSession {
  let browser: Browser | undefined;
  let served: TestServer | undefined;
  let temp: Awaited<ReturnType<typeof tempStore>> | undefined;
  beforeAll(async () => {
    if (!browserAvailable()) return;
    temp = await tempStore();
    const registry = await testRegistry();
    await setup.prepare?.(temp.store, registry);
    served = await startWorkspaceExplorer(temp.store, registry, setup.door);
    browser = await launchBrowser();
  }, setup.timeout);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    await temp?.cleanup();
  });
  return {
    get browser() {
      return started(browser, "browser", "useWorkspaceExplorer");
    },
    get store() {
      return started(temp?.store, "store", "useWorkspaceExplorer");
    },
    get url() {
      return started(served?.url, "url", "useWorkspaceExplorer");
    },
  };
}
