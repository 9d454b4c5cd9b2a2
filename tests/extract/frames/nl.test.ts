// Dutch frames on sentences of our own (invented outlets and people): each construction yields the cited name, plain
// sentences and generic nouns none.
import { describe, expect, it } from "vitest";
import { nl } from "../../../src/extract/frames/nl.ts";
import { frameHits, names } from "./helpers.ts";

describe("Dutch frames", () => {
  it.each([
    ["De haven gaat dicht, volgens de Havenkoerier.", "Havenkoerier"],
    ["Volgens de krant Havenkoerier gaat de haven dicht.", "Havenkoerier"],
    ["De haven gaat dicht, meldt de Havenkoerier.", "Havenkoerier"],
    ["De haven gaat dicht, schrijft de Havenkoerier.", "Havenkoerier"],
    ["De haven gaat dicht, aldus de Havenkoerier.", "Havenkoerier"],
    ["„Het is voorbij”, zei de havenmeester tegen de Havenkoerier.", "Havenkoerier"],
    ["In een interview met de Havenkoerier ontkende de burgemeester alles.", "Havenkoerier"],
    ["Het nieuws werd eerder gemeld door de Havenkoerier.", "Havenkoerier"],
    ["Dat melden ingewijden woensdag aan de Havenkoerier.", "Havenkoerier"],
    ["De kranen gaan weg, zeggen bronnen rond de gemeente tegen de Havenkoerier.", "Havenkoerier"],
    ["Wethouder Piet Zandstra zei tegen Radio Kustlicht blij te zijn met het besluit.", "Radio Kustlicht"],
  ])("%s → %s", (text, name) => expect(names(nl, text)).toContain(name));

  it("keeps the publication noun before a name as the cue", () => {
    expect(frameHits(nl, "Volgens de krant Havenkoerier gaat de haven dicht.")[0]).toMatchObject({ name: "Havenkoerier", cue: "krant" });
  });

  it.each(["De haven is sinds maandag dicht en de schepen wachten.", "Volgens deskundigen gaat de haven dicht.", "„Het is voorbij”, zei de havenmeester."])("a sentence without a named source yields no name: %s", (text) => {
    expect(frameHits(nl, text).filter((h) => !nl.genericSources?.includes(h.name.toLowerCase()))).toEqual([]);
  });
});
