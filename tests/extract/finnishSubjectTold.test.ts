// Finnish "X kertoi (tiistaina), että …" with an outlet of the case as subject is that outlet's word, as English "X said that".
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([{ name: "Korvala Lämpö", aliases: [], descriptors: [], domains: [], kind: "newspaper" }]);
const cited = (body: string) => readText(body, registry, { outlet: "Pohjoisviesti", language: "fi" }).attributions.map((a) => a.outlet);

describe("Finnish subject + kertoi/ilmoitti (että)", () => {
  it.each([
    "Korvala Lämpö kertoi tiistaina, että sen uusi lämpöpumppu vähensi energiankulutusta 30 prosenttia.",
    "Tamperelainen Korvala Lämpö ilmoitti, että koe tehtiin 1 240 kodissa.",
    "Korvala Lämpö tiedotti maanantaina uudesta lämpöpumpusta.",
  ])("%j cites the outlet", (body) => {
    expect(cited(body)).toEqual(["outlet:korvala-lampo"]);
  });

  it("cites nobody for a person who is no outlet", () => {
    expect(cited("Matti Virtanen kertoi tiistaina, että koe tehtiin 1 240 kodissa.")).toEqual([]);
  });
});
