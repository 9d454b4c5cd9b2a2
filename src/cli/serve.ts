/** `claimtrail serve [case…]`: the explorer and JSON API on localhost. */
import { defineCommand } from "citty";
import path from "node:path";
import { InputError } from "../core/errors.ts";
import { analyseCaseFolder, type CaseAnalysis } from "../pipeline.ts";
import { createApp } from "../server/app.ts";
import { buildClientBundle } from "../server/bundle.ts";
import { staticCatalog } from "../server/catalog.ts";
import { reportProblems } from "./shared.ts";
import { DEFAULT_DATA_DIR } from "../store/store.ts";
import { serveWorkspace } from "./workspace.ts";

export const BUNDLED_CASE = path.resolve(import.meta.dirname, "../../data/cases/baghdadi-2019");
export const PUBLIC_DIR = path.resolve(import.meta.dirname, "../../public");

export const serveCommand = defineCommand({
  meta: {
    name: "serve",
    description: `Open the explorer. With no folder (or with --data) it serves the workspace store (default ${DEFAULT_DATA_DIR}/, seeded with the bundled case); with case folders and no --data it shows those folders read-only.`,
  },
  args: {
    cases: { type: "positional", description: "Case folders to serve (imported into the store when --data is given)", required: false },
    port: { type: "string", alias: "p", description: "Port to listen on (0 picks a free one)", default: "4173" },
    host: { type: "string", description: "Address to bind; the default serves only this machine. 0.0.0.0 serves a classroom network (add --read-only)", default: "127.0.0.1" },
    data: { type: "string", description: `Data directory of the workspace store (default ${DEFAULT_DATA_DIR})` },
    "read-only": { type: "boolean", description: "Refuse every change (403): for students on a shared server", default: false },
    "write-limit": { type: "string", description: "Changes per client address per minute before 429", default: "120" },
  },
  async run({ args }) {
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError("serve", `--port '${args.port}' is not a port number (0 to 65535)`);
    if (args.data !== undefined || args._.length === 0) {
      const writesPerMinute = Number(args["write-limit"]);
      if (!Number.isInteger(writesPerMinute) || writesPerMinute < 1) throw new InputError("serve", `--write-limit '${args["write-limit"]}' is not a positive whole number`);
      await serveWorkspace({ dataDir: args.data ?? DEFAULT_DATA_DIR, folders: args._.map(String), seed: BUNDLED_CASE, host: args.host, port, readOnly: args["read-only"], writesPerMinute, publicDir: PUBLIC_DIR });
      return;
    }
    const folders = args._.map(String);
    const cases = new Map<string, CaseAnalysis>();
    for (const folder of folders) {
      const analysis = await analyseCaseFolder(folder);
      reportProblems(analysis.loaded.problems);
      cases.set(analysis.loaded.id, analysis);
    }
    const app = createApp({ cases: staticCatalog(cases.values()), bundle: await buildClientBundle(), publicDir: PUBLIC_DIR });
    const server = app.listen(port, args.host, () => {
      const addr = server.address();
      const actual = typeof addr === "object" && addr ? addr.port : port;
      const host = args.host.includes(":") ? `[${args.host}]` : args.host;
      process.stdout.write(`claimtrail explorer: http://${host}:${actual}/  (${cases.size} case${cases.size === 1 ? "" : "s"}; Ctrl+C stops)\n`);
    });
    server.on("error", (e) => {
      process.stderr.write(`serve: cannot listen on ${args.host}:${port} (${(e as Error).message})\n`);
      process.exit(1);
    });
  },
});
