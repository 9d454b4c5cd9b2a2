// Ukrainian: "видання X заявило, що …" (the publication X stated that …) credits the outlet, whose noun says what it is;
// "озвучив/озвучила" (voiced) is a verb of saying. Control: a person who "stated" without an outlet noun is no outlet.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("uk: stated by a publication, voiced by a person", () => {
  it("an outlet noun before the name and 'заявило, що'", () => {
    expect(readPlain("Британське видання Вечірній Маяк заявило, що порт у Заріччі продано.", "uk").attributions.map((a) => a.outletName)).toEqual(["Вечірній Маяк"]);
  });
  it("no outlet noun, no outlet", () => {
    expect(readPlain("Тарас Ковальчук заявив, що порт у Заріччі продано.", "uk").attributions).toEqual([]);
  });
  it("'озвучив' names its speaker", () => {
    expect(sourceLabels(readPlain("Тарас Ковальчук озвучив версію, що порт у Заріччі продано.", "uk"))).toEqual(["named:Тарас Ковальчук"]);
  });
});
