// A dateline may set the agency between two bars, after the place and before the day, as some French-language papers
// head an agency's story ("Lyon, France | AFP | mardi 03/03/2026 - …"): the story is the agency's, as "LYON (AFP) -"
// already says. Controls: a menu's trail between bars with no date, and a word between bars the registry does not list
// as an agency's, credit nobody.
import { describe, expect, it } from "vitest";
import { datelineLength } from "../../src/extract/dateline.ts";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readText } from "./helpers.ts";

const STORY = "Le maire Paul Vernet a annoncé la fermeture du marché couvert.";

async function credited(body: string): Promise<string[]> {
  const registry = await loadDefaultRegistry();
  return readText(body, registry, { outlet: "Test Daily", language: "fr" }).syndication.map((s) => s.outletName);
}

describe("fr: a dateline with the agency between two bars credits the agency", () => {
  it.each([`Valmont, Grolande | AFP | mardi 03/03/2026 - ${STORY}`, `Valmont | AFP | 03/03/2026 – ${STORY}`])("%s", async (text) => {
    expect(await credited(text)).toEqual(["AFP"]);
    expect(text.slice(datelineLength(text))).toBe(STORY);
  });
});

describe("fr control: bars that set off no agency's dateline", () => {
  it.each([`Accueil | Actualités | mardi 03/03/2026 - ${STORY}`, `Valmont | AFP | Le maire Paul Vernet a annoncé la fermeture du marché couvert.`])("%s", async (text) => {
    expect(await credited(text)).toEqual([]);
  });
});
