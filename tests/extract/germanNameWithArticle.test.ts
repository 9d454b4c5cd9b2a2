// A German outlet's name holding a small article or preposition after its publication noun (an unseen story wrote "Der
// Blog X der Y schreibt am <Datum>:"): the noun bounds the name before it and the reporting verb after it, so "der",
// "vom" inside are the name's. Controls: a person's noun, a body's paper, a body's portal, a spokeswoman cite nothing.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "de").attributions.map((a) => a.outletName);

describe("a name with a small article after a publication noun is cited whole", () => {
  it.each([
    ["Der Blog Rufe der Marsch schreibt am 4. Juni 2019: Die Fähre fährt nicht mehr.", "Rufe der Marsch"],
    ["Die Zeitung Bote vom Moor berichtete am Montag, die Fähre fahre nicht mehr.", "Bote vom Moor"],
  ])("%s", (text, name) => {
    expect(cited(text)).toEqual([name]);
  });
});

describe("control: a person, a body's paper, a body's portal, a spokeswoman", () => {
  it.each([
    "Der Blogger Jan Feld schreibt am 4. Juni 2019: Die Fähre fährt nicht mehr.",
    "Die Zeitung des Vereins schreibt am Montag, die Fähre fahre nicht mehr.",
    "Das Portal der Stadt Emden berichtet, die Fähre fahre nicht mehr.",
    "Die Sprecherin der Stadt schreibt, die Fähre fahre nicht mehr.",
  ])("%s", (text) => {
    expect(cited(text)).toEqual([]);
  });
});
