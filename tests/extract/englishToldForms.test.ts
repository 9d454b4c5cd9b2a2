// English tells whom a speaker told in forms the frames missed: a sentence opening on "Speaking to X from <place>", and a
// description of the outlet that opens on a possessive ("told Velmland's public broadcaster X").
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Quillon Radio", aliases: [], descriptors: [], domains: ["quillonradio.test"], kind: "broadcaster" }]);
const cited = (body: string) => readText(body, registry, { outlet: "Test Daily", language: "en" }).attributions.map((a) => a.outlet);

describe("whom a speaker told", () => {
  it("reads 'Speaking to Quillon Radio from Varnholm, she said …'", () => {
    expect(cited('"It is a pity," said Ana Ruel. Speaking to Quillon Radio from Varnholm, she said the grant was refused.')).toEqual(["outlet:quillon-radio"]);
  });
  it("reads nobody cited in 'Speaking to Tomas Velk from Varnholm, she said …'", () => {
    expect(cited("Speaking to Tomas Velk from Varnholm, she said the grant was refused.")).toEqual([]);
  });
  it("reads 'told Velmland's public broadcaster Quillon Radio'", () => {
    expect(cited('Ana Ruel told Velmland\'s public broadcaster Quillon Radio: "Two years is too short."')).toEqual(["outlet:quillon-radio"]);
  });
});

describe("the outlet that debunked a story, named after its description", () => {
  it("reads 'debunked by news website The Harbour Local'", () => {
    expect(cited("Reports that Quellia will ban sledges have been debunked by news website The Harbour Local.")).toEqual(["outlet:harbour-local"]);
  });
  it("reads no outlet in 'debunked by Ana Ruel, a historian'", () => {
    expect(cited("Reports that Quellia will ban sledges have been debunked by Ana Ruel, a historian.")).toEqual([]);
  });
});
