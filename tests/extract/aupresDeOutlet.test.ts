// "a confirmé auprès de l'AFP", "a assuré le maire auprès du quotidien X": French says what a source told an outlet
// with "auprès de" as with "à"; without an outlet noun only a registry outlet is read, as "auprès de la préfecture" names a body.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Agence Lacustre", aliases: ["l'Agence Lacustre"], descriptors: [], domains: [], kind: "agency" },
  { name: "Le Courrier de l'Est", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
]);
const cited = (text: string): string[] => readText(text, registry, { outlet: "Test Daily", language: "fr" }).attributions.map((a) => a.outletName);

describe("auprès de + outlet", () => {
  it.each([
    ["Les proches du maire ont confirmé auprès de l'Agence Lacustre de la réalité des images.", "Agence Lacustre"],
    ["« Ce n'était qu'un malentendu », a expliqué M. Dorval le soir même auprès du Courrier de l'Est.", "Le Courrier de l'Est"],
    ["« Tout est rentré dans l'ordre », a assuré le maire auprès du quotidien Courrier du Lac.", "Courrier du Lac"],
  ])("%s", (text, outlet) => {
    expect(cited(text)).toEqual([outlet]);
  });

  it.each(["Le maire s'est renseigné auprès de la préfecture.", "Il a vérifié auprès de Jean Dorval que la visite était maintenue."])("%s cites no outlet", (text) => {
    expect(cited(text)).toEqual([]);
  });
});
