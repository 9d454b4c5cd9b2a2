// Hungarian writes a case ending after a hyphen on a name it cannot inflect ("Tavi TV-nek", "Harbour.hu-nak"): the name
// with its ending was read as a person who spoke, and "X-nek azt mondta" (told X that) cited no one. The ending is no
// part of the name, and a web address or a name ending in an outlet word is never a person. Own invented texts.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);
const read = (body: string) => readText(body, registry, { outlet: "Kelet Posta", language: "hu" });
const people = (body: string): string[] => read(body).sources.map((s) => s.name);
const cited = (body: string): string[] => read(body).attributions.map((a) => a.outletName.toLowerCase());

describe("an outlet with a case ending after a hyphen", () => {
  it("a web address in the dative is whom the speaker told, not a speaker", () => {
    const body = "A megyei mentőszolgálat vezetője a Nyírpart.hu-nak azt mondta, hogy a buszon senki sem sérült meg súlyosan.";
    expect(people(body)).toEqual([]);
    expect(cited(body)).toEqual(["nyírpart.hu"]);
  });

  it("a television in the dative is no person either", () => {
    const body = "A Halomvidéki TV-nek nyilatkozott elsőként a gyár igazgatója, aki szerint a termelés jövő héten újraindul.";
    expect(people(body)).not.toContain("Halomvidéki TV-nek");
    expect(people(body)).not.toContain("Halomvidéki TV");
    expect(cited(body)).toEqual(["halomvidéki tv"]);
  });

  it("a person's name keeps being read (control)", () => {
    expect(people("„A hidat felújítjuk” – mondta Fehér Lili polgármester a lakossági fórumon.")).toContain("Fehér Lili");
  });
});
