// "according to the Jakarta police": a body named without an article keeps its place word after "the" (probe 21, "also
// seen"), as "the Berlin prosecutors said" does. Texts of our own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const sources = (body: string) => readText(body, createOutletRegistry([]), { outlet: "Valley Ledger", language: "en" }).sources.map((s) => `${s.type}:${s.name}`);

describe("the, a place, a bare body after 'according to'", () => {
  it.each([
    ["The ferry will stop in June, according to the Lowmere police.", "organisation:Lowmere police"],
    ["According to the Lowmere prosecutors, the ferry will stop.", "organisation:Lowmere prosecutors"],
    ["The ferry will stop in June, according to Lowmere police.", "organisation:Lowmere police"],
    ["The ferry will stop in June, the Lowmere police said.", "organisation:Lowmere police"],
  ])("%s", (body, source) => {
    expect(sources(body)).toEqual([source]);
  });
});
