// A Romanian, Hungarian or Finnish denial or fact-check reports the claim it checks false, on its own language's words
// (these languages had none: their words fell back on English ones and the claim read true). Own invented texts.
import { describe, expect, it } from "vitest";
import { stanceOfFirst } from "./stanceHelpers.ts";

const read = stanceOfFirst;

describe("Romanian, Hungarian and Finnish denials", () => {
  it.each([
    ["ro", ["Primăria a dezmințit vineri informațiile potrivit cărora podul de la Galați s-ar închide.", "Lucrările continuă."]],
    ["ro", ["O postare susține că podul de la Galați se închide în martie.", "Informația este falsă, a transmis primăria."]],
    ["ro", ["O postare susține că podul de la Galați se închide în martie.", "Nu este adevărat, spune primăria."]],
    ["hu", ["Egy bejegyzés szerint márciusban lezárják a szegedi hidat.", "A hír hamis, közölte a városháza."]],
    ["hu", ["Egy bejegyzés szerint márciusban lezárják a szegedi hidat.", "Nem igaz, közölte a városháza."]],
    ["fi", ["Julkaisun mukaan Porin silta suljetaan maaliskuussa.", "Tieto ei pidä paikkaansa, kaupunki sanoo."]],
    ["fi", ["Julkaisun mukaan Porin silta suljetaan maaliskuussa.", "Kaupunki kiisti tiedon."]],
  ])("reads the claim false in %s: %j", (language, sentences) => {
    expect(read(language, sentences)).toBe("false");
  });

  it.each([
    ["ro", "Știre falsă: podul de la Galați rămâne deschis"],
    ["hu", "Álhír terjed a szegedi hídról"],
    ["fi", "Valeuutinen Porin sillasta leviää"],
  ])("reads a fact-check headline as calling the story false (%s): %s", (language, title) => {
    expect(read(language, ["Podul de la Galați se închide în martie.", "Lucrările încep luni."], title)).toBe("false");
  });

  it.each([
    ["ro", ["Podul de la Galați se închide în martie, a anunțat primăria.", "Biletele se returnează."]],
    ["hu", ["Márciusban lezárják a szegedi hidat, közölte a városháza.", "A jegyeket visszatérítik."]],
    ["fi", ["Porin silta suljetaan maaliskuussa, kaupunki kertoi.", "Liput hyvitetään."]],
  ])("keeps a plain report true (%s)", (language, sentences) => {
    expect(read(language, sentences)).toBe("true");
  });
});
