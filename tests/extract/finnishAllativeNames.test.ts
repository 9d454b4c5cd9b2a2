// Finnish writes whom something was told in the allative onto the name ("Pohjan Sanomille Virtanen kertoi", "kertoi
// Kaukolehdelle"): a registered outlet so written was read as nothing, and after an inverted verb the allative ending the
// name ("sanoi Matti Virtanen Kaukolehdelle") took the speaker's name away with it (a scare quote). The nominative
// (cited.ts uninflected) gives the registry's name back; a person's name in the allative names no outlet. Invented outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, OutletEntrySchema } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const registry = createOutletRegistry(["Pohjan Sanomat", "Kaukolehti", "Keskilaaksolainen"].map((name) => OutletEntrySchema.parse({ name, kind: "newspaper" })));
const read = (body: string) => readText(body, registry, { outlet: "Testilehti", language: "fi" });
const cited = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("Finnish: a registered outlet told, in the allative", () => {
  it.each([
    ["Pohjan Sanomille Virtanen kertoi, että silta suljetaan.", "Pohjan Sanomat"],
    ["Matti Virtanen kertoi Kaukolehdelle, että silta suljetaan.", "Kaukolehti"],
    ["Matti Virtanen kertoi Keskilaaksolaiselle, että silta suljetaan.", "Keskilaaksolainen"],
    ["Matti Virtanen kertoi Pohjan Sanomille, että silta suljetaan.", "Pohjan Sanomat"],
  ])("%j cites %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it("a person told names no outlet", () => {
    expect(cited("Matti Virtanen kertoi Liisa Korhoselle, että silta suljetaan.")).toEqual([]);
  });
});

describe("Finnish: the allative ending the name after an inverted verb", () => {
  it.each([
    ["”Silta suljetaan”, sanoi Matti Virtanen Kaukolehdelle.", "Matti Virtanen"],
    ["”Silta suljetaan”, sanoi Matti Virtanen Pohjan Sanomille.", "Matti Virtanen"],
    ["”Silta suljetaan”, sanoi Anna Marin Uutisille.", "Anna Marin"],
  ])("%j is said by %s", (body, speaker) => {
    expect(quotedSpeaker(read(body))).toBe(speaker);
  });

  it("an outlet told alone names no speaker", () => {
    expect(read("”Silta suljetaan”, sanoi Pohjan Sanomille.").sources.filter((s) => s.type === "named")).toEqual([]);
  });
});
