import { mkdir, mkdtemp, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { DIST_STAMP, distIsFresh } from "../../bin/freshness.js";
import { REPO } from "../helpers.ts";

/** Every module and package `entry` loads before any code runs (static imports only, as node links them). */
async function staticImports(entry: string): Promise<Set<string>> {
  const result = await build({ entryPoints: [path.join(REPO, entry)], bundle: true, platform: "node", format: "esm", packages: "external", write: false, metafile: true, outdir: "out", logLevel: "silent" });
  const inputs = result.metafile.inputs;
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const imp of inputs[file]?.imports ?? []) {
      if (imp.kind === "dynamic-import" || seen.has(imp.path)) continue;
      seen.add(imp.path);
      if (!imp.external) queue.push(imp.path);
    }
  }
  return seen;
}

describe("a server start loads no analysis code before it listens", () => {
  it("serve's static imports reach neither the pipeline nor the language, date or HTML libraries", async () => {
    const loaded = await staticImports("src/cli/serve.ts");
    expect(loaded.has("src/server/app.ts")).toBe(true);
    for (const heavy of ["src/pipeline.ts", "src/store/catalog.ts", "compromise", "eld/small", "chrono-node", "linkedom", "transliteration", "esbuild"]) {
      expect(loaded.has(heavy), heavy).toBe(false);
    }
  });

  it("the command table loads no command's module until that command runs", async () => {
    const loaded = await staticImports("src/cli.ts");
    expect([...loaded].filter((f) => f.startsWith("src/cli/") && f !== "src/cli/shared.ts")).toEqual([]);
  });
});

describe("bin/claimtrail.js runs dist/ only when it is newer than every source", () => {
  async function tree(): Promise<string> {
    const root = await mkdtemp(path.join(os.tmpdir(), "claimtrail-fresh-"));
    await mkdir(path.join(root, "src/server"), { recursive: true });
    await writeFile(path.join(root, "src/server/app.ts"), "export {};\n");
    await mkdir(path.join(root, "dist"));
    const past = new Date(Date.now() - 60_000);
    for (const p of ["src/server/app.ts", "src/server", "src"]) await utimes(path.join(root, p), past, past);
    return root;
  }

  it("fresh after a build, stale once a source is saved or a file added, and never without a complete build", async () => {
    const root = await tree();
    expect(distIsFresh(root)).toBe(false);
    await writeFile(path.join(root, "dist", DIST_STAMP), JSON.stringify({ sourcesBefore: Date.now() - 1000 }));
    expect(distIsFresh(root)).toBe(true);
    const later = new Date(Date.now() + 5000);
    await utimes(path.join(root, "src/server/app.ts"), later, later);
    expect(distIsFresh(root)).toBe(false);

    const other = await tree();
    await writeFile(path.join(other, "dist", DIST_STAMP), JSON.stringify({ sourcesBefore: Date.now() - 1000 }));
    await writeFile(path.join(other, "src/server/new.ts"), "export {};\n");
    await utimes(path.join(other, "src/server/new.ts"), new Date(0), new Date(0));
    // The file itself looks old (copied with its time), but its folder changed when it was added.
    expect(distIsFresh(other)).toBe(false);
  });
});
