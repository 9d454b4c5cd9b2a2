// A body's name whose object of "für", "for", "of" joins two nouns ("Behörde für Deiche und Schleusen") is one body, and the
// noun after the conjunction is no person who speaks (coordinated.ts). Texts of our own; a person's full name after the
// conjunction still opens a clause of its own.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("the second noun of a body's prepositional object is no speaker", () => {
  it.each([
    ["de", "Die Behörde für Deiche und Schleusen sagte, der Kanal bleibe gesperrt.", []],
    // Control: two people joined by the conjunction are both speakers.
    ["de", "Ilse Varnhorst und Tomas Reeb sagten, der Kanal bleibe gesperrt.", ["named:Ilse Varnhorst", "named:Tomas Reeb"]],
  ])("%s: %s", (language, body, expected) => {
    expect(sourceLabels(readPlain(body, language))).toEqual(expected);
  });
});
