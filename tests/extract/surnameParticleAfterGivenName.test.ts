// "Claire Le Vaillant a déclaré": a capitalised article right after a given name is a particle of the family name, so
// the whole name is a person's, not "Le Vaillant" read as a body ("le Quai a indiqué"). Invented names.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a family name's particle after a given name", () => {
  it.each([
    ["Claire Le Vaillant a déclaré : « Nous ne céderons rien sur ce dossier. »", "fr", "named:Claire Le Vaillant"],
    ["Bruno Le Garrec a déclaré qu'il ne céderait rien sur ce dossier.", "fr", "named:Bruno Le Garrec"],
    ["Ana La Rosa asegura que el proyecto sigue adelante.", "es", "named:Ana La Rosa"],
  ])("%s", (text, language, label) => {
    expect(sourceLabels(readPlain(text, language))).toEqual([label]);
  });

  it("an article opening the sentence or a clause stays an article, and the body speaks", () => {
    expect(sourceLabels(readPlain("Hier, le Quai a indiqué que la visite était maintenue.", "fr"))).toEqual(["organisation:Quai"]);
  });
});
