// Hungarian writes whom something was told in the dative onto the name ("a Déli Hírlapnak nyilatkozta", "az Indexnek",
// "a Reggeli Népszavának"): a registered outlet so written was read as nothing, and after an inverted verb the dative of
// an abbreviation ("mondta el az MTI-nek Kovács Anna") was read into the speaker's name. The nominative (cited.ts
// uninflected) gives the registry's name back; a person's name in the dative names no outlet, and no one. Invented outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, OutletEntrySchema } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const registry = createOutletRegistry(["Déli Hírlap", "Reggeli Népszava", "Kompasz", "MTI"].map((name) => OutletEntrySchema.parse({ name, kind: "newspaper" })));
const read = (body: string) => readText(body, registry, { outlet: "Teszt Lap", language: "hu" });
const cited = (body: string) => read(body).attributions.map((a) => a.outletName);

describe("Hungarian: a registered outlet told, in the dative", () => {
  it.each([
    ["Kovács Anna a Déli Hírlapnak nyilatkozta, hogy a hidat lezárják.", "Déli Hírlap"],
    ["Kovács Anna a Reggeli Népszavának azt nyilatkozta, hogy a hidat lezárják.", "Reggeli Népszava"],
    ["Kovács Anna a Kompasznak nyilatkozta, hogy a hidat lezárják.", "Kompasz"],
    ["„Lezárjuk a hidat” – mondta el a Déli Hírlapnak Kovács Anna.", "Déli Hírlap"],
  ])("%j cites %s", (body, outlet) => {
    expect(cited(body)).toEqual([outlet]);
  });

  it("a person told names no outlet and no speaker", () => {
    const reading = read("Kovács Anna Tóth Péternek mondta, hogy a hidat lezárják.");
    expect(reading.attributions).toEqual([]);
    expect(reading.sources.map((s) => s.name)).not.toContain("Kovács Anna Tóth Péternek");
  });
});

describe("Hungarian: the dative before an inverted subject", () => {
  it("is no part of the speaker's name", () => {
    expect(quotedSpeaker(read("„Lezárjuk a hidat” – mondta el az MTI-nek Kovács Anna."))).toBe("Kovács Anna");
  });
});
