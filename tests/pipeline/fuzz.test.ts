import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readArticle as ingestArticle } from "../../src/ingest/article.ts";
import { decodeArticleBytes } from "../../src/ingest/decode.ts";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import type { ArticleFormat, LoadedCase, LoadProblem, RawArticle } from "../../src/ingest/types.ts";
import { analyseLoadedCase } from "../../src/pipeline.ts";
import { PLAIN_BODY } from "../helpers.ts";

const registry = await loadDefaultRegistry();

// Hostile shapes from issue 13 and earlier reports, combined at random: each alone once hung or crashed a stage.
const word = fc.constantFrom("buffalo", "Capital", "said", "according", "to", "Reuters", "“", "”", "«", "»", '"', "'", "—", "Dr.", "al-", "(", ")", ",", ".", "\n", "\n\n", "told", "AFP", "الله", "Путин");
const run = (w: fc.Arbitrary<string>) => fc.tuple(w, fc.integer({ min: 1, max: 60_000 })).map(([x, n]) => Array(n).fill(x).join(" "));
const fragment = fc.oneof(
  run(word),
  fc.array(word, { maxLength: 3_000 }).map((ws) => ws.join(" ")),
  fc.integer({ min: 1, max: 20_000 }).map((n) => `He said “${"word ".repeat(n)}`),
  fc.integer({ min: 1, max: 20_000 }).map((n) => "CAPITAL ".repeat(n)),
  fc.string({ unit: "binary", maxLength: 2_000 }),
  fc.string({ unit: "grapheme", maxLength: 2_000 }),
  fc.constantFrom("", "---\n", "---\nid: [\n---\n", "<", "<!--", "<script>", "\u0000", "\uFEFF"),
);
const nested = fc
  .tuple(fc.constantFrom("div", "span", "p", "blockquote", "li", "table", "b"), fc.integer({ min: 1, max: 60_000 }), fragment)
  .map(([tag, n, inner]) => `<html><body>${`<${tag}>`.repeat(n)}${inner}${`</${tag}>`.repeat(n)}</body></html>`);
const hostile = fc.oneof(
  fc.record({ format: fc.constantFrom<ArticleFormat>("text", "markdown"), text: fc.array(fragment, { minLength: 1, maxLength: 4 }).map((f) => f.join("\n\n")) }),
  fc.record({ format: fc.constant<ArticleFormat>("html"), text: fc.oneof(nested, fc.array(fragment, { maxLength: 4 }).map((f) => `<p>${f.join("</p><p>")}</p>`)) }),
);

const EXT: Record<ArticleFormat, string> = { text: "txt", markdown: "md", html: "html" };

/** The case as loadCase would build it from these files: each decoded and read, each failure a problem naming the file. */
function caseOf(files: { file: string; format: ArticleFormat; text: string }[]): LoadedCase {
  const articles: RawArticle[] = [];
  const problems: LoadProblem[] = [];
  for (const f of files) {
    const decoded = decodeArticleBytes(Buffer.from(f.text, "utf8"));
    if ("error" in decoded) {
      problems.push({ file: f.file, severity: "error", reason: decoded.error });
      continue;
    }
    const read = ingestArticle({ file: f.file, format: f.format, text: decoded.text }, registry);
    problems.push(...read.problems);
    if (read.article) articles.push(read.article);
  }
  return { id: "fuzz", title: "fuzz", root: "/fuzz", articles, problems, outlets: [] };
}

describe("hostile texts and pages through the whole pipeline", () => {
  // Each run must end (the test timeout bounds it) with a graph holding the good article, and the hostile one either in
  // the graph or named by a problem. No speed is asserted: speed is for `npm run bench`.
  it("end with a graph or a clear problem naming the file", { timeout: 240_000 }, () => {
    fc.assert(
      fc.property(hostile, ({ format, text }) => {
        const file = `hostile.${EXT[format]}`;
        const loaded = caseOf([
          { file: "good.txt", format: "text", text: PLAIN_BODY },
          { file, format, text },
        ]);
        const analysis = analyseLoadedCase(loaded, registry);
        expect(analysis.graph.hasNode("good")).toBe(true);
        const problems = analysis.loaded.problems;
        for (const p of problems) expect(p.reason.length).toBeGreaterThan(10);
        if (!analysis.graph.hasNode("hostile")) expect(problems.some((p) => p.file === file && p.severity === "error")).toBe(true);
      }),
      { numRuns: 12, seed: Number(process.env.FUZZ_SEED ?? 13), endOnFailure: true },
    );
  });
});
