// Norwegian and Swedish citations of a registered outlet with its nationality before it and no outlet noun ("ifølge
// svenske X", "enligt norska X"), and "påpeker X" / "påpekar X" (points out) after a statement — a registry name only,
// as persons point things out too. Invented outlets and people.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Fjordposten", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
  { name: "Kvällsbladet", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
]);
const cited = (body: string, language: string) => readText(body, registry, { outlet: "Testavisen", language }).attributions.map((a) => a.outletName);

describe("Nordic citations of a registered outlet", () => {
  it.each([
    ["no", "Ifølge svenske Kvällsbladet, som har gått gjennom klippet, var det ingen hendelse.", "Kvällsbladet"],
    ["no", "Det var ingen hendelse, påpeker Kvällsbladet.", "Kvällsbladet"],
    ["sv", "Enligt norska Fjordposten var det ingen händelse.", "Fjordposten"],
    ["sv", "Det var ingen händelse, påpekar Fjordposten.", "Fjordposten"],
  ])("%s: %s", (language, body, outlet) => {
    expect(cited(body, language)).toEqual([outlet]);
  });

  it("takes no person after a nationality, nor after 'påpeker', for an outlet", () => {
    expect(cited("Enligt norska Per Hansen var det ingen händelse.", "sv")).toEqual([]);
    expect(cited("Det var ingen hendelse, påpeker Per Hansen.", "no")).toEqual([]);
  });
});
