/** The eval floors: where the development cases and the reference case are, how their figures are measured, and the recorded floors (tests/eval/floors.json). Rewrite the floors with `npm run eval:floors`. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { evaluateFolder } from "../../src/cli/eval.ts";
import { floorFigures } from "../../src/eval/summary.ts";

export const REPO = path.resolve(import.meta.dirname, "../..");
/** The development cases, beside the clone (CI keeps a copy of shared/ there). */
export const DEVSET = path.resolve(REPO, "../shared/cases");
/** The bundled reference case, with its truth.json inside. */
export const REFERENCE = path.join(REPO, "data/cases/baghdadi-2019");
export const FLOORS_FILE = path.join(REPO, "tests/eval/floors.json");

export interface Floors {
  about: string;
  /** Micro-averaged over every case below ../shared/cases. */
  devset: { cases: string[]; figures: Record<string, number> };
  reference: { case: string; figures: Record<string, number> };
}

/** Measures the figures a floor holds for the cases below a folder (micro-averaged); throws when a case cannot be scored, so a broken truth file never passes unnoticed. */
export async function measure(folder: string): Promise<{ cases: string[]; figures: Record<string, number> }> {
  const result = await evaluateFolder(folder);
  if (result.problems.length > 0) throw new Error(`eval: cases not scored: ${result.problems.map((p) => `${p.file}: ${p.reason}`).join("; ")}`);
  return { cases: result.cases.map((c) => c.case), figures: floorFigures(result.micro) };
}

export function readFloors(): Floors {
  return JSON.parse(readFileSync(FLOORS_FILE, "utf8")) as Floors;
}

export function devsetPresent(): boolean {
  return existsSync(DEVSET);
}
