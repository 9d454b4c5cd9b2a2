/** `claimtrail serve [case…]`: the explorer and JSON API on localhost. */
import { defineCommand } from "citty";
import path from "node:path";
import { InputError } from "../core/errors.ts";
import { analyseCaseFolder, type CaseAnalysis } from "../pipeline.ts";
import { createApp } from "../server/app.ts";
import { buildClientBundle } from "../server/bundle.ts";
import { staticCatalog } from "../server/catalog.ts";
import { reportProblems } from "./shared.ts";

export const BUNDLED_CASE = path.resolve(import.meta.dirname, "../../data/cases/baghdadi-2019");
export const PUBLIC_DIR = path.resolve(import.meta.dirname, "../../public");

export const serveCommand = defineCommand({
  meta: { name: "serve", description: "Open the explorer in the browser on one or more case folders (default: the bundled reference case)." },
  args: {
    cases: { type: "positional", description: "Case folders to serve", required: false },
    port: { type: "string", alias: "p", description: "Port to listen on (0 picks a free one)", default: "4173" },
    host: { type: "string", description: "Address to bind; the default serves only this machine", default: "127.0.0.1" },
  },
  async run({ args }) {
    const folders = args._.length > 0 ? args._.map(String) : [BUNDLED_CASE];
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError("serve", `--port '${args.port}' is not a port number (0 to 65535)`);
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
