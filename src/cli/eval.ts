/** `claimtrail eval <case> [truth.json]`: analyses a case and scores its graph against what a careful reader finds. */
import { defineCommand } from "citty";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { InputError } from "../core/errors.ts";
import { formatReport, scoreGraph, TruthSchema } from "../eval/score.ts";
import { serializeGraph } from "../graph/build.ts";
import { analyseCaseFolder } from "../pipeline.ts";

export const evalCommand = defineCommand({
  meta: { name: "eval", description: "Score a case's graph against a truth file: recall and precision per relation kind, sources found, findings matched." },
  args: {
    case: { type: "positional", description: "Case folder", required: true },
    truth: { type: "positional", description: "Truth file (default: <case>/truth.json)", required: false },
    verbose: { type: "boolean", description: "List every missed and extra relation", default: false },
  },
  async run({ args }) {
    const truthFile = args.truth ? String(args.truth) : path.join(args.case, "truth.json");
    let raw: string;
    try {
      raw = await readFile(truthFile, "utf8");
    } catch {
      throw new InputError("eval", `cannot read truth file '${truthFile}'; expected a truth.json in the format of data/cases/baghdadi-2019/truth.json`, { file: truthFile });
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      throw new InputError("eval", `truth file '${truthFile}' is not JSON (${(e as Error).message})`, { file: truthFile });
    }
    const parsed = TruthSchema.safeParse(json);
    if (!parsed.success) throw new InputError("eval", `truth file '${truthFile}' does not match the truth format: ${parsed.error.issues[0]?.message ?? "invalid"}`, { file: truthFile });
    const analysis = await analyseCaseFolder(args.case);
    const report = scoreGraph(serializeGraph(analysis.graph), parsed.data);
    process.stdout.write(formatReport(analysis.loaded.id, report, args.verbose).join("\n") + "\n");
  },
});
