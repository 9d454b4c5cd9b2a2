// A sentence that only says who said the words before it ("Det sade hamnchefen X vid mötet …") is copied with the
// quotation it follows; grouped with the claim's telling, it must never be the claim's label. Own invented Swedish copy.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const SAID = "Det sade hamnchefen Ina Vogt vid Nordiska hamnrådets möte i Velmar på tisdagen.";
const story = (outlet: string, date: string, title: string, extra: string) =>
  `---\noutlet: ${outlet}\npublished: ${date}\nlanguage: sv\ntitle: ${title}\n---\nHamnen i Velmar kommer inte att ta emot kryssningsfartyg i sin nuvarande form. ${SAID}\n\nDet finns för många öppna frågor om kajens säkerhet, sade Vogt.\n\n${extra}\n`;

describe("a sentence that only says who spoke", () => {
  it("never labels the claim it is grouped with", async () => {
    const root = await makeCase({
      "a.txt": story("Kustposten", "2026-03-03", "Velmar säger nej till kryssningsfartygen", "Kajen byggdes år 1962."),
      "b.txt": story("Hamnbladet", "2026-03-03", "Hamnchefen Vogt: nej till kryssningsfartyg", "Staden har sextusen invånare."),
      "c.txt": story("Skärgårdsnytt", "2026-03-04", "Nej till kryssningsfartyg i Velmar", "Nästa möte hålls i maj."),
    });
    const { claims } = await analyseCaseFolder(root);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.text).not.toBe(SAID);
  });
});
