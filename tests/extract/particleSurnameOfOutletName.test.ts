// "Selon Paul Le Parisien, …", "Jean Le Monde a déclaré …": a person whose family name opens on a particle written with a
// capital ("Le", "De", "Van") may carry a paper's name; after a given name it is the person who speaks, and no paper is
// cited. Before: the frames cited "Paul Le Parisien" as a possible outlet and "Le Monde" from the registry. Own invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText, sourceLabels } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Le Monde", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
  { name: "Le Parisien", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
]);
const read = (body: string) => readText(body, registry, { outlet: "Test Daily", language: "fr" });
const cited = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("a given name before a registered paper's name that opens on an article", () => {
  it.each([
    ["Selon Paul Le Parisien, la passerelle sera fermée demain.", "named:Paul Le Parisien"],
    ["La passerelle sera fermée demain, selon Paul Le Parisien.", "named:Paul Le Parisien"],
    ["Jean Le Monde a déclaré que la passerelle sera fermée demain.", "named:Jean Le Monde"],
    ["La passerelle sera fermée, rapporte Jean Le Monde.", "named:Jean Le Monde"],
  ])("is a person, and no paper is cited: %s", (body, person) => {
    expect(cited(body)).toEqual([]);
    expect(sourceLabels(read(body))).toEqual([person]);
  });

  it.each([
    ["Selon Le Parisien, la passerelle sera fermée demain.", "Le Parisien"],
    ["Le Monde a déclaré que la passerelle sera fermée demain.", "Le Monde"],
    ["Hier, Le Monde a annoncé que la passerelle sera fermée.", "Le Monde"],
    // A weekday or a month before the paper is a time word, no given name.
    ["Lundi Le Monde a révélé que la passerelle sera fermée.", "Le Monde"],
    ["Mardi Le Parisien a révélé que la passerelle sera fermée.", "Le Parisien"],
  ])("the paper alone is still cited: %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });
});
