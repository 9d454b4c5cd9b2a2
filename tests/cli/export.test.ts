/** `claimtrail export` and `claimtrail report` as a user runs them: the real binary on the bundled case, one file per format. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REFERENCE_CASE, cli, makeCase } from "../helpers.ts";

describe("claimtrail export", () => {
  it.each([
    ["json", (t: string) => expect(JSON.parse(t)).toMatchObject({ attributes: { case: "baghdadi-2019" }, nodes: expect.any(Array), edges: expect.any(Array) })],
    ["gexf", (t: string) => expect(t).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf\.net\/1\.3"/)],
    ["html", (t: string) => expect(t).toMatch(/^<!doctype html>/)],
    ["story", (t: string) => expect(t.match(/<img src="data:image\/svg\+xml;base64,/g)?.length).toBeGreaterThanOrEqual(4)],
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
    expect(stderr).toMatch(/--format 'pdf' is not known; expected one of json, gexf, gexf12, md, html, story, claimreview, prov, truth, folder, reviews/);
  });
});

describe("claimtrail report", () => {
  it("prints the Markdown report of the case on standard output", async () => {
    const { code, stdout, stderr } = await cli("report", REFERENCE_CASE);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain("## What claimtrail could not determine");
    expect(stdout).toContain("| c. Mar 2017 (month only, estimated) | Middle East Monitor |");
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
