// Citation forms that named no outlet, pinned with texts of our own: Arabic an outlet's correspondent ("مراسل X", whose
// report is the outlet's) and Indonesian "dilansir dari X" without "seperti" (reported by X).
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Wadi Post", aliases: ["وادي بوست"], descriptors: [], domains: [], kind: "website" }]);
const cited = (body: string, language: string) => readText(body, registry, { outlet: "Test Daily", language }).attributions.map((a) => a.outletName);

describe("correspondents' and 'dilansir dari' credits cite the outlet", () => {
  it.each([
    ["ar", "وقال مراسل وادي بوست إن السد أغلق.", ["Wadi Post"]],
    ["id", "Bendungan itu ditutup, dilansir dari harian Kabar Lembah.", ["Kabar Lembah"]],
    // Controls: the sentence-opening credit, read before; "our correspondent" names no outlet; words quoted from a person
    // are no outlet's.
    ["id", "Dilansir dari harian Kabar Lembah, bendungan itu ditutup.", ["Kabar Lembah"]],
    ["ar", "وقال مراسلنا إن السد أغلق.", []],
    ["id", "Pernyataan itu dikutip dari Bupati Rano Wijaya.", []],
  ])("%s: %s", (language, body, expected) => {
    expect(cited(body, language)).toEqual(expected);
  });
});
