/**
 * V8 flags are given when node starts, never set from code: `v8.setFlagsFromString("--no-regexp-tier-up")` run when the
 * reading stage loaded crashed about one CLI run in 25 (exit 139), and failed a CI run.
 */
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { NODE_FLAGS } from "../../bin/nodeFlags.js";
import { BIN, REPO } from "../helpers.ts";

const run = promisify(execFile);

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && /\.ts$/.test(e.name)).map((e) => path.join(e.parentPath, e.name));
}

describe("the V8 flags claimtrail runs with", () => {
  it("are on the CLI's first line and in npm start, so the installed command starts with them", async () => {
    const [shebang] = (await readFile(BIN, "utf8")).split("\n");
    const scripts = (JSON.parse(await readFile(path.join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    for (const flag of NODE_FLAGS) {
      expect(shebang).toContain(flag);
      expect(scripts.start).toContain(flag);
    }
    // Run through its first line, as `claimtrail` on the PATH is.
    const { stdout } = await run(BIN, ["--help"], { timeout: 60_000 });
    expect(stdout).toMatch(/claimtrail/);
  });

  it("are never set from code after start", async () => {
    const setters: string[] = [];
    for (const file of await sourceFiles(path.join(REPO, "src"))) {
      if ((await readFile(file, "utf8")).includes("setFlagsFromString")) setters.push(path.relative(REPO, file));
    }
    expect(setters).toEqual([]);
  });
});
