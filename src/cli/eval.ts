/** `claimtrail eval <folder> [truth.json]`: analyses one case, or every case with a truth file below a folder, and scores the graphs against what a careful reader finds. */
import { defineCommand } from "citty";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { InputError, isClaimtrailError } from "../core/errors.ts";
import { formatReport, formatTable } from "../eval/format.ts";
import { groundingOf } from "../eval/outlets.ts";
import { scoreGraph, TruthSchema, type EvalReport, type Truth } from "../eval/score.ts";
import { figuresOf, summarise, type DevsetEval } from "../eval/summary.ts";
import { serializeGraph } from "../graph/build.ts";
import { analyseCaseFolder } from "../pipeline.ts";
import { EXIT } from "./shared.ts";

/** One case to score: its folder and its truth file. */
export interface EvalTarget {
  caseDir: string;
  truthFile: string;
}

async function isDir(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
}

async function isFile(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isFile() ?? false;
}

/** The case a folder holding truth.json stands for: `<dir>/case` beside it (the development cases' layout), else the folder itself. */
async function targetAt(dir: string): Promise<EvalTarget> {
  const beside = path.join(dir, "case");
  return { caseDir: (await isDir(beside)) ? beside : dir, truthFile: path.join(dir, "truth.json") };
}

/** The one case a folder names, if it is one: a truth file given apart, a folder holding truth.json, or the `case/` folder of the development layout (its truth.json one level up). */
async function singleTarget(folder: string, truthFile: string | undefined): Promise<EvalTarget | undefined> {
  if (truthFile) return { caseDir: folder, truthFile };
  if (await isFile(path.join(folder, "truth.json"))) return targetAt(folder);
  const up = path.join(path.dirname(path.resolve(folder)), "truth.json");
  if (path.basename(path.resolve(folder)) === "case" && (await isFile(up))) return { caseDir: folder, truthFile: up };
  return undefined;
}

/** The folder itself when it holds a truth.json; otherwise every folder below it that does (not looking further inside a case), in path order. */
export async function findEvalCases(folder: string): Promise<EvalTarget[]> {
  if (!(await isDir(folder))) throw new InputError("eval", `'${folder}' is not a folder; expected a case folder or a folder of cases with truth.json files`, { file: folder });
  if (await isFile(path.join(folder, "truth.json"))) return [await targetAt(folder)];
  const found: EvalTarget[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules");
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const sub = path.join(dir, e.name);
      if (await isFile(path.join(sub, "truth.json"))) found.push(await targetAt(sub));
      else await walk(sub);
    }
  };
  await walk(folder);
  return found;
}

/** Reads and checks a truth file; an InputError names the file and what is wrong. */
export async function readTruth(truthFile: string): Promise<Truth> {
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
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError("eval", `truth file '${truthFile}' does not match the truth format at ${issue?.path.join(".") || "the top"}: ${issue?.message ?? "invalid"}`, { file: truthFile });
  }
  return parsed.data;
}

/** Analyses one case and scores its graph; the case is named by its truth file's `case`, else by the folder holding the truth file. */
export async function evaluateCase(target: EvalTarget): Promise<{ case: string; report: EvalReport }> {
  const truth = await readTruth(target.truthFile);
  const analysis = await analyseCaseFolder(target.caseDir);
  const report = scoreGraph(serializeGraph(analysis.graph), truth, { registry: analysis.registry, grounding: groundingOf(analysis) });
  return { case: truth.case ?? path.basename(path.dirname(path.resolve(target.truthFile))), report };
}

/** A case that could not be scored, named by its truth file. */
export interface EvalProblem {
  file: string;
  reason: string;
}

/** Scores every case found below a folder; a case that cannot be read is a problem naming its file, and the others are scored. */
export async function evaluateFolder(folder: string): Promise<DevsetEval & { problems: EvalProblem[] }> {
  const targets = await findEvalCases(folder);
  if (targets.length === 0) throw new InputError("eval", `no case with a truth.json found below '${folder}'; expected <case>/truth.json (with the articles in <case>/case/ or in <case> itself)`, { file: folder });
  const scored: { case: string; report: EvalReport }[] = [];
  const problems: EvalProblem[] = [];
  for (const t of targets) {
    try {
      scored.push(await evaluateCase(t));
    } catch (e) {
      if (!isClaimtrailError(e)) throw e;
      problems.push({ file: t.truthFile, reason: e.message });
    }
  }
  return { ...summarise(scored), problems };
}

export const evalCommand = defineCommand({
  meta: {
    name: "eval",
    description:
      "Score graphs against truth files. <folder> is a case with a truth.json (or <folder>/case beside <folder>/truth.json, or that case/ folder itself); otherwise every such case below <folder> is scored and one table printed, micro-averaged over all cases.",
  },
  args: {
    case: { type: "positional", description: "A case folder, or a folder of cases with truth files", required: true },
    truth: { type: "positional", description: "Truth file for a single case (default: its truth.json)", required: false },
    verbose: { type: "boolean", description: "List every missed and extra relation, claim match, wrong origin or stance, and invented outlet", default: false },
    json: { type: "boolean", description: "Print the whole report as JSON", default: false },
  },
  async run({ args }) {
    const folder = String(args.case);
    const single = await singleTarget(folder, args.truth ? String(args.truth) : undefined);
    if (single) {
      const { case: name, report } = await evaluateCase(single);
      const out = args.json ? JSON.stringify({ case: name, figures: figuresOf(report), report }, null, 2) : formatReport(name, report, args.verbose).join("\n");
      process.stdout.write(out + "\n");
      return;
    }
    const result = await evaluateFolder(folder);
    for (const p of result.problems) process.stderr.write(`error: ${p.file}: ${p.reason}\n`);
    process.stdout.write((args.json ? JSON.stringify(result, null, 2) : formatTable(result, args.verbose).join("\n")) + "\n");
    if (result.problems.length > 0) process.exitCode = EXIT.input;
  },
});
