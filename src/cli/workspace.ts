/** Workspace commands: `claimtrail import <folder>`, the folder format of `claimtrail export`, and the store side of `claimtrail serve`. */
import { defineCommand } from "citty";
import path from "node:path";
import { loadDefaultRegistry } from "../ingest/loadCase.ts";
import { createApp } from "../server/app.ts";
import { startBanner, type DoorOptions } from "../server/guard.ts";
import { loadingCatalog } from "../server/loadingCatalog.ts";
import { createArticlePool } from "../workers/pool.ts";
import { exportCaseFolder, importCaseFolder } from "../store/folder.ts";
import { DB_FILE, DEFAULT_DATA_DIR, openStore, type Store } from "../store/store.ts";
import { InputError } from "../core/errors.ts";
import { runCaseImport } from "./importBatch.ts";
import { ANALYSIS_LOAD_DELAY_MS, clientBundleInBackground, EXIT, reportProblems, stderrProgress } from "./shared.ts";

const DATA_ARG = { type: "string", description: `Data directory of the store (default ${DEFAULT_DATA_DIR}, file ${DB_FILE} inside it)`, default: DEFAULT_DATA_DIR } as const;

/** Runs `fn` with the store open, and closes it even when `fn` fails. */
async function withStore<T>(dataDir: string, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(dataDir);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

export const importCommand = defineCommand({
  meta: {
    name: "import",
    description:
      "Copy a case folder into the store (one transaction: all of it or nothing); or add web pages (--urls LIST) and article files (FILE…) to one case of the store, each on its own, skipping what it already holds; or with --case a reviews file into a case.",
  },
  args: {
    folder: { type: "positional", description: "Case folder (contract §1); with --urls or article files after it, the id of the store's case to add to (created if missing); with --case a reviews file", required: true },
    data: DATA_ARG,
    as: { type: "string", description: "Case id to use instead of the folder's name" },
    case: { type: "string", description: "Import a reviews file (claimtrail export --format reviews) into this case of the store instead of a folder" },
    urls: { type: "string", description: "A list of web addresses to fetch into the case: .txt, one a line (# comments), or .csv with a url column and optional outlet, published, title" },
  },
  async run({ args }) {
    const files = args._.slice(1).map(String);
    if (args.urls !== undefined || files.length > 0) {
      if (args.as !== undefined || args.case !== undefined) throw new InputError("import", "--as and --case do not go with --urls or article files; expected claimtrail import <case> [--urls LIST] [FILE…]");
      process.exitCode = await runCaseImport({ caseId: args.folder, ...(args.urls !== undefined ? { list: args.urls } : {}), files, dataDir: args.data });
      return;
    }
    if (args.case) {
      // Loaded here: reviews.ts brings the analysis code, which `serve` (importing this module) loads only after it listens.
      const { importReviewsFile } = await import("./reviews.ts");
      await importReviewsFile(args.folder, args.case, args.data);
      return;
    }
    const registry = await loadDefaultRegistry();
    await withStore(args.data, async (store) => {
      const progress = stderrProgress();
      const result = await importCaseFolder(store, args.folder, registry, { ...(args.as ? { as: args.as } : {}), ...(progress ? { onArticle: (d: number, t: number) => progress("import", d, t) } : {}) });
      reportProblems(result.problems);
      for (const s of result.skipped) process.stderr.write(`warning: ${s.file}: the same text or address as article '${s.duplicateOf}'; not stored twice\n`);
      process.stdout.write(`imported case '${result.id}': ${result.articles} article${result.articles === 1 ? "" : "s"} into ${store.file}\n`);
    });
  },
});

/** The folder format of `claimtrail export`, shaped as one entry of a table of export formats. */
export const folderExportFormat = {
  name: "folder",
  description: "a case folder (contract §1): each article's original bytes, case.json, outlets.json",
  async run(caseId: string, out: string, dataDir: string): Promise<void> {
    const registry = await loadDefaultRegistry();
    await withStore(dataDir, async (store) => {
      const { files } = await exportCaseFolder(store, caseId, out, registry);
      process.stdout.write(`exported case '${caseId}': ${files} article${files === 1 ? "" : "s"} to ${out}\n`);
    });
  },
};

/** What `claimtrail serve` passes to serve the store. */
export interface ServeWorkspaceOptions {
  dataDir: string;
  /** Folders to import first (a case already in the store is kept as it is). */
  folders: string[];
  /** Imported when the store has no case at all, so a first start shows something. */
  seed: string;
  host: string;
  port: number;
  readOnly: boolean;
  writesPerMinute: number;
  publicDir: string;
  /** Host names answered and the write token (src/server/guard.ts). */
  door: DoorOptions;
}

/** Opens the store, imports what was asked, and listens; closes the store on SIGINT/SIGTERM. */
export async function serveWorkspace(o: ServeWorkspaceOptions): Promise<void> {
  const registry = await loadDefaultRegistry();
  const store = openStore(o.dataDir);
  const folders = o.folders.length === 0 && store.listCases().length === 0 ? [o.seed] : o.folders;
  for (const folder of folders) {
    const id = path.basename(path.resolve(folder));
    if (store.getCase(id)) {
      process.stderr.write(`serve: case '${id}' is already in the store; the stored copy is served (claimtrail export, then import --as, to replace it)\n`);
      continue;
    }
    const result = await importCaseFolder(store, folder, registry);
    reportProblems(result.problems);
  }
  // The server listens at once: cases are analysed in the background (per-article stages in worker threads), first the
  // ones people open, then the rest; a read meanwhile gets the last complete graph, or 202 with progress. The analysis
  // code itself loads after the server listens (loadingCatalog), and the explorer's script is served once built.
  const pool = createArticlePool();
  const cases = loadingCatalog(store, () =>
    import("../store/catalog.ts").then(({ storeCatalog }) => storeCatalog(store, registry, undefined, { background: true, pool })),
  );
  const count = store.listCases().length;
  const app = createApp({ cases, bundle: clientBundleInBackground(), publicDir: o.publicDir, workspace: { store, registry, readOnly: o.readOnly, writesPerMinute: o.writesPerMinute }, door: o.door });
  const server = app.listen(o.port, o.host, () => {
    const addr = server.address();
    const actual = typeof addr === "object" && addr ? addr.port : o.port;
    const mode = o.readOnly ? "read-only" : o.door.token !== undefined ? "workspace; changes need the token" : "workspace";
    process.stdout.write(startBanner(o.host, actual, o.readOnly ? undefined : o.door.token, `${mode}, ${count} case${count === 1 ? "" : "s"}, store ${store.file}`));
    // Listing queues every case for analysis, behind any a reader opens first. Loading the analysis code holds the
    // event loop for about a second, so unless a reader opens a case first it waits until the explorer's first requests
    // (the page, its script, the list of cases) are answered.
    setTimeout(() => {
      cases.load().then(
        (loaded) => loaded.list(),
        (e: unknown) => {
          process.stderr.write(`serve: the analysis code could not be loaded: ${(e as Error).stack ?? String(e)}\n`);
          process.exit(EXIT.internal);
        },
      );
    }, ANALYSIS_LOAD_DELAY_MS).unref();
  });
  server.on("error", (e) => {
    process.stderr.write(`serve: cannot listen on ${o.host}:${o.port} (${(e as Error).message})\n`);
    process.exit(1);
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    store.close();
    void pool.destroy();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
