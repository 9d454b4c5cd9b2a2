// A number written with a full stop before a word in small letters is a day of a date (Czech, German, Norwegian, Hungarian
// write "3. května", "3. Mai"), not the number of a channel's name: a country that announced something on that day is no
// outlet. A numbered channel at a sentence's end stays one. Own invented texts, places and outlets.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const cited = (body: string, language: string): string[] =>
  readText(body, createOutletRegistry([]), { outlet: "Horský Posel", language }).attributions.map((a) => a.outletName);

describe("a day of a date after a name", () => {
  it("reads no outlet in a country that announced something on a day", () => {
    expect(cited("První dva případy oznámilo Slovinsko 4. května, od té doby platí přísná opatření.", "cs")).toEqual([]);
  });

  it("still reads a numbered channel that closes a sentence", () => {
    expect(cited("Přístav bude zavřen, uvedla Televize Pahorek 7. Starosta to potvrdil.", "cs")).toEqual(["Televize Pahorek 7"]);
  });
});
