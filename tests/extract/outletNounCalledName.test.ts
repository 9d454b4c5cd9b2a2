// "compartido por un portal de humor llamado «X»", "spread by a parody news site called X": an outlet noun
// with a description of several words, then a verb of naming and the name. The noun says the name is a publication's,
// however long the description between them.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([]);
const cited = (text: string, language: string): string[] => readText(text, registry, { outlet: "Test Daily", language }).attributions.map((a) => a.outletName);

describe("an outlet noun, a description and a verb of naming before the name", () => {
  it.each([
    ["El rumor del puente fue compartido por un portal de chistes malos llamado «El Tintero Falso».", "es", "El Tintero Falso"],
    ["El texto fue publicado en una página de humor conocida como Gaceta Burlona.", "es", "Gaceta Burlona"],
    ["The rumour about the bridge was spread by a parody news site called The Quill Jester.", "en", "Quill Jester"],
  ])("%s", (text, language, outlet) => {
    expect(cited(text, language)).toEqual([outlet]);
  });

  it.each([
    ["La foto fue difundida por un usuario llamado Pedro Gómez.", "es"],
    ["The photo was spread by a man called Peter Lowe.", "en"],
  ])("%s: a person so called is no outlet", (text, language) => {
    expect(cited(text, language)).toEqual([]);
  });
});

describe("a date between a verb of publishing and the outlet it names", () => {
  it("reads the outlet after the date", () => {
    expect(cited("El rumor del puente apareció en una nota publicada el 3 de mayo de 2018 en El Tintero Falso, un portal de humor.", "es")).toEqual(["El Tintero Falso"]);
  });

  it.each(["Una foto publicada el 3 de mayo en Facebook fue compartida miles de veces.", "La carta fue publicada el 3 de mayo en Madrid por el ministerio."])("%s names no outlet", (text) => {
    expect(cited(text, "es")).toEqual([]);
  });
});
