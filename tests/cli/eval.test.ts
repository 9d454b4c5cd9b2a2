// `claimtrail eval`: one case in detail (recall and precision per relation kind; a hook greps for them), or every case below a folder in one table, micro-averaged, with --json; a broken truth file is named and the other cases scored.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REFERENCE_CASE, cli, makeCase } from "../helpers.ts";

const article = (outlet: string, published: string, body: string) => `---\noutlet: ${outlet}\npublished: ${published}\n---\n${body}\n`;

const FIRST =
  "The harbour board said on Monday that the north pier will close for six weeks while divers inspect corroded piles beneath the loading cranes.\n\n" +
  "Repairs are expected to cost about two million euros, the board's engineer said.";
const SECOND =
  "The north pier will close for six weeks, the Harbour Gazette reported on Monday, citing the harbour board.\n\n" +
  "Fishing crews said they would move their boats to the south quay during the work.";

/** A folder of cases in both layouts: <name>/case + <name>/truth.json, and a case folder holding its own truth.json. */
async function devset(extra: Record<string, string> = {}): Promise<string> {
  const truth = JSON.stringify({ relations: [{ from: "second", to: "outlet:Harbour Gazette", relation: "cites" }] });
  return makeCase({
    "alpha/case/first.md": article("Coastal Times", "2024-05-06", FIRST),
    "alpha/case/second.md": article("Pier Weekly", "2024-05-07", SECOND),
    "alpha/truth.json": truth,
    "nested/beta/second.md": article("Pier Weekly", "2024-05-07", SECOND),
    "nested/beta/truth.json": JSON.stringify({ case: "beta-named", relations: [{ from: "second", to: "outlet:Harbour Gazette", relation: "cites" }, { from: "second", to: "outlet:Elsewhere", relation: "cites" }] }),
    ...extra,
  });
}

describe("claimtrail eval", () => {
  it("scores the reference case against its own truth.json by default", async () => {
    const { code, stdout, stderr } = await cli("eval", REFERENCE_CASE);
    expect(code, stderr).toBe(0);
    const cites = stdout.split("\n").find((l) => l.trim().startsWith("cites"));
    expect(cites).toMatch(/recall 1\.00 \(5\/5\).*precision/);
    expect(stdout).toMatch(/republishes\s+recall 1\.00/);
    expect(stdout).toMatch(/sources\s+recall/);
    expect(stdout).toMatch(/findings\s+matched \d+\/\d+\s+supported \d+\/\d+/);
    expect(stdout).toMatch(/claims\s+drawn \d+/);
    expect(stdout).toMatch(/invented\s+outlets 0/);
  });

  it("exits 1 naming the file when the truth file is missing", async () => {
    const root = await makeCase({});
    const { code, stderr } = await cli("eval", root, path.join(root, "nope.json"));
    expect(code).toBe(1);
    expect(stderr).toContain("nope.json");
  });

  it("scores a <case>/case + <case>/truth.json folder as one case, as text or JSON", async () => {
    const root = await devset();
    const { code, stdout, stderr } = await cli("eval", path.join(root, "alpha"));
    expect(code, stderr).toBe(0);
    expect(stdout).toMatch(/^eval alpha\n\s+cites\s+recall 1\.00 \(1\/1\)/);
    // The case/ folder itself finds its truth.json one level up.
    const json = await cli("eval", path.join(root, "alpha", "case"), "--json");
    const report = JSON.parse(json.stdout) as { case: string; figures: { kinds: { cites: { recall: unknown } } } };
    expect([report.case, report.figures.kinds.cites.recall]).toEqual(["alpha", { hits: 1, total: 1, value: 1 }]);
  });

  it("scores every case below a folder in one table with a micro-averaged row", async () => {
    const root = await devset();
    const { code, stdout, stderr } = await cli("eval", root);
    expect(code, stderr).toBe(0);
    const rows = stdout.split("\n");
    expect(rows.find((l) => l.startsWith("alpha "))).toMatch(/^alpha\s+1\.00 1\.00/);
    expect(rows.find((l) => l.startsWith("beta-named "))).toMatch(/^beta-named\s+0\.50 1\.00/);
    expect(rows.find((l) => l.startsWith("all (micro) "))).toMatch(/^all \(micro\)\s+0\.67 1\.00/);
    expect(stdout).toContain("cites        recall 0.67 (2/3)  precision 1.00 (2/2)");
  });

  it("prints the whole report as JSON with --json; a case whose truth file is broken is named, the others scored, exit 1", async () => {
    const root = await devset({ "gamma/case/first.md": article("Coastal Times", "2024-05-06", FIRST), "gamma/truth.json": "{ not json" });
    const { code, stdout, stderr } = await cli("eval", root, "--json");
    expect(code).toBe(1);
    expect(stderr).toContain(path.join("gamma", "truth.json"));
    const report = JSON.parse(stdout) as { cases: { case: string }[]; micro: { kinds: { cites: { recall: unknown } }; inventedOutlets: number }; problems: { file: string }[] };
    expect(report.cases.map((c) => c.case)).toEqual(["alpha", "beta-named"]);
    expect(report.micro.kinds.cites.recall).toEqual({ hits: 2, total: 3, value: 2 / 3 });
    expect(report.micro.inventedOutlets).toBe(0);
    expect(report.problems.map((p) => path.basename(path.dirname(p.file)))).toEqual(["gamma"]);
  });

  it("exits 1 when no case with a truth file is below the folder", async () => {
    const root = await makeCase({ "a/first.md": article("Coastal Times", "2024-05-06", FIRST) });
    const { code, stderr } = await cli("eval", root);
    expect(code).toBe(1);
    expect(stderr).toMatch(/no case with a truth\.json found below/);
  });
});
