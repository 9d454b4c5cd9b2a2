// Grammar 21, class 8: German "am" joins a name ("Frankfurt am Main"), and a cited paper's name ran on into when it
// wrote ("schrieb die Tageszeitung Rheinblick am Montag" → an outlet "Rheinblick am Montag"). Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (text: string): string[] => readPlain(text, "de").attributions.map((a) => a.outletName);

describe("the outlet ends before the day it wrote", () => {
  it.each([
    ["Der Damm bei Tessby wird im Mai gebaut, schrieb die Tageszeitung Rheinblick am Montag.", "Rheinblick"],
    ["Der Damm bei Tessby wird im Mai gebaut, berichtete die Zeitung Rheinblick am 3. Mai.", "Rheinblick"],
    ["Der Damm bei Tessby wird im Mai gebaut, meldete das Portal Elbnetz am Wochenende.", "Elbnetz"],
  ])("%s", (text, outlet) => {
    expect(cited(text)).toEqual([outlet]);
  });
});

describe("controls", () => {
  it("'am' inside a name stays", () => {
    expect(cited("Der Damm wird gebaut, berichtete die Zeitung Rothenburger Bote am See.")).toEqual(["Rothenburger Bote am See"]);
  });
  it("the outlet without a day", () => {
    expect(cited("Der Damm bei Tessby wird im Mai gebaut, schrieb die Tageszeitung Rheinblick.")).toEqual(["Rheinblick"]);
  });
});
