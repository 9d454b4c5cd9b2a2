/** `claimtrail export <case> --format <format> [--out file]`: the graph in another format, chosen from one table (graph exporters plus the store's folder export). */
import { defineCommand } from "citty";
import { writeFile } from "node:fs/promises";
import { InputError } from "../core/errors.ts";
import { EXPORTERS, isExportFormat } from "../export/index.ts";
import { reportProblems, stderrProgress } from "./shared.ts";
import { folderExportFormat } from "./workspace.ts";
import { DB_FILE, DEFAULT_DATA_DIR, openStore } from "../store/store.ts";
import type { StoryEdits } from "../client/captions.ts";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { analyseCaseArg, reviewsExportFormat } from "./reviews.ts";

/** What the command line can ask for: every graph exporter, and formats that need more than the graph (the store's folder). */
const FORMAT_NAMES = [...Object.keys(EXPORTERS), folderExportFormat.name, reviewsExportFormat.name];

/** A teacher's story kept in the store for a case id of the store (a case folder has none). */
function storyEditsOf(arg: string, dataDir: string): StoryEdits | undefined {
  if ((existsSync(arg) && statSync(arg).isDirectory()) || !existsSync(path.join(dataDir, DB_FILE))) return undefined;
  const store = openStore(dataDir);
  try {
    return store.getCase(arg) ? store.storyEdits(arg) : undefined;
  } finally {
    store.close();
  }
}

export const exportCommand = defineCommand({
  meta: { name: "export", description: "Write a case in another format: json, gexf, md, html, story, claimreview, prov, truth (from a case folder, or a case of the store with its reviews), folder or reviews (a case of the store)." },
  args: {
    case: { type: "positional", description: "Case folder, or the id of a case in the store (for --format folder and reviews: a case id)", required: true },
    format: { type: "string", alias: "f", description: `Export format: ${FORMAT_NAMES.join(", ")}`, required: true },
    out: { type: "string", alias: "o", description: "File to write (default: standard output); for folder, the folder to write (must be new or empty)" },
    claim: { type: "string", alias: "c", description: "md/html: report on this claim only; story: tell this claim's story" },
    data: { type: "string", description: `folder, reviews, or a case id of the store: data directory of the store (default ${DEFAULT_DATA_DIR}, file ${DB_FILE} inside it)`, default: DEFAULT_DATA_DIR },
    reviews: { type: "string", description: "A reviews file (claimtrail export --format reviews) to apply to a case folder before exporting" },
  },
  async run({ args }) {
    if (args.format === folderExportFormat.name) {
      if (!args.out) throw new InputError("export", "--format folder needs --out <folder>");
      await folderExportFormat.run(args.case, args.out, args.data);
      return;
    }
    if (args.format === reviewsExportFormat.name) {
      await reviewsExportFormat.run(args.case, args.out, args.data);
      return;
    }
    if (!isExportFormat(args.format)) throw new InputError("export", `--format '${args.format}' is not known; expected one of ${FORMAT_NAMES.join(", ")}`);
    const exporter = EXPORTERS[args.format];
    // A case folder (with --reviews applied), or a case id of the store with the reviews it keeps.
    const analysis = await analyseCaseArg(args.case, args.data, args.reviews, stderrProgress());
    reportProblems(analysis.loaded.problems);
    const edits = args.format === "story" ? storyEditsOf(args.case, args.data) : undefined;
    const text = exporter.render(analysis.graph, { ...(args.claim ? { claim: args.claim } : {}), ...(edits ? { storyEdits: edits } : {}) });
    if (args.out) {
      await writeFile(args.out, text);
      process.stderr.write(`wrote ${args.out} (${exporter.description})\n`);
    } else process.stdout.write(text);
  },
});
