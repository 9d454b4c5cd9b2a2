/** `claimtrail report <case> [--claim <id>] [--format md|html] [--out file]`: the readable report of a case or of one claim. */
import { defineCommand } from "citty";
import { writeFile } from "node:fs/promises";
import { InputError } from "../core/errors.ts";
import { reportHtml, reportMarkdown } from "../export/report.ts";
import { DB_FILE, DEFAULT_DATA_DIR } from "../store/store.ts";
import { analyseCaseArg } from "./reviews.ts";
import { reportProblems, stderrProgress } from "./shared.ts";

const RENDERERS = { md: reportMarkdown, html: reportHtml } as const;

export const reportCommand = defineCommand({
  meta: { name: "report", description: "Write a fact-checker's report of a case: each claim's origin, timeline, independent sources, findings and what could not be determined." },
  args: {
    case: { type: "positional", description: "Case folder: articles as .txt/.md/.html, optional case.json; or the id of a case in the store (with its reviews)", required: true },
    claim: { type: "string", alias: "c", description: "Report on this claim only (claim:<id> or <id>)" },
    format: { type: "string", alias: "f", description: "md (Markdown) or html (one self-contained page)", default: "md" },
    out: { type: "string", alias: "o", description: "Where to write the report (default: standard output)" },
    data: { type: "string", description: `For a case id: data directory of the store (default ${DEFAULT_DATA_DIR}, file ${DB_FILE} inside it)`, default: DEFAULT_DATA_DIR },
    reviews: { type: "string", description: "A reviews file (claimtrail export --format reviews) to apply to a case folder" },
  },
  async run({ args }) {
    if (args.format !== "md" && args.format !== "html") throw new InputError("report", `--format '${args.format}' is not known; expected md or html`);
    const render = RENDERERS[args.format];
    const analysis = await analyseCaseArg(args.case, args.data, args.reviews, stderrProgress());
    reportProblems(analysis.loaded.problems);
    const text = render(analysis.graph, args.claim ? { claim: args.claim } : {});
    if (args.out) {
      await writeFile(args.out, text);
      process.stderr.write(`wrote ${args.out}\n`);
    } else process.stdout.write(text);
  },
});
