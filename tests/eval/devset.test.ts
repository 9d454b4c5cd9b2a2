// The eval floors: micro-averaged figures on the development cases (../shared/cases) and the reference case may not fall below what tests/eval/floors.json records (`npm run eval:floors` raises them).
import { describe, expect, it } from "vitest";
import { belowFloor } from "../../src/eval/summary.ts";
import { DEVSET, REFERENCE, devsetPresent, measure, readFloors } from "./floors.ts";

const floors = readFloors();
// Locally the development cases may be missing; in CI they must be there.
const skipDevset = !devsetPresent() && !process.env.CI;

describe("eval floors", () => {
  it.skipIf(skipDevset)(skipDevset ? `development cases: SKIPPED, ${DEVSET} not found (CI requires it)` : "development cases: no figure below its floor, invented outlets not above the ceiling", async () => {
    expect(devsetPresent(), `${DEVSET} must exist in CI`).toBe(true);
    const now = await measure(DEVSET);
    expect(now.cases, "the recorded floors are for these cases").toEqual(floors.devset.cases);
    expect(belowFloor(now.figures, floors.devset.figures)).toEqual([]);
    // Whole analyses of real cases: on a machine shared with other runs (load 30 on two cores) they outlast any short limit.
  }, 600_000);

  it("reference case: every figure at its floor", async () => {
    const now = await measure(REFERENCE);
    expect(belowFloor(now.figures, floors.reference.figures)).toEqual([]);
  }, 600_000);
});
