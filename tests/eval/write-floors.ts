/** Rewrites tests/eval/floors.json from what the eval measures now (`npm run eval:floors`): run it after an improvement, check the diff, commit it. Shares are rounded down to 3 decimals so the floor sits at or under the measured figure. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { DEVSET, FLOORS_FILE, REFERENCE, REPO, devsetPresent, measure, type Floors } from "./floors.ts";

function roundDown(figures: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, k === "invented_outlets" ? v : Math.floor(v * 1000 + 1e-9) / 1000]));
}

if (!devsetPresent()) {
  process.stderr.write(`eval:floors: ${DEVSET} not found; the development cases must sit beside the clone (../shared/cases)\n`);
  process.exit(1);
}
const devset = await measure(DEVSET);
const reference = await measure(REFERENCE);
const floors: Floors = {
  about:
    "Floors of `claimtrail eval` (micro-averaged) that tests/eval/devset.test.ts holds: no share may fall below its floor, invented_outlets may not rise above its ceiling. Rewrite with `npm run eval:floors` after an improvement.",
  devset: { cases: devset.cases, figures: roundDown(devset.figures) },
  reference: { case: path.relative(REPO, REFERENCE), figures: roundDown(reference.figures) },
};
writeFileSync(FLOORS_FILE, JSON.stringify(floors, null, 2) + "\n");
process.stdout.write(`${path.relative(REPO, FLOORS_FILE)}: ${devset.cases.length} development cases, reference ${floors.reference.case}\n${JSON.stringify(floors, null, 2)}\n`);
