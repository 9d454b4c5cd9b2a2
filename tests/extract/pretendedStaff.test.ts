// Someone who poses as an outlet's reporter ("zich voordoen als verslaggever van X", "posing as a reporter for X",
// "pretending to be from X") pretends to be X's: the text credits X with nothing, so no citation of X. Controls: the
// outlet's real reporter is its staff and still credits it. Own invented outlet and texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Kanaalbode", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);
const cited = (body: string, language: string) => readText(body, registry, { outlet: "Test Daily", language }).attributions.map((a) => a.outletName);

describe("a pretended reporter of an outlet cites no outlet", () => {
  it.each([
    ["Een vrouw die zich voordeed als verslaggever van de Kanaalbode belde aan bij de bewoners.", "nl"],
    ["De man zou zich hebben voorgedaan als een verslaggever van de Kanaalbode en vroeg naar de sleutels.", "nl"],
    ["Een oplichter gaf zich uit voor journalist van de Kanaalbode en verdween met het geld.", "nl"],
  ])("%s", (text, language) => {
    expect(cited(text, language)).toEqual([]);
  });
});

describe("control: the outlet's own staff still credit it", () => {
  it.each([
    ["Verslaggevers van de Kanaalbode ontdekten dat de sluis al weken kapot was.", "nl"],
  ])("%s", (text, language) => {
    expect(cited(text, language)).toEqual(["Kanaalbode"]);
  });
});
