#!/usr/bin/env node
// Compiles src/ to plain JavaScript in dist/ (one .js per .ts, same folders, so paths such as "../../data" still reach the
// repository's data) and writes the explorer's bundle beside it. bin/claimtrail.js runs dist/ when it is newer than
// every source file, so a start costs no TypeScript compilation; otherwise it runs src/ through tsx as before.
// Run by `npm install` / `npm ci` (the "prepare" script) and by `npm run build`.
import { build } from "esbuild";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DIST_STAMP } from "./freshness.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SRC = path.join(ROOT, "src");
const DIST = path.join(ROOT, "dist");

/** Every source module under src/, relative to the repository. */
async function sourceFiles() {
  const entries = await readdir(SRC, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.(ts|js)$/.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => path.join(e.parentPath, e.name));
}

// Every import stays an import: relative ones are pointed at the compiled .js file, packages are left to node.
const keepImports = {
  name: "keep-imports",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === "entry-point") return undefined;
      if (args.path.startsWith(".")) return { path: args.path.replace(/\.ts$/, ".js"), external: true };
      return { path: args.path, external: true };
    });
  },
};

/** Builds into a fresh folder and swaps it in whole, so a start never sees half a build. */
export async function buildDist() {
  const startedAt = Date.now();
  const tmp = `${DIST}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  try {
    await compileInto(tmp);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  await writeFile(path.join(tmp, DIST_STAMP), JSON.stringify({ sourcesBefore: startedAt }) + "\n");
  await rm(DIST, { recursive: true, force: true });
  await rename(tmp, DIST);
  return Date.now() - startedAt;
}

/** The compiled modules and the explorer's bundle, into `out`. */
async function compileInto(out) {
  await build({
    entryPoints: await sourceFiles(),
    outbase: SRC,
    outdir: out,
    bundle: true,
    plugins: [keepImports],
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
  // The explorer's bundle, built by the same function the server uses when it runs from src/.
  const { register } = await import("tsx/esm/api");
  const unregister = register();
  const { buildClientBundle, PREBUILT_BUNDLE_NAME } = await import("../src/server/bundle.ts");
  // The language detector's tables as JSON beside its compiled module: each thread parses them instead of compiling eld's.
  const { tablesJson, TABLES_FILE } = await import("../src/extract/frames/detector.ts");
  await unregister();
  await writeFile(path.join(out, "extract", "frames", TABLES_FILE), await tablesJson());
  const { js } = await buildClientBundle();
  await mkdir(out, { recursive: true });
  await writeFile(path.join(out, PREBUILT_BUNDLE_NAME), js);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const ms = await buildDist();
    process.stderr.write(`claimtrail: compiled src/ to dist/ in ${ms} ms\n`);
  } catch (e) {
    // --optional (npm install): a source that does not compile must not stop the install; claimtrail then runs src/.
    process.stderr.write(`claimtrail: could not compile src/ to dist/ (${e.message}); claimtrail will run src/ through tsx\n`);
    if (!process.argv.includes("--optional")) process.exitCode = 1;
  }
}
