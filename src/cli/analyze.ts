/** `claimtrail analyze <case> --out graph.json`: writes the graph JSON of contract §2. */
import { defineCommand } from "citty";
import { writeFile } from "node:fs/promises";
import { caseFileCount } from "../ingest/loadCase.ts";
import { PARALLEL_FROM } from "../ingest/limits.ts";
import { createArticlePool } from "../workers/pool.ts";
import { EXIT, reportProblems, stderrProgress } from "./shared.ts";

export const analyzeCommand = defineCommand({
  meta: { name: "analyze", description: "Analyse a case folder and write its provenance graph as JSON (contract §2)." },
  args: {
    case: { type: "positional", description: "Case folder: articles as .txt/.md/.html, optional case.json", required: true },
    out: { type: "string", alias: "o", description: "Where to write the graph JSON (default: standard output)" },
    strict: { type: "boolean", description: "Exit with code 3 when any file of the case had a problem", default: false },
  },
  async run({ args }) {
    // Worker threads start only when a case is large enough to use them (PARALLEL_FROM articles), and then before this
    // thread loads the analysis stages: from src/ each takes seconds of CPU, which on two cores overlap instead of
    // following one another (the stages are loaded here, not imported above, for that reason).
    const pool = createArticlePool();
    const { analysis, serializeGraph } = await (async () => {
      const warmed = (await caseFileCount(args.case)) >= PARALLEL_FROM;
      if (warmed) pool.warm?.();
      const [{ analyseCaseFolder }, { serializeGraph }] = await Promise.all([import("../pipeline.ts"), import("../graph/build.ts")]);
      return { analysis: await analyseCaseFolder(args.case, stderrProgress(), { pool, warmed }), serializeGraph };
    })().finally(() => pool.destroy());
    reportProblems(analysis.loaded.problems);
    const json = JSON.stringify(serializeGraph(analysis.graph), null, 2);
    if (args.out) {
      await writeFile(args.out, json + "\n");
      const g = analysis.graph;
      process.stderr.write(`wrote ${args.out}: ${g.order} nodes, ${g.size} edges, ${g.getAttribute("findings").length} findings\n`);
    } else {
      process.stdout.write(json + "\n");
    }
    if (args.strict && analysis.loaded.problems.length > 0) process.exitCode = EXIT.problems;
  },
});
