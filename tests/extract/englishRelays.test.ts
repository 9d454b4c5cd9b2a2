// English relays of one outlet's story by another, each of which names the outlet it relays and, where given, the
// outlet's own source. Texts of our own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText, sourceLabels } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Meridian Wire", aliases: [], descriptors: [], domains: [], kind: "agency" }]);
function read(body: string) {
  return readText(body, registry, { outlet: "Test Daily", language: "en" });
}
function cited(body: string): string[] {
  return [...new Set(read(body).attributions.map((a) => a.outletName))];
}

describe("English relays of another outlet's story", () => {
  it.each([
    ["The bridge will close for a year, according to a report by the Lakeshore Gazette quoting a county official.", "Lakeshore Gazette"],
    ["The bridge will close for a year, according to a Meridian Wire source who has seen the plans.", "Meridian Wire"],
    ["The county has not confirmed the closure, Meridian Wire states.", "Meridian Wire"],
    ["Citing an earlier regional report, the Lakeshore Gazette states the bridge will close for a year.", "Lakeshore Gazette"],
    ["The county's denial came after a Meridian Wire report claiming that the bridge would close.", "Meridian Wire"],
    ["\"There is no plan to close it,\" a county official was quoted as saying by the Lakeshore Gazette.", "Lakeshore Gazette"],
  ])("cites the relayed outlet: %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it("reads the source a report quotes", () => {
    expect(sourceLabels(read("The bridge will close, according to a report by the Lakeshore Gazette quoting a county official."))).toEqual(["anonymous:a county official"]);
  });

  it("makes no person of an outlet that states something", () => {
    expect(sourceLabels(read("Citing an earlier regional report, the Lakeshore Gazette states the bridge will close."))).not.toContain("named:Lakeshore Gazette");
  });
});
