// Hungarian puts whom the speaker told, in the dative, between the subject and the verb ("Kovács Péter a Déli
// Hírlapnak elmondta", P. K. told the Déli Hírlap): the outlet was cited but the speaker was lost, the told name being
// read as the end of the subject. The subject now ends where the told phrase (article, capitalised words in the
// dative) starts. Invented people and outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, OutletEntrySchema } from "../../src/core/outlets.ts";
import { readText, sourceLabels } from "./helpers.ts";

const registry = createOutletRegistry(["Alföldi Futár", "Kompasz"].map((name) => OutletEntrySchema.parse({ name, kind: "newspaper" })));
const read = (body: string) => readText(body, registry, { outlet: "Teszt Lap", language: "hu" });

describe("hu: the dative of whom was told before the verb", () => {
  it.each([
    ["Szabó Márton az Alföldi Futárnak elmondta, hogy a hidat lezárják.", "named:Szabó Márton", "Alföldi Futár"],
    ["Szabó Márton a Kompasznak azt mondta, hogy a hidat lezárják.", "named:Szabó Márton", "Kompasz"],
  ])("%s", (text, speaker, outlet) => {
    const reading = read(text);
    expect(sourceLabels(reading)).toEqual([speaker]);
    expect(reading.attributions.map((a) => a.outletName)).toEqual([outlet]);
  });

  it("a place before the told outlet names no one", () => {
    expect(sourceLabels(read("Szegeden a Kompasznak nyilatkozta, hogy a hidat lezárják."))).toEqual([]);
  });

  it("a person told without an article is no cut of the subject", () => {
    expect(sourceLabels(read("Szabó Márton Tóth Ilonának mondta, hogy a hidat lezárják."))).not.toContain("named:Szabó");
  });
});
