// `claimtrail eval`: prints recall and precision per relation kind (a hook greps for them), exits 0, and names a missing truth file.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REFERENCE_CASE, cli, makeCase } from "../helpers.ts";

describe("claimtrail eval", () => {
  it("scores the reference case against its own truth.json by default", async () => {
    const { code, stdout, stderr } = await cli("eval", REFERENCE_CASE);
    expect(code, stderr).toBe(0);
    const cites = stdout.split("\n").find((l) => l.trim().startsWith("cites"));
    expect(cites).toMatch(/recall 1\.00 \(5\/5\).*precision/);
    expect(stdout).toMatch(/republishes\s+recall 1\.00/);
    expect(stdout).toMatch(/sources\s+recall/);
  });

  it("exits 1 naming the file when the truth file is missing", async () => {
    const root = await makeCase({});
    const { code, stderr } = await cli("eval", root, path.join(root, "nope.json"));
    expect(code).toBe(1);
    expect(stderr).toContain("nope.json");
  });
});
