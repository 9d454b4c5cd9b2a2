// Grammar 21, class 1: a subject of two names joined by "and" that are no two people is never one person. Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("two bodies joined by a conjunction are two organisations or nobody, never one named source", () => {
  it.each([
    ["en", "Korvex and Miravel have announced plans to build a battery plant in Tessby."],
    ["en", "Korvex and Miravel said the line would reopen in May."],
    ["en", "\"We will build the plant north of the river next spring,\" said Korvex and Miravel in a statement."],
    ["de", "Korvex und Miravel teilten mit, dass sie ein Batteriewerk in Tessby bauen."],
    ["fr", "Korvex et Miravel ont annoncé qu’ils construiront une usine à Tessby."],
    ["es", "Korvex y Miravel anunciaron que construirán una fábrica en Tessby."],
  ])("%s: %s", (lang, text) => {
    expect(sourceLabels(readPlain(text, lang))).toEqual([]);
  });

  it("two bodies read as such are two organisations", () => {
    expect(sourceLabels(readPlain("UNICEF and the OECD said the line would reopen in May.", "en")).sort()).toEqual(["organisation:OECD", "organisation:UNICEF"]);
  });
});

describe("controls: two people are two people; one body alone is read as before", () => {
  it.each([
    ["en", "Lena Marsh and Tom Becker said the plant would close.", ["named:Lena Marsh", "named:Tom Becker"]],
    ["de", "Lena Marsch und Tom Becker sagten, das Werk schließe.", ["named:Lena Marsch", "named:Tom Becker"]],
    ["en", "The Tessby Port Authority and the Norvane Rail Company said the line would reopen in May.", ["organisation:Norvane Rail Company", "organisation:Tessby Port Authority"]],
    ["en", "UNICEF said the line would reopen in May.", ["organisation:UNICEF"]],
  ])("%s: %s", (lang, text, sources) => {
    expect(sourceLabels(readPlain(text, lang)).sort()).toEqual(sources);
  });
});
