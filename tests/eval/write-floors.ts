/**
 * Rewrites tests/eval/floors.json from what the eval measures now (`npm run eval:floors`): run it after an
 * improvement, check the diff, commit it. Shares are rounded down to 3 decimals so the floor sits at or under the
 * measured figure. It refuses to lower a floor (or raise the invented-outlet ceiling) unless given `--allow-lower`,
 * and says which figures moved.
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { belowFloor, CEILINGS } from "../../src/eval/summary.ts";
import { DEVSET, FLOORS_FILE, REFERENCE, REPO, devsetPresent, measure, readFloors, type Floors } from "./floors.ts";

function roundDown(figures: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, CEILINGS.has(k) ? v : Math.floor(v * 1000 + 1e-9) / 1000]));
}

function changes(label: string, before: Record<string, number>, after: Record<string, number>): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names.filter((n) => before[n] !== after[n]).map((n) => `  ${label} ${n}: ${before[n] ?? "–"} → ${after[n] ?? "–"}`);
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

const old = existsSync(FLOORS_FILE) ? readFloors() : undefined;
if (old) {
  const moved = [...changes("devset", old.devset.figures, floors.devset.figures), ...changes("reference", old.reference.figures, floors.reference.figures)];
  const lowered = [
    ...(old.devset.cases.join() === floors.devset.cases.join() ? belowFloor(floors.devset.figures, old.devset.figures) : []),
    ...belowFloor(floors.reference.figures, old.reference.figures),
  ];
  process.stdout.write(moved.length > 0 ? `figures that moved:\n${moved.join("\n")}\n` : "no figure moved\n");
  if (lowered.length > 0 && !process.argv.includes("--allow-lower")) {
    process.stderr.write(`eval:floors: not written, it would lower the floor:\n  ${lowered.join("\n  ")}\nFix the fall, or run \`npm run eval:floors -- --allow-lower\` and say why in the commit.\n`);
    process.exit(1);
  }
}
writeFileSync(FLOORS_FILE, JSON.stringify(floors, null, 2) + "\n");
process.stdout.write(`${path.relative(REPO, FLOORS_FILE)} written: ${devset.cases.length} development cases (${devset.cases.join(", ")}), reference ${floors.reference.case}\n`);
