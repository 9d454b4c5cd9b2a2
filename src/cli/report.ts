/** `claimtrail report <case> [--claim <id>] [--format md|html] [--out file]`: the readable report of a case or of one claim. */
import { defineCommand } from "citty";
import { writeFile } from "node:fs/promises";
import { InputError } from "../core/errors.ts";
import { reportHtml, reportMarkdown } from "../export/report.ts";
import { analyseCaseFolder } from "../pipeline.ts";
import { reportProblems, stderrProgress } from "./shared.ts";

const RENDERERS = { md: reportMarkdown, html: reportHtml } as const;

export const reportCommand = defineCommand({
  meta: { name: "report", description: "Write a fact-checker's report of a case: each claim's origin, timeline, independent sources, findings and what could not be determined." },
  args: {
    case: { type: "positional", description: "Case folder: articles as .txt/.md/.html, optional case.json", required: true },
    claim: { type: "string", alias: "c", description: "Report on this claim only (claim:<id> or <id>)" },
    format: { type: "string", alias: "f", description: "md (Markdown) or html (one self-contained page)", default: "md" },
    out: { type: "string", alias: "o", description: "Where to write the report (default: standard output)" },
  },
  async run({ args }) {
    if (args.format !== "md" && args.format !== "html") throw new InputError("report", `--format '${args.format}' is not known; expected md or html`);
    const render = RENDERERS[args.format];
    const analysis = await analyseCaseFolder(args.case, stderrProgress());
    reportProblems(analysis.loaded.problems);
    const text = render(analysis.graph, args.claim ? { claim: args.claim } : {});
    if (args.out) {
      await writeFile(args.out, text);
      process.stderr.write(`wrote ${args.out}\n`);
    } else process.stdout.write(text);
  },
});
