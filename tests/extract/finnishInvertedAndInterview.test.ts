// Finnish puts a reporting verb before its subject after the reported words ("…, kertoo Kaukolehti", "Asiasta kertoi
// ensimmäisenä Pohjan Sanomat") and names an interview by its outlet's genitive ("Kaukolehden haastattelussa",
// "Pohjan Sanomien haastattelussa"): both were read as nothing. A person tells and gives interviews as often, so only a name the
// registry knows (once its ending is off) or one holding an outlet word is an outlet. Outlets and people invented.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, OutletEntrySchema } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry(["Pohjan Sanomat", "Kaukolehti", "Reuters"].map((name) => OutletEntrySchema.parse({ name, kind: "newspaper" })));
const cited = (body: string) => readText(body, registry, { outlet: "Testilehti", language: "fi" }).attributions.map((a) => a.outletName);

describe("Finnish: the outlet after its verb, and its interview", () => {
  it.each([
    ["Silta suljetaan, kertoo Kaukolehti.", "Kaukolehti"],
    ["Asiasta kertoi ensimmäisenä Pohjan Sanomat.", "Pohjan Sanomat"],
    ["Silta suljetaan, kertoo uutistoimisto Reuters.", "Reuters"],
    ["Kaupunginjohtaja sanoi Kaukolehden haastattelussa, että silta suljetaan.", "Kaukolehti"],
    ["Kaupunginjohtaja sanoi Pohjan Sanomien haastattelussa, että silta suljetaan.", "Pohjan Sanomat"],
  ])("%j cites %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it.each([
    "Silta suljetaan, kertoo Matti Virtanen.",
    "Kaupunginjohtaja sanoi Virtasen haastattelussa, että silta suljetaan.",
    "Kaupunginjohtaja sanoi Liisa Korhosen haastattelussa, että silta suljetaan.",
  ])("a person names no outlet: %j", (body) => {
    expect(cited(body)).toEqual([]);
  });
});
