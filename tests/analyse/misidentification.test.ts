// A misidentification told as such ("members mistook empty crates for refugees", "verwechselten die Kisten mit
// Flüchtlingen") reports false what the thing was taken for: an article that tells the story so carries its claim with
// stance false, though no verdict word ("fake", "false") is in it. The noun "a mistake for" is no such telling. Own
// invented stories.
import { describe, expect, it } from "vitest";
import { caseStances as stances } from "./caseStances.ts";

describe("a misidentification reports false what the thing was taken for", () => {
  it.each([
    [
      "en",
      [
        ["Harbour group shares photo of stacked crates", "A photo of stacked crates on the Brantwick quay was posted in the Harbour Watch group on Monday. Several members mistook the crates for a camp of smugglers."],
        ["Crates on the Brantwick quay", "A photo of stacked crates on the Brantwick quay was posted in the Harbour Watch group on Monday. The crates were mistaken for a smugglers' camp by many readers."],
      ],
    ],
    [
      "en",
      [
        ["Harbour group shares photo of stacked crates", "A photo of stacked crates on the Brantwick quay was posted in the Harbour Watch group on Monday. The crates were erroneously taken for a camp of smugglers."],
        ["Crates on the Brantwick quay", "A photo of stacked crates on the Brantwick quay was posted in the Harbour Watch group on Monday. Readers wrongly identified the crates as a smugglers' camp."],
      ],
    ],
    [
      "de",
      [
        ["Foto von Kisten im Hafen", "Ein Foto von gestapelten Kisten am Brantwicker Kai wurde am Montag in der Gruppe Hafenwacht geteilt. Mehrere Mitglieder verwechselten die Kisten mit einem Lager von Schmugglern."],
        ["Kisten am Brantwicker Kai", "Ein Foto von gestapelten Kisten am Brantwicker Kai wurde am Montag in der Gruppe Hafenwacht geteilt. Die Kisten wurden von vielen Lesern mit einem Schmugglerlager verwechselt."],
      ],
    ],
  ] as [string, [string, string][]][])("%s: the articles telling the mistake report the story false", async (language, bodies) => {
    expect(await stances(language, bodies)).toEqual({ a: "false", b: "false" });
  });

  it("en: the noun 'a mistake for' tells no misidentification", async () => {
    const found = await stances("en", [
      ["Club sells its keeper", "The Brantwick club sold its keeper Jon Tarrel to a rival on Monday. It was a mistake for the Brantwick club to sell its keeper Jon Tarrel, the coach said."],
      ["Keeper leaves Brantwick", "The Brantwick club sold its keeper Jon Tarrel to a rival on Monday, the club said."],
    ]);
    expect(Object.values(found)).not.toContain("false");
  });
});
