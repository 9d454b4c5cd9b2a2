/**
 * One person's name romanised two ways ("Andrej" / "Andrei", "Aleksej" / "Alexej") is one speaker: printings of the
 * same words credited to the two spellings are no attribution drift (invented texts).
 */
import { describe, expect, it } from "vitest";
import { GIVEN_NAME_FOLDS, givenNameFolded, respelledName } from "../../src/align/folding.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const WORDS = "Die neue Fährlinie nach Ostrava wird noch vor dem Winter den Betrieb aufnehmen";

async function driftBetween(first: string, second: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "kurier.txt": frontMatterArticle("de", "Oderkurier", "2026-04-01", "Fähre", `Auf einer Sitzung in Pinsk ging es am Montag um die Fähre. Der Hafenminister ${first} sagte dort: „${WORDS}.“ Die Linie war seit Jahren geplant.`),
      "bote.txt": frontMatterArticle("de", "Neißebote", "2026-04-03", "Fähre", `Um die Fähre wird seit langem gestritten. Am Montag erklärte ${second} in Pinsk: „${WORDS}.“ Zweifel bleiben.`),
    }),
  );
  return graph
    .getAttribute("findings")
    .filter((f) => f.type === "attribution_drift")
    .map((f) => f.explanation);
}

describe("a name romanised two ways", () => {
  it.each(GIVEN_NAME_FOLDS.map((f) => f.example))("folds %s and %s to one given name", (a, b) => {
    expect(givenNameFolded(a)).toBe(givenNameFolded(b));
  });

  it.each([
    ["Andrej Pawlik", "Andrei Pawlik", true],
    ["Dmitrij Orlow", "Dmitri Orlow", true],
    ["Aleksej Sorin", "Alexey Sorin", true],
    ["Jan Brodsky", "Ian Brodsky", false],
    ["Andrej Pawlik", "Andrej Pawlak", false],
    ["Pawlik", "Pawlik", false],
    ["Marta Pawlik", "Marek Pawlik", false],
  ])("%s / %s: one name %s", (a, b, same) => {
    expect(respelledName(a, b)).toBe(same);
  });

  it("credits one speaker, not two", async () => {
    expect(await driftBetween("Andrej Pawlik", "Andrei Pawlik")).toEqual([]);
  });

  it("still drifts between two people of one surname", async () => {
    expect((await driftBetween("Marta Pawlik", "Marek Pawlik")).join(" ")).toContain("Marek Pawlik");
  });
});
