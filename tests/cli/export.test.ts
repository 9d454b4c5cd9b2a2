/** `claimtrail export` and `claimtrail report` as a user runs them: the real binary on the bundled case, one file per format. */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { makeCase, REFERENCE_CASE, REPO } from "../helpers.ts";

const run = promisify(execFile);
const BIN = path.join(REPO, "bin/claimtrail.js");

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("node", [BIN, ...args], { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe("claimtrail export", () => {
  it.each([
    ["json", (t: string) => expect(JSON.parse(t)).toMatchObject({ attributes: { case: "baghdadi-2019" }, nodes: expect.any(Array), edges: expect.any(Array) })],
    ["gexf", (t: string) => expect(t).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf\.net\/1\.3"/)],
    ["html", (t: string) => expect(t).toMatch(/^<!doctype html>/)],
    // The other formats go through the same table entry lookup; their content is tested in tests/export.
  ])("writes --format %s to --out", async (format, check) => {
    const dir = await makeCase({});
    const out = path.join(dir, `out.${format}`);
    const { code, stderr } = await cli("export", REFERENCE_CASE, "--format", format, "--out", out);
    expect(code, stderr).toBe(0);
    expect(stderr).toContain(`wrote ${out}`);
    check(await readFile(out, "utf8"));
  });

  it("refuses an unknown format with the list of known ones (exit 1)", async () => {
    const { code, stderr } = await cli("export", REFERENCE_CASE, "--format", "pdf");
    expect(code).toBe(1);
    expect(stderr).toMatch(/--format 'pdf' is not known; expected one of json, gexf, gexf12, md, html, claimreview, prov, folder/);
  });
});

describe("claimtrail report", () => {
  it("prints the Markdown report of the case on standard output", async () => {
    const { code, stdout, stderr } = await cli("report", REFERENCE_CASE);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain("## What claimtrail could not determine");
    expect(stdout).toContain("| c. Mar 2017 (month only) (estimated) | Middle East Monitor |");
  });

  it("refuses a claim that is not in the case, naming the ones that are (exit 1)", async () => {
    const { code, stderr } = await cli("report", REFERENCE_CASE, "--claim", "no-such-claim");
    expect(code).toBe(1);
    expect(stderr).toMatch(/report: claim 'no-such-claim' is not in this case; expected one of: /);
  });

  it("refuses a format other than md or html (exit 1)", async () => {
    const { code, stderr } = await cli("report", REFERENCE_CASE, "--format", "pdf");
    expect(code).toBe(1);
    expect(stderr).toMatch(/expected md or html/);
  });
});
