/** Sharing reviews as a user would, with the real binary: export a case's truth file and score it with `claimtrail eval`; export a store case's reviews and import them into another store, where the export follows them. */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importCaseFolder } from "../../src/store/folder.ts";
import { openStore } from "../../src/store/store.ts";
import { cli, makeCase, REFERENCE_CASE } from "../helpers.ts";
import { testRegistry } from "../store/helpers.ts";

const REJECT = {
  action: "reject" as const,
  anchor: { kind: "republishes" as const, from: "theaustralian-2019-03", to: "outlet:sunday-times", evidence: { article: "theaustralian-2019-03", text: "THE SUNDAY TIMES" } },
  reviewer: "Ana",
  reason: "a credit line",
};

describe("claimtrail export --format truth", { timeout: 300_000 }, () => {
  it("of the bundled case scores 1.00 on every figure against itself with claimtrail eval", async () => {
    const dir = await makeCase({});
    const truth = path.join(dir, "truth.json");
    const exported = await cli("export", REFERENCE_CASE, "--format", "truth", "--out", truth);
    expect(exported.code, exported.stderr).toBe(0);
    const { code, stdout, stderr } = await cli("eval", REFERENCE_CASE, truth, "--json");
    expect(code, stderr).toBe(0);
    const { figures } = JSON.parse(stdout) as { figures: Record<string, unknown> };
    const ratios: [string, { hits: number; total: number; value: number | null }][] = [];
    const walk = (name: string, v: unknown): void => {
      if (v && typeof v === "object" && "hits" in v) ratios.push([name, v as (typeof ratios)[number][1]]);
      else if (v && typeof v === "object") for (const [k, w] of Object.entries(v)) walk(`${name}.${k}`, w);
    };
    walk("", figures);
    const measured = ratios.filter(([, r]) => r.total > 0);
    expect(measured.map(([n]) => n)).toEqual(expect.arrayContaining([".kinds.cites.recall", ".kinds.copies.precision", ".sources", ".findingsMatched", ".findingsSupported", ".originRight", ".stanceRight"]));
    for (const [name, r] of measured) expect(r.value, name).toBe(1);
    expect(figures.inventedOutlets).toBe(0);
  });

  it("of a folder with a reviews file leaves the rejected relation out, so the unreviewed analysis no longer scores 1.00", async () => {
    const dir = await makeCase({});
    const reviews = path.join(dir, "reviews.json");
    await writeFile(reviews, JSON.stringify([REJECT]));
    const truth = path.join(dir, "truth.json");
    expect((await cli("export", REFERENCE_CASE, "--format", "truth", "--reviews", reviews, "--out", truth)).code).toBe(0);
    const written = JSON.parse(await readFile(truth, "utf8")) as { relations: { relation: string }[]; findings: { type: string }[]; about: string };
    expect(written.relations.some((r) => r.relation === "republishes")).toBe(false);
    expect(written.findings.some((f) => f.type === "syndication")).toBe(false);
    expect(written.about).toMatch(/1 review applied, 0 orphaned/);
    const { stdout } = await cli("eval", REFERENCE_CASE, truth, "--json");
    const { figures } = JSON.parse(stdout) as { figures: { kinds: { republishes: { precision: { value: number } } } } };
    expect(figures.kinds.republishes.precision.value).toBe(0);
  });
});

describe("claimtrail report --reviews", { timeout: 300_000 }, () => {
  it("writes 'checked by a person (name)' beside the relation a reviews file confirms", async () => {
    const dir = await makeCase({});
    const reviews = path.join(dir, "reviews.json");
    await writeFile(reviews, JSON.stringify({ reviews: [{ action: "confirm", anchor: { kind: "cites", from: "southfront-2019-03-29", to: "asiatimes-2019-03-28", evidence: { article: "southfront-2019-03-29", text: "the Asia Times reported on March 28" } }, reviewer: "Ana" }] }));
    const { code, stdout, stderr } = await cli("report", REFERENCE_CASE, "--reviews", reviews);
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/cites Asia Times, 28 Mar 2019 as its source .* — checked by a person \(Ana\)/);
    expect(stdout).toContain("The relations this rests on were checked by a person (Ana).");
  });
});

describe("claimtrail export --format reviews and import --case", { timeout: 300_000 }, () => {
  it("moves a case's reviews to another store, where export of that case follows them; importing twice adds nothing", async () => {
    const registry = await testRegistry();
    const from = await makeCase({}, "from");
    const to = await makeCase({}, "to");
    for (const dir of [from, to]) {
      const store = openStore(dir);
      await importCaseFolder(store, REFERENCE_CASE, registry);
      if (dir === from) store.addReview("baghdadi-2019", REJECT);
      store.close();
    }
    const file = path.join(from, "reviews.json");
    const exported = await cli("export", "baghdadi-2019", "--format", "reviews", "--data", from, "--out", file);
    expect(exported.code, exported.stderr).toBe(0);
    const json = JSON.parse(await readFile(file, "utf8")) as { case: string; reviews: { id: string; reviewer: string; reason: string }[] };
    expect(json.case).toBe("baghdadi-2019");
    expect(json.reviews).toEqual([expect.objectContaining({ reviewer: "Ana", reason: "a credit line", action: "reject" })]);

    const imported = await cli("import", file, "--case", "baghdadi-2019", "--data", to);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/imported 1 review into case 'baghdadi-2019'/);
    const again = await cli("import", file, "--case", "baghdadi-2019", "--data", to);
    expect(again.stdout).toMatch(/imported 0 reviews/);
    expect(again.stderr).toMatch(/already kept/);

    const graph = await cli("export", "baghdadi-2019", "--format", "json", "--data", to);
    expect(graph.code, graph.stderr).toBe(0);
    const parsed = JSON.parse(graph.stdout) as { edges: { key: string; attributes: { review?: string } }[]; attributes: { findings: { type: string }[] } };
    expect(parsed.edges.find((e) => e.key === "theaustralian-2019-03->republishes->outlet:sunday-times")?.attributes.review).toBe("rejected");
    expect(parsed.attributes.findings.some((f) => f.type === "syndication")).toBe(false);
  });

  it("refuses a reviews file that is not one (exit 1, naming the file)", async () => {
    const dir = await makeCase({});
    const file = path.join(dir, "bad.json");
    await writeFile(file, JSON.stringify([{ action: "reject", reviewer: "Ana" }]));
    const { code, stderr } = await cli("import", file, "--case", "baghdadi-2019", "--data", dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/reviews file '.*bad\.json' does not match the reviews format/);
  });
});
