// German capitalises every noun: "dass er den Satz 2019 nie geschrieben habe" made "Satz 2019" a source (a year after a
// noun kept it from the common-noun check), and a loan noun with a small letter after its hyphen ("Pop-up warnt …")
// a named person. Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a capitalised common noun is no source (de)", () => {
  it.each([
    "Der Stadtrat betonte am Abend, dass er den Satz 2019 nie geschrieben habe.",
    "Der Minister hat bestätigt, dass er den Brief 2019 so nie geschrieben hat.",
  ])("reads no source from a noun and a year after its article: %s", (text) => {
    expect(sourceLabels(readPlain(text, "de"))).toEqual([]);
  });

  it("reads no person from a loan noun with a small letter after its hyphen", () => {
    const r = readPlain('Ein Text davor.\n\nShop: Pop-up warnt vor dem Bezahlen ohne Beleg.\n\nDas Pop-up erklärt: "Heute gibt es Rabatt."', "de");
    expect(sourceLabels(r)).toEqual([]);
  });

  it("still reads a hyphenated person's name (control)", () => {
    expect(sourceLabels(readPlain("Ein Text davor.\n\nHans-Peter Kellner sagte, das Projekt sei gescheitert.", "de"))).toEqual(["named:Hans-Peter Kellner"]);
  });

  it("still reads a body after its article beside a year (control)", () => {
    expect(sourceLabels(readPlain("Die Polizei sagte, dass die Zahl 2019 stark gestiegen sei.", "de"))).toEqual(["organisation:Polizei"]);
  });
});
