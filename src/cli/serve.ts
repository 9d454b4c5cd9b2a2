/** `claimtrail serve [case…]`: the explorer and JSON API on localhost. */
import { defineCommand } from "citty";
import path from "node:path";
import { InputError } from "../core/errors.ts";
import { stat } from "node:fs/promises";
import { loadCase, loadDefaultRegistry } from "../ingest/loadCase.ts";
import { createArticlePool } from "../workers/pool.ts";
import { createApp } from "../server/app.ts";
import { folderCatalog } from "../server/catalog.ts";
import { isLoopbackHost, newToken, startBanner } from "../server/guard.ts";
import { ANALYSIS_LOAD_DELAY_MS, clientBundleInBackground, reportProblems } from "./shared.ts";
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
    host: { type: "string", description: "Address to bind; the default serves only this machine. 0.0.0.0 shares it on the network: everyone reads, changes need the printed ?token= link (or add --read-only)", default: "127.0.0.1" },
    data: { type: "string", description: `Data directory of the workspace store (default ${DEFAULT_DATA_DIR})` },
    "read-only": { type: "boolean", description: "Refuse every change (403): for students on a shared server", default: false },
    "write-limit": { type: "string", description: "Changes per client address per minute before 429", default: "120" },
    "allowed-host": { type: "string", description: "Another host name to answer besides this machine's addresses (repeatable, or comma-separated): a name in your network's DNS or a proxy's; any other Host header gets 421" },
    token: { type: "string", description: "The token that changes need (Authorization: Bearer, or the printed ?token= link); default: a new random one at each start beyond loopback, none on loopback. Also CLAIMTRAIL_TOKEN" },
  },
  async run({ args, rawArgs }) {
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InputError("serve", `--port '${args.port}' is not a port number (0 to 65535)`);
    const allowedHosts = repeated(rawArgs, "allowed-host");
    if (args.data !== undefined || args._.length === 0) {
      const writesPerMinute = Number(args["write-limit"]);
      if (!Number.isInteger(writesPerMinute) || writesPerMinute < 1) throw new InputError("serve", `--write-limit '${args["write-limit"]}' is not a positive whole number`);
      const door = { bindHost: args.host, allowedHosts, ...writeToken(args.host, args.token ?? process.env.CLAIMTRAIL_TOKEN, args["read-only"]) };
      await serveWorkspace({ dataDir: args.data ?? DEFAULT_DATA_DIR, folders: args._.map(String), seed: BUNDLED_CASE, host: args.host, port, readOnly: args["read-only"], writesPerMinute, publicDir: PUBLIC_DIR, door });
      return;
    }
    const folders = args._.map(String);
    // A folder that is not there is a wrong command line, said before listening; the analyses run once the server listens.
    for (const folder of folders) {
      if (!(await stat(folder).then((s) => s.isDirectory(), () => false))) throw new InputError("serve", `case folder '${folder}' does not exist or is not a folder; expected a folder of articles (contract §1)`);
    }
    const ids = caseIds(folders);
    const pool = createArticlePool();
    const registry = await loadDefaultRegistry();
    let pipeline: Promise<typeof import("../pipeline.ts")> | undefined;
    const cases = folderCatalog(folders, ids, {
      // The analysis code loads with the first analysis, once the server has answered its first requests.
      analyse: async (folder, id, progress) => {
        const { analyseLoadedCaseAsync } = await (pipeline ??= new Promise((r) => setTimeout(r, ANALYSIS_LOAD_DELAY_MS)).then(() => import("../pipeline.ts")));
        return analyseLoadedCaseAsync({ ...(await loadCase(folder, registry)), id }, registry, { pool, caseInWorker: true, parallelFrom: 1, progress });
      },
      onAnalysed: (analysis) => reportProblems(analysis.loaded.problems),
    });
    // Case folders are served read-only: nothing to write, so no token; the Host check still keeps rebinding pages out.
    const app = createApp({ cases, bundle: clientBundleInBackground(), publicDir: PUBLIC_DIR, door: { bindHost: args.host, allowedHosts } });
    const server = app.listen(port, args.host, () => {
      const addr = server.address();
      const actual = typeof addr === "object" && addr ? addr.port : port;
      process.stdout.write(startBanner(args.host, actual, undefined, `${ids.length} case${ids.length === 1 ? "" : "s"}, analysed in the background`));
    });
    server.on("error", (e) => {
      process.stderr.write(`serve: cannot listen on ${args.host}:${port} (${(e as Error).message})\n`);
      process.exit(1);
    });
  },
});

/** Every value of an option that may be given more than once (`--name a --name b`, `--name=a`, `--name a,b`); citty keeps only the last. */
/**
 * One id per case folder: its name, or where two folders share a name (cases kept as `<story>/case/`), the name with as
 * many parent folders as tell them apart ("onion/case" → "onion-case"), so no case hides another in the explorer's list.
 */
export function caseIds(folders: readonly string[]): string[] {
  const parts = folders.map((f) => path.resolve(f).split(path.sep).filter(Boolean));
  const idOf = (p: readonly string[], depth: number): string => p.slice(Math.max(0, p.length - depth)).join("-");
  const depths = parts.map(() => 1);
  for (let round = 0; round < 8; round++) {
    const ids = parts.map((p, i) => idOf(p, depths[i] as number));
    const clash = ids.map((id) => ids.filter((x) => x === id).length > 1);
    if (!clash.includes(true)) return ids;
    clash.forEach((c, i) => {
      if (c && (depths[i] as number) < (parts[i] as string[]).length) depths[i] = (depths[i] as number) + 1;
    });
  }
  // Folders that no parent tells apart (the same folder given twice) are numbered.
  const seen = new Map<string, number>();
  return parts.map((p, i) => {
    const id = idOf(p, depths[i] as number);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}

export function repeated(rawArgs: string[], name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i] ?? "";
    if (arg === `--${name}`) out.push(rawArgs[++i] ?? "");
    else if (arg.startsWith(`--${name}=`)) out.push(arg.slice(name.length + 3));
  }
  const names = out.flatMap((v) => v.split(",")).map((v) => v.trim());
  const bad = names.find((v) => v === "" || /[\s/?#@\\]/.test(v));
  if (bad !== undefined) throw new InputError("serve", `--${name} '${bad}' is not a host name; expected a name or address such as class.example.org`);
  return names;
}

/** The write token of a workspace server: the one given, else a new one when it listens beyond loopback and may be changed, else none. */
function writeToken(host: string, given: string | undefined, readOnly: boolean): { token?: string } {
  if (given !== undefined) {
    if (given.length < 16 || /\s/.test(given)) throw new InputError("serve", "--token is shorter than 16 characters or holds a space; expected a long random value (or leave it out for a new one at each start)");
    return { token: given };
  }
  return isLoopbackHost(host) || readOnly ? {} : { token: newToken() };
}
