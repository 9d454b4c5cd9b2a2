// Readings a probe of invented cases got wrong (probe 20), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);
const sources = (body: string, language = "en"): string[] => readText(body, registry, { outlet: "Valley Ledger", language }).sources.map((s) => `${s.type}:${s.name}`);

describe("a place after a preposition in a reported clause is no speaker", () => {
  it.each([
    ["A forum post says that engineers in Tarvik confirmed that the bridge will close in May."],
    ["A leaflet claims that nurses in Valdora said the clinic shuts at noon."],
    ["A chain message says that farmers near Korsholm warned that the river will flood."],
  ])("%s", (text) => {
    expect(sources(text).filter((s) => s.startsWith("named:"))).toEqual([]);
  });

  it("a role of a place still names its holder", () => {
    expect(sources("The bridge will close in May, said the mayor of Tarvik, Elin Sund.")).toContain("named:Elin Sund");
  });
});
