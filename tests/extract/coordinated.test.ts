// Coordinated citations read only one name (probe 24 item 18), pinned with texts of our own: a plural outlet noun listing
// names ("sites including X and Y"), a repeated agent preposition ("by X and by the Chilean Y"), a description before
// each listed name ("Dutch site X and Belgian site Y wrote"), and pt "publicada pelo X e depois repercutida pelo Y".
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string, language = "en") => readPlain(body, language).attributions.map((a) => a.outletName);

describe("every name of a coordinated citation is cited", () => {
  it.each([
    ["en", "The claim has since been repeated by Spanish-language sites including Quillon Hoy and by the Chilean Portal Rumbo Sur, which gave the wrong age.", ["Quillon Hoy", "Portal Rumbo Sur"]],
    ["en", "English-language sites including Harbour Buzz and Orbit Daily followed.", ["Harbour Buzz", "Orbit Daily"]],
    ["en", "Dutch site Kanaal Vrij and Belgian site Nieuwsdok wrote about it.", ["Kanaal Vrij", "Nieuwsdok"]],
    ["en", "The story was repeated by Quillon Hoy and by the Chilean Portal Rumbo Sur.", ["Quillon Hoy", "Portal Rumbo Sur"]],
    ["pt", "A informação falsa foi publicada primeiro pelo tabloide Gazeta Lunar e depois repercutida pelo Portal Rumbo Sul, que errou a idade.", ["Gazeta Lunar", "Portal Rumbo Sul"]],
    ["en", "Sites including Quillon Hoy and Orbit Daily repeated the quote without checking the video.", ["Quillon Hoy", "Orbit Daily"]],
    // Controls: outlets listed as no carriers are not cited; one name stays one citation; a place after "and in" is no listed outlet.
    ["en", "Fake stories drew more engagement than stories from news outlets, such as Quillon Hoy, Orbit Daily, and Harbour Buzz, according to an analysis.", []],
    ["en", "The report compared hoaxes to reports from reliable outlets such as Quillon Hoy, Orbit Daily and Harbour Buzz, among others.", []],
    ["en", "The story was reported by Quillon Hoy, which gave the wrong age.", ["Quillon Hoy"]],
    ["en", "The rumour was reported by Quillon Hoy and in Madrid the mayor denied it.", ["Quillon Hoy"]],
  ])("%s: %s", (language, body, expected) => {
    expect(cited(body, language)).toEqual(expected);
  });
});
