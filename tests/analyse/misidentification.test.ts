// A misidentification told as such ("hikers mistook a weather balloon for a spacecraft", "verwechselten den Ballon mit
// einem Raumschiff") reports false what the thing was taken for: an article that tells the story so carries its claim with
// stance false, though no verdict word ("fake", "false") is in it. The noun "a mistake for" is no such telling. Own
// invented stories.
import { describe, expect, it } from "vitest";
import { caseStances as stances } from "./caseStances.ts";

describe("a misidentification reports false what the thing was taken for", () => {
  it.each([
    [
      "en",
      [
        ["Lights over the Brantwick hills", "A weather balloon drifted over the Brantwick hills on Monday night. Several hikers mistook the weather balloon for a spacecraft."],
        ["Brantwick light", "A weather balloon drifted over the Brantwick hills on Monday night. The weather balloon was mistaken for a spacecraft by many hikers."],
      ],
    ],
    [
      "en",
      [
        ["Lights over the Brantwick hills", "A weather balloon drifted over the Brantwick hills on Monday night. The weather balloon was erroneously taken for a spacecraft."],
        ["Brantwick light", "A weather balloon drifted over the Brantwick hills on Monday night. Hikers wrongly identified the weather balloon as a spacecraft."],
      ],
    ],
    [
      "de",
      [
        ["Licht über Brantwick", "Ein helles Licht stand am Montagabend über den Hügeln von Brantwick. Mehrere Wanderer verwechselten den Wetterballon mit einem Raumschiff."],
        ["Brantwicker Licht", "Ein helles Licht stand am Montagabend über den Hügeln von Brantwick. Der Wetterballon wurde von vielen Wanderern mit einem Raumschiff verwechselt."],
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
