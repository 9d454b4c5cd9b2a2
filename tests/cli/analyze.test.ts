import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { ArticleNodeAttrs, SerializedProvenanceGraph } from "../../src/graph/types.ts";
import { BIN, PLAIN_BODY, REFERENCE_CASE, cli, makeCase } from "../helpers.ts";

describe("claimtrail analyze", () => {
  it("writes the graph JSON of the reference case: five articles with outlets, honest dates and cleaned bodies", async () => {
    const root = await makeCase({});
    const out = path.join(root, "g.json");
    const { code, stderr } = await cli("analyze", REFERENCE_CASE, "--out", out);
    expect(code, stderr).toBe(0);
    const graph = JSON.parse(await readFile(out, "utf8")) as SerializedProvenanceGraph;
    const articles = graph.nodes.filter((n) => n.attributes.kind === "article").map((n) => n.attributes as ArticleNodeAttrs);
    expect(articles).toHaveLength(5);
    const byId = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
    for (const n of graph.nodes.filter((n) => n.attributes.kind === "article")) {
      const a = n.attributes as ArticleNodeAttrs;
      expect(byId.get(a.outlet)?.kind).toBe("outlet");
      expect(graph.edges.some((e) => e.source === n.key && e.target === a.outlet && e.attributes.kind === "published_by")).toBe(true);
      expect(a.body.length).toBe(a.bodyLength);
    }
    const memo = articles.find((a) => a.file === "articles/memo-2017-03.txt");
    expect(memo).toMatchObject({ outletName: "Middle East Monitor", published: "2017-03", datePrecision: "month", dateEstimated: true, dateLabel: "c. Mar 2017 (month only, estimated)" });
    const sf = articles.find((a) => a.file === "articles/southfront-2019-04-28.txt");
    expect(sf?.body).not.toContain("Jens Holm");
    expect(graph.attributes.problems).toEqual([]);
  });

  it("analyses the rest of a case with a bad file, names the file on stderr, and exits 3 only with --strict", async () => {
    const root = await makeCase({ "good.txt": PLAIN_BODY, "bad.txt": new Uint8Array([0, 1, 2, 3]) });
    const lax = await cli("analyze", root);
    expect(lax.code).toBe(0);
    expect(lax.stderr).toMatch(/error: bad\.txt: the file is binary/);
    const graph = JSON.parse(lax.stdout) as SerializedProvenanceGraph;
    expect(graph.nodes.filter((n) => n.attributes.kind === "article").map((n) => n.key)).toEqual(["good"]);
    expect(graph.attributes.problems[0]).toMatchObject({ file: "bad.txt", severity: "error" });
    const strict = await cli("analyze", root, "--strict");
    expect(strict.code).toBe(3);
  });

  // Hostile text shapes that once made a pattern quadratic: the run must end (the generous timeout only catches a hang).
  it("analyses pathological texts (a 50,000-word run of capitals, a deep nest of quotation marks, one 280 kB line) and ends", { timeout: 180_000 }, async () => {
    const words = ["Alpha", "said", "the", "according", "to", "told", "Reuters", "of", "«", "»", "“", "”", ",", ".", "Dr.", "al-", "Homs", "desert"];
    const root = await makeCase({
      "caps.txt": `${Array(50_000).fill("Capital").join(" ")}.`,
      "quotes.txt": `${"“".repeat(20_000)} text ${"”".repeat(20_000)}`,
      "line.txt": Array.from({ length: 50_000 }, (_, i) => words[(i * 7919) % words.length]).join(" "),
    });
    const { code, stdout } = await cli("analyze", root);
    expect(code).toBe(0);
    const graph = JSON.parse(stdout) as SerializedProvenanceGraph;
    expect(graph.nodes.filter((n) => n.attributes.kind === "article").map((n) => n.key).sort()).toEqual(["caps", "line", "quotes"]);
  });

  it.each([
    [["analyze", "/no/such/case"], 1, /case folder '\/no\/such\/case' does not exist/],
    [["analyze"], 2, /Missing required positional argument/],
    [["frobnicate"], 2, /Unknown command/],
  ])("claimtrail %j exits %i with a message", async (args, code, message) => {
    const r = await cli(...args);
    expect(r.code).toBe(code);
    expect(r.stderr + r.stdout).toMatch(message);
  });

  it("explains itself with --help", async () => {
    const r = await cli("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/analyze/);
    expect(r.stdout).toMatch(/serve/);
  });

  it("draws a progress bar per stage on stderr for a terminal (CLAIMTRAIL_PROGRESS=1 here), each stage's line ending full", async () => {
    const root = await makeCase({ "a.txt": PLAIN_BODY, "b.txt": PLAIN_BODY.replace("Tuesday", "Wednesday") });
    const { stderr } = await promisify(execFile)("node", [BIN, "analyze", root, "--out", path.join(root, "g.json")], { env: { ...process.env, CLAIMTRAIL_PROGRESS: "1" } });
    // Each line holds a stage's redraws (carriage returns); what a terminal finally shows is the last one.
    const shown = stderr.split("\n").map((line) => line.split("\r").at(-1) ?? "").filter((line) => line.includes("["));
    expect(shown.map((line) => line.split(" ")[0])).toEqual(expect.arrayContaining(["read", "resolve", "align", "graph", "provenance"]));
    for (const line of shown) expect(line).toMatch(/\[#{24}\] (\d+)\/\1$/);
  });
});
