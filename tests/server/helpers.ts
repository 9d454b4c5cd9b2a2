/** Starts createApp on an ephemeral port for real HTTP requests (no mocked HTTP), and closes it after the test file. */
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { PUBLIC_DIR } from "../../src/cli/serve.ts";
import { createApp } from "../../src/server/app.ts";
import type { ClientBundle } from "../../src/server/bundle.ts";
import type { CaseCatalog } from "../../src/server/catalog.ts";

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
